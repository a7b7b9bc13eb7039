// What hs2stg's child processes cannot do exactly (they run to completion
// when they start) stops with a message naming the function, never a
// different answer: a pipe to the child's stdin, NoStream, terminating a
// child not waited for.
import { describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

describe.skipIf(!HAVE_GHC)(
  "hs2stg run: process functions it cannot run exactly",
  () => {
    it("names the function and the reason, and exits 1", async () => {
      const dir = await mkdtemp(join(tmpdir(), "hs2stg-process-"));
      try {
        const file = join(dir, "Interactive.hs");
        await writeFile(
          file,
          [
            "import Control.Exception",
            "import System.Process",
            "main :: IO ()",
            "main = do",
            '  p <- spawnCommand "true"',
            "  r <- try (terminateProcess p)",
            "  print (r :: Either IOException ())",
            "  _ <- waitForProcess p",
            "  terminateProcess p",
            '  r2 <- try (runInteractiveCommand "cat" >> return ())',
            "  print (r2 :: Either IOException ())",
            '  _ <- createProcess (shell "echo hi") { std_out = NoStream }',
            '  putStrLn "not reached"',
            "",
          ].join("\n"),
        );
        const r = await execa(BIN, ["run", file], { reject: false });
        expect(r.exitCode).toBe(1);
        expect(r.stdout).toBe(
          "Left user error (terminateProcess: a child that was not waited for is not supported by hs2stg, whose children run to completion when they start)\n" +
            "Left user error (runInteractiveCommand: std_in = CreatePipe (a pipe the program writes to while the child runs) is not supported by hs2stg, whose children run to completion when they start)",
        );
        expect(r.stderr).toBe(
          "Interactive: user error (createProcess: std_out = NoStream (a closed stream) is not supported by hs2stg, whose children run to completion when they start)",
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 120_000);
  },
);
