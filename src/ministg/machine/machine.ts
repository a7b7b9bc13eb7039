// The fast engine of the STG machine: the small-step rules of "Making a
// fast curry" (Marlow & Peyton Jones) exactly as ministg applies them
// (src/Ministg/Eval.hs, `smallStep`), in push/enter (PE) and eval/apply
// (EA) style.
//
// ministg's state is (expression, stack, heap) with variables substituted
// by heap names. Here the expression is a compiled code node plus the
// `locals` array its variables index (substitution without copying), and
// four modes say which expression form the state is in:
// - EVAL:  any expression (code, locals);
// - RET:   an atom whose value is `val` (`x` or a literal);
// - CASEV: `case val of alts` (after RET; `code` is the CASE node);
// - CALL:  `f args` with resolved values (after PCALL/RETFUN; eval/apply).
// The rules are tried in ministg's order, so the same rule fires in the same
// state and steps count the same. One loop iteration = one rule, except
// that reading an atom (EVAL of an atom node -> RET) is not a step: it is
// the same ministg state.
//
// This is the fast engine for plain runs. The reference machine
// (../reference/) applies the same rules one named function each and
// produces the traces; test/ministg/machine/differential.test.ts holds the two to
// the same outcomes, step counts and rule counts.
//
// The stack is one flat array of frames (layout in frames.ts); the heap is
// just the JS heap: nothing keeps objects alive but references from the
// state, so unreachable ones are collected by the JS garbage collector.

import {
  FAST_EQ,
  FAST_GT,
  FAST_GTE,
  FAST_INT_TO_BOOL,
  FAST_LT,
  FAST_LTE,
  FAST_MULT,
  FAST_PLUS,
  FAST_SUB,
  PrimError,
  ProgramExit,
} from "../primops.js";
import { fastFloatOp } from "../primops/float-fast.js";
import type {
  EvalStyle,
  MachineStats,
  ProgramIO,
  RunOutcome,
} from "../run-api.js";
import type { AtomList, Alts, Code, CodeInfo } from "./code.js";
import { ConInfo, EnumTagInfo } from "./code.js";
import {
  OP_APP,
  OP_ATOM,
  OP_CASE,
  OP_CATCH,
  OP_LET,
  OP_LETREC,
  OP_PRIM,
  OP_RAISE,
  OP_RESUME,
  OP_STACK,
} from "./code.js";
import { RAISE_THUNK, raiseCode } from "./raise-thunk.js";
import {
  DEFAULT_MAX_STACK_BYTES,
  HEAP_CHECK_INTERVAL,
  HeapGuard,
  ResourceExhausted,
  capHeapGrowth,
  STACK_WORD_BYTES,
  reportExhausted,
} from "./limits.js";
import { UNBOXED_THUNK } from "./unboxed-thunk.js";
import { StackSegments } from "./stack-segments.js";
import {
  BLACKHOLE_WAIT,
  freezeFast,
  nextRegisters,
  resumeFast,
  saveRegisters,
  suspendedValues,
} from "./thread-code.js";
import type { Scheduler } from "./scheduler.js";
import type { CompiledProgram } from "./compile.js";
import { flatFrames, type CensusHook, type CensusRoots } from "./census.js";
import type { StepProfileHook } from "./step-profile.js";
import { printValue } from "./print-value.js";
import {
  F_APPLY,
  F_ARG,
  F_CASE,
  F_CASE_CS,
  F_CATCH,
  F_UPD,
  F_UPD_CS,
  frameWords,
  popCaseLocals,
  topKind,
  pushCaseFrame,
  readFlatFrame,
  type Frame,
} from "./frames.js";
import {
  MachineError,
  NON_TERMINATION,
  TOP_HANDLER,
  arityMismatch,
  buildStats,
  enumTagAlt,
  errorOutcome,
  finalOutcome,
  nonExhaustive,
  stackOverflow,
  stuckError,
} from "./outcome.js";
import { PrimCtx } from "./prim-context.js";
import { JitState, jitThreshold } from "./jit/state.js";
import { runJit } from "./jit/run.js";
import {
  RULE_NAMES,
  R_CALLK,
  R_CASE,
  R_CASEANY,
  R_CASECON,
  R_EXACT,
  R_FENTER,
  R_KNOWNCALL,
  R_LET,
  R_PAP1,
  R_PAP2,
  R_PCALL,
  R_PENTER,
  R_PRIMOP,
  R_PUSH,
  R_RET,
  R_RETFUN,
  R_STACK,
  R_SWITCH,
  R_TCALL,
  R_THUNK,
  R_UPDATE,
} from "./rules.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  CallStackNode,
  ERROR,
  FUN,
  NO_VALUES,
  Obj,
  PAP,
  Pair,
  THUNK,
  bindValues,
  callStackToArray,
  newValues,
  clearValues,
  copyValues,
  fillInline,
  inlineObj,
  setThunkCallStack,
  setValues,
  shareValues,
  takeThunkCallStack,
  type CallStack,
  type Value,
} from "./values.js";

import { M_CALL, M_CASEV, M_EVAL, M_OWED, M_RET } from "./modes.js";

export { NON_TERMINATION } from "./outcome.js";

export interface MachineOptions {
  readonly style: EvalStyle;
  readonly maxSteps?: number;
  readonly io: ProgramIO;
  /** See RunOptions.stuckIsError. */
  readonly stuckIsError?: boolean;
  /** See RunOptions.maxStackBytes / maxHeapBytes. */
  readonly maxStackBytes?: number;
  readonly maxHeapBytes?: number;
  /** --heap-profile: censuses of the live heap (tested only at events). */
  readonly census?: CensusHook;
  /** --profile: told of every step (from the event branch, due every step then). */
  readonly profile?: StepProfileHook;
  /** Steps between thread switches (scheduler.ts, DEFAULT_PREEMPT_STEPS). */
  readonly preemptSteps?: number;
  /** The compiling tier (jit/); default: HS2STG_JIT (jit/state.ts jitThreshold). */
  readonly jit?: boolean;
}

export interface MachineResult {
  readonly outcome: RunOutcome;
  readonly stats: MachineStats;
}

/**
 * An atom's value: local slot `s`, or (s < 0) the i-th of `consts`. One
 * small function for every atom the loop reads, so that all share its type
 * feedback: the first constant argument of some call, met after V8
 * optimized the loop, does not deoptimize it (see applyPrim).
 */
function atomValue(
  s: number,
  consts: Value[],
  i: number,
  locals: Value[],
): Value {
  return s >= 0 ? locals[s]! : consts[i]!;
}

/**
 * Whether `v` is a value to CASECON/CASEANY (a literal, an Addr# or a
 * FUN, PAP or CON), not an object to evaluate first. One function for
 * every such test, sharing its type feedback (see atomValue).
 */
