// Running a hand-written miniSTG program made of several files (or given
// user preludes) the way `hs2stg run FILE.stg` runs one: ministg's output
// (the final value, or "Exception raised!"), this process's IO.
import type { RunCliOptions } from "./run-options.js";
import type {
  CompiledProgram,
  SourceBinding,
} from "../ministg/machine/compile.js";
import { machineOptions } from "./execute.js";
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
  return runLoadedHandWritten(prog, opts, progName);
}

/** Runs a loaded program and reports as ministg does; resolves to the exit code. */
export function runLoadedHandWritten(
  prog: CompiledProgram,
  opts: RunCliOptions,
  progName: string,
): number {
  const { outcome, stats } = runCompiled(prog, {
    ...machineOptions(opts, unbufferedProcessIO(opts.programArgs, progName)),
    sampleLiveHeap: opts.stats,
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
