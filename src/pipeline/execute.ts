// Running a translated program with the options of `hs2stg run`.
import { resolveKnownMethods } from "../preludes/known-methods.js";
import type { ProgramIO, RunOptions, RunResult } from "../ministg/run-api.js";
import type { RunCliOptions } from "./run-options.js";
import { runBindings } from "../ministg/run-stg.js";
import type { TranslatedProgram } from "./translate.js";

/** The interpreter options a `run` command line asks for. */
/** The run's bounds that are set, for RunOptions (a CLI run's or an in-memory run's). */
export function runLimits(opts: {
  readonly maxSteps?: number | undefined;
  readonly maxStackBytes?: number | undefined;
  readonly maxHeapBytes?: number | undefined;
  readonly preemptSteps?: number | undefined;
}): Pick<
  RunOptions,
  "maxSteps" | "maxStackBytes" | "maxHeapBytes" | "preemptSteps"
> {
  return {
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    ...(opts.maxStackBytes !== undefined
      ? { maxStackBytes: opts.maxStackBytes }
      : {}),
    ...(opts.maxHeapBytes !== undefined
      ? { maxHeapBytes: opts.maxHeapBytes }
      : {}),
    ...(opts.preemptSteps !== undefined
      ? { preemptSteps: opts.preemptSteps }
      : {}),
  };
}

export function machineOptions(opts: RunCliOptions, io: ProgramIO): RunOptions {
  return {
    style: opts.style,
    ...runLimits(opts),
    gc: opts.gc,
    callStack: opts.callStack,
    annotate: opts.annotate,
    io,
    ...(opts.observer !== undefined ? { observer: opts.observer } : {}),
    ...(opts.census !== undefined ? { census: opts.census } : {}),
    ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
  };
}

/**
 * Runs the program. Unless `faithful`, or the run is observed (a trace, a
 * heap or function profile: what shows GHC's code step by step), the
 * program's own calls of methods of known dictionaries are made direct first
 * (src/preludes/known-methods.ts): the same functions on the same arguments,
 * without the selector's steps (--stats and -m count the program as run).
 */
export function execute(
  program: TranslatedProgram,
  options: RunOptions,
  faithful = false,
): RunResult {
  const observed =
    options.observer !== undefined ||
    options.census !== undefined ||
    // HS2STG_PROFILE_PLAIN=1: profile the program a plain run executes
    // (docs/profile.md), to see where a plain run's steps go.
    (options.profile !== undefined &&
      process.env["HS2STG_PROFILE_PLAIN"] !== "1");
  const sources =
    faithful || observed || program.programFile === undefined
      ? program.sources
      : resolveKnownMethods(
          program.sources,
          (sb) => sb.file === program.programFile,
        );
  // A translated program never legitimately stops with arguments pending.
  return runBindings(sources, {
    ...options,
    conTags: program.conTags,
    stuckIsError: true,
  });
}
