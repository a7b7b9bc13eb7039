// The registers the compiling tier (jit/) shares with the fast engine's
// loop (machine.ts): copied in when the loop hands a stretch of the run to
// compiled code and back when the compiled code gives it up. Compiled code
// only ever stops at a rule boundary, with the machine state (mode, code,
// locals, value, flat stack) exactly as the interpreter would have it.

import type { Code, ConInfo } from "../code.js";
import type { CompiledProgram } from "../compile.js";
import type { PrimCtx } from "../prim-context.js";
import type { CallStack, Value } from "../values.js";
import { M_CASEV, M_EVAL, M_OWED, M_RET } from "../modes.js";
import {
  collectTallies,
  resetTallies,
  talliesOf,
  type Tally,
} from "./tally.js";

/** What a compiled function answers: the next mode (the loop's), or BAIL. */
export const J_EVAL = M_EVAL;
export const J_RET = M_RET;
export const J_CASEV = M_CASEV;
/** Compiled code cannot go on: the interpreter resumes in `mode`. */
export const J_BAIL = 3;
/**
 * A primop wants the scheduler's attention: compiled code applied it and
 * stopped in RET with its result; the machine loop counts its step (PRIMOP)
 * and handles the event.
 */
export const J_OWE = M_OWED;

/**
 * The locals ret.ts hands a compiled CASEV entry whose case frame it left
 * on the stack: the entry pops the saved values itself, with the frame's
 * layout written out (codegen.ts popFrame), instead of ret.ts's generic
 * popCaseLocals. Only ever passed to a compiled CASEV entry.
 */
export const IN_FRAME: Value[] = [];

/** Entries to a code node before it is compiled (cold code stays interpreted). */
export const JIT_HOT = 8;

let jitMode: string | undefined;

/**
 * Sets the tier's mode as HS2STG_JIT would for the runs that follow
 * (undefined: HS2STG_JIT decides again). For tests, which cannot set the
 * variable: the programs they run see the process's environment.
 */
export function setJitMode(mode: "0" | "1" | "eager" | undefined): void {
  jitMode = mode;
}

/**
 * The entries after which a node is compiled, or null with the tier off.
 * Off by default: in process CPU time (V8's compiles of the generated
 * code included) the median bench program takes about as long with it
 * (1.06x, session 17), nfib and sieve 0.7-0.8x but parser, floatmath and
 * wordfreq 1.5x (docs/machine.md, The compiling tier). `HS2STG_JIT=1` turns it on,
 * `HS2STG_JIT=N` with that threshold, `HS2STG_JIT=eager` compiles every node
 * on its first entry (the differential test).
 */
export function jitThreshold(opt: boolean | undefined): number | null {
  const env = jitMode ?? process.env["HS2STG_JIT"];
  if (opt === false) return null;
  if (env === "eager") return 1;
  // A number: that threshold (for measuring the tier).
  if (env !== undefined && /^[1-9][0-9]*$/.test(env) && env !== "1")
    return Number(env);
  if (opt === true || env === "1") return JIT_HOT;
  return null;
}

export class JitState {
  // ------------------------------------------------ machine registers
  mode = 0;
  code: Code = null as unknown as Code;
  locals: Value[] = [];
  val: Value = 0;
  cs: CallStack = null;
  stk: unknown[] = [];
  sp = 0;
  depth = 0;
  peakDepth = 0;
  steps = 0;
  /** No stretch of compiled code may reach this step (an event is due there). */
  nextEvent = 0;
  /** A STACK step has run (machine.ts `stacks`): thunks may have call stacks. */
  stacks = false;
  // ------------------------------------------------ counters (added to the run's statistics)
  allocFun = 0;
  allocPap = 0;
  allocCon = 0;
  allocThunk = 0;
  allocError = 0;
  updates = 0;
  /** The mode ret.ts retNext reached. */
  next = 0;
  /** Direct calls compiled code may still make before returning to the trampoline (run.ts). */
  fuel = 0;
  /** True and False (intToBool#). */
  readonly bools: readonly [ConInfo, ConInfo];
  /** The program's flush points (tally.ts): their counts are added at the run's end (collect). */
  readonly tallies: Tally[];
  constructor(
    readonly prog: CompiledProgram,
    readonly pe: boolean,
    readonly rc: Float64Array,
    /**
     * What the top stack segment may grow to, in words (machine.ts sets it
     * at each entry): the stack limit's room or the segment's size, whichever
     * is less. A push beyond it is left to the interpreter, which throws the
     * overflow or starts a new segment (a segment grown as one JS array
     * would be copied at each doubling, as stack-segments.ts explains).
     */
    public maxStackWords: number,
    /** Entries before a node is compiled (jitThreshold). */
    readonly hot: number,
    /** What primops see of the machine. */
    readonly ctx: PrimCtx,
  ) {
    this.bools = [prog.trueCon, prog.falseCon];
    this.tallies = talliesOf(prog);
    resetTallies(this.tallies);
  }

  /** Adds what compiled code counted at its flush points to the run's counters. */
  collect(): void {
    collectTallies(this.tallies, this);
  }
}
