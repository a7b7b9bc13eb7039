// Our own ministg Prelude (preludes/ministg/Prelude.stg): loaded before a
// `.stg` program unless --noprelude; the program's own definitions override
// the prelude's (ministg 0.3 puts the prelude first and the last binding of
// a name wins).

import { fileURLToPath } from "node:url";
import type { Program } from "./ast.js";
import { readStgFile } from "./stg-file.js";
import type { SourceBinding } from "./machine/compile.js";

/** Path of the bundled prelude (the same from src/ under vitest and from dist/). */
export const MINISTG_PRELUDE_PATH = fileURLToPath(
  new URL("../../preludes/ministg/Prelude.stg", import.meta.url),
);

let cached: Program | undefined;

/** The parsed prelude (ministg dialect). */
export function ministgPrelude(): Program {
  cached ??= readStgFile(MINISTG_PRELUDE_PATH, {
    label: "Prelude.stg",
    dialect: "ministg",
    what: "the bundled Prelude",
  });
  return cached;
}

/** The bindings to load: the prelude's first (when wanted), then the program's. */
export function linkWithPrelude(
  program: Program,
  file: string,
  prelude: boolean,
): SourceBinding[] {
  const out: SourceBinding[] = [];
  if (prelude)
    for (const binding of ministgPrelude().bindings)
      out.push({ binding, file: "Prelude.stg" });
  for (const binding of program.bindings) out.push({ binding, file });
  return out;
}
