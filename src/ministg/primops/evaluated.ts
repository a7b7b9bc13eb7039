// Walks over data that is already evaluated (docs/primops.md): the part of
// a list, a String or an index the program has forced already can be read
// in one step, because reading a value forces nothing. Each primop looks
// only at constructors that are values (an updated thunk is its value's
// constructor) and answers "undecided" at the first thunk, blackhole or
// anything else; the prelude then takes its ordinary path, which forces in
// GHC's order. So a prelude function using one has the same results,
// strictness and errors as without it, in fewer steps.
//
// A walk is bounded (WALK_LIMIT cells): an evaluated cyclic list makes it
// give up, and the ordinary path then runs in the machine's steps (a
// program looping on one stays preemptible, as GHC's does).
import { CON, type Obj, type Value, valueAt } from "../machine/values.js";
import { groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const evaluatedPrimOps: PrimOpTable = ops;

const G = "Evaluated data";

/** Cells a walk takes at most before it answers "undecided". */
export const WALK_LIMIT = 100_000;

/** `v`'s constructor name when it is an evaluated constructor, else null. */
export function conName(v: Value | undefined): string | null {
  if (typeof v !== "object" || v.tag !== CON) return null;
  return (v.info as { readonly name: string }).name;
}

/** The payload of an evaluated `I n`/`C c` box, else undefined. */
function boxed(v: Value | undefined, con: string): Value | undefined {
  return conName(v) === con ? valueAt(v as Obj, 0) : undefined;
}

def(
  G,
  "listLengthEvaluated#",
  1,
  "the length of a list whose whole spine is evaluated (up to its Nil), else -1",
  (xs) => {
    let n = 0;
    for (let v: Value | undefined = xs; n <= WALK_LIMIT; n++) {
      const c = conName(v);
      if (c === "Nil") return n;
      if (c !== "Cons") return -1;
      v = valueAt(v as Obj, 1);
    }
    return -1;
  },
);

def(
  G,
  "listSkipEvaluated#",
  2,
  "listSkipEvaluated# xs k: (# k - j, ys #), ys the list after its first j evaluated cells, j <= k as many as are evaluated",
  (xs, k, _c, ctx) => {
    let v: Value | undefined = xs;
    let j = typeof k === "number" ? k : 0;
    for (let n = 0; j > 0 && n < WALK_LIMIT; n++, j--) {
      if (conName(v) !== "Cons") break;
      v = valueAt(v as Obj, 1);
    }
    return ctx.mkTuple([typeof k === "number" ? j : k, v as Value]);
  },
);

def(
  G,
  "cmpStringEvaluated#",
  2,
  "compare on two Strings decided within their evaluated parts: -1, 0 or 1, else 2",
  (xs, ys) => {
    let a: Value | undefined = xs;
    let b: Value | undefined = ys;
    for (let n = 0; n <= WALK_LIMIT; n++) {
      const ca = conName(a);
      const cb = conName(b);
      if (ca === "Nil") return cb === "Nil" ? 0 : cb === "Cons" ? -1 : 2;
      if (ca !== "Cons") return 2;
      if (cb === "Nil") return 1;
      if (cb !== "Cons") return 2;
      const x = boxed(valueAt(a as Obj, 0), "C");
      const y = boxed(valueAt(b as Obj, 0), "C");
      if (typeof x !== "number" || typeof y !== "number") return 2;
      if (x !== y) return x < y ? -1 : 1;
      a = valueAt(a as Obj, 1);
      b = valueAt(b as Obj, 1);
    }
    return 2;
  },
);

/** `(I a, I b)` evaluated throughout: [a, b], else null. */
export function intPair(v: Value | undefined): [number, number] | null {
  if (conName(v) !== "Z2T") return null;
  const a = boxed(valueAt(v as Obj, 0), "I");
  const b = boxed(valueAt(v as Obj, 1), "I");
  return typeof a === "number" && typeof b === "number" ? [a, b] : null;
}

def(
  G,
  "ixPairEvaluated#",
  3,
  "ixPairEvaluated# l u i: Ix (Int, Int)'s index of i in (l, u) when all three pairs are evaluated throughout and i is in range, else -1",
  pairIndex,
);

function pairIndex(
  l: Value | undefined,
  u: Value | undefined,
  i: Value,
): number {
  const lo = intPair(l);
  const hi = intPair(u);
  const ix = intPair(i);
  if (lo === null || hi === null || ix === null) return -1;
  const [a1, a2] = lo;
  const [c1, c2] = hi;
  const [j1, j2] = ix;
  if (j1 < a1 || j1 > c1 || j2 < a2 || j2 > c2) return -1;
  // Exact in doubles only while it stays a safe integer; beyond, the
  // general path computes it (wrapping as Int#).
  const r = (j1 - a1) * (c2 - a2 + 1) + (j2 - a2);
  return Number.isSafeInteger(r) ? r : -1;
}

/** Ix Int's index of i in (l, u), all three evaluated boxes, else -1. */
function intIndex(
  l: Value | undefined,
  u: Value | undefined,
  i: Value,
): number {
  const a = boxed(l, "I");
  const c = boxed(u, "I");
  const j = boxed(i, "I");
  if (typeof a !== "number" || typeof c !== "number" || typeof j !== "number")
    return -1;
  if (j < a || j > c) return -1;
  const r = j - a;
  return Number.isSafeInteger(r) ? r : -1;
}

// GHC.Arr's (!) at (Int, Int) and at Int: the array's bounds and size and
// the index read where they are evaluated, the offset given when in range.
// The prelude has compared the dictionary's index method with GHC.Ix's own
// for the type; -1 (anything unevaluated, out of range) sends it to its
// ordinary path, which forces in GHC's order and raises the error.
def(
  G,
  "ixArrayPairEvaluated#",
  2,
  "ixArrayPairEvaluated# a i: the offset of i in GHC.Arr's Array a at (Int, Int) (its bounds, i and their components evaluated, the offset in range), else -1",
  (a, i) => arrayOffset(a, i, pairIndex),
);
def(
  G,
  "ixArrayIntEvaluated#",
  2,
  "ixArrayIntEvaluated# a i: the offset of i in GHC.Arr's Array a at Int (its bounds and i evaluated, the offset in range), else -1",
  (a, i) => arrayOffset(a, i, intIndex),
);

/** An `Array l u n arr`'s offset of i by `index`, checked against n. */
function arrayOffset(
  a: Value,
  i: Value,
  index: (l: Value | undefined, u: Value | undefined, i: Value) => number,
): number {
  if (conName(a) !== "Array_GHCziArr") return -1;
  const r = index(valueAt(a as Obj, 0), valueAt(a as Obj, 1), i);
  const n = valueAt(a as Obj, 2);
  return typeof n === "number" && r < n ? r : -1;
}
