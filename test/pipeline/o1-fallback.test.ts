// -O1 code that needs base internals (or inlined primops) hs2stg lacks is
// compiled again with -fignore-interface-pragmas, with a one-line notice;
// the output must still be GHC's (the native -O1 binary's).
import { describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";
import { dumpStg, compileNative } from "../../src/ghc/index.js";
import { missingNames, parseDumps } from "../../src/pipeline/translate.js";
import { optimises } from "../../src/pipeline/o1-fallback.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");
// A program whose -O1 code calls base internals hs2stg refuses (termios:
// getEcho, setEcho), run with stdin a pipe: no terminal.
const PROGRAM = join(import.meta.dirname, "../fixtures/o1-fallback.hs");

describe("optimises", () => {
  it("follows GHC's last -O flag", () => {
    expect(optimises([])).toBe(false);
    expect(optimises(["-O1"])).toBe(true);
    expect(optimises(["-O"])).toBe(true);
    expect(optimises(["-O2", "-O0"])).toBe(false);
    expect(optimises(["-O0", "-O2"])).toBe(true);
  });
});

async function needsFallback(): Promise<boolean> {
  const dumps = parseDumps(await dumpStg(PROGRAM, { ghcOptions: ["-O1"] }));
  try {
    return missingNames(dumps).length > 0;
  } catch {
    return true; // an unsupported primop stops the lowering
  }
}

describe.skipIf(!HAVE_GHC)("hs2stg run --ghc-option -O1, falling back", () => {
  it("runs the program as GHC's -O1 binary does, with one notice", async (ctx) => {
    if (!(await needsFallback()))
      ctx.skip(
        "test/fixtures/o1-fallback.hs's -O1 code no longer needs the fallback: pick a program that does",
      );
    const dir = await mkdtemp(join(tmpdir(), "hs2stg-fallback-"));
    try {
      const exe = await compileNative(PROGRAM, {
        outDir: dir,
        ghcOptions: ["-O1", "-dynamic"],
      });
      const native = await execa(exe, [], { stripFinalNewline: false });
      const ours = await execa(BIN, ["run", PROGRAM, "--ghc-option", "-O1"], {
        reject: false,
        stripFinalNewline: false,
      });
      expect(ours.stdout).toBe(native.stdout);
      expect(ours.exitCode).toBe(0);
      expect(ours.stderr).toMatch(
        /^hs2stg: the optimised code .*; compiled again with -fignore-interface-pragmas\n$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
