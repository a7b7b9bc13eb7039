// Options of a run, shared by every input kind (.stg, dump, .hs): what the
// pipeline takes. The run command (src/cli/run-command.ts) fills them from
// its command line.
import type { TraceUntil } from "../trace/recorder.js";
import type { MachineObserver } from "../ministg/run-api.js";
import type { CensusHook } from "../ministg/machine/census.js";
import type { StepProfileHook } from "../ministg/machine/step-profile.js";

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
  /** --trace-from NAME / --trace-until NAME|STEP: which part of the run traces record. */
  traceFrom?: string;
  traceUntil?: TraceUntil;
  /** --force: write a -t trace into a directory holding other files. */
  force?: boolean;
  /** Set by the run command when a trace is asked for (src/trace). */
  observer?: MachineObserver;
  /** --heap-profile FILE.html */
  heapProfile?: string;
  /** Set by the run command for --heap-profile (src/profile). */
  census?: CensusHook;
  /** --profile[=FILE]: true (a table on stderr) or the file (FILE.json: JSON). */
  profileOut?: true | string;
  /** Set by the run command for --profile (src/profile/functions.ts). */
  profile?: StepProfileHook;
  /** --entry NAME (translated programs) */
  entry?: string;
  /** --ghc PATH, --ghc-option X (repeatable) */
  ghc?: string;
  ghcOptions: string[];
  /** --prelude FILE.stg (repeatable): user preludes, whose definitions win. */
  preludeFiles?: readonly string[];
  /** false with --no-cache: neither read nor write the caches (src/cache/). */
  cache?: boolean;
  /** --faithful: no direct calls of known dictionaries' methods (pipeline/execute.ts). */
  faithful?: boolean;
  /** Arguments after `--`, given to the program. */
  programArgs: string[];
}
