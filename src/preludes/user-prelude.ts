// Preludes of the user's own (`--prelude FILE.stg`, repeatable, and the
// `#@ prelude FILE` lines of a converted file): miniSTG files in either
// dialect whose definitions supply names and override any other definition
// of the same name (the program's, the base prelude's). docs/standalone.md.
import type { SourceBinding } from "../ministg/machine/compile.js";
import { readStgFile } from "../ministg/stg-file.js";

/**
 * The bindings of `files`, in precedence order: a later file's definition
 * of a name comes before an earlier file's (and within a file the last
 * definition of a name first), so the first of a name wins.
 */
export function loadUserPreludes(files: readonly string[]): SourceBinding[] {
  const out: SourceBinding[] = [];
  for (const file of [...files].reverse()) {
    const program = readStgFile(file, {
      dialect: "either",
      what: "the prelude",
    });
    for (const binding of [...program.bindings].reverse())
      out.push({ binding, file });
  }
  return out;
}
