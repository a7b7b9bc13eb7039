// `hs2stg parse DUMP [--json]`: parse a GHC STG dump and print a summary or
// the whole AST as JSON. Parse errors carry file:line:col and exit 1.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { UserError } from "../errors.js";

/** Reads a dump file (`-` for standard input) as text. */
function readDump(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UserError(`${file}: cannot read the dump: ${why}`);
  }
}

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description(
      "parse a GHC STG dump (-ddump-stg-final / -ddump-stg) and summarise it",
    )
    .argument(
      "<dump>",
      "the dump file (one module, or a --make build's stdout; - for stdin)",
    )
    .option("--json", "print the parsed AST as JSON (bigints as strings)")
    .action(async (file: string, opts: { json?: boolean }) => {
      // Loaded here, not at start-up: `hs2stg --version` needs none of it.
      const { refuseSuppressedDump } =
        await import("../pipeline/suppressed-dump.js");
      const { dumpToJson, parseGhcDump, summarizeDump } =
        await import("../parse-ghc-dump/index.js");
      const name = file === "-" ? "<stdin>" : file;
      const text = readDump(file);
      refuseSuppressedDump(text, name);
      const dump = parseGhcDump(text, name);
      // `hs2stg parse X --json | head` closes the pipe early: not an error.
      process.stdout.once("error", (err: NodeJS.ErrnoException) => {
        if (err.code !== "EPIPE") throw err;
      });
      process.stdout.write(
        `${opts.json === true ? dumpToJson(dump) : summarizeDump(dump)}\n`,
      );
    });
}
