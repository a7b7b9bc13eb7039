// `hs2stg run` on Haskell source and on dumps, through the real CLI
// (./bin/hs2stg, built by `npm test`) and in memory; expected outputs are
// what the programs print by their meaning (checked against GHC in the
// corpus test), not recorded from our tool.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { execa } from "execa";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";
import { dumpStg } from "../../src/ghc/index.js";
import { runHaskellInMemory } from "../../src/pipeline/in-memory.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

function hs2stg(args: string[], input = "") {
  return execa(BIN, args, { input, reject: false, stripFinalNewline: false });
}

describe.skipIf(!HAVE_GHC)("hs2stg run FILE.hs", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hs2stg-run-test-"));
    await writeFile(
      join(dir, "Echo.hs"),
      [
        "import System.Environment (getArgs)",
        "import System.Exit",
        "main :: IO ()",
        "main = do",
        "  args <- getArgs",
        "  s <- getContents",
        "  putStr (map succ s)",
        "  print args",
        "  if null args then exitWith (ExitFailure 4) else return ()",
        "",
      ].join("\n"),
    );
    await writeFile(
      join(dir, "Bad.hs"),
      "main :: IO ()\nmain = print (length 'x')\n",
    );
    await writeFile(
      join(dir, "Missing.hs"),
      [
        "import Data.Bits (popCount, xor)",
        "import GHC.Debug (debugLn)",
        "import Language.Haskell.TH.Syntax (mkName, nameBase)",
        "main :: IO ()",
        "main = do",
        '  putStrLn "started"',
        "  print (popCount (255 :: Int) `xor` 1)",
        '  u <- debugLn "to stdout"',
        '  putStrLn (nameBase (mkName "to.stderr"))',
        "  print u",
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  it("wires stdin, program arguments after -- and stdout through", async () => {
    const r = await hs2stg(
      ["run", join(dir, "Echo.hs"), "--", "x y", "-z"],
      "abc\n",
    );
    expect(r.stdout).toBe('bcd\v["x y","-z"]\n');
    expect(r.exitCode).toBe(0);
  });

  it("returns the program's exit code", async () => {
    const r = await hs2stg(["run", join(dir, "Echo.hs")], "");
    expect(r.stdout).toBe("[]\n");
    expect(r.exitCode).toBe(4);
  });

  it("shows GHC's error as it is and exits 1, leaving no files behind", async () => {
    const r = await hs2stg(["run", join(dir, "Bad.hs")]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Bad\.hs:2:\d+: error:/);
    expect(r.stderr).toContain("GHC could not compile");
    expect((await readdir(dir)).sort()).toEqual([
      "Bad.hs",
      "Echo.hs",
      "Missing.hs",
    ]);
  });

  it("names the install command when GHC is missing", async () => {
    const r = await hs2stg([
      "run",
      join(dir, "Echo.hs"),
      "--ghc",
      "/nonexistent/ghc",
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("apt-get install -y ghc");
  });

  it("lists every base name the program needs and no prelude defines, before running", async () => {
    const r = await hs2stg(["run", join(dir, "Missing.hs")]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(""); // nothing ran: "started" was never printed
    expect(r.stderr).toMatch(
      /the program needs \d+ names? that no prelude defines:/,
    );
    // By Haskell names, with the encoded name beside each.
    // (Data.Bits is supported: popCount and xor are not listed.
    // template-haskell has no preludes; GHC.Debug.debugLn is refused, with
    // its reason.)
    expect(r.stderr).not.toMatch(/Data\.Bits/);
    // Where the source uses each one (GHC compiled again with -g to say).
    expect(r.stderr).toMatch(
      /Missing\.hs:9:22: Language\.Haskell\.TH\.Syntax\.mkName\s+\(mkName_LanguageziHaskellziTHziSyntax\)/,
    );
    expect(r.stderr).toMatch(
      /Missing\.hs:9:12: Language\.Haskell\.TH\.Syntax\.nameBase\s+\(nameBase_LanguageziHaskellziTHziSyntax\)/,
    );
    expect(r.stderr).toMatch(
      /Missing\.hs:8:8: GHC\.Debug\.debugLn is not supported by hs2stg: /,
    );
  });

  it("runs a dump file as it runs the source", async () => {
    const [dump] = await dumpStg(join(dir, "Echo.hs"), {
      onGhcOutput: () => {},
    });
    const file = join(dir, "Echo.dump-stg-final");
    await writeFile(file, dump!.text);
    try {
      const r = await hs2stg(["run", file, "--", "q"], "hi");
      expect(r.stdout).toBe('ij["q"]\n');
      expect(r.exitCode).toBe(0);
    } finally {
      await rm(file);
    }
  });

  it("passes --ghc-option to GHC", async () => {
    const r = await hs2stg([
      "run",
      join(dir, "Echo.hs"),
      "--ghc-option",
      "-XNoSuchExtension",
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("NoSuchExtension");
  });

  it("runs in memory with the same result and reports statistics", async () => {
    const r = await runHaskellInMemory(join(dir, "Echo.hs"), {
      stdin: "HAL",
      args: ["1"],
      onGhcOutput: () => {},
    });
    expect(Buffer.from(r.stdout).toString("utf8")).toBe('IBM["1"]\n');
    expect(r.exitCode).toBe(0);
    expect(r.stats.steps).toBeGreaterThan(0);
  });
});
