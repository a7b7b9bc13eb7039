// What both machines share to run threads (scheduler.ts): the code they
// enter on a blackhole when other threads run.

import { lookupPrimOp } from "../primops.js";
import { AtomList, Code, OP_PRIM } from "./code.js";
import type { Value } from "./values.js";

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
