// Running a hand-written miniSTG program made of several files (or given
// user preludes) the way `hs2stg run FILE.stg` runs one: ministg's output
// (the final value, or "Exception raised!"), this process's IO.
import type { RunCliOptions } from "./run-options.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { unbufferedProcessIO, writeAllSync } from "./unbuffered-io.js";
import {
  formatStats,
  loadBindings,
  reportOutcome,
  runCompiled,
} from "../ministg/run-stg.js";

/** Resolves to the exit code. */
export function runLinkedHandWritten(
  bindings: readonly SourceBinding[],
  opts: RunCliOptions,
  progName: string,
): number {
  const prog = loadBindings(bindings, {
    annotate: opts.annotate,
    ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
  });
  const { outcome, stats } = runCompiled(prog, {
    style: opts.style,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    gc: opts.gc,
    callStack: opts.callStack,
    annotate: opts.annotate,
    io: unbufferedProcessIO(opts.programArgs, progName),
    sampleLiveHeap: opts.stats,
    ...(opts.observer !== undefined ? { observer: opts.observer } : {}),
    ...(opts.census !== undefined ? { census: opts.census } : {}),
    ...(opts.maxStackBytes !== undefined
      ? { maxStackBytes: opts.maxStackBytes }
      : {}),
    ...(opts.maxHeapBytes !== undefined
      ? { maxHeapBytes: opts.maxHeapBytes }
      : {}),
    ...(opts.preemptSteps !== undefined
      ? { preemptSteps: opts.preemptSteps }
      : {}),
  });
  const rep = reportOutcome(outcome, {
    callStack: opts.callStack,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
  });
  const enc = new TextEncoder();
  if (rep.stdout !== "") writeAllSync(1, enc.encode(rep.stdout));
  if (rep.stderr !== "") writeAllSync(2, enc.encode(rep.stderr));
  if (opts.stats) writeAllSync(2, enc.encode(formatStats(stats)));
  return rep.exitCode;
}
