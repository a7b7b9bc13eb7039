// The reference machine's loop: look at the state, pick the one rule whose
// left-hand side matches (in ministg's order, so that the same rule fires
// in the same state and steps count the same), apply it, count it.
//
// A few transitions are not steps, because ministg's state does not change:
// reading an atom (`eval x` becomes `ret v`), resolving an unknown call's
// atoms (`f a1..an` becomes `f• v1..vn`), a value passing a catch frame, and
// entering a blackhole, which runs `raise# nonTermination` (GHC's <<loop>>).

import type {
  EvalStyle,
  MachineObserver,
  MachineStats,
  ProgramIO,
  RuleName,
  RunOutcome,
} from "../run-api.js";
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
  type Code,
  type CodeInfo,
} from "../machine/code.js";
import type { CompiledProgram } from "../machine/compile.js";
import {
  DEFAULT_MAX_STACK_BYTES,
  HEAP_CHECK_INTERVAL,
  HeapGuard,
  ResourceExhausted,
  STACK_WORD_BYTES,
  reportExhausted,
} from "../machine/limits.js";
import {
  MachineError,
  NON_TERMINATION,
  PrimError,
  buildStats,
  errorOutcome,
  finalOutcome,
  stackOverflow,
  stuckError,
} from "../machine/outcome.js";
import { PrimCtx } from "../machine/prim-context.js";
import { raiseCode } from "../machine/raise-thunk.js";
import { RULE_NAMES } from "../machine/rules.js";
import {
  BLACKHOLE,
  CON,
  FUN,
  NO_VALUES,
  PAP,
  THUNK,
} from "../machine/values.js";
import type { Obj, Value } from "../machine/values.js";
import { ProgramExit } from "../primops.js";
import * as R from "./rules.js";
import {
  evalState,
  pop,
  retState,
  top as topFrame,
  type State,
} from "./state.js";
import { liveObjectCount, makeView } from "./view.js";
import type { CensusHook, CensusRoots } from "../machine/census.js";
import type { StepProfileHook } from "../machine/step-profile.js";
import { FREEZE, RESUME, SWITCH, suspendedValues } from "./threads.js";
import { BLACKHOLE_WAIT } from "../machine/thread-code.js";

export interface ReferenceOptions {
  readonly style: EvalStyle;
  readonly maxSteps?: number;
  readonly io: ProgramIO;
  readonly observer?: MachineObserver;
  /** false with --nogc: views then show every top-level object. */
  readonly gc: boolean;
  /** Sample the live heap for `peakLiveObjects`. */
  readonly sampleLiveHeap?: boolean;
  readonly stuckIsError?: boolean;
  readonly maxStackBytes?: number;
  readonly maxHeapBytes?: number;
  /** --heap-profile: censuses of the live heap. */
  readonly census?: CensusHook;
  /** --profile: told of every step. */
  readonly profile?: StepProfileHook;
  /** Steps between thread switches (scheduler.ts). */
  readonly preemptSteps?: number;
}

/** The code a state runs (an expression or `case v of alts`), for --profile. */
function runningCode(s: State): Code | null {
  const c = s.control;
  return c.kind === "eval" || c.kind === "case" ? c.code : null;
}

/** The census's roots in a reference state (other threads: threads.ts). */
function censusRoots(s: State): CensusRoots {
  const c = s.control;
  const current =
    c.kind === "eval"
      ? c.locals
      : c.kind === "ret"
        ? [c.value]
        : c.kind === "case"
          ? [c.value, ...c.locals]
          : [c.fn, ...c.args];
  return {
    prog: s.prog,
    current,
    stack: [...s.stack].reverse(),
    suspended: suspendedValues(s),
  };
}

/** The outcome of one attempt to step: a rule fired, a silent transition, or the machine stopped. */
type Step = RuleName | "silent" | "stop";

