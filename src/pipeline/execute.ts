// Running a translated program with the options of `hs2stg run`.
import type { ProgramIO, RunOptions, RunResult } from "../ministg/run-api.js";
import type { RunCliOptions } from "./run-options.js";
import { runBindings } from "../ministg/run-stg.js";
import type { TranslatedProgram } from "./translate.js";

/** The interpreter options a `run` command line asks for. */
export function machineOptions(opts: RunCliOptions, io: ProgramIO): RunOptions {
  return {
    style: opts.style,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    gc: opts.gc,
    callStack: opts.callStack,
    annotate: opts.annotate,
    io,
    ...(opts.observer !== undefined ? { observer: opts.observer } : {}),
    ...(opts.census !== undefined ? { census: opts.census } : {}),
    ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
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

export function execute(
  program: TranslatedProgram,
  options: RunOptions,
): RunResult {
  // A translated program never legitimately stops with arguments pending.
  return runBindings(program.sources, {
    ...options,
    conTags: program.conTags,
    stuckIsError: true,
  });
}
