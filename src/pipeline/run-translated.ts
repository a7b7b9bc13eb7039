// The common tail of `hs2stg run` for Haskell source, dumps and converted
// files: run a translated program wired to this process and report how it
// ended. It needs none of the translation (GHC, parsing, lowering, linking),
// so a program from the cache runs without loading any of it.
import type { RunCliOptions } from "./run-options.js";
import { formatStats } from "../ministg/run-stg.js";
import { decodeName } from "../lower/names.js";
import { siteName } from "../trace/haskell-names.js";
import { formatAllocatingFunctions } from "../trace/alloc-report.js";
import { execute, machineOptions } from "./execute.js";
import { reportOutcome } from "./outcome.js";
import { processIO } from "./program-io.js";
import { renderHaskellValue } from "./render-value.js";
import type { TranslatedProgram } from "./translate.js";

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
    const result = execute(
      program,
      {
        ...machineOptions(opts, io),
        ...(opts.stats ? { sampleLiveHeap: true } : {}),
      },
      opts.faithful === true,
    );
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