function isValue(v: Value): boolean {
  return typeof v !== "object" || v.tag <= CON || v.tag === ADDR;
}

function resolveAtoms(list: AtomList, locals: Value[]): Value[] {
  const n = list.slots.length;
  if (n === 0) return NO_VALUES;
  const out = newValues(n);
  const slots = list.slots;
  const consts = list.consts;
  for (let i = 0; i < n; i++) out[i] = atomValue(slots[i]!, consts, i, locals);
  return out;
}

/**
 * A new object with the atoms' values, in inline form (values.ts): one
 * object for up to two values.
 */
function allocAtoms(
  tag: number,
  info: object | null,
  list: AtomList,
  locals: Value[],
): Obj {
  const slots = list.slots;
  const n = slots.length;
  if (n === 0) return new Obj(tag, info, NO_VALUES);
  const v0 = atomValue(slots[0]!, list.consts, 0, locals);
  if (n === 1) return new Obj(tag, info, NO_VALUES, v0);
  return inlineObj(tag, info, v0, restOf(list, locals));
}

/** Gives `o` (allocated empty: a letrec) the atoms' values, as allocAtoms. */
function fillAtoms(o: Obj, list: AtomList, locals: Value[]): void {
  const slots = list.slots;
  const n = slots.length;
  if (n === 0) return;
  const v0 = atomValue(slots[0]!, list.consts, 0, locals);
  fillInline(o, v0, n === 1 ? NO_VALUES : restOf(list, locals));
}

