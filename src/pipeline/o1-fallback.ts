// -O1 code inlines base's internals (`GHC.List.foldl2`, workers,
// specialisations), and the preludes do not define all of them. When a
// program compiled with optimisation needs such names, GHC compiles it again
// with -fignore-interface-pragmas: it then ignores the unfoldings in base's
// interface files, so the code names only functions base exports, while the
// program's own code stays optimised. A one-line notice says so.
import { dumpStg, type GhcDriverOptions } from "../ghc/index.js";
import type { Dump } from "../parse-ghc-dump/ast.js";
import { decodeName } from "../lower/names.js";
import { missingNames, parseDumps } from "./translate.js";
import { LocatedError } from "../errors.js";

export const FALLBACK_OPTION = "-fignore-interface-pragmas";

export interface FallbackDumps {
  readonly dumps: Dump[];
  /** Said on stderr before the program runs, when the fallback was taken. */
  readonly notice?: string;
}

/** Whether GHC's options ask for optimisation (the last -O flag wins). */
export function optimises(ghcOptions: readonly string[]): boolean {
  const levels = ghcOptions.filter((o) => /^-O[0-9]*$/.test(o));
  const last = levels[levels.length - 1];
  return last !== undefined && last !== "-O0";
}

export async function dumpsForRun(
  file: string,
  opts: GhcDriverOptions,
  entry?: string,
): Promise<FallbackDumps> {
  const ghcOptions = opts.ghcOptions ?? [];
  const dumps = parseDumps(await dumpStg(file, opts));
  if (!optimises(ghcOptions) || ghcOptions.includes(FALLBACK_OPTION))
    return { dumps };
  const why = needsFallback(dumps, entry);
  if (why === undefined) return { dumps };
  const again = parseDumps(
    await dumpStg(file, {
      ...opts,
      ghcOptions: [...ghcOptions, FALLBACK_OPTION],
    }),
  );
  return {
    dumps: again,
    notice: `hs2stg: ${why}; compiled again with ${FALLBACK_OPTION}`,
  };
}

/**
 * Why optimised dumps cannot run as they are: base internals no prelude
 * defines, or a primop inlined from base that the machine lacks.
 */
function needsFallback(
  dumps: readonly Dump[],
  entry?: string,
): string | undefined {
  let missing: string[];
  try {
    missing = missingNames(dumps, entry);
  } catch (err) {
    if (err instanceof LocatedError && /unsupported primop/.test(err.message))
      return `the optimised code uses a primop inlined from base that hs2stg lacks (${err.detail})`;
    throw err;
  }
  if (missing.length === 0) return undefined;
  const shown = missing.slice(0, 3).map(decodeName).join(", ");
  const more = missing.length > 3 ? ", ..." : "";
  const noun = missing.length === 1 ? "internal" : "internals";
  return `the optimised code calls ${missing.length} base ${noun} no prelude defines (${shown}${more})`;
}
