// Data.Map's search and insertion in one step at String, Int and Char keys
// (docs/primops.md, "Map paths"). Our containers (libraries/containers,
// Data.Map.Internal) reach them by `foreign import prim`: `mapFind#` walks
// from the root as the library's recursion would, comparing keys as the
// dictionary's `compare` does; where that comparison would force something
// not yet evaluated (a cell or character of a lazily built key, the
// dictionary itself) it hands that back instead, the library forces it (the
// same thing, at the same point of the same walk) and asks again. So the
// forcing order, bottoms and results are the library's; a dictionary whose
// compare it does not know answers "not applicable" and the library's own
// recursion runs. `mapPut#` rebuilds the path found with containers'
// balance (the same rotations as the library's balanceL/balanceR, so the
// same tree shapes: showTree tells).
import { CodeInfo } from "../machine/code.js";
import {
  BLACKHOLE,
  ERROR,
  FUN,
  THUNK,
  type Obj,
  setValues,
  type Value,
  valueAt,
} from "../machine/values.js";
import { conName, WALK_LIMIT } from "./evaluated.js";
import {
  groupTable,
  PrimError,
  type PrimContext,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const mapFastPrimOps: PrimOpTable = ops;

const G = "Map paths";

const BIN = "Bin_DataziMapziInternal";
const TIP = "Tip_DataziMapziInternal";
const ORD = "CZCOrd_GHCziClasses";

/** Results of mapFind# (its first component). */
const FORCE = 0;
const FOUND = 1;
const ABSENT = 2;
const UNKNOWN = 3;

/** A path's depth at most (its directions are bits of a double's integer). */
const MAX_DEPTH = 50;

type KeyKind = "string" | "int" | "char";

/** The comparisons of the Ord dictionaries whose order this file knows. */
const KNOWN: ReadonlyMap<string, KeyKind> = new Map([
  ["compareString_GHCziClasses", "string"],
  ["compareInt_GHCziClasses", "int"],
  ["compareChar_GHCziClasses", "char"],
]);

/** A comparison decided (-1, 0, 1), a value to force first, or unknown (null). */
type Cmp = number | { force: Value } | null;

/** An object not yet a value, which the comparison would force next. */
function forceable(v: Value | undefined): boolean {
  return (
    typeof v === "object" &&
    (v.tag === THUNK || v.tag === BLACKHOLE || v.tag === ERROR)
  );
}

/** compareInt/compareChar on two boxes: forces a, then b. */
function compareBoxed(a: Value, b: Value, con: string): Cmp {
  if (forceable(a)) return { force: a! };
  if (forceable(b)) return { force: b! };
  if (conName(a) !== con || conName(b) !== con) return null;
  // An Int# is a number, or a bigint beyond a double's exact range.
  const x = valueAt(a as Obj, 0) as number | bigint;
  const y = valueAt(b as Obj, 0) as number | bigint;
  const ok = (v: unknown): boolean =>
    typeof v === "number" || typeof v === "bigint";
  if (!ok(x) || !ok(y)) return null;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * GHC.Classes' compareString (privCompareStringGo): per position it forces
 * the first list's cell, the second's, then the two characters.
 */
function compareStrings(xs: Value, ys: Value): Cmp {
  let a: Value | undefined = xs;
  let b: Value | undefined = ys;
  for (let n = 0; n <= WALK_LIMIT; n++) {
    if (forceable(a)) return { force: a! };
    const ca = conName(a);
    if (ca !== "Nil" && ca !== "Cons") return null;
    if (forceable(b)) return { force: b! };
    const cb = conName(b);
    if (cb !== "Nil" && cb !== "Cons") return null;
    if (ca === "Nil") return cb === "Nil" ? 0 : -1;
    if (cb === "Nil") return 1;
    const c = compareBoxed(valueAt(a as Obj, 0)!, valueAt(b as Obj, 0)!, "C");
    if (c !== 0) return c;
    a = valueAt(a as Obj, 1);
    b = valueAt(b as Obj, 1);
  }
  return null;
}

function compareKeys(kind: KeyKind, a: Value, b: Value): Cmp {
  switch (kind) {
    case "string":
      return compareStrings(a, b);
    case "int":
      return compareBoxed(a, b, "I");
    case "char":
      return compareBoxed(a, b, "C");
  }
}

/** The key order of an Ord dictionary (evaluated), else null. */
function keyKind(dict: Value): KeyKind | null {
  if (conName(dict) !== ORD) return null;
  const cmp = valueAt(dict as Obj, 1);
  if (typeof cmp !== "object" || cmp.tag !== FUN) return null;
  const info = cmp.info;
  return info instanceof CodeInfo ? (KNOWN.get(info.name) ?? null) : null;
}

const sizeOf = (t: Value): number =>
  conName(t) === BIN ? (valueAt(t as Obj, 0) as number) : 0;

def(
  G,
  "mapFind#",
  3,
  "mapFind# box k m (box an OrdBox of the keys' Ord dictionary, k and m evaluated): (# 0, 0, t #) force t and ask again; (# 1, path, node #) k is the key of node; (# 2, path, m #) k is absent, path leads to the Tip it goes in; (# 3, 0, m #) not known (another Ord, a deep tree, a long key)",
  (box, k, m, ctx) => {
    const dict = conName(box) !== null ? valueAt(box as Obj, 0) : undefined;
    let kind: KeyKind | null | undefined;
    let t: Value | undefined = m;
    let path = 1;
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      const c = conName(t);
      if (c === TIP) return ctx.mkTuple([ABSENT, path, m]);
      if (c !== BIN || typeof valueAt(t as Obj, 0) !== "number") break;
      // compare's selection forces the dictionary at the first node.
      if (kind === undefined) {
        if (forceable(dict)) return ctx.mkTuple([FORCE, 0, dict!]);
        kind = keyKind(dict!);
      }
      if (kind === null) break;
      const r = compareKeys(kind, k, valueAt(t as Obj, 1)!);
      if (r === null) break;
      if (typeof r === "object") return ctx.mkTuple([FORCE, 0, r.force]);
      if (r === 0) return ctx.mkTuple([FOUND, path, t!]);
      path = path * 2 + (r < 0 ? 0 : 1);
      t = valueAt(t as Obj, r < 0 ? 3 : 4);
    }
    return ctx.mkTuple([UNKNOWN, 0, m]);
  },
);

/** Builds the tree node `Bin size k x l r`. */
function bin(
  ctx: PrimContext,
  k: Value,
  x: Value,
  l: Value,
  r: Value,
  size = sizeOf(l) + sizeOf(r) + 1,
): Obj {
  const o = ctx.mkCon1(BIN, size);
  setValues(o, [size, k, x, l, r]);
  return o;
}

const field = (t: Value, i: number): Value => valueAt(t as Obj, i)!;

/** Data.Map.Internal's balance (balanceSized, rotateL/R, single/double). */
function balance(
  ctx: PrimContext,
  k: Value,
  x: Value,
  l: Value,
  r: Value,
): Obj {
  const sl = sizeOf(l);
  const sr = sizeOf(r);
  if (sl + sr > 1) {
    if (sr > 3 * sl) return rotateL(ctx, k, x, l, r);
    if (sl > 3 * sr) return rotateR(ctx, k, x, l, r);
  }
  return bin(ctx, k, x, l, r, sl + sr + 1);
}

function rotateL(
  ctx: PrimContext,
  k: Value,
  x: Value,
  l: Value,
  r: Value,
): Obj {
  if (conName(r) !== BIN) return bin(ctx, k, x, l, r);
  const ly = field(r, 3);
  const ry = field(r, 4);
  if (sizeOf(ly) < 2 * sizeOf(ry) || conName(ly) !== BIN)
    return bin(ctx, field(r, 1), field(r, 2), bin(ctx, k, x, l, ly), ry);
  return bin(
    ctx,
    field(ly, 1),
    field(ly, 2),
    bin(ctx, k, x, l, field(ly, 3)),
    bin(ctx, field(r, 1), field(r, 2), field(ly, 4), ry),
  );
}

function rotateR(
  ctx: PrimContext,
  k: Value,
  x: Value,
  l: Value,
  r: Value,
): Obj {
  if (conName(l) !== BIN) return bin(ctx, k, x, l, r);
  const ly = field(l, 3);
  const ry = field(l, 4);
  if (sizeOf(ry) < 2 * sizeOf(ly) || conName(ry) !== BIN)
    return bin(ctx, field(l, 1), field(l, 2), ly, bin(ctx, k, x, ry, r));
  return bin(
    ctx,
    field(ry, 1),
    field(ry, 2),
    bin(ctx, field(l, 1), field(l, 2), ly, field(ry, 3)),
    bin(ctx, k, x, field(ry, 4), r),
  );
}

def(
  G,
  "mapPut#",
  3,
  "mapPut# path node m: m with node in place of the subtree at path (from mapFind#), each node above rebuilt with containers' balance, as the library's insert does on its way back up",
  (p, node, m, ctx) => {
    if (typeof p !== "number" || p < 1)
      throw new PrimError("mapPut#: bad path");
    const dirs: number[] = [];
    for (let q = p; q > 1; q = Math.floor(q / 2)) dirs.push(q % 2);
    dirs.reverse();
    const above: Value[] = [];
    let t: Value = m;
    for (const d of dirs) {
      if (conName(t) !== BIN)
        throw new PrimError("mapPut#: path leaves the tree");
      above.push(t);
      t = field(t, d === 0 ? 3 : 4);
    }
    let r: Value = node;
    for (let i = above.length - 1; i >= 0; i--) {
      const a = above[i]!;
      r =
        dirs[i] === 0
          ? balance(ctx, field(a, 1), field(a, 2), r, field(a, 4))
          : balance(ctx, field(a, 1), field(a, 2), field(a, 3), r);
    }
    return r;
  },
);
