import { basename, extname } from "node:path";
import type { RunCliOptions } from "../cli/run-options.js";
import { dumpStg } from "../ghc/index.js";
import { runModulesInProcess } from "./run-modules.js";
import { parseDumps } from "./translate.js";

/** `hs2stg run Prog.hs`: compile with GHC, convert, run; resolves to the exit code. */
export async function runHaskellFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  const dumps = await dumpStg(file, {
    ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
    ghcOptions: opts.ghcOptions,
  });
  return runModulesInProcess(parseDumps(dumps), opts, file, programName(file));
}

/** What `getProgName` answers: the executable GHC would have built. */
export function programName(file: string): string {
  return basename(file, extname(file));
}
