// Options of `hs2stg run`, shared by every input kind (.stg, dump, .hs).
// Owned by the run command; the pipeline modules read them.
import type { MachineObserver } from "../ministg/run-api.js";

export interface RunCliOptions {
  /** -s EA|PE; push/enter is ministg's default. */
  style: "EA" | "PE";
  /** -m N: step limit (and trace-file limit with -t); undefined = unlimited. */
  maxSteps?: number;
  /** --max-stack SIZE / --max-heap SIZE, in bytes (GHC's -K / -M). */
  maxStackBytes?: number;
  maxHeapBytes?: number;
  /** --preempt-steps N: steps between thread switches. */
  preemptSteps?: number;
  /** false with --nogc (only changes what traces show). */
  gc: boolean;
  /** false with --noprelude. */
  prelude: boolean;
  /** -a: annotate top-level bindings with stack markers. */
  annotate: boolean;
  /** -c: call-stack tracing. */
  callStack: boolean;
  /** -d ast|parsed|arity */
  dump?: "ast" | "parsed" | "arity";
  /** --stats: statistics to stderr. */
  stats: boolean;
  /** -t / --tracedir DIR */
  trace: boolean;
  traceDir: string;
  /** --trace-html FILE / --trace-json FILE */
  traceHtml?: string;
  traceJson?: string;
  /** --trace-window N: traces keep the last N states. */
  traceWindow?: number;
  /** --force: write a -t trace into a directory holding other files. */
  force?: boolean;
  /** Set by the run command when a trace is asked for (src/trace). */
  observer?: MachineObserver;
  /** --entry NAME (translated programs) */
  entry?: string;
  /** --ghc PATH, --ghc-option X (repeatable) */
  ghc?: string;
  ghcOptions: string[];
  /** --prelude FILE.stg (repeatable): user preludes, whose definitions win. */
  preludeFiles?: readonly string[];
  /** Arguments after `--`, given to the program. */
  programArgs: string[];
}
