import { readFile } from "node:fs/promises";
import type { RunCliOptions } from "../cli/run-options.js";
import { UserError } from "../errors.js";
import { runModulesInProcess } from "./run-modules.js";
import { parseDumps } from "./translate.js";
import { programName } from "./run-haskell.js";

/** `X.dump-stg-final` → `X.dump-hi` (any other name: `NAME.dump-hi`). */
export function siblingInterface(file: string): string {
  return file.replace(/\.dump-stg(-final)?$/, "") + ".dump-hi";
}

/** `hs2stg run Prog.dump-stg-final`: convert a GHC STG dump and run it; resolves to the exit code. */
export async function runDumpFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  const text = await readFile(file, "utf8").catch(
    (err: NodeJS.ErrnoException) => {
      throw new UserError(
        err.code === "ENOENT"
          ? `${file}: no such file`
          : `${file}: ${err.message}`,
      );
    },
  );
  // GHC's interface dump beside it (`-ddump-hi`) gives constructor order.
  const iface = await readFile(siblingInterface(file), "utf8").catch(
    () => undefined,
  );
  return runModulesInProcess(
    parseDumps([
      iface === undefined
        ? { name: file, text }
        : { name: file, text, interface: iface },
    ]),
    opts,
    file,
    programName(file),
  );
}