/** What inline form keeps beside the first value (values.ts): the second, a Pair or an array. */
function restOf(list: AtomList, locals: Value[]): Value | Pair | Value[] {
  const slots = list.slots;
  const consts = list.consts;
  const n = slots.length;
  const v1 = atomValue(slots[1]!, consts, 1, locals);
  if (n === 2) return v1;
  if (n === 3) return new Pair(v1, atomValue(slots[2]!, consts, 2, locals));
  const out = new Array<Value>(n - 1);
  for (let i = 1; i < n; i++)
    out[i - 1] = atomValue(slots[i]!, consts, i, locals);
  return out;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/*
 * V8 optimizes runMachine's loop (on-stack replacement) some tens of
 * thousands of steps into a run, from the type feedback gathered so far; a
 * path first taken later deoptimizes the whole loop, and recompiling it
 * costs some 100-300 ms of CPU. Two paths every long run takes would come
 * late: the events (the first heap check at HEAP_CHECK_INTERVAL steps) and
 * crossing a stack segment (a stack of SEGMENT_WORDS words). So a run's
 * first HEAP_CHECK_INTERVAL steps have an event every WARM_EVENT_STEPS
 * steps and segments of WARM_SEGMENT_WORDS words (neither changes the
 * state or the steps).
 */
const WARM_EVENT_STEPS = 1024;

/** Steps at the start of a run in which every EVAL returns from runLoop (with the tier on). */
const WARM_HANDOFF_STEPS = 256;
const WARM_SEGMENT_WORDS = 16;

/**
 * ministg's Int# primops on two JS numbers (PrimOp.fast, not
 * FAST_INT_TO_BOOL, which allocates): the result, or NaN when the result
 * would leave the safe integers (the primop's function then computes it).
 * One function for both of the loop's primop paths, so that they share
 * its type feedback.
 */
function fastIntOp(fast: number, a0: number, a1: number): number {
  switch (fast) {
    case FAST_PLUS: {
      const r = a0 + a1;
      return r > MAX_SAFE || r < -MAX_SAFE ? NaN : r;
    }
    case FAST_SUB: {
      const r = a0 - a1;
      return r > MAX_SAFE || r < -MAX_SAFE ? NaN : r;
    }
    case FAST_MULT: {
      const r = a0 * a1;
      return r >= MAX_SAFE || r <= -MAX_SAFE ? NaN : r === 0 ? 0 : r;
    }
    case FAST_EQ:
      return a0 === a1 ? 1 : 0;
    case FAST_LT:
      return a0 < a1 ? 1 : 0;
    case FAST_LTE:
      return a0 <= a1 ? 1 : 0;
    case FAST_GT:
      return a0 > a1 ? 1 : 0;
    case FAST_GTE:
      return a0 >= a1 ? 1 : 0;
    default:
      return fastFloatOp(fast, a0, a1);
  }
}

/**
 * A PRIMOP node's result on `locals`: the Int# fast paths, else the
 * primop's function. One function for OP_PRIM and the fused CASE of a
 * primop, so that both share its type feedback (a path first taken after
 * the loop was optimized costs a deoptimization and a recompile of the
 * whole loop).
 */
function applyPrim(s: Code, locals: Value[], ctx: PrimCtx): Value {
  const as = s.args!;
  const sl = as.slots;
  const n = sl.length;
  const consts = as.consts;
  const a0 = n > 0 ? atomValue(sl[0]!, consts, 0, locals) : 0;
  const a1 = n > 1 ? atomValue(sl[1]!, consts, 1, locals) : 0;
  const a2 = n > 2 ? atomValue(sl[2]!, consts, 2, locals) : 0;
  const prim = s.prim!;
  if (prim.fast !== 0 && typeof a0 === "number" && typeof a1 === "number") {
    if (prim.fast === FAST_INT_TO_BOOL) return ctx.mkBool(a0 === 1);
    const r = fastIntOp(prim.fast, a0, a1);
    if (r === r) return r;
  }
  return prim.fn(a0, a1, a2, ctx);
}

/**
 * CASECON / CASEANY: the alternative of CASE node `c` that value `v`
 * selects, its variables bound in `locals` (CASEANY when it is the default's: `defaultAlt`). One
 * function for a returned value and a CASE of an atom, sharing its type
 * feedback (see applyPrim).
 */
function selectAlt(
  prog: CompiledProgram,
  c: Code,
  v: Value,
  locals: Value[],
): Code {
  const alts: Alts = c.alts!;
  if (typeof v === "object" && v.tag === CON) {
    const id = (v.info as ConInfo).id;
    const ids = alts.conIds;
    let i = 0;
    while (i < ids.length && ids[i] !== id) i++;
    if (i === ids.length && v.info instanceof EnumTagInfo) {
      const j = enumTagAlt(prog, alts, v.info);
      if (j >= 0) i = j;
    }
    if (i < ids.length) {
      const vars = alts.conVars[i]!;
      const n = vars.length;
      // The common shapes bound here (no call): no fields, or one or two
      // in inline form (a boxed Int#, a cons cell; values.ts); the rest,
      // and a mismatch's check, through bindValues.
      const e0 = v.e0;
      if (n === 0) return alts.conBodies[i]!;
      if (e0 !== undefined) {
        const r = v.env as unknown;
        if (n === 1) {
          locals[vars[0]!] = e0;
          return alts.conBodies[i]!;
        }
        if (n === 2 && !Array.isArray(r) && !(r instanceof Pair)) {
          locals[vars[0]!] = e0;
          locals[vars[1]!] = r as Value;
          return alts.conBodies[i]!;
        }
      }
      if (!bindValues(v, vars, locals)) throw arityMismatch(c, v, n);
      return alts.conBodies[i]!;
    }
  } else if (alts.lits.length > 0) {
    const lits = alts.lits;
    let i = 0;
    while (i < lits.length && lits[i] !== v) i++;
    if (i < lits.length) {
      return alts.litBodies[i]!;
    }
  }
  if (alts.defSlot < 0) throw nonExhaustive(c);
  locals[alts.defSlot] = v;
  return alts.defBody!;
}

/**
 * A census's roots: what the current mode's expression holds, the stack,
 * and what the other threads hold.
 * A function of the loop's variables rather than a closure over them, which
 * would slow every access to them.
 */
function censusRoots(
  prog: CompiledProgram,
  mode: number,
  val: Value,
  locals: Value[],
  fnObj: Obj,
  args: Value[],
  stk: unknown[],
  sp: number,
  sched: Scheduler,
): CensusRoots {
  return {
    prog,
    current:
      mode === M_EVAL
        ? locals
        : mode === M_RET
          ? [val]
          : mode === M_CASEV
            ? [val, ...locals]
            : [fnObj, ...args],
    stack: flatFrames(stk, sp),
    suspended: suspendedValues(sched),
  };
}

/**
 * The fast engine's registers and settings: the loop (runLoop) starts from
 * them and leaves them here when it returns, at the run's end or to hand
 * hot code to the compiling tier (runTier).
 */
interface Loop {
  readonly prog: CompiledProgram;
  readonly pe: boolean;
  readonly limit: number;
  readonly maxStackWords: number;
  readonly heap: HeapGuard;
  /** `raise# nonTermination`, run when a blackhole is entered (null: not linked). */
  readonly loopCode: Code | null;
  readonly rc: Float64Array;
  /** The stack segments below `stk` (stack-segments.ts). */
  readonly segs: StackSegments;
  readonly fullSegmentWords: number;
  readonly ctx: PrimCtx;
  readonly sched: Scheduler;
  readonly census: CensusHook | undefined;
  readonly profile: StepProfileHook | null;
  readonly jit: JitState | null;
  /** CASE of a primop in one iteration (OP_CASE); not with the compiling
   * tier, whose heat counts see every EVAL state. */
  readonly fusePrim: boolean;
  nextHeapCheck: number;
  steps: number;
  allocFun: number;
  allocPap: number;
  allocCon: number;
  allocThunk: number;
  allocError: number;
  updates: number;
  peakDepth: number;
  mode: number;
  val: Value;
  code: Code;
  locals: Value[];
  fnObj: Obj;
  args: Value[];
  cs: CallStack;
  stk: unknown[];
  sp: number;
  segmentWords: number;
  depth: number;
  stacks: boolean;
  nextPreempt: number;
  nextCensus: number;
  nextEvent: number;
  limitReached: boolean;
}

/**
 * The fast engine's loop, one rule an iteration, from `st`'s registers:
 * false when the run ends (no rule applies, the step limit, a thread
 * finished), true when hot code is due for the compiling tier. Its
 * registers are back in `st` either way, also when it throws. Plain
 * variables, not fields of `st`, so that V8 keeps them in registers.
 */
function runLoop(st: Loop): boolean {
  const {
    prog,
    pe,
    limit,
    maxStackWords,
    heap,
    loopCode,
    rc,
    segs,
    fullSegmentWords,
    ctx,
    sched,
    census,
    profile,
    jit,
    fusePrim,
  } = st;
  let {
    nextHeapCheck,
    steps,
    allocFun,
    allocPap,
    allocCon,
    allocThunk,
    allocError,
    updates,
    peakDepth,
    mode,
    val,
    code,
    locals,
    fnObj,
    args,
    cs,
    stk,
    sp,
    segmentWords,
    depth,
    stacks,
    nextPreempt,
    nextCensus,
    nextEvent,
    limitReached,
  } = st;
  let rule = 0;
  try {
    outer: for (;;) {
      switch (mode) {
        // ================================================= EVAL
        case M_EVAL: {
          switch (code.op) {
            case OP_ATOM: {
              // Not a step: the atom is already this state's expression.
              val = code.slot >= 0 ? locals[code.slot]! : code.konst!;
              mode = M_RET;
              continue outer;
            }
            case OP_LET: {
              const a = code.allocs[0]!;
              a.count++;
              let o: Obj;
              switch (a.tag) {
                case THUNK:
                  allocThunk++;
                  o = allocAtoms(THUNK, a.info, a.atoms, locals);
                  if (cs !== null) setThunkCallStack(o, cs);
                  break;
                case FUN:
                  allocFun++;
                  o = allocAtoms(FUN, a.info, a.atoms, locals);
                  break;
                case CON:
                  allocCon++;
                  o = allocAtoms(CON, a.info, a.atoms, locals);
                  break;
                case PAP:
                  allocPap++;
                  o = new Obj(
                    PAP,
                    (a.fnSlot >= 0 ? locals[a.fnSlot] : a.fnConst) as Obj,
                    resolveAtoms(a.atoms, locals),
                  );
                  break;
                default:
                  allocError++;
                  o = new Obj(ERROR, null, NO_VALUES);
              }
              locals[a.slot] = o;
              code = code.body!;
              rule = R_LET;
              break;
            }
            case OP_LETREC: {
              const allocs = code.allocs;
              if (code.seqAlloc) {
                // No binding refers to itself or a later one: each is
                // allocated whole, in order (values.ts's inline form).
                for (let i = 0; i < allocs.length; i++) {
                  const a = allocs[i]!;
                  a.count++;
                  const tag = a.tag;
                  let o: Obj;
                  if (tag === PAP) {
                    allocPap++;
                    o = new Obj(
                      PAP,
                      (a.fnSlot >= 0 ? locals[a.fnSlot] : a.fnConst) as Obj,
                      resolveAtoms(a.atoms, locals),
                    );
                  } else if (tag === ERROR) {
                    allocError++;
                    o = new Obj(ERROR, null, NO_VALUES);
                  } else {
                    o = allocAtoms(tag, a.info, a.atoms, locals);
                    if (tag === THUNK) {
                      allocThunk++;
                      if (cs !== null) setThunkCallStack(o, cs);
                    } else if (tag === CON) allocCon++;
                    else allocFun++;
                  }
                  locals[a.slot] = o;
                }
                code = code.body!;
                rule = R_LET;
                break;
              }
              for (let i = 0; i < allocs.length; i++) {
                const a = allocs[i]!;
                a.count++;
                const o = new Obj(a.tag, a.info, NO_VALUES);
                if (a.tag === THUNK && cs !== null) setThunkCallStack(o, cs);
                switch (a.tag) {
                  case THUNK:
                    allocThunk++;
                    break;
                  case FUN:
                    allocFun++;
                    break;
                  case CON:
                    allocCon++;
                    break;
                  case PAP:
                    allocPap++;
                    break;
                  default:
                    allocError++;
                }
                locals[a.slot] = o;
              }
              // Then their values, which may be any of them (the objects just
              // made are in their slots).
              for (let i = 0; i < allocs.length; i++) {
                const a = allocs[i]!;
                const o = locals[a.slot] as Obj;
                if (a.tag === PAP) {
                  o.env = resolveAtoms(a.atoms, locals);
                  o.info = (
                    a.fnSlot >= 0 ? locals[a.fnSlot] : a.fnConst
                  ) as Obj;
                } else fillAtoms(o, a.atoms, locals);
              }
              code = code.body!;
              rule = R_LET;
              break;
            }
            case OP_STACK: {
              stacks = true;
              cs = new CallStackNode(code.label, cs);
              code = code.body!;
              rule = R_STACK;
              break;
            }
            case OP_PRIM: {
              val = applyPrim(code, locals, ctx);
              if (sched.attention) nextEvent = 0;
              mode = M_RET;
              rule = R_PRIMOP;
              break;
            }
            case OP_CASE: {
              const s = code.body!;
              if (s.op === OP_ATOM) {
                const v = s.slot >= 0 ? locals[s.slot]! : s.konst!;
                if (isValue(v)) {
                  // CASECON / CASEANY on a value: select the alternative.
                  code = selectAlt(prog, code, v, locals);
                  rule = code.defaultAlt ? R_CASEANY : R_CASECON;
                  break;
                }
              }
              const k = code.save.length;
              if (
                s.op === OP_PRIM &&
                fusePrim &&
                steps + 2 < nextEvent &&
                (depth < peakDepth || sp + segs.base + k + 3 <= maxStackWords)
              ) {
                // CASE, PRIMOP and RET in one go (three steps, counted as
                // such; the alternative's selection too when no event falls
                // before it): the frame CASE would push is popped by RET
                // with the same values, so the activation's locals stay and
                // no frame is written. No event falls inside (steps + 2 <
                // nextEvent), and the frame would fit on the stack.
                rc[R_CASE]++;
                steps++;
                if (depth >= peakDepth) peakDepth = depth + 1;
                const caseCode = code;
                code = s; // a primop's error names its own node, as in OP_PRIM
                const r = applyPrim(s, locals, ctx);
                if (sched.attention || !isValue(r)) {
                  // The scheduler acts at the end of this PRIMOP step, or
                  // the result is a thunk (or worse) that RET's rules must
                  // take, as the reference does: the state must be the
                  // unfused one, frame and all.
                  if (sched.attention) nextEvent = 0;
                  sp = pushCaseFrame(stk, sp, caseCode, locals, cs);
                  depth++;
                  val = r;
                  mode = M_RET;
                  rule = R_PRIMOP;
                  break;
                }
                rc[R_PRIMOP]++;
                steps++;
                // RET: the value meets the alternatives in the same locals.
                val = r;
                code = caseCode;
                mode = M_CASEV;
                rule = R_RET;
                if (steps + 1 < nextEvent) {
                  // ... and CASECON/CASEANY too when no event falls between.
                  rc[R_RET]++;
                  steps++;
                  code = selectAlt(prog, caseCode, r, locals);
                  mode = M_EVAL;
                  rule = code.defaultAlt ? R_CASEANY : R_CASECON;
                }
                break;
              }
              // CASE: push the continuation (the values its alternatives
              // read, then the node; frames.ts), evaluate the scrutinee.
              sp = pushCaseFrame(stk, sp, code, locals, cs);
              if (++depth > peakDepth) {
                peakDepth = depth;
                if (sp + segs.base > maxStackWords)
                  throw stackOverflow(sp + segs.base);
              }
              code = s;
              rule = R_CASE;
              break;
            }
            case OP_APP: {
              const f = code.slot >= 0 ? locals[code.slot]! : code.konst!;
              const as = code.args!;
              const sl = as.slots;
              const n = sl.length;
              if (code.arity === n) {
                // KNOWNCALL: a saturated call of a function of known arity.
                const fo = f as Obj;
                const info = fo.info as CodeInfo;
                const nl = newValues(info.frameSize);
                const consts = as.consts;
                for (let i = 0; i < n; i++)
                  nl[i] = atomValue(sl[i]!, consts, i, locals);
                copyValues(fo, nl, n);
                locals = nl;
                code = info.body;
                rule = R_KNOWNCALL;
                break;
              }
              if (pe) {
                // PUSH: the arguments become pending-argument frames.
                const consts = as.consts;
                for (let i = n - 1; i >= 0; i--) {
                  stk[sp] = atomValue(sl[i]!, consts, i, locals);
                  stk[sp + 1] = F_ARG;
                  sp += 2;
                }
                depth += n;
                if (depth > peakDepth) {
                  peakDepth = depth;
                  if (sp + segs.base > maxStackWords)
                    throw stackOverflow(sp + segs.base);
                }
                val = f;
                mode = M_RET;
                rule = R_PUSH;
                break;
              }
              // eval/apply
              if (typeof f === "object" && f.tag === FUN) {
                const info = f.info as CodeInfo;
                const ar = info.arity;
                if (n === ar && code.arity < 0) {
                  // EXACT
                  const nl = newValues(info.frameSize);
                  const consts = as.consts;
                  for (let i = 0; i < n; i++)
                    nl[i] = atomValue(sl[i]!, consts, i, locals);
                  copyValues(f, nl, n);
                  locals = nl;
                  code = info.body;
                  rule = R_EXACT;
                  break;
                }
              }
              fnObj = f as Obj;
              args = resolveAtoms(as, locals);
              if (typeof f !== "object")
                throw new MachineError(
                  `cannot apply the literal ${String(f)}`,
                  code.owner,
                );
              mode = M_CALL;
              if (code.arity >= 0 && f.tag === THUNK) {
                // ministg's TCALL needs an unknown arity; a known function is never a thunk.
                throw new MachineError(
                  `known function bound to a thunk`,
                  code.owner,
                );
              }
              continue outer; // the CALL mode applies the rule (CALLK, PAP2, TCALL, PCALL)
            }
            case OP_CATCH: {
              // catch# io handler s: a catch frame, then `io s`.
              const as = resolveAtoms(code.args!, locals);
              const io = as[0]!;
              if (typeof io !== "object")
                throw new MachineError(
                  `catch#: cannot apply the literal ${String(io)}`,
                  code.owner,
                );
              stk[sp] = as[1]!;
              stk[sp + 1] = cs;
              stk[sp + 2] = F_CATCH;
              sp += 3;
              if (++depth > peakDepth) {
                peakDepth = depth;
                if (sp + segs.base > maxStackWords)
                  throw stackOverflow(sp + segs.base);
              }
              if (pe) {
                stk[sp] = as[2]!;
                stk[sp + 1] = F_ARG;
                sp += 2;
                if (++depth > peakDepth) {
                  peakDepth = depth;
                  if (sp + segs.base > maxStackWords)
                    throw stackOverflow(sp + segs.base);
                }
                val = io;
                mode = M_RET;
              } else {
                fnObj = io;
                args = [as[2]!];
                mode = M_CALL;
              }
              rule = R_PRIMOP;
              break;
            }
            case OP_RAISE: {
              // raise# e: drop frames down to the nearest catch frame; the
              // thunks being evaluated on the way raise e when forced again.
              const sl = code.args!.slots;
              const e = sl[0]! >= 0 ? locals[sl[0]!]! : code.args!.consts[0]!;
              stk = segs.flatten(stk, sp);
              sp = segs.sp;
              let p = sp;
              let caught: Frame | null = null;
              while (p > 0) {
                const f = readFlatFrame(stk, p);
                p -= frameWords(f);
                depth--;
                if (f.kind === "catch") {
                  caught = f;
                  break;
                }
                if (f.kind === "update") {
                  const x = f.thunk;
                  x.tag = THUNK;
                  x.info = RAISE_THUNK;
                  setValues(x, [e]);
                }
              }
              for (let i = p; i < sp; i++) stk[i] = undefined;
              sp = p;
              let handler: Value;
              if (caught === null) {
                // No catch# frame (a run without runMainIO, e.g. --entry):
                // the base prelude's top-level handler, when linked, prints
                // and exits as GHC's would; without it (.stg programs) the
                // run ends in an error as before.
                const top = prog.globalIndex.get(TOP_HANDLER);
                if (top === undefined)
                  throw new MachineError(
                    "uncaught exception: raise# found no catch# frame",
                    code.owner,
                  );
                handler = prog.globals[top]!;
              } else {
                handler = caught.handler;
                cs = caught.cs;
              }
              if (typeof handler !== "object")
                throw new MachineError(
                  `catch#: cannot apply the literal ${String(handler)}`,
                  code.owner,
                );
              if (pe) {
                stk[sp] = 0;
                stk[sp + 1] = F_ARG;
                stk[sp + 2] = e;
                stk[sp + 3] = F_ARG;
                sp += 4;
                depth += 2;
                if (depth > peakDepth) {
                  peakDepth = depth;
                  if (sp + segs.base > maxStackWords)
                    throw stackOverflow(sp + segs.base);
                }
                val = handler;
                mode = M_RET;
              } else {
                fnObj = handler;
                args = [e, 0];
                mode = M_CALL;
              }
              rule = R_PRIMOP;
              break;
            }
            case OP_RESUME: {
              // A thunk an asynchronous exception froze: its frames go back.
              const r = resumeFast(locals[0]!, stk, sp);
              mode = r.mode;
              val = r.val;
              code = r.code;
              locals = r.locals;
              fnObj = r.fnObj;
              args = r.args;
              cs = r.cs;
              sp = r.sp;
              depth += r.depth;
              if (depth > peakDepth) {
                peakDepth = depth;
                if (sp + segs.base > maxStackWords)
                  throw stackOverflow(sp + segs.base);
              }
              rule = R_PRIMOP;
              break;
            }
            default:
              throw new MachineError(`bad code ${code.op}`);
          }
          break;
        }

        // ================================================= RET (an atom)
        case M_RET: {
          if (sp === 0 && segs.hasBelow()) {
            // The top segment is used up: the frames below are next.
            stk = segs.restore(stk, segmentWords);
            sp = segs.sp;
          }
          if (typeof val !== "object" || val.tag === ADDR) {
            // The top frame's tag, or what its untagged top word says (frames.ts).
            const top = topKind(sp > 0 ? stk[sp - 1] : 0);
            if (top === F_CASE || top === F_CASE_CS) {
              const w = top === F_CASE ? 1 : 3;
              code = stk[sp - w] as Code;
              cs = w === 1 ? null : (stk[sp - 2] as CallStack);
              locals = popCaseLocals(stk, sp, code, w);
              sp -= w + code.save.length;
              depth--;
              mode = M_CASEV;
              rule = R_RET;
              if (steps + 1 < nextEvent) {
                // RET and CASECON/CASEANY in one iteration (two steps,
                // counted as such; no event falls between them).
                rc[R_RET]++;
                steps++;
                code = selectAlt(prog, code, val, locals);
                mode = M_EVAL;
                rule = code.defaultAlt ? R_CASEANY : R_CASECON;
              }
              break;
            }
            if (top === F_CATCH) {
              sp -= 3;
              stk[sp] = stk[sp + 1] = stk[sp + 2] = undefined;
              depth--;
              continue outer;
            }
            const uw = top === F_UPD ? 1 : top === F_UPD_CS ? 3 : 0;
            if (uw > 0 && sp + segs.base > uw) {
              // UPDATE with an unboxed value (a lowered nullary join point
              // returning an Int#): the thunk keeps the literal. With only
              // this frame left, the machine stops as ministg's does.
              const x = stk[sp - uw] as Obj;
              cs = uw === 1 ? null : (stk[sp - 2] as CallStack);
              sp -= uw;
              for (let i = sp; i < sp + uw; i++) stk[i] = undefined;
              depth--;
              x.tag = THUNK;
              x.info = UNBOXED_THUNK;
              setValues(x, [val]);
              updates++;
              rule = R_UPDATE;
              break;
            }
            break outer; // a literal with nothing to return to: done
          }
          const o = val;
          const tag = o.tag;
          if (tag === THUNK) {
            // THUNK: push an update frame, blackhole, evaluate the body.
            stk[sp] = o;
            if (cs === null) {
              sp += 1;
            } else {
              stk[sp + 1] = cs;
              stk[sp + 2] = F_UPD_CS;
              sp += 3;
            }
            if (++depth > peakDepth) {
              peakDepth = depth;
              if (sp + segs.base > maxStackWords)
                throw stackOverflow(sp + segs.base);
            }
            const info = o.info as CodeInfo;
            const nl = newValues(info.frameSize);
            copyValues(o, nl, 0);
            locals = nl;
            cs = stacks ? takeThunkCallStack(o) : null;
            o.tag = BLACKHOLE;
            clearValues(o);
            code = info.body;
            mode = M_EVAL;
            rule = R_THUNK;
            break;
          }
          if (tag > CON) {
            if (tag === BLACKHOLE && sched.multi) {
              // Another thread may be evaluating it (scheduler.blackhole).
              locals = [o];
              code = BLACKHOLE_WAIT;
              mode = M_EVAL;
              continue outer;
            }
            // A blackhole is a thunk demanding itself: GHC's <<loop>>.
            if (tag === BLACKHOLE && loopCode !== null) {
              code = loopCode;
              mode = M_EVAL;
              continue outer;
            }
            break outer; // ERROR (or no NonTermination linked): no rule applies
          }
          // Read only now: a thunk's entry above does not look at the stack.
          const top = topKind(sp > 0 ? stk[sp - 1] : 0);
          if (top === F_CATCH) {
            // A value returns through a catch frame unchanged (not a step).
            sp -= 3;
            stk[sp] = stk[sp + 1] = stk[sp + 2] = undefined;
            depth--;
            continue outer;
          }
          if (top === F_CASE || top === F_CASE_CS) {
            const w = top === F_CASE ? 1 : 3;
            code = stk[sp - w] as Code;
            cs = w === 1 ? null : (stk[sp - 2] as CallStack);
            locals = popCaseLocals(stk, sp, code, w);
            sp -= w + code.save.length;
            depth--;
            mode = M_CASEV;
            rule = R_RET;
            if (steps + 1 < nextEvent) {
              // RET and CASECON/CASEANY in one iteration (as above).
              rc[R_RET]++;
              steps++;
              code = selectAlt(prog, code, val, locals);
              mode = M_EVAL;
              rule = code.defaultAlt ? R_CASEANY : R_CASECON;
            }
            break;
          }
          if (top === F_UPD || top === F_UPD_CS) {
            const w = top === F_UPD ? 1 : 3;
            const x = stk[sp - w] as Obj;
            cs = w === 1 ? null : (stk[sp - 2] as CallStack);
            sp -= w;
            for (let i = sp; i < sp + w; i++) stk[i] = undefined;
            depth--;
            x.tag = tag;
            x.info = o.info;
            shareValues(x, o);
            updates++;
            rule = R_UPDATE;
            break;
          }
          if (pe) {
            if (tag === FUN) {
              const info = o.info as CodeInfo;
              const ar = info.arity;
              let k = 0;
              let p = sp;
              while (k < ar && p > 0 && stk[p - 1] === F_ARG) {
                k++;
                p -= 2;
              }
              if (k < ar && p === 0 && segs.hasBelow()) {
                // Pending arguments may go on below the top segment.
                stk = segs.merge(stk, sp);
                sp = segs.sp;
                continue outer;
              }
              if (k === ar) {
                // FENTER: enough pending arguments.
                const nl = newValues(info.frameSize);
                for (let i = 0; i < ar; i++) {
                  nl[i] = stk[sp - 2] as Value;
                  stk[sp - 2] = stk[sp - 1] = undefined;
                  sp -= 2;
                }
                depth -= ar;
                copyValues(o, nl, ar);
                locals = nl;
                code = info.body;
                mode = M_EVAL;
                rule = R_FENTER;
                break;
              }
              if (k >= 1) {
                // PAP1: too few arguments; build a partial application.
                const pargs = newValues(k);
                for (let i = 0; i < k; i++) {
                  pargs[i] = stk[sp - 2] as Value;
                  stk[sp - 2] = stk[sp - 1] = undefined;
                  sp -= 2;
                }
                depth -= k;
                allocPap++;
                val = new Obj(PAP, o, pargs);
                rule = R_PAP1;
                break;
              }
              break outer;
            }
            if (tag === PAP && top === F_ARG) {
              // PENTER: push the partial application's arguments, enter its function.
              const pargs = o.env;
              const n = pargs.length;
              for (let i = n - 1; i >= 0; i--) {
                stk[sp] = pargs[i]!;
                stk[sp + 1] = F_ARG;
                sp += 2;
              }
              depth += n;
              if (depth > peakDepth) {
                peakDepth = depth;
                if (sp + segs.base > maxStackWords)
                  throw stackOverflow(sp + segs.base);
              }
              val = o.info as Obj;
              rule = R_PENTER;
              break;
            }
            break outer;
          }
          if (top === F_APPLY && tag !== CON) {
            // RETFUN: a function came back to a pending application.
            args = stk[sp - 2] as Value[];
            stk[sp - 2] = undefined;
            sp -= 2;
            depth--;
            fnObj = o;
            mode = M_CALL;
            rule = R_RETFUN;
            break;
          }
          break outer;
        }

        // ================================================= case v of alts
        case M_CASEV: {
          code = selectAlt(prog, code, val, locals);
          mode = M_EVAL;
          rule = code.defaultAlt ? R_CASEANY : R_CASECON;
          break;
        }

        // ================================================= after compiled code
        case M_OWED: {
          // Compiled code applied a primop that wants the scheduler (jit/state.ts J_OWE).
          mode = M_RET;
          rule = R_PRIMOP;
          if (sched.attention) nextEvent = 0;
          break;
        }

        // ================================================= f args (eval/apply)
        case M_CALL: {
          const f = fnObj;
          const n = args.length;
          if (pe) {
            // Only reached for a known-arity call that could not be KNOWNCALL.
            throw new MachineError("internal: CALL state in push/enter");
          }
          if (f.tag === FUN) {
            const info = f.info as CodeInfo;
            const ar = info.arity;
            const nl = newValues(info.frameSize);
            if (n === ar) {
              for (let i = 0; i < n; i++) nl[i] = args[i]!;
              rule = R_EXACT;
            } else if (n > ar) {
              // CALLK: call with the first arguments, keep the rest for the result.
              for (let i = 0; i < ar; i++) nl[i] = args[i]!;
              stk[sp] = args.slice(ar);
              stk[sp + 1] = F_APPLY;
              sp += 2;
              if (++depth > peakDepth) {
                peakDepth = depth;
                if (sp + segs.base > maxStackWords)
                  throw stackOverflow(sp + segs.base);
              }
              rule = R_CALLK;
            } else {
              // PAP2: too few arguments.
              allocPap++;
              val = new Obj(PAP, f, args);
              mode = M_RET;
              rule = R_PAP2;
              break;
            }
            copyValues(f, nl, ar);
            locals = nl;
            code = info.body;
            mode = M_EVAL;
            break;
          }
          if (f.tag === THUNK) {
            // TCALL: evaluate the function first.
            stk[sp] = args;
            stk[sp + 1] = F_APPLY;
            sp += 2;
            if (++depth > peakDepth) {
              peakDepth = depth;
              if (sp + segs.base > maxStackWords)
                throw stackOverflow(sp + segs.base);
            }
            val = f;
            mode = M_RET;
            rule = R_TCALL;
            break;
          }
          if (f.tag === PAP) {
            // PCALL: the partial application's arguments go first.
            args = f.env.concat(args);
            fnObj = f.info as Obj;
            rule = R_PCALL;
            break;
          }
          if (f.tag === BLACKHOLE && sched.multi) {
            locals = [f];
            code = BLACKHOLE_WAIT;
            mode = M_EVAL;
            continue outer;
          }
          if (f.tag === BLACKHOLE && loopCode !== null) {
            code = loopCode;
            mode = M_EVAL;
            continue outer;
          }
          // No rule applies (a constructor, blackhole or error in function
          // position): stop here, showing the object as push/enter would.
          val = f;
          mode = M_RET;
          break outer;
        }
      }

      // ---------------------------------------------- one step taken
      rc[rule]++;
      if (sp > segmentWords) {
        // The top segment is full: the next frames go in a new one.
        stk = segs.spill(stk, sp, segmentWords);
        sp = 0;
      }
      if (++steps >= nextEvent) {
        if (steps >= HEAP_CHECK_INTERVAL) segmentWords = fullSegmentWords;
        if (steps > limit) {
          steps = limit;
          rc[rule]--;
          limitReached = true;
          break outer;
        }
        if (steps >= nextHeapCheck) {
          heap.check();
          nextHeapCheck =
            steps +
            (steps < HEAP_CHECK_INTERVAL
              ? WARM_EVENT_STEPS
              : HEAP_CHECK_INTERVAL);
        }
        if (steps >= nextCensus) {
          stk = segs.flatten(stk, sp);
          sp = segs.sp;
          nextCensus = census!.take(
            steps,
            censusRoots(prog, mode, val, locals, fnObj, args, stk, sp, sched),
          );
        }
        if (profile !== null)
          profile.step(
            steps,
            rule,
            mode === M_EVAL || mode === M_CASEV ? code : null,
          );
        if (sched.wantSwitch || (steps >= nextPreempt && sched.preemptible())) {
          if (steps >= limit) {
            limitReached = true;
            break outer;
          }
          // SWITCH: save this thread's registers, run the next one.
          stk = segs.flatten(stk, sp);
          sp = segs.sp;
          saveRegisters(
            sched.current,
            mode,
            val,
            code,
            locals,
            fnObj,
            args,
            cs,
            stk,
            sp,
            depth,
          );
          const nv = nextRegisters(sched.reschedule(steps), pe);
          mode = nv.mode;
          val = nv.val;
          code = nv.code;
          locals = nv.locals;
          fnObj = nv.fnObj;
          args = nv.args;
          cs = nv.cs;
          stk = nv.stk;
          sp = nv.sp;
          depth = nv.depth;
          rc[R_SWITCH]++;
          steps++;
          if (profile !== null)
            profile.step(
              steps,
              R_SWITCH,
              mode === M_EVAL || mode === M_CASEV ? code : null,
            );
        }
        if (sched.attention || steps >= nextPreempt) {
          sched.attention = false;
          nextPreempt = sched.multi ? steps + sched.preemptSteps : Infinity;
        }
        nextEvent = Math.min(limit, nextHeapCheck, nextCensus, nextPreempt);
        if (profile !== null && steps + 1 < nextEvent) nextEvent = steps + 1;
        if (steps === limit) nextEvent = limit + 1;
      }
      // Hot code goes to the compiling tier (jit/): runMachine calls it with
      // this function returned, so that no stale register of its frame keeps
      // part of the heap alive while compiled code runs (docs/machine.md).
      // Also at every EVAL of the run's first WARM_HANDOFF_STEPS steps: the
      // return and the register saves of `finally` then have type feedback
      // when V8 compiles this function (else its compiled code, entered
      // again from V8's on-stack replacement cache at every hand-off,
      // deoptimized at the first save each time: 176 times in parser).
      if (
        jit !== null &&
        mode === M_EVAL &&
        (++code.heat >= jit.hot || steps < WARM_HANDOFF_STEPS)
      )
        return true;
    }
  } finally {
    st.nextHeapCheck = nextHeapCheck;
    st.steps = steps;
    st.allocFun = allocFun;
    st.allocPap = allocPap;
    st.allocCon = allocCon;
    st.allocThunk = allocThunk;
    st.allocError = allocError;
    st.updates = updates;
    st.peakDepth = peakDepth;
    st.mode = mode;
    st.val = val;
    st.code = code;
    st.locals = locals;
    st.fnObj = fnObj;
    st.args = args;
    st.cs = cs;
    st.stk = stk;
    st.sp = sp;
    st.segmentWords = segmentWords;
    st.depth = depth;
    st.stacks = stacks;
    st.nextPreempt = nextPreempt;
    st.nextCensus = nextCensus;
    st.nextEvent = nextEvent;
    st.limitReached = limitReached;
  }
  return false;
}

const NO_STACK: unknown[] = [];

/**
 * Runs the compiling tier (jit/) from `st`'s EVAL state and takes its
 * registers back. Called with runLoop returned: an unoptimized frame of
 * the loop (V8 optimizes it late or never when the tier runs most of the
 * program) keeps every register alive for the garbage collector, dead or
 * not, and one of them held `length [1 .. 10^7]`'s list head while
 * compiled code ran through the whole list. For the same reason each side
 * drops the values the other is now running with.
 */
function runTier(st: Loop, jit: JitState): void {
  jit.code = st.code;
  jit.locals = st.locals;
  jit.cs = st.cs;
  jit.stk = st.stk;
  jit.sp = st.sp;
  jit.maxStackWords = Math.min(
    st.maxStackWords - st.segs.base,
    st.segmentWords,
  );
  jit.depth = st.depth;
  jit.peakDepth = st.peakDepth;
  jit.steps = st.steps;
  jit.nextEvent = st.nextEvent;
  jit.stacks = st.stacks;
  st.locals = NO_VALUES;
  st.val = 0;
  st.fnObj = st.prog.entry;
  st.args = NO_VALUES;
  let thrown: unknown = undefined;
  try {
    runJit(jit);
  } catch (e) {
    // A primop threw: the registers are the interpreter's at its PRIMOP step.
    thrown = e;
    jit.mode = M_EVAL;
  }
  st.mode = jit.mode;
  st.code = jit.code;
  st.locals = jit.locals;
  st.val = jit.val;
  st.cs = jit.cs;
  st.sp = jit.sp;
  st.depth = jit.depth;
  st.peakDepth = jit.peakDepth;
  st.steps = jit.steps;
  st.stacks = jit.stacks;
  jit.locals = NO_VALUES;
  jit.val = 0;
  jit.stk = NO_STACK;
  if (thrown !== undefined) throw thrown;
}

export function runMachine(
  prog: CompiledProgram,
  opts: MachineOptions,
): MachineResult {
  const started = performance.now();
  const pe = opts.style === "PE";
  const limit = opts.maxSteps ?? Infinity;
  const maxStackWords = Math.floor(
    (opts.maxStackBytes ?? DEFAULT_MAX_STACK_BYTES) / STACK_WORD_BYTES,
  );
  const heap = new HeapGuard(opts.maxHeapBytes);
  const uncapHeapGrowth = capHeapGrowth();
  const loopIndex = prog.globalIndex.get(NON_TERMINATION);
  const loopCode =
    loopIndex === undefined
      ? null
      : raiseCode(NON_TERMINATION, prog.globals[loopIndex]!);
  const rc = new Float64Array(RULE_NAMES.length);
  const segs = new StackSegments();
  // Primops reach allocation through this object (not through closures over
  // the loop's variables, which would slow every access to them).
  const ctx = new PrimCtx(opts.io, prog, opts.preemptSteps);
  // Threads (scheduler.ts): primops set sched.attention; the step's end
  // then switches threads, a step of its own (SWITCH).
  const sched = ctx.sched;
  sched.freezer = freezeFast;
  const census = opts.census;
  census?.prepare(prog);
  const nextCensus = census !== undefined ? census.first : Infinity;
  const profile = opts.profile ?? null;
  profile?.prepare(prog, ctx);
  const jitHot = jitThreshold(opts.jit);
  const jit =
    jitHot === null
      ? null
      : new JitState(prog, pe, rc, maxStackWords, jitHot, ctx);
  const st: Loop = {
    prog,
    pe,
    limit,
    maxStackWords,
    heap,
    loopCode,
    rc,
    segs,
    fullSegmentWords: segs.words,
    ctx,
    sched,
    census,
    profile,
    jit,
    fusePrim: jit === null,
    // The first HEAP_CHECK_INTERVAL steps check every WARM_EVENT_STEPS, so
    // that the event code runs while V8 collects the loop's type feedback
    // (see WARM_EVENT_STEPS).
    nextHeapCheck: WARM_EVENT_STEPS,
    steps: 0,
    allocFun: 0,
    allocPap: 0,
    allocCon: 0,
    allocThunk: 0,
    allocError: 0,
    updates: 0,
    peakDepth: 0,
    mode: M_RET,
    val: prog.entry,
    code: null as unknown as Code,
    locals: NO_VALUES,
    fnObj: prog.entry,
    args: NO_VALUES,
    cs: null,
    // Frames are written at sp, which never passes the end: writes append.
    stk: [],
    sp: 0,
    // Tiny segments for the first steps (WARM_SEGMENT_WORDS); the segments'
    // own size from the first event at HEAP_CHECK_INTERVAL steps on.
    segmentWords: Math.min(WARM_SEGMENT_WORDS, segs.words),
    depth: 0,
    // Set by the first STACK step: only then can a thunk have a call stack
    // (values.ts keeps it aside), so plain runs never look one up.
    stacks: false,
    nextPreempt: Infinity,
    nextCensus,
    nextEvent: Math.min(
      limit,
      WARM_EVENT_STEPS,
      nextCensus,
      profile ? 1 : limit,
    ),
    limitReached: false,
  };
  let outcome: RunOutcome | null = null;
  try {
    while (runLoop(st)) runTier(st, jit!);
    // No rule applies, yet arguments wait on the stack: a constructor or a
    // literal was applied to more arguments than any function took.
    st.stk = segs.flatten(st.stk, st.sp);
    st.sp = segs.sp;
    if (opts.stuckIsError === true && !st.limitReached && st.sp > 0) {
      const top = st.stk[st.sp - 1];
      if (top === F_APPLY || top === F_ARG) throw stuckError(st.val);
    }
    outcome = st.limitReached
      ? { kind: "stepLimit", steps: st.steps }
      : finalOutcome(st.mode === M_RET, st.val, st.cs);
  } catch (e) {
    const { mode, code } = st;
    if (e instanceof ResourceExhausted) {
      outcome = { kind: "exit", exitCode: reportExhausted(opts.io, e.what) };
    } else if (e instanceof ProgramExit) {
      st.rc[R_PRIMOP]++;
      st.steps++;
      outcome = { kind: "exit", exitCode: e.code };
    } else if (e instanceof MachineError || e instanceof PrimError) {
      const where = mode === M_EVAL || mode === M_CASEV ? code : null;
      outcome = errorOutcome(e, where, mode === M_CASEV, st.cs);
    } else if (
      e instanceof RangeError &&
      /Invalid array length/.test(e.message)
    ) {
      // The stack array outgrew JavaScript's arrays: the limit is set too high.
      outcome = {
        kind: "exit",
        exitCode: reportExhausted(opts.io, {
          kind: "stack",
          sizeBytes: (st.sp + segs.base) * STACK_WORD_BYTES,
        }),
      };
    } else {
      throw e;
    }
  } finally {
    uncapHeapGrowth();
  }
  const stk = segs.flatten(st.stk, st.sp);
  const sp = segs.sp;
  const steps = st.steps;
  census?.finish(
    steps,
    censusRoots(
      prog,
      st.mode,
      st.val,
      st.locals,
      st.fnObj,
      st.args,
      stk,
      sp,
      sched,
    ),
  );
  profile?.finish(steps);
  jit?.collect();
  const stats = buildStats(
    RULE_NAMES,
    {
      rules: st.rc,
      steps,
      allocations: {
        FUN: st.allocFun + (jit?.allocFun ?? 0),
        PAP: st.allocPap + (jit?.allocPap ?? 0),
        CON: st.allocCon + ctx.allocCon + (jit?.allocCon ?? 0),
        THUNK: st.allocThunk + (jit?.allocThunk ?? 0),
        ERROR: st.allocError + (jit?.allocError ?? 0),
      },
      updates: st.updates + (jit?.updates ?? 0),
      peakStackDepth: st.peakDepth,
      peakLiveObjects: 0,
      liveSampleInterval: 1,
    },
    prog.sites,
    started,
  );
  return { outcome, stats };
}