/** One step from an `eval` state. */
function stepEval(s: State, code: Code, locals: Value[]): Step {
  switch (code.op) {
    case OP_ATOM:
      s.control = retState(R.atom(code, locals));
      return "silent";
    case OP_LET:
    case OP_LETREC:
      R.LET(s, code, locals);
      return "LET";
    case OP_STACK:
      R.STACK(s, code, locals);
      return "STACK";
    case OP_PRIM:
      R.PRIMOP(s, code, locals);
      return "PRIMOP";
    case OP_CATCH:
      R.CATCH(s, code, locals);
      return "PRIMOP";
    case OP_RAISE:
      R.RAISE(s, code, locals);
      return "PRIMOP";
    case OP_RESUME:
      RESUME(s, locals[0]!);
      return "PRIMOP";
    case OP_CASE: {
      const scrut = code.body!;
      if (scrut.op === OP_ATOM) {
        const v = R.atom(scrut, locals);
        if (R.isValue(v)) return stepCaseOf(s, code, locals, v);
      }
      R.CASE(s, code, locals);
      return "CASE";
    }
    case OP_APP: {
      const f = R.atom(code, locals);
      const args = R.atoms(code.args!, locals);
      if (code.arity === args.length) {
        R.KNOWNCALL(s, f as Obj, args);
        return "KNOWNCALL";
      }
      if (s.pushEnter) {
        R.PUSH(s, f, args);
        return "PUSH";
      }
      if (typeof f !== "object")
        throw new MachineError(
          `cannot apply the literal ${String(f)}`,
          code.owner,
        );
      s.control = { kind: "call", fn: f, args };
      // ministg's TCALL needs an unknown arity; a known function is never a thunk.
      if (code.arity >= 0 && f.tag === THUNK)
        throw new MachineError(`known function bound to a thunk`, code.owner);
      return "silent";
    }
    default:
      throw new MachineError(`bad code ${code.op}`);
  }
}

/** `case v of alts` with v a value: CASECON or CASEANY. */
function stepCaseOf(s: State, code: Code, locals: Value[], v: Value): Step {
  const alt = R.chooseAlt(s, code, v);
  if (alt.kind === "default") {
    R.CASEANY(s, code, locals, v);
    return "CASEANY";
  }
  R.CASECON(s, code, locals, v, alt);
  return "CASECON";
}

/** One step from a `ret` state: returning `v` to the frame on top. */
function stepRet(s: State, v: Value): Step {
  const top = topFrame(s);
  if (R.isLiteral(v)) {
    if (top?.kind === "case") {
      R.RET(s, v, top);
      return "RET";
    }
    if (top?.kind === "catch") {
      pop(s);
      return "silent";
    }
    // With only the update frame left, the machine stops as ministg's does.
    if (top?.kind === "update" && s.stack.length > 1) {
      R.UPDATE(s, v, top);
      return "UPDATE";
    }
    return "stop";
  }
  const o = v as Obj;
  if (o.tag === THUNK) {
    R.THUNK(s, o);
    return "THUNK";
  }
  if (o.tag > CON) {
    if (o.tag === BLACKHOLE && s.prim.sched.multi) {
      // Another thread may be evaluating it (scheduler.blackhole).
      s.control = evalState(BLACKHOLE_WAIT, [o]);
      return "silent";
    }
    // A blackhole is a thunk demanding itself: GHC's <<loop>>.
    if (o.tag === BLACKHOLE && s.loop !== null) {
      s.control = evalState(s.loop, NO_VALUES);
      return "silent";
    }
    return "stop"; // ERROR, or no NonTermination linked: no rule applies
  }
  switch (top?.kind) {
    case "catch":
      pop(s); // a value returns through a catch frame unchanged
      return "silent";
    case "case":
      R.RET(s, v, top);
      return "RET";
    case "update":
      R.UPDATE(s, v, top);
      return "UPDATE";
  }
  if (s.pushEnter) {
    if (o.tag === FUN) {
      const ar = (o.info as CodeInfo).arity;
      const args = R.pendingArgs(s, ar);
      if (args.length === ar) {
        R.FENTER(s, o, args);
        return "FENTER";
      }
      if (args.length >= 1) {
        R.PAP1(s, o, args);
        return "PAP1";
      }
      return "stop";
    }
    if (o.tag === PAP && top?.kind === "arg") {
      R.PENTER(s, o);
      return "PENTER";
    }
    return "stop";
  }
  if (top?.kind === "apply" && o.tag !== CON) {
    R.RETFUN(s, o, top);
    return "RETFUN";
  }
  return "stop";
}

