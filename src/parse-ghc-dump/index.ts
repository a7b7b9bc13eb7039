// Parses GHC STG dumps (`-ddump-stg-final`, `-ddump-stg`) into the GHC-STG AST.
import { LocatedError, TooDeepError, formatLocated } from "../errors.js";
import type { Dump } from "./ast.js";
import { dumpFile } from "./grammar.js";
import { releasePositions } from "./lexeme.js";
import { parseFailure } from "./parse-error.js";

export type * from "./ast.js";
export { dumpToJson } from "./json.js";
export { summarizeDump } from "./summary.js";

/**
 * Parses the text of a dump file (one module's dump, or several modules'
 * dumps as a `--make` build prints them to stdout). `file` names the input in
 * error messages. Throws LocatedError on malformed input.
 */
export function parseGhcDump(text: string, file: string): Dump {
  try {
    const result = dumpFile.parse(text);
    if (result.status) return { file, modules: result.value };
    throw parseFailure(file, text, result.index.offset, result.expected);
  } catch (err) {
    if (err instanceof LocatedError) throw err;
    if (err instanceof RangeError && /call stack/i.test(err.message))
      throw new TooDeepError(
        formatLocated(
          { file, line: 1, column: 1 },
          "the dump is nested too deeply to parse",
        ),
      );
    throw err;
  } finally {
    releasePositions();
  }
}
