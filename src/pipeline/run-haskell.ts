import type { RunCliOptions } from "../cli/run-options.js";
import { UserError } from "../errors.js";

/** `hs2stg run Prog.hs`: compile with GHC, convert, run; resolves to the exit code. */
export async function runHaskellFile(
  file: string,
  _opts: RunCliOptions,
): Promise<number> {
  throw new UserError(`${file}: running Haskell source is not implemented yet`);
}
