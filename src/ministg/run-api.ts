// Public types of the miniSTG interpreter: how to run a program, what comes
// back, the statistics it keeps and the observer hook that traces build on.
// The implementation lives in src/ministg/machine/; this module is the
// contract the CLI, the tests and the trace writers code against.

import type { CensusHook } from "./machine/census.js";
import type { StepProfileHook } from "./machine/step-profile.js";
import type { ProgramIO } from "./io.js";

export type { ProgramIO, StdoutControl } from "./io.js";

/** The rules of the machine ("Making a fast curry", as ministg names them). */
export type RuleName =
  | "STACK"
  | "LET"
  | "CASECON"
  | "CASEANY"
  | "CASE"
  | "RET"
  | "THUNK"
  | "UPDATE"
  | "KNOWNCALL"
  | "PRIMOP"
  // push/enter only
  | "PUSH"
  | "FENTER"
  | "PAP1"
  | "PENTER"
  // eval/apply only
  | "EXACT"
  | "CALLK"
  | "PAP2"
  | "TCALL"
  | "PCALL"
  | "RETFUN"
  // threads: the scheduler switches to another thread
  | "SWITCH";

export type EvalStyle = "EA" | "PE";

/** Kinds of heap object the machine allocates (BLACKHOLE appears only by update). */
export type ClosureKind = "FUN" | "PAP" | "CON" | "THUNK" | "ERROR";

export interface RunOptions {
  /** Push/enter ("PE", ministg's default) or eval/apply ("EA"). */
  style: EvalStyle;
  /** Step limit; undefined = unlimited. */
  maxSteps?: number;
  /** false with --nogc: only changes what observers see (all globals stay in the heap view). */
  gc: boolean;
  /** -c: call-stack tracing shown in errors (and traces). */
  callStack: boolean;
  /** -a: wrap every top-level FUN body / THUNK in `stack "name"`. */
  annotate: boolean;
  /** Top-level binding to evaluate; default "main". */
  entry?: string;
  /** IO wiring; default: no input, output discarded, no args. */
  io?: ProgramIO;
  /** Called once per step; absent = no cost. */
  observer?: MachineObserver;
  /**
   * Constructor tags for `dataToTag#` beyond the well-known ones, by
   * constructor name (a translated program's come from GHC's interfaces).
   */
  conTags?: ReadonlyMap<string, number>;
  /**
   * A run that stops with arguments still waiting on the stack (a
   * constructor or literal applied to arguments) is a runtime error rather
   * than a final value, as ministg reports it. Translated programs set it.
   */
  stuckIsError?: boolean;
  /**
   * Maximum machine stack in bytes (8 per stack word), as GHC's `+RTS -K`;
   * exceeding it ends the run as GHC's stack overflow (exit 2). Default 512 MiB.
   */
  maxStackBytes?: number;
  /**
   * Maximum heap in bytes, as GHC's `+RTS -M`: the live V8 heap beyond what
   * was in use when the run started; exceeding it ends the run as GHC's
   * "Heap exhausted" (exit 251). Default 80% of V8's heap limit.
   */
  maxHeapBytes?: number;
  /** Steps between thread switches (--preempt-steps; scheduler.ts's default). */
  preemptSteps?: number;
  /**
   * Which machine runs the program: the reference machine (the paper's
   * rules one function each; it produces traces and --stats) or the fast
   * engine. Default: the reference when an observer or heap sampling asks
   * for it, the fast engine otherwise. Both count the same steps.
   */
  engine?: Engine;
  /** --heap-profile: censuses of the live heap (src/profile). */
  census?: CensusHook;
  /** --profile: steps, entries and allocations per top-level binding (src/profile). */
  profile?: StepProfileHook;
}

export type Engine = "fast" | "reference";

/** How a run ended. */
export type RunOutcome =
  /** The entry reached WHNF; `text` is the value printed as ministg prints it. */
  | { readonly kind: "value"; readonly text: string }
  /**
   * A runtime error: `message` is the one-line description (ministg's text where
   * ministg has one, e.g. `non exhaustive patterns in case expression`),
   * `rule`/`closure` say where, `callStack` the annotation stack (innermost first).
   */
  | {
      readonly kind: "error";
      readonly message: string;
      readonly exitCode: number;
      readonly rule?: string;
      readonly closure?: string;
      readonly callStack: readonly string[];
    }
  /** `ERROR` was evaluated: ministg prints `Exception raised!` (exit 0, as ministg). */
  | { readonly kind: "exception"; readonly callStack: readonly string[] }
  /** The program called `exit#` (IO programs). */
  | { readonly kind: "exit"; readonly exitCode: number }
  /** The step limit (-m) was reached before the program finished. */
  | { readonly kind: "stepLimit"; readonly steps: number };

