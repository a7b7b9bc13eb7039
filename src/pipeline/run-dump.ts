import type { RunCliOptions } from "./run-options.js";
import { UserError, fileErrorText } from "../errors.js";
import { readDumpFile } from "../ghc/index.js";
import { runModulesInProcess } from "./run-modules.js";
import { parseDumps } from "./translate.js";
import { programName } from "./run-haskell.js";

/**
 * `hs2stg run Prog.dump-stg-final`: convert a GHC STG dump and run it;
 * resolves to the exit code. GHC's interface dump beside it (`-ddump-hi`),
 * when there is one, gives constructor order.
 */
export async function runDumpFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  const dump = await readDumpFile(file, file).catch((err: unknown) => {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: ${fileErrorText(err)}`);
  });
  return runModulesInProcess(parseDumps([dump]), opts, file, programName(file));
}
