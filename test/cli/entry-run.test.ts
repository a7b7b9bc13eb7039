// `hs2stg run FILE --entry NAME` end to end (./bin/hs2stg, built by
// `npm test`). Through GHC, the expected text is what a natively compiled
// program doing `print (NAME)` prints (one GHC build of all the entries);
// the fallbacks' expected renderings are reasoned out by hand from GHC's
// derived-Show rules; the dump-file case compares with the golden case's
// GHC output.
import { execa } from "execa";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { HAVE_GHC } from "../support/ghc.js";
import { compileNative } from "../../src/ghc/index.js";
import { defaultGoldenDir } from "../../src/pipeline/golden.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

async function hs2stg(args: string[], cwd: string): Promise<Run> {
  const r = await execa(BIN, args, {
    cwd,
    reject: false,
    stripFinalNewline: false,
  });
  return {
    stdout: String(r.stdout),
    stderr: String(r.stderr),
    exitCode: r.exitCode ?? -1,
  };
}

// Declarations shared by the user's files and the native expected program.
const DECLS_A = `
data Color = Red | Green deriving Show
data P = P { name :: String, age :: Int } deriving Show
newtype Temp = Temp Int
instance Show Temp where
  show (Temp t) = show t ++ " degrees"
data NoShow = NS Int (Maybe Int) | Other
xs :: [Maybe Int]
xs = [Just 5, Nothing, Just (-3)]
combo :: (([Maybe Int], (Int, Int)), (String, P), (Integer, [Color]), (Temp, Double))
combo = ((xs, (1, -2)), ("say \\"hi\\"", P { name = "Al", age = 41 }), (negate (2 ^ 70), [Red, Green]), (Temp (-4), -2.5))
ns :: [NoShow]
ns = [NS (-1) (Just 2), Other]
inc :: Int -> Int
inc = (+ 1)
`;
const DECLS_B = `
pairs :: [(Int, Char)]
pairs = map (,'x') (sort [3, 1, 2])
`;
const DECLS_C = `zs :: [Either Int String]
zs = [Left (-1), Right "r"]`;

const FILES: Record<string, string> = {
  // An export list that leaves the entries out.
  "Shapes.hs": `module Main (main) where\n${DECLS_A}\nmain :: IO ()\nmain = pure ()\n`,
  // No module header (exports only main), pragmas and comments first.
  "NoHeader.hs": `{-# LANGUAGE TupleSections #-}\n-- a program without a header\nimport Data.List (sort)\n${DECLS_B}\nmain :: IO ()\nmain = print pairs\n`,
  "Lit.lhs": `Some prose.\n\n> module Main (main) where\n\n${DECLS_C.split("\n")
    .map((l) => "> " + l)
    .join("\n")}\n> main :: IO ()\n> main = pure ()\n`,
  "Bad.hs": `module Main where\nq :: Int\nq = "not an Int"\nmain :: IO ()\nmain = pure ()\n`,
};

// The native program: the same declarations, printing each entry in turn.
const EXPECTED_ENTRIES = ["combo", "pairs", "zs"];
const NATIVE = `{-# LANGUAGE TupleSections #-}
module Main where
import Data.List (sort)
${DECLS_A}${DECLS_B}${DECLS_C}
main :: IO ()
main = do
${EXPECTED_ENTRIES.map((e) => `  print (${e})`).join("\n")}
`;

const RUNS: Record<string, [file: string, entry: string]> = {
  combo: ["Shapes.hs", "Main.combo"],
  pairs: ["NoHeader.hs", "pairs"],
  zs: ["Lit.lhs", "zs"],
  ns: ["Shapes.hs", "ns"],
  inc: ["Shapes.hs", "inc"],
  nosuch: ["Shapes.hs", "nosuch"],
  bad: ["Bad.hs", "q"],
};

describe.skipIf(!HAVE_GHC)("run FILE.hs --entry NAME", () => {
  let dir = "";
  let out = "";
  const expected = new Map<string, string>();
  const results = new Map<string, Run>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hs2stg-entry-test-"));
    out = await mkdtemp(join(tmpdir(), "hs2stg-entry-native-"));
    for (const [name, text] of Object.entries(FILES))
      await writeFile(join(dir, name), text);
    await writeFile(join(out, "Native.hs"), NATIVE);
    const native = execa(
      await compileNative(join(out, "Native.hs"), { outDir: out }),
      [],
      { reject: true, stripFinalNewline: false },
    ).then((r) => {
      const lines = String(r.stdout).split("\n");
      EXPECTED_ENTRIES.forEach((e, i) => expected.set(e, lines[i]! + "\n"));
    });
    // Two at a time: GHC dominates, and the machine is shared.
    const jobs = Object.entries(RUNS);
    const worker = async () => {
      for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) {
        const [key, [file, entry]] = job;
        results.set(key, await hs2stg(["run", file, "--entry", entry], dir));
      }
    };
    await Promise.all([native, worker(), worker()]);
  }, 120_000);

  afterAll(async () => {
    for (const d of [dir, out])
      if (d !== "") await rm(d, { recursive: true, force: true });
  });

  it.each([
    [
      "combo",
      "lists of Maybe, negative numbers in tuples, strings, records, Integer, derived and hand-written Show, Double (the export list omits it)",
    ],
    ["pairs", "a module without a header"],
    ["zs", "a literate file"],
  ])("%s: %s, as GHC's own print shows it", (key) => {
    const r = results.get(key)!;
    expect(expected.get(key)).toMatch(/^\S.*\n$/);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(expected.get(key));
    expect(r.exitCode).toBe(0);
  });

  it("falls back to the structural renderer for a type without Show, saying so in one line", () => {
    const r = results.get("ns")!;
    expect(r.stdout).toBe("[NS (-1) (Just 2),Other]\n");
    expect(r.stderr).toBe(
      "hs2stg: `ns` has a type without a Show instance GHC could use; printed by hs2stg's structural renderer (docs/entry.md)\n",
    );
    expect(r.exitCode).toBe(0);
  });

  it("shows a function as <function>, never GHC's message about the wrapper", () => {
    const r = results.get("inc")!;
    expect(r.stdout).toBe("<function>\n");
    expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(r.stderr).not.toContain("HsToStg");
    expect(r.exitCode).toBe(0);
  });

  it("names an unknown entry and exits non-zero", () => {
    const r = results.get("nosuch")!;
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "hs2stg: Shapes.hs: --entry nosuch: module Main has no top-level binding `nosuch`\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it("reports an error in the user's program as GHC does, at the user's file", () => {
    const r = results.get("bad")!;
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^\nBad\.hs:3:5: error:\n/);
    expect(r.stderr).toContain('3 | q = "not an Int"');
    expect(r.stderr).not.toContain("HsToStg");
    expect(r.stderr).toMatch(/hs2stg: GHC could not compile Bad\.hs\n$/);
    expect(r.exitCode).toBe(1);
  });

  it("writes nothing into the user's folder", async () => {
    expect((await readdir(dir)).sort()).toEqual(Object.keys(FILES).sort());
  });
});

describe("run DUMP --entry NAME", () => {
  it("renders the value structurally, as GHC's show would", async () => {
    const dir = join(defaultGoldenDir(), "entry-list");
    const r = await hs2stg(
      ["run", "entry-list.dump-stg-final", "--entry", "squares"],
      dir,
    );
    // entry-list.hs's main is `print squares`: GHC's output is the show.
    expect(r.stdout).toBe(readFileSync(join(dir, "expected.stdout"), "utf8"));
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
  });
});
