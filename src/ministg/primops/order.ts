// A three-way comparison of Int# (and Char#) values in one step: what
// GHC.Classes' compare at Int, Char and String tests with two comparisons
// (docs/primops.md).
import { groupTable, int, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const orderPrimOps: PrimOpTable = ops;

def(
  "Int# order",
  "cmpInt#",
  2,
  "-1, 0 or 1 as a < b, a == b, a > b (Int# or Char#)",
  (a, b) => {
    const x = int(a, "cmpInt#");
    const y = int(b, "cmpInt#");
    return x < y ? -1 : x === y ? 0 : 1;
  },
);
