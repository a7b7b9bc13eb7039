// Containers' weight-balanced trees (Data.Map, Data.Set; delta = 3): the
// balance test of a node whose subtrees have sizes sl and sr, in one step
// where the library's arithmetic and comparisons take some twenty. Our
// clean-room containers (libraries/containers) reach it by
// `foreign import prim "hs2stg_balanceSize"` (FFI+Primcall.stg).
import { intAdd, intMul } from "./numeric.js";
import { groupTable, int, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const balancePrimOps: PrimOpTable = ops;

/** Containers' delta: a subtree may weigh at most this many times its sibling. */
const DELTA = 3;

def(
  "Containers' balance",
  "balanceSize#",
  2,
  "balanceSize# sl sr: -1 when sl + sr > 1 and sr > 3 * sl (rotate left), -2 when sl + sr > 1 and sl > 3 * sr (rotate right), else sl + sr + 1 (the node's size); Int# arithmetic wrapping as GHC's",
  (a, b) => {
    const sl = int(a, "balanceSize#");
    const sr = int(b, "balanceSize#");
    const s = intAdd(sl, sr);
    if (s > 1) {
      if (sr > intMul(DELTA, sl)) return -1;
      if (sl > intMul(DELTA, sr)) return -2;
    }
    return intAdd(s, 1);
  },
);