/** One step from a `call` state `f• args` (eval/apply). */
function stepCall(s: State, f: Obj, args: readonly Value[]): Step {
  if (s.pushEnter) throw new MachineError("internal: CALL state in push/enter");
  switch (f.tag) {
    case FUN: {
      const ar = (f.info as CodeInfo).arity;
      if (args.length === ar) {
        R.EXACT(s, f, args);
        return "EXACT";
      }
      if (args.length > ar) {
        R.CALLK(s, f, args);
        return "CALLK";
      }
      R.PAP2(s, f, args);
      return "PAP2";
    }
    case THUNK:
      R.TCALL(s, f, args);
      return "TCALL";
    case PAP:
      R.PCALL(s, f, args);
      return "PCALL";
    case BLACKHOLE:
      if (s.prim.sched.multi) {
        s.control = evalState(BLACKHOLE_WAIT, [f]);
        return "silent";
      }
      if (s.loop !== null) {
        s.control = evalState(s.loop, NO_VALUES);
        return "silent";
      }
  }
  // No rule applies (a constructor, blackhole or error in function
  // position): stop here, showing the object as push/enter would.
  s.control = retState(f);
  return "stop";
}

function step(s: State): Step {
  const c = s.control;
  switch (c.kind) {
    case "eval":
      if (s.tracking) s.owner = c.code.owner;
      return stepEval(s, c.code, c.locals);
    case "ret":
      return stepRet(s, c.value);
    case "case":
      return stepCaseOf(s, c.code, c.locals, c.value);
    case "call":
      return stepCall(s, c.fn, c.args);
  }
}

const RULE_INDEX = new Map(RULE_NAMES.map((r, i) => [r, i]));

