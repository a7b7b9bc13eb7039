// unix's createPipe is a file read back in order (Node has no pipe(2)):
// what one thread writes then reads is a pipe's answer, but a read of an
// empty pipe whose write end is open, where GHC's program waits for a
// writer, stops with a message rather than answer end of file.
import { describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

describe.skipIf(!HAVE_GHC)("hs2stg run: an empty pipe with a writer", () => {
  it("reads what was written, then stops where GHC would wait", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hs2stg-pipe-"));
    try {
      const file = join(dir, "Pipe.hs");
      await writeFile(
        file,
        [
          "import System.Posix.IO",
          "main :: IO ()",
          "main = do",
          "  (r, w) <- createPipe",
          '  _ <- fdWrite w "hello"',
          "  fdRead r 5 >>= print",
          "  fdRead r 5 >>= print",
          "",
        ].join("\n"),
      );
      const r = await execa(BIN, ["run", file], { reject: false });
      expect(r.stdout).toBe('("hello",5)');
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(
        /fdRead: the pipe is empty and its write end is open: GHC's program would wait here for a writer/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
