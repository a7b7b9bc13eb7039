// The code GHC's runtime gives a thunk whose evaluation an exception cut
// short: when `raise#` unwinds past an update frame, the thunk under
// evaluation becomes `THUNK(raise# e)`, so forcing it again raises the same
// exception (instead of finding a blackhole).

import type { Expr, HeapObject } from "../ast.js";
import { lookupPrimOp } from "../primops.js";
import { AtomList, Code, CodeInfo, OP_RAISE } from "./code.js";
import type { Value } from "./values.js";

const BODY: Expr = {
  kind: "primop",
  op: "raise#",
  args: [{ kind: "var", name: "e" }],
};
const OBJECT: HeapObject = { kind: "THUNK", body: BODY };

function build(): CodeInfo {
  const code = new Code(
    OP_RAISE,
    "raise#",
    "<machine>",
    undefined,
    BODY,
    new Map([["e", { slot: 0, arity: -1 }]]),
  );
  code.prim = lookupPrimOp("raise#") ?? null;
  code.args = new AtomList(Int32Array.of(0), [0 as Value]);
  return new CodeInfo(0, 1, 1, code, "raise#", OBJECT, ["e"]);
}

/** Code of `THUNK(raise# e)` with `e` its one captured variable. */
export const RAISE_THUNK: CodeInfo = build();

/** `raise# name` for the top-level exception `v` named `name` (the machine's own). */
export function raiseCode(name: string, v: Value): Code {
  const code = new Code(
    OP_RAISE,
    "raise#",
    "<machine>",
    undefined,
    { kind: "primop", op: "raise#", args: [{ kind: "var", name }] },
    new Map(),
  );
  code.prim = lookupPrimOp("raise#") ?? null;
  code.args = new AtomList(Int32Array.of(-1), [v]);
  return code;
}
