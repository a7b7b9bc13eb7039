// `(!)` at (Int, Int) when the index's components are still thunks (a
// dynamic-programming table's `t ! (i - 1, w)`): GHC.Arr's path forced the
// bounds' and the index's components in the instance's order through three
// calls and some forty steps. These primops read an `Array l u n arr` whose
// bounds are pairs of evaluated Ints (checked first, before the index is
// forced, so the index's components are forced exactly where the
// instance forces them: after the bounds', the second only once the first
// is in range) and give the row and then the offset in one step each; -1
// sends the prelude to its general path, which raises the error.
import { type Obj, type Value, valueAt } from "../machine/values.js";
import { conName, intPair } from "./evaluated.js";
import { groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const ixPairFastPrimOps: PrimOpTable = ops;

const G = "Array pair indexing";

/** The Array's bounds as [l1, l2, u1, u2, n] when all are evaluated safe Ints, else null. */
function bounds(a: Value): readonly number[] | null {
  if (conName(a) !== "Array_GHCziArr") return null;
  const l = intPair(valueAt(a as Obj, 0));
  const u = intPair(valueAt(a as Obj, 1));
  const n = valueAt(a as Obj, 2);
  if (l === null || u === null || typeof n !== "number") return null;
  return [l[0], l[1], u[0], u[1], n];
}

def(
  G,
  "ixBoundsPairInts#",
  1,
  "ixBoundsPairInts# a: 1 when GHC.Arr's Array a has bounds ((l1, l2), (u1, u2)) of evaluated Ints, else 0",
  (a) => (bounds(a) === null ? 0 : 1),
);
def(
  G,
  "ixPairRow#",
  2,
  "ixPairRow# a j1: j1 - l1 when l1 <= j1 <= u1 (a's bounds evaluated), else -1",
  (a, j) => {
    const b = bounds(a);
    if (b === null || typeof j !== "number") return -1;
    const [l1, , u1] = b as [number, number, number];
    return l1 <= j && j <= u1 ? j - l1 : -1;
  },
);
def(
  G,
  "ixPairAt#",
  3,
  "ixPairAt# a x1 j2: x1 * (u2 - l2 + 1) + (j2 - l2) when l2 <= j2 <= u2 and the offset is below a's size, else -1",
  (a, x, j) => {
    const b = bounds(a);
    if (b === null || typeof x !== "number" || typeof j !== "number") return -1;
    const [, l2, , u2, n] = b as [number, number, number, number, number];
    if (j < l2 || j > u2) return -1;
    const r = x * (u2 - l2 + 1) + (j - l2);
    return Number.isSafeInteger(r) && r >= 0 && r < n ? r : -1;
  },
);
