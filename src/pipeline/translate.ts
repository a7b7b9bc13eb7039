// Dumps to a runnable miniSTG program: parse every dump, lower all modules
// into one program, link the base prelude, and report every base name the
// program needs that no prelude defines -- all at once, before running.
import type { Program } from "../ministg/ast.js";
import type { Dump } from "../parse-ghc-dump/ast.js";
import { parseGhcDump } from "../parse-ghc-dump/index.js";
import { interfaceDataTypes } from "../parse-ghc-dump/interface-data-types.js";
import { constructorTags } from "../lower/index.js";
import {
  confirmBaseLink,
  formatMissing,
  loadBasePreludeForLink,
} from "../preludes/base.js";
import { sourceUses } from "./source-uses.js";
import { linkProgram, SYNTHESIZED_FILE } from "../preludes/link-program.js";
import { libraryConTags } from "../preludes/library-constructors.js";
import { UserError } from "../errors.js";
import { NON_TERMINATION } from "../ministg/machine/machine.js";
import { lowerModules, type SourceBinding } from "./stages.js";
import { refuseSuppressedDump } from "./suppressed-dump.js";
import { withoutRepeatedModules } from "./dynamic-too.js";

/** A dump's text and the name errors should call it by. */
export interface DumpText {
  readonly name: string;
  readonly text: string;
  /** The module's interface dump (`-ddump-hi`), for constructor tags. */
  readonly interface?: string;
}

/** A program ready to run: the user's lowered bindings, then the prelude's. */
export interface TranslatedProgram {
  readonly program: Program;
  /** The same bindings, each with the file it came from (for the interpreter's messages). */
  readonly sources: readonly SourceBinding[];
  /** Tags of the program's own constructors, for `dataToTag#`. */
  readonly conTags: ReadonlyMap<string, number>;
  /** The file `sources` gives the program's own bindings (not the preludes'). */
  readonly programFile?: string;
}

export { SYNTHESIZED_FILE };

/** Parses each dump (a dump may hold several modules). */
export function parseDumps(dumps: readonly DumpText[]): Dump[] {
  return withoutRepeatedModules(parseEach(dumps));
}

function parseEach(dumps: readonly DumpText[]): Dump[] {
  return dumps.map((d) => {
    refuseSuppressedDump(d.text, d.name);
    const dump = parseGhcDump(d.text, d.name);
    return d.interface === undefined
      ? dump
      : { ...dump, dataTypes: [interfaceDataTypes(d.interface)] };
  });
}

/** The names the program needs that no prelude defines (encoded, sorted). */
export function missingNames(dumps: readonly Dump[], entry?: string): string[] {
  const linked = linkDumps(dumps, "", entry);
  return "missing" in linked ? linked.missing : [];
}

/**
 * Lowers and links; throws a UserError listing the missing names by their
 * Haskell names when the prelude lacks some. `programFile` names the
 * program's own bindings in messages.
 */
export function translateDumps(
  dumps: readonly Dump[],
  programFile: string,
  entry?: string,
  userPreludes: readonly SourceBinding[] = [],
): TranslatedProgram {
  const linked = linkDumps(dumps, programFile, entry, userPreludes);
  if ("missing" in linked) {
    const uses = sourceUses(dumps, new Set(linked.missing), programFile);
    throw new MissingNamesError(
      linked.missing,
      formatMissing(linked.missing, uses),
    );
  }
  return linked.program;
}

/** The program needs names no prelude defines (`missing`, encoded). */
export class MissingNamesError extends UserError {
  constructor(
    readonly missing: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

/** Lowers and links: the program, or the names no prelude defines (encoded, sorted). */
export function linkDumps(
  dumps: readonly Dump[],
  programFile: string,
  entry?: string,
  userPreludes: readonly SourceBinding[] = [],
): { program: TranslatedProgram } | { missing: string[] } {
  const lowered = lowerModules({
    dumps,
    ...(entry !== undefined ? { entry } : {}),
  });
  const link = () =>
    linkProgram(
      {
        userPreludes,
        program: lowered.bindings.map((binding) => ({
          binding,
          file: programFile,
        })),
        base: loadBasePreludeForLink(),
      },
      // The exceptions the machine raises itself are there whatever the program names.
      ["main", NON_TERMINATION],
    );
  let linked = link();
  // The index may have been taken on trust (base.ts): checked for the
  // prelude files this link read, and linked again when it was wrong.
  const files = linked.bindings.map((b) => b.file);
  if (
    !confirmBaseLink(
      files,
      linked.missing.length === 0 && !files.includes(SYNTHESIZED_FILE),
    )
  )
    linked = link();
  if (linked.missing.length > 0) return { missing: linked.missing };
  const sources = linked.bindings;
  const program: Program = { bindings: sources.map((s) => s.binding) };
  return {
    program: {
      program,
      sources,
      conTags: programConTags(dumps),
      programFile,
    },
  };
}

/** Tags for `dataToTag#`: the libraries', and the program's own types (which win). */
export function programConTags(dumps: readonly Dump[]): Map<string, number> {
  return new Map([...libraryConTags(), ...constructorTags(dumps)]);
}
