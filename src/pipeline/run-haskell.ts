import type { RunCliOptions } from "../cli/run-options.js";
import { runTranslatedInProcess } from "./run-modules.js";
import { programForRun } from "./o1-fallback.js";
import { runHaskellEntry } from "./run-entry.js";
import { programName } from "./program-name.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";

/**
 * `hs2stg run Prog.hs`: compile with GHC, convert, run; resolves to the exit
 * code. With `--entry NAME`, through a generated wrapper (run-entry.ts).
 * Optimised code that needs base internals no prelude defines is compiled
 * again without base's unfoldings (o1-fallback.ts).
 */
export async function runHaskellFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  if (opts.entry !== undefined) return runHaskellEntry(file, opts.entry, opts);
  const { program, notice } = await programForRun(
    file,
    {
      ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
      ghcOptions: opts.ghcOptions,
    },
    loadUserPreludes(opts.preludeFiles ?? []),
  );
  return runTranslatedInProcess(program, opts, programName(file), notice);
}

export { programName };
