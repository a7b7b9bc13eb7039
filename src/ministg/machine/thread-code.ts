// The machines' side of threads (scheduler.ts): the code both enter on a
// blackhole when other threads run, and the fast engine's saving and
// restoring of a thread's registers at a SWITCH (functions of the loop's
// values rather than closures over its variables, which would slow every
// access to them).

import { lookupPrimOp } from "../primops.js";
import { AtomList, Code, OP_PRIM } from "./code.js";
import { F_ARG } from "./frames.js";
import { RAISE_THUNK } from "./raise-thunk.js";
import type { Thread } from "./scheduler.js";
import { M_CALL, M_EVAL, M_RET } from "./modes.js";
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
