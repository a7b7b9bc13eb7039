// One traced machine state, as every trace format stores it: the rule that
// produced it, the code, the stack (top first) and the heap view the machine
// gives observers (garbage-collected unless --nogc).
import type { StepStory } from "./step-story.js";
import type {
  FrameView,
  MachineView,
  ObjectView,
  RuleName,
  ThreadView,
} from "../ministg/run-api.js";

export interface StepRecord {
  /** Steps taken so far (0 = the initial state). */
  readonly step: number;
  /** The rule that produced this state; null for the initial state. */
  readonly rule: RuleName | null;
  readonly code: string;
  /** Objects the code refers to. */
  readonly codeRefs: readonly string[];
  /** Top of stack first. */
  readonly stack: readonly FrameView[];
  readonly heap: readonly ObjectView[];
  /** What the step did (absent on the first recorded state). */
  readonly story?: StepStory;
  /** Program output the step wrote. */
  readonly output?: readonly ProgramOutput[];
  /** Present with -c: the call stack, innermost first. */
  readonly callStack?: readonly string[];
  /** The running thread (present once a program has forked). */
  readonly thread?: number;
  /** With `thread`: the other live threads, by number. */
  readonly threads?: readonly ThreadView[];
}

export interface ProgramOutput {
  readonly stream: "stdout" | "stderr";
  readonly text: string;
}

/** What every trace writer is told before the first step. */
export interface TraceMeta {
  /** The program file as the user named it. */
  readonly program: string;
  readonly style: "EA" | "PE";
  readonly gc: boolean;
  readonly callStack: boolean;
  /** Translated programs: miniSTG global names map to Haskell names. */
  readonly decode?: (name: string) => string;
  /** Haskell programs: where the sources define a global (`fac.hs:3:1`). */
  readonly locate?: (name: string) => string | undefined;
}

export function captureStep(
  view: MachineView,
  rule: RuleName | null,
  withCallStack: boolean,
): StepRecord {
  return {
    step: view.step,
    rule,
    ...codeOf(view),
    stack: view.stack(),
    heap: view.heap(),
    ...(withCallStack ? { callStack: view.callStack() } : {}),
    ...(view.threads > 1 || view.thread !== 1
      ? { thread: view.thread, threads: view.suspended?.() ?? [] }
      : {}),
  };
}

function codeOf(view: MachineView): {
  code: string;
  codeRefs: readonly string[];
} {
  const c = view.code();
  return { code: c.text, codeRefs: c.refs };
}
