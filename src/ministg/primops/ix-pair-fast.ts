// `(!)` at (Int, Int) when the index's components are still thunks (a
// dynamic-programming table's `t ! (i - 1, w)`): GHC.Arr's path forced the
// bounds' and the index's components in the instance's order through three
// calls and some forty steps. These primops read an `Array l u n arr` whose
// bounds are pairs of evaluated Ints (checked first, before the index is
// forced, so the index's components are forced exactly where the
// instance forces them: after the bounds', the second only once the first
// is in range) and give the row and then the offset in one step each; -1
// sends the prelude to its general path, which raises the error.
import { CON, type Obj, type Value, valueAt } from "../machine/values.js";
import { groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const ixPairFastPrimOps: PrimOpTable = ops;

const G = "Array pair indexing";

function named(v: Value | undefined, name: string): v is Obj {
  return (
    typeof v === "object" &&
    v.tag === CON &&
    (v.info as { readonly name: string }).name === name
  );
}

/** A safe-integer `I n`'s n, else null. */
function intOf(v: Value | undefined): number | null {
  if (!named(v, "I")) return null;
  const x = valueAt(v, 0);
  return typeof x === "number" ? x : null;
}

/** The Array's bounds as [l1, l2, u1, u2, n] when all are evaluated safe Ints, else null. */
function bounds(a: Value): readonly number[] | null {
  if (!named(a, "Array_GHCziArr")) return null;
  const l = valueAt(a, 0);
  const u = valueAt(a, 1);
  const n = valueAt(a, 2);
  if (!named(l, "Z2T") || !named(u, "Z2T") || typeof n !== "number")
    return null;
  const r = [
    intOf(valueAt(l, 0)),
    intOf(valueAt(l, 1)),
    intOf(valueAt(u, 0)),
    intOf(valueAt(u, 1)),
  ];
  return r.every((x) => x !== null) ? [...(r as number[]), n] : null;
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
