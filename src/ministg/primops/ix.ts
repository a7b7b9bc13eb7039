// Array indexing at Int (GHC.Ix's instances for Int and (Int, Int), GHC.Arr's
// safeIndex): the bounds checks and offsets of one index in one step each,
// on Int# arguments the prelude has already evaluated in GHC's order. Each
// gives -1 where the library would raise its error; the prelude then takes
// its general path, which raises it (docs/primops.md).
import { intAdd, intMul, intSub } from "./numeric.js";
import { groupTable, int, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const ixPrimOps: PrimOpTable = ops;

const G = "Array indexing";

def(
  G,
  "ixIndexInt#",
  3,
  "ixIndexInt# l u i: i - l when l <= i <= u (Ix Int's index), else -1",
  (l, u, i) => {
    const a = int(l, "ixIndexInt#");
    const c = int(u, "ixIndexInt#");
    const j = int(i, "ixIndexInt#");
    return a <= j && j <= c ? intSub(j, a) : -1;
  },
);
def(
  G,
  "ixRowMajor#",
  3,
  "ixRowMajor# x d y: x * (d + 1) + y, wrapping as Int# (a pair's offset, d + 1 the second range's size)",
  (x, d, y) =>
    intAdd(
      intMul(int(x, "ixRowMajor#"), intAdd(int(d, "ixRowMajor#"), 1)),
      int(y, "ixRowMajor#"),
    ),
);
def(
  G,
  "ixBelow#",
  2,
  "ixBelow# j n: j when 0 <= j < n (safeIndex's check), else -1",
  (j, n) => {
    const k = int(j, "ixBelow#");
    return k >= 0 && k < int(n, "ixBelow#") ? k : -1;
  },
);
