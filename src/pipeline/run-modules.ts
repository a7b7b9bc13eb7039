// `hs2stg run` of parsed dumps: translate the modules, then run them wired
// to this process (run-translated.ts).
import type { Dump } from "../parse-ghc-dump/ast.js";
import type { RunCliOptions } from "./run-options.js";
import { translateDumps } from "./translate.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";
import { runTranslatedInProcess } from "./run-translated.js";

export { runTranslatedInProcess };

/**
 * Runs the program; resolves to its exit code. `programFile` is the source
 * or dump as the user named it; `progName` is what getProgName answers.
 * With `--entry NAME` the value is shown by the structural renderer.
 */
export function runModulesInProcess(
  dumps: readonly Dump[],
  opts: RunCliOptions,
  programFile: string,
  progName: string,
): number {
  const program = translateDumps(
    dumps,
    programFile,
    opts.entry,
    loadUserPreludes(opts.preludeFiles ?? []),
  );
  return runTranslatedInProcess(program, opts, progName);
}