/** Runs a compiled program on the reference machine. */
export function runReference(
  prog: CompiledProgram,
  opts: ReferenceOptions,
): { outcome: RunOutcome; stats: MachineStats } {
  const started = performance.now();
  const observer = opts.observer ?? null;
  const limit = opts.maxSteps ?? Infinity;
  const maxWords = Math.floor(
    (opts.maxStackBytes ?? DEFAULT_MAX_STACK_BYTES) / STACK_WORD_BYTES,
  );
  const heapGuard = new HeapGuard(opts.maxHeapBytes);
  const loopIndex = prog.globalIndex.get(NON_TERMINATION);
  const s: State = {
    control: retState(prog.entry),
    stack: [],
    words: 0,
    callStack: null,
    prog,
    pushEnter: opts.style === "PE",
    prim: new PrimCtx(opts.io, prog, opts.preemptSteps, true),
    heap: { FUN: 0, PAP: 0, CON: 0, THUNK: 0, ERROR: 0, updates: 0 },
    loop:
      loopIndex === undefined
        ? null
        : raiseCode(NON_TERMINATION, prog.globals[loopIndex]!),
    sites: observer !== null ? new WeakMap() : null,
    otherSites: opts.sampleLiveHeap === true ? new Map() : null,
    tracking: observer !== null || opts.sampleLiveHeap === true,
    owner: null,
    again: null,
  };
  const counts = new Float64Array(RULE_NAMES.length);
  let steps = 0;
  let peakDepth = 0;
  let peakLive = 0;
  let liveInterval = 1;
  let nextSample = opts.sampleLiveHeap === true ? 1 : Infinity;
  let nextHeapCheck = HEAP_CHECK_INTERVAL;
  const sched = s.prim.sched;
  sched.freezer = FREEZE;
  let nextPreempt = Infinity;
  const view = () => makeView(s, { steps, style: opts.style, gc: opts.gc });
  const census = opts.census;
  census?.prepare(prog);
  let nextCensus = census !== undefined ? census.first : Infinity;
  const profile = opts.profile ?? null;
  profile?.prepare(prog, s.prim);

  observer?.onStart?.(view());
  let outcome: RunOutcome;
  try {
    let limitReached = false;
    for (;;) {
      const fired = step(s);
      if (fired === "stop") break;
      if (s.stack.length > peakDepth) {
        peakDepth = s.stack.length;
        if (s.words > maxWords) throw stackOverflow(s.words);
      }
      if (fired === "silent") continue;
      if (steps + 1 > limit) {
        limitReached = true;
        break;
      }
      steps++;
      const rule = RULE_INDEX.get(fired)!;
      counts[rule]++;
      profile?.step(steps, rule, runningCode(s));
      if (steps >= nextHeapCheck) {
        heapGuard.check();
        nextHeapCheck = steps + HEAP_CHECK_INTERVAL;
      }
      if (steps >= nextSample) {
        const live = liveObjectCount(s);
        if (live > peakLive) peakLive = live;
        // Exact (every step) for small runs; later walks cost a few percent:
        // a walk visits the live objects and every frame, so the interval
        // grows with both (a deep stack would otherwise make it quadratic).
        const work = live + s.stack.length;
        liveInterval =
          steps < 10_000 && work < 500
            ? 1
            : Math.max(liveInterval, 256, 16 * work);
        nextSample = steps + liveInterval;
      }
      if (steps >= nextCensus) nextCensus = census!.take(steps, censusRoots(s));
      observer?.onStep(fired, view());
      if (sched.wantSwitch || (steps >= nextPreempt && sched.preemptible())) {
        if (steps + 1 > limit) {
          limitReached = true;
          break;
        }
        SWITCH(s, sched, steps);
        steps++;
        counts[RULE_INDEX.get("SWITCH")!]++;
        profile?.step(steps, RULE_INDEX.get("SWITCH")!, runningCode(s));
        observer?.onStep("SWITCH", view());
      }
      if (sched.attention || steps >= nextPreempt) {
        sched.attention = false;
        nextPreempt = sched.multi ? steps + sched.preemptSteps : Infinity;
      }
    }
    if (
      opts.stuckIsError === true &&
      !limitReached &&
      s.stack.length > 0 &&
      s.control.kind === "ret"
    ) {
      const top = topFrame(s)!;
      if (top.kind === "apply" || top.kind === "arg")
        throw stuckError(s.control.value);
    }
    outcome = limitReached
      ? { kind: "stepLimit", steps }
      : s.control.kind === "ret"
        ? finalOutcome(true, s.control.value, s.callStack)
        : finalOutcome(false, 0, s.callStack);
  } catch (e) {
    outcome = ending(e, s, () => {
      steps++;
      counts[RULE_INDEX.get("PRIMOP")!]++;
    });
  }
  census?.finish(steps, censusRoots(s));
  profile?.finish(steps);
  observer?.onEnd?.(outcome, view());
  const built = buildStats(
    RULE_NAMES,
    {
      rules: counts,
      steps,
      allocations: {
        FUN: s.heap.FUN,
        PAP: s.heap.PAP,
        CON: s.heap.CON + s.prim.allocCon,
        THUNK: s.heap.THUNK,
        ERROR: s.heap.ERROR,
      },
      updates: s.heap.updates,
      peakStackDepth: peakDepth,
      peakLiveObjects: peakLive,
      liveSampleInterval: liveInterval,
    },
    prog.sites,
    started,
  );
  // Partial applications and primops' objects beside the let sites.
  const stats =
    s.otherSites === null || s.otherSites.size === 0
      ? built
      : {
          ...built,
          allocationSites: [
            ...built.allocationSites,
            ...[...s.otherSites].map(([site, c]) => ({ site, ...c })),
          ].sort((a, b) => b.count - a.count),
        };
  return { outcome, stats };
}

/** The outcome of a run that ended by an exception out of a rule. */
function ending(e: unknown, s: State, countExit: () => void): RunOutcome {
  if (e instanceof ResourceExhausted)
    return { kind: "exit", exitCode: reportExhausted(s.prim.io, e.what) };
  if (e instanceof ProgramExit) {
    countExit(); // exit# is a primop step
    return { kind: "exit", exitCode: e.code };
  }
  if (e instanceof MachineError || e instanceof PrimError) {
    const c = s.control;
    const where = c.kind === "eval" || c.kind === "case" ? c.code : null;
    return errorOutcome(e, where, c.kind === "case", s.callStack);
  }
  throw e;
}
