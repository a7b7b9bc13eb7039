// `hs2stg convert` and `hs2stg golden`, run in-process.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { HAVE_GHC } from "../support/ghc.js";
import { defaultGoldenDir } from "../../src/pipeline/golden.js";

const golden = defaultGoldenDir();
const facDump = join(golden, "fac-article", "fac-article.dump-stg-final");
const facStg = readFileSync(
  join(golden, "fac-article", "extended.stg"),
  "utf8",
);

let out = "";
let err = "";

/** The program text of a converted file: without its `#` header lines. */
function code(text: string): string {
  return text.replace(/^(#.*\n)+\n/, "");
}
let tmp = "";

beforeEach(() => {
  out = "";
  err = "";
  tmp = mkdtempSync(join(tmpdir(), "hs2stg-cli-"));
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

const hs2stg = (...args: string[]) => {
  process.exitCode = undefined; // as for a fresh process
  return main(["node", "hs2stg", ...args]);
};

describe("hs2stg convert", () => {
  it("prints a dump's lowering", async () => {
    expect(await hs2stg("convert", facDump, "--no-comments")).toBe(0);
    expect(out).toMatch(/^#@ hs2stg-stg 1$/m);
    expect(out).toMatch(/^#@ prelude base$/m);
    expect(code(out)).toBe(facStg);
  });

  it("writes -o OUT, and refuses to overwrite it without --force", async () => {
    const file = join(tmp, "fac.stg");
    expect(await hs2stg("convert", facDump, "-o", file, "--no-comments")).toBe(
      0,
    );
    expect(code(readFileSync(file, "utf8"))).toBe(facStg);
    writeFileSync(file, "keep me");
    expect(await hs2stg("convert", facDump, "-o", file)).toBe(1);
    expect(err).toContain("already exists (use --force to overwrite it)");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(
      await hs2stg("convert", facDump, "-o", file, "--force", "--no-comments"),
    ).toBe(0);
    expect(code(readFileSync(file, "utf8"))).toBe(facStg);
  });

  it("converts with --entry", async () => {
    expect(await hs2stg("convert", facDump, "--entry", "test")).toBe(0);
    expect(out).toMatch(/\nmain = THUNK\(force test_Main\);\n$/);
    expect(out).toMatch(/^#@ entry test$/m);
  });

  it("rejects an unknown dialect and a missing file clearly", async () => {
    expect(await hs2stg("convert", facDump, "--dialect", "haskell")).toBe(1);
    expect(err).toContain("unknown dialect `haskell`");
    expect(await hs2stg("convert", join(tmp, "nope.dump-stg-final"))).toBe(1);
    expect(err).toContain("nope.dump-stg-final: cannot read the dump");
    expect(err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it("reports a malformed dump with file:line:col", async () => {
    const bad = join(tmp, "bad.dump-stg-final");
    writeFileSync(
      bad,
      "==================== Final STG: ====================\nMain.f = {} \\r [x] case of;\n",
    );
    expect(await hs2stg("convert", bad)).toBe(1);
    expect(err).toMatch(/bad\.dump-stg-final:2:\d+: /);
  });

  it("prints the ministg dialect with --dialect ministg, and refuses IO programs there", async () => {
    const dump = join(golden, "fac-entry", "fac-entry.dump-stg-final");
    expect(
      await hs2stg("convert", dump, "--entry", "test", "--dialect", "ministg"),
    ).toBe(0);
    expect(out).toBe(
      readFileSync(join(golden, "fac-entry", "ministg.stg"), "utf8"),
    );
    expect(await hs2stg("convert", facDump, "--dialect", "ministg")).toBe(1);
    expect(err).toContain(
      "IO programs cannot be expressed in the ministg dialect",
    );
  });

  describe.skipIf(!HAVE_GHC)("Haskell input", () => {
    it("compiles a .hs file with GHC and converts its dump", async () => {
      const hs = join(tmp, "fac-article.hs");
      cpSync(join(golden, "fac-article", "fac-article.hs"), hs);
      expect(await hs2stg("convert", hs, "--no-comments")).toBe(0);
      // Local names do not depend on GHC's uniques, so a fresh compile
      // converts to the same text as the checked-in dump.
      expect(code(out)).toBe(facStg);
    });
  });
});

describe("hs2stg golden", () => {
  function copyCase(name: string): string {
    const root = join(tmp, "golden");
    cpSync(join(golden, name), join(root, name), { recursive: true });
    return root;
  }

  it("passes when every case matches", async () => {
    const root = copyCase("hello");
    expect(await hs2stg("golden", "--dir", root)).toBe(0);
    expect(out).toContain("ok   hello");
  });

  it("shows a unified diff and exits 1 on a mismatch; --update fixes it", async () => {
    const root = copyCase("hello");
    const file = join(root, "hello", "extended.stg");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace("putStrLn", "putStr"));
    expect(await hs2stg("golden", "--dir", root)).toBe(1);
    expect(out).toContain("FAIL hello");
    expect(out).toMatch(/^-.*putStr_SystemziIO/m);
    expect(out).toMatch(/^\+.*putStrLn_SystemziIO/m);
    out = "";
    expect(await hs2stg("golden", "--dir", root, "--update")).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(good);
    // --update never touches the source, the dump or GHC's output.
    for (const f of ["hello.hs", "hello.dump-stg-final", "expected.stdout"]) {
      expect(readFileSync(join(root, "hello", f), "utf8")).toBe(
        readFileSync(join(golden, "hello", f), "utf8"),
      );
    }
  });

  it("reports a missing expected file", async () => {
    const root = copyCase("hello");
    rmSync(join(root, "hello", "extended.stg"));
    expect(await hs2stg("golden", "--dir", root)).toBe(1);
    expect(out).toContain("missing");
    expect(existsSync(join(root, "hello", "extended.stg"))).toBe(false);
  });
});
