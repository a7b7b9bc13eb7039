// The common tail of `hs2stg run` for Haskell source and for dumps: translate
// the modules, run them wired to this process, report how it ended.
import type { Dump } from "../parse-ghc-dump/ast.js";
import type { RunCliOptions } from "../cli/run-options.js";
import { formatStats } from "../ministg/run-stg.js";
import { siteName } from "../trace/haskell-names.js";
import { decodeName } from "../lower/names.js";
import { formatAllocatingFunctions } from "../trace/alloc-report.js";
import { execute, machineOptions } from "./execute.js";
import { reportOutcome } from "./outcome.js";
import { processIO } from "./program-io.js";
import { renderHaskellValue } from "./render-value.js";
import { translateDumps, type TranslatedProgram } from "./translate.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";

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

/**
 * Runs a translated program wired to this process; `notice` (a line for
 * stderr) is written first, in order with the program's own output.
 */
export function runTranslatedInProcess(
  program: TranslatedProgram,
  opts: RunCliOptions,
  progName: string,
  notice?: string,
): number {
  const io = processIO(opts.programArgs, progName);
  try {
    if (notice !== undefined)
      io.writeStderr(Buffer.from(notice + "\n", "utf8"));
    const result = execute(program, {
      ...machineOptions(opts, io),
      ...(opts.stats ? { sampleLiveHeap: true } : {}),
    });
    const code = reportOutcome(
      result.outcome,
      io,
      opts.entry !== undefined,
      renderHaskellValue,
    );
    if (opts.stats)
      io.writeStderr(
        Buffer.from(
          formatStats(result.stats, siteName) +
            formatAllocatingFunctions(result.stats, decodeName),
          "utf8",
        ),
      );
    return code;
  } finally {
    io.flush();
  }
}