export interface MachineStats {
  /** Steps, counted as ministg counts them (rule applications; see docs). */
  steps: number;
  /** Applications of each rule. */
  rules: Partial<Record<RuleName, number>>;
  /** Objects allocated (LET, PAP1/PAP2, intToBool#...) by kind. */
  allocations: Record<ClosureKind, number>;
  /**
   * Objects allocated per let binding (`owner/binder`, owner = the enclosing
   * top-level binding), most first; PAP1/PAP2/primop allocations are not here.
   */
  allocationSites: readonly {
    site: string;
    kind: ClosureKind;
    count: number;
  }[];
  /** Thunk updates (UPDATE rule). */
  updates: number;
  /** Deepest the machine stack got, in frames. */
  peakStackDepth: number;
  /**
   * Peak number of live (reachable) heap objects, globals included. Measured
   * by a reachability walk every `liveSampleInterval` steps (1 = exact).
   */
  peakLiveObjects: number;
  liveSampleInterval: number;
  /** Wall-clock time of the run in milliseconds. */
  wallMs: number;
}

// ------------------------------------------------------------------ observer

/** A value in a view: an unboxed literal (printed) or a reference to a heap object. */
export type ValueView =
  | { readonly kind: "lit"; readonly text: string }
  | { readonly kind: "ref"; readonly id: string };

/** One heap object. `id` is its top-level name, or `$N` for allocated ones. */
export interface ObjectView {
  readonly id: string;
  readonly kind: ClosureKind | "BLACKHOLE";
  /** The object in miniSTG syntax with free variables replaced by ids/literals. */
  readonly text: string;
  /** Constructor name (CON) or function id (PAP). */
  readonly head?: string;
  /** Objects it points to. */
  readonly refs: readonly string[];
  /** The let binding that allocated it (`owner/binder`), when a let did. */
  readonly site?: string;
}

export interface FrameView {
  /** case continuation, update frame, pending argument (PE), apply-to-args (EA), exception handler (catch#). */
  readonly kind: "case" | "update" | "arg" | "apply" | "catch";
  /** The frame as ministg shows it: `case * of {...}`, `upd * $3`, `arg 5`, `(* x y)`, `catch * $4`. */
  readonly text: string;
  readonly refs: readonly string[];
  /** Call stack saved in case/update frames. */
  readonly callStack?: readonly string[];
}

/** The code component of the machine state. */
export interface CodeView {
  /** The current expression in miniSTG syntax, variables substituted (as ministg shows it). */
  readonly text: string;
  readonly refs: readonly string[];
}

/**
 * A read-only, lazily computed view of the machine state. Only valid during
 * the observer call that received it (the machine goes on mutating).
 */
export interface MachineView {
  /** Steps taken so far. */
  readonly step: number;
  readonly style: EvalStyle;
  code(): CodeView;
  /** Top of stack first. */
  stack(): readonly FrameView[];
  /** Heap objects reachable from code and stack (all globals too when gc is off). */
  heap(): readonly ObjectView[];
  /** The top-level binding whose code is running (an eval state), if any. */
  owner?(): string | undefined;
  /** Current call stack, innermost first. */
  callStack(): readonly string[];
  /** The running thread's number (ThreadId; main is 1). */
  readonly thread: number;
  /** Threads alive (running or blocked). */
  readonly threads: number;
  /** The other live threads, by number (reference machine; absent: none known). */
  suspended?(): readonly ThreadView[];
}

/** A thread that does not run now: what it will do when it runs again. */
export interface ThreadView {
  readonly id: number;
  /** `runnable`, `not started`, or what it is blocked on (`blocked on an MVar`). */
  readonly status: string;
  /** Its code as the machine shows the running thread's. */
  readonly code: string;
  /** Top of stack first. */
  readonly stack: readonly FrameView[];
}

export interface MachineObserver {
  /** The initial state (ministg's step 0). */
  onStart?(view: MachineView): void;
  /** After each step: the rule just applied and the state it produced. */
  onStep(rule: RuleName, view: MachineView): void;
  /** When the run ends, with the final state. */
  onEnd?(outcome: RunOutcome, view: MachineView): void;
  /** Program output, as it is written (before the step that writes it ends). */
  onOutput?(stream: "stdout" | "stderr", chunk: Uint8Array): void;
}

export interface RunResult {
  readonly outcome: RunOutcome;
  readonly stats: MachineStats;
}

/** Options of `runStgSource`: the `.stg` half of `hs2stg run`. */
export interface RunStgSourceOptions {
  file: string;
  style: EvalStyle;
  maxSteps?: number;
  prelude: boolean;
  annotate: boolean;
  callStack: boolean;
  /** Program standard input (default empty). */
  stdin?: string | Uint8Array;
  args?: readonly string[];
  entry?: string;
  gc?: boolean;
  observer?: MachineObserver;
  /** Measure MachineStats.peakLiveObjects (as --stats does; a little slower). */
  sampleLiveHeap?: boolean;
  /** See RunOptions.stuckIsError. */
  stuckIsError?: boolean;
  /** See RunOptions.engine. */
  engine?: Engine;
}

/** What `hs2stg run file.stg` prints and exits with. */
export interface RunStgSourceResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  stats: MachineStats;
  outcome: RunOutcome;
}
