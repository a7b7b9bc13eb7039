import type { RunCliOptions } from "../cli/run-options.js";
import { UserError } from "../errors.js";

/** `hs2stg run Prog.dump-stg-final`: convert a GHC STG dump and run it; resolves to the exit code. */
export async function runDumpFile(
  file: string,
  _opts: RunCliOptions,
): Promise<number> {
  throw new UserError(`${file}: running GHC STG dumps is not implemented yet`);
}
