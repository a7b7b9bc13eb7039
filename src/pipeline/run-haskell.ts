import type { RunCliOptions } from "./run-options.js";
import { cachedProgramForRun } from "./program-cache.js";
import { programName } from "./program-name.js";

/**
 * `hs2stg run Prog.hs`: compile with GHC, convert, run; resolves to the exit
 * code. With `--entry NAME`, through a generated wrapper (run-entry.ts).
 * Optimised code that needs base internals no prelude defines is compiled
 * again without base's unfoldings (o1-fallback.ts). A program run before
 * comes from the cache (program-cache.ts).
 */
export async function runHaskellFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  if (opts.entry !== undefined) {
    const { runHaskellEntry } = await import("./run-entry.js");
    return runHaskellEntry(file, opts.entry, opts);
  }
  const { program, notice } = await cachedProgramForRun(
    file,
    {
      ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
      ghcOptions: opts.ghcOptions,
      ...(opts.cache === false ? { cache: false } : {}),
    },
    opts.preludeFiles ?? [],
  );
  // The machine is loaded only now: for a program not cached, GHC is
  // already running (program-cache.ts) while it loads.
  const { runTranslatedInProcess } = await import("./run-translated.js");
  return runTranslatedInProcess(program, opts, programName(file), notice);
}

export { programName };
