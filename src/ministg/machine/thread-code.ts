// What both machines share to run threads (scheduler.ts): the code they
// enter on a blackhole when other threads run, and the stack walk that
// tells which thread is evaluating a blackholed thunk.

import { lookupPrimOp } from "../primops.js";
import { AtomList, Code, OP_PRIM } from "./code.js";
import { F_UPD, frameWords, readFlatFrame, type Frame } from "./frames.js";
import type { Obj, Value } from "./values.js";

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

/** Does a flat stack (the fast engine's) hold an update frame for `obj`? */
export function flatStackUpdates(
  stk: readonly unknown[],
  sp: number,
  obj: Obj,
): boolean {
  let p = sp;
  while (p > 0) {
    if (stk[p - 1] === F_UPD && stk[p - 3] === obj) return true;
    p -= frameWords(readFlatFrame(stk, p).kind);
  }
  return false;
}

/** Does a frame list (the reference machine's) hold an update frame for `obj`? */
export function frameListUpdates(stack: readonly Frame[], obj: Obj): boolean {
  return stack.some((f) => f.kind === "update" && f.thunk === obj);
}
