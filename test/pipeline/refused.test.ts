// A program that needs a function hs2stg refuses on purpose stops before
// running, with a message naming the Haskell function and the reason.
import { describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

describe.skipIf(!HAVE_GHC)("hs2stg run on a refused function", () => {
  it("names GHC.Conc.Sync.setNumCapabilities and why, and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hs2stg-refused-"));
    try {
      const file = join(dir, "Caps.hs");
      await writeFile(
        file,
        [
          "import GHC.Conc (setNumCapabilities)",
          "main :: IO ()",
          'main = setNumCapabilities 2 >> putStrLn "main"',
          "",
        ].join("\n"),
      );
      const r = await execa(BIN, ["run", file], { reject: false });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        "GHC.Conc.Sync.setNumCapabilities is not supported by hs2stg: hs2stg's machine has exactly one capability",
      );
      expect(r.stderr).not.toMatch(/\n\s+at /); // no JavaScript stack trace
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
  // Where GHC's own binary crashes (a reader of an IOPort nothing writes:
  // a segmentation fault), hs2stg stops with a message saying so.
  it("stops at an IOPort read no thread will serve, saying why", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hs2stg-refused-"));
    try {
      const file = join(dir, "Port.hs");
      await writeFile(
        file,
        [
          "import GHC.IOPort",
          "main :: IO ()",
          "main = do",
          "  p <- newEmptyIOPort :: IO (IOPort Int)",
          '  putStrLn "reading"',
          "  readIOPort p >>= print",
          "",
        ].join("\n"),
      );
      const r = await execa(BIN, ["run", file], { reject: false });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(
        "readIOPort: no thread will ever write to this IOPort; GHC 9.0.2's non-threaded runtime crashes here",
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
