// Preludes of the user's own (`--prelude FILE.stg`, repeatable, and the
// `#@ prelude FILE` lines of a converted file): miniSTG files in either
// dialect whose definitions supply names and override any other definition
// of the same name (the program's, the base prelude's). docs/standalone.md.
import { readFileSync } from "node:fs";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { parseStgFile } from "../ministg/run-stg.js";
import { UserError } from "../errors.js";

/**
 * The bindings of `files`, in precedence order: a later file's definition
 * of a name comes before an earlier file's (and within a file the last
 * definition of a name first), so the first of a name wins.
 */
export function loadUserPreludes(files: readonly string[]): SourceBinding[] {
  const out: SourceBinding[] = [];
  for (const file of [...files].reverse()) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      const why =
        (err as NodeJS.ErrnoException).code === "ENOENT"
          ? "no such file"
          : err instanceof Error
            ? err.message
            : String(err);
      throw new UserError(`${file}: cannot read the prelude: ${why}`);
    }
    const program = parseStgFile(text, file);
    for (const binding of [...program.bindings].reverse())
      out.push({ binding, file });
  }
  return out;
}
