import type { RunCliOptions } from "../cli/run-options.js";
import { dumpStg } from "../ghc/index.js";
import { runModulesInProcess } from "./run-modules.js";
import { parseDumps } from "./translate.js";
import { runHaskellEntry } from "./run-entry.js";
import { programName } from "./program-name.js";

/**
 * `hs2stg run Prog.hs`: compile with GHC, convert, run; resolves to the exit
 * code. With `--entry NAME`, through a generated wrapper (run-entry.ts).
 */
export async function runHaskellFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  if (opts.entry !== undefined) return runHaskellEntry(file, opts.entry, opts);
  const dumps = await dumpStg(file, {
    ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
    ghcOptions: opts.ghcOptions,
  });
  return runModulesInProcess(parseDumps(dumps), opts, file, programName(file));
}

export { programName };
