// -O1 code inlines base's internals (`GHC.List.foldl2`, workers,
// specialisations), and the preludes do not define all of them. When a
// program compiled with optimisation needs such names, GHC compiles it again
// with -fignore-interface-pragmas: it then ignores the unfoldings in base's
// interface files, so the code names only functions base exports, while the
// program's own code stays optimised. A one-line notice says so.
import {
  dumpStg,
  type GhcDriverOptions,
  type StgDumpFile,
} from "../ghc/index.js";
import { decodeName } from "../lower/names.js";
import type { Dump } from "../parse-ghc-dump/ast.js";
import {
  linkDumps,
  parseDumps,
  translateDumps,
  MissingNamesError,
  type TranslatedProgram,
} from "./translate.js";
import { hasSourceNotes, sourceUses } from "./source-uses.js";
import { formatMissing, loadBasePreludeForLink } from "../preludes/base.js";
import { libraryConTags } from "../preludes/library-constructors.js";
import { LocatedError } from "../errors.js";
import type { SourceBinding } from "../ministg/machine/compile.js";

export const FALLBACK_OPTION = "-fignore-interface-pragmas";

export interface ProgramForRun {
  readonly program: TranslatedProgram;
  /** Said on stderr before the program runs, when the fallback was taken. */
  readonly notice?: string;
  /** The names of GHC's dumps (`Main.dump-stg-final`, ...): which modules the program has. */
  readonly modules: readonly string[];
}

/** Whether GHC's options ask for optimisation (the last -O flag wins). */
export function optimises(ghcOptions: readonly string[]): boolean {
  const levels = ghcOptions.filter((o) => /^-O[0-9]*$/.test(o));
  const last = levels[levels.length - 1];
  return last !== undefined && last !== "-O0";
}

/**
 * `file` compiled by GHC, lowered and linked once; optimised code that
 * cannot run as it is gets compiled again with the fallback option.
 * `started` is the first compile (`dumpStg(file, opts)`) when the caller
 * has already started it.
 */
export async function programForRun(
  file: string,
  opts: GhcDriverOptions,
  userPreludes: readonly SourceBinding[] = [],
  started?: Promise<StgDumpFile[]>,
): Promise<ProgramForRun> {
  const ghcOptions = opts.ghcOptions ?? [];
  const files = await (started ?? dumpStg(file, opts));
  const modules = files.map((f) => f.name);
  const dumps = parseDumps(files);
  if (!optimises(ghcOptions) || ghcOptions.includes(FALLBACK_OPTION))
    return {
      program: await locatingMissing(dumps, file, opts, userPreludes),
      modules,
    };
  const linked = linkOptimised(dumps, file, userPreludes);
  if ("program" in linked) return { program: linked.program, modules };
  const withFallback = {
    ...opts,
    ghcOptions: [...ghcOptions, FALLBACK_OPTION],
  };
  const againFiles = await dumpStg(file, withFallback);
  return {
    program: await locatingMissing(
      parseDumps(againFiles),
      file,
      withFallback,
      userPreludes,
    ),
    notice: `hs2stg: ${linked.why}; compiled again with ${FALLBACK_OPTION}`,
    modules: [...new Set([...modules, ...againFiles.map((f) => f.name)])],
  };
}

/**
 * What every translation needs whatever its program (the base prelude's
 * index, the library constructors' tables), made now: called while GHC
 * compiles, it takes this work off the path after GHC.
 */
export function prepareTranslation(): void {
  loadBasePreludeForLink();
  libraryConTags();
}

/**
 * translateDumps; when names are missing and the dumps carry no source
 * notes, GHC compiles the program again with -g only to say where the
 * user's source uses each name (the first compile's message otherwise).
 */
async function locatingMissing(
  dumps: readonly Dump[],
  file: string,
  opts: GhcDriverOptions,
  userPreludes: readonly SourceBinding[],
): Promise<TranslatedProgram> {
  try {
    return translateDumps(dumps, file, undefined, userPreludes);
  } catch (err) {
    if (!(err instanceof MissingNamesError) || hasSourceNotes(dumps)) throw err;
    let noted: Dump[];
    try {
      noted = parseDumps(
        await dumpStg(file, {
          ...opts,
          ghcOptions: [...(opts.ghcOptions ?? []), "-g"],
        }),
      );
    } catch {
      throw err;
    }
    const uses = sourceUses(noted, new Set(err.missing), file);
    if (uses.size === 0) throw err;
    throw new MissingNamesError(err.missing, formatMissing(err.missing, uses));
  }
}

/**
 * The optimised program, or why it cannot run as it is: base internals no
 * prelude defines, or a primop inlined from base that the machine lacks.
 */
function linkOptimised(
  dumps: readonly Dump[],
  file: string,
  userPreludes: readonly SourceBinding[],
): { program: TranslatedProgram } | { why: string } {
  let linked: ReturnType<typeof linkDumps>;
  try {
    linked = linkDumps(dumps, file, undefined, userPreludes);
  } catch (err) {
    if (err instanceof LocatedError && /unsupported primop/.test(err.message))
      return {
        why: `the optimised code uses a primop inlined from base that hs2stg lacks (${err.detail})`,
      };
    throw err;
  }
  if ("program" in linked) return linked;
  const { missing } = linked;
  const shown = missing.slice(0, 3).map(decodeName).join(", ");
  const more = missing.length > 3 ? ", ..." : "";
  const noun = missing.length === 1 ? "internal" : "internals";
  return {
    why: `the optimised code calls ${missing.length} base ${noun} no prelude defines (${shown}${more})`,
  };
}
