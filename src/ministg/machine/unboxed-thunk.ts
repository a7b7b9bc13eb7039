// The code of a thunk whose value is unboxed. STG never builds one, but a
// nullary join point (`\r []`) that returns an Int# becomes a THUNK when
// lowered (docs/lowering.md): when such a thunk's value reaches its update
// frame, the thunk becomes `THUNK(v)` holding the literal, so forcing it
// again gives the same value.

import type { Expr, HeapObject } from "../ast.js";
import { Code, CodeInfo, OP_ATOM } from "./code.js";

const BODY: Expr = { kind: "atom", atom: { kind: "var", name: "v" } };
const OBJECT: HeapObject = { kind: "THUNK", body: BODY };

function build(): CodeInfo {
  const code = new Code(
    OP_ATOM,
    "unboxed value",
    "<machine>",
    undefined,
    BODY,
    new Map([["v", { slot: 0, arity: -1 }]]),
  );
  code.slot = 0;
  return new CodeInfo(0, 1, 1, code, "unboxed value", OBJECT, ["v"]);
}

/** Code of `THUNK(v)` with the unboxed `v` its one captured variable. */
export const UNBOXED_THUNK: CodeInfo = build();
