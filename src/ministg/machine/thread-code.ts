// The machines' side of threads (scheduler.ts): the code both enter on a
// blackhole when other threads run, and the fast engine's saving and
// restoring of a thread's registers at a SWITCH, its freezing of a thread's
// thunks on an asynchronous exception and its resuming of them
// (suspension.ts) (functions of the loop's values rather than closures over
// its variables, which would slow every access to them).

import { lookupPrimOp } from "../primops.js";
import { AtomList, Code, OP_PRIM } from "./code.js";
import {
  F_ARG,
  frameWords,
  readFlatFrame,
  writeFlatFrame,
  type Frame,
} from "./frames.js";
import { flatFrames } from "./census.js";
import {
  freezeStack,
  heldValues,
  suspensionOf,
  type SuspendedControl,
} from "./suspension.js";
import { RAISE_THUNK } from "./raise-thunk.js";
import type { Scheduler, Thread } from "./scheduler.js";
import { M_CALL, M_CASEV, M_EVAL, M_RET } from "./modes.js";
import { NO_VALUES, type CallStack, type Obj, type Value } from "./values.js";

function build(): Code {
  const code = new Code(
    OP_PRIM,
    "blackholeWait#",
    "<machine>",
    undefined,
    {
      kind: "primop",
      op: "blackholeWait#",
      args: [{ kind: "var", name: "x" }],
    },
    new Map([["x", { slot: 0, arity: -1 }]]),
  );
  code.prim = lookupPrimOp("blackholeWait#") ?? null;
  code.args = new AtomList(Int32Array.of(0), [0 as Value]);
  return code;
}

/**
 * `blackholeWait# x` with x in slot 0: entered (not a step) instead of
 * <<loop>> when a blackhole is demanded while several threads are alive.
 */
export const BLACKHOLE_WAIT: Code = build();

/** A thread's registers and stack while another runs (the fast engine's). */
export class FastThread {
  mode = M_RET;
  val: Value = 0;
  code: Code = null as unknown as Code;
  locals: Value[] = NO_VALUES;
  fnObj: Obj = null as unknown as Obj;
  args: Value[] = NO_VALUES;
  cs: CallStack = null;
  stk: unknown[] = [];
  sp = 0;
  depth = 0;
}

/** Keeps the running thread's registers in its Thread record. */
export function saveRegisters(
  t: Thread,
  mode: number,
  val: Value,
  code: Code,
  locals: Value[],
  fnObj: Obj,
  args: Value[],
  cs: CallStack,
  stk: unknown[],
  sp: number,
  depth: number,
): void {
  let sv = t.saved as FastThread | null;
  if (sv === null) t.saved = sv = new FastThread();
  sv.mode = mode;
  sv.val = val;
  sv.code = code;
  sv.locals = locals;
  sv.fnObj = fnObj;
  sv.args = args;
  sv.cs = cs;
  sv.stk = stk;
  sv.sp = sp;
  sv.depth = depth;
}

/**
 * The registers the next thread continues with: a new thread's action
 * applied to a state token (PE: `io; Arg s`, EA: `io• s`); a woken one
 * returning what its blocking primop gives; one with an exception pending
 * running `raise# e` on its own stack.
 */
export function nextRegisters(next: Thread, pe: boolean): FastThread {
  let r = next.saved as FastThread | null;
  if (r === null) {
    next.saved = r = new FastThread();
    if (pe) {
      r.stk.push(0, F_ARG);
      r.sp = 2;
      r.depth = 1;
      r.val = next.start!;
      r.mode = M_RET;
    } else {
      r.fnObj = next.start!;
      r.args = [0];
      r.mode = M_CALL;
    }
  }
  if (next.raise !== undefined) {
    r.locals = [next.raise];
    r.code = RAISE_THUNK.body;
    r.mode = M_EVAL;
    next.raise = undefined;
  } else if (next.resume !== undefined) {
    r.val = next.resume;
    r.mode = M_RET;
    next.resume = undefined;
  }
  return r;
}

/** A saved thread's expression, as suspension.ts names it. */
function controlOf(t: Thread, r: FastThread): SuspendedControl {
  if (t.resume !== undefined) return { kind: "ret", value: t.resume };
  // Blocked in (or interrupted on the way into) a primop: run it again.
  if (t.again) return { kind: "eval", code: r.code, locals: r.locals };
  return registersControl(r);
}

/** The expression saved registers hold. */
function registersControl(r: FastThread): SuspendedControl {
  switch (r.mode) {
    case M_EVAL:
      return { kind: "eval", code: r.code, locals: r.locals };
    case M_RET:
      return { kind: "ret", value: r.val };
    case M_CASEV:
      return { kind: "case", value: r.val, code: r.code, locals: r.locals };
    default:
      return { kind: "call", fn: r.fnObj, args: r.args };
  }
}

/** Sets a thread's registers to `c`. */
function setControl(r: FastThread, c: SuspendedControl): void {
  switch (c.kind) {
    case "eval":
      r.mode = M_EVAL;
      r.code = c.code;
      r.locals = c.locals;
      break;
    case "ret":
      r.mode = M_RET;
      r.val = c.value;
      break;
    case "case":
      r.mode = M_CASEV;
      r.val = c.value;
      r.code = c.code;
      r.locals = c.locals;
      break;
    case "call":
      r.mode = M_CALL;
      r.fnObj = c.fn;
      r.args = c.args as Value[];
      break;
  }
}

/**
 * FREEZE (the fast engine's; the reference machine's in ../reference/threads.ts):
 * the thunks of the update frames above the nearest catch frame of the
 * saved thread `t` become suspended computations, and their frames leave
 * its stack.
 */
export function freezeFast(t: Thread): void {
  const r = t.saved as FastThread;
  const frames = [];
  for (let top = r.sp; top > 0;) {
    const f = readFlatFrame(r.stk, top);
    if (f.kind === "catch") break;
    frames.push(f);
    top -= frameWords(f);
  }
  const frozen = freezeStack(frames, controlOf(t, r), r.cs);
  if (frozen === null) return;
  let sp = r.sp;
  for (let i = 0; i < frozen.dropped; i++) sp -= frameWords(frames[i]!);
  for (let i = sp; i < r.sp; i++) r.stk[i] = undefined;
  r.sp = sp;
  r.depth -= frozen.dropped;
  r.cs = frozen.cs;
  setControl(r, frozen.control);
}

/**
 * RESUME (a PRIMOP step): `resume# s` with the suspension `s` pushes its
 * frames back on the stack `stk` (top `sp`) and continues its expression;
 * answers the registers, `sp` and `depth` (the frames added) included.
 */
export function resumeFast(s: Value, stk: unknown[], sp: number): FastThread {
  const susp = suspensionOf(s);
  for (const f of susp.frames) sp = writeFlatFrame(stk, sp, f);
  const resumed = new FastThread();
  resumed.stk = stk;
  resumed.sp = sp;
  resumed.depth = susp.frames.length;
  resumed.cs = susp.cs;
  setControl(resumed, susp.control);
  return resumed;
}

/** A census's `suspended` roots: what the threads other than the running one hold. */
export function suspendedValues(sched: Scheduler): Value[] {
  const out: Value[] = [];
  for (const t of sched.threads) {
    for (const v of [t.start, t.resume, t.raise])
      if (v !== null && v !== undefined) out.push(v);
    const r = t.saved as FastThread | null;
    if (t === sched.current || r === null) continue;
    const frames: Frame[] = flatFrames(r.stk, r.sp);
    for (const v of heldValues(registersControl(r), frames)) out.push(v);
  }
  return out;
}
