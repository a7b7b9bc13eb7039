// Mutable variables for Data.IORef and Data.STRef.

import { ADDR, Obj, makeAddr, type Value } from "../machine/values.js";
import { PrimError, describe, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const mutVarPrimOps: PrimOpTable = ops;

// Mutable variables (appended for Data.IORef / Data.STRef in preludes/base).
// A variable is an unboxed value, like an Addr#: an ADDR-tagged object with
// no bytes whose one env slot holds the current contents. Effects happen
// when the primop is evaluated (IO/ST code sequences them with case).
function mutVar(v: Value, op: string): Obj {
  if (typeof v === "object" && v.tag === ADDR && v.env.length === 1) return v;
  throw new PrimError(`${op}: expected a mutable variable, got ${describe(v)}`);
}
def(
  "MutVar",
  "mutVarNew#",
  1,
  "a new mutable variable holding the argument",
  (a) => {
    const mv = makeAddr(new Uint8Array(0), 0);
    mv.env = [a];
    return mv;
  },
);
def(
  "MutVar",
  "mutVarRead#",
  1,
  "the current contents of a mutable variable",
  (a) => mutVar(a, "mutVarRead#").env[0]!,
);
def(
  "MutVar",
  "mutVarWrite#",
  2,
  "replace the contents of a mutable variable; gives 0",
  (a, b) => {
    mutVar(a, "mutVarWrite#").env[0] = b;
    return 0;
  },
);
def(
  "MutVar",
  "sameMutVar#",
  2,
  "1 if both arguments are the same mutable variable, else 0",
  (a, b) => (mutVar(a, "sameMutVar#") === mutVar(b, "sameMutVar#") ? 1 : 0),
);
