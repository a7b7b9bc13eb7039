// One-step paths of list functions over data already evaluated
// (docs/primops.md, "Fast lists"): what a prelude list function does in many
// steps when every cell and element it reads is already a value is done in
// one, forcing nothing; otherwise the primop answers "not applicable" and
// the prelude runs its ordinary code, which forces in GHC's order. Reading
// a value forces nothing, so results, strictness, errors and sharing stay
// the prelude's; only the step count tells.
import { CodeInfo } from "../machine/code.js";
import { FUN, Obj, type Value, valueAt } from "../machine/values.js";
import { conName } from "./evaluated.js";
import { intSub } from "./numeric.js";
import { groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const fastListPrimOps: PrimOpTable = ops;

const G = "Fast lists";

/** The comparisons of one box whose order merge# knows: the box's constructor. */
const KNOWN_COMPARES: ReadonlyMap<string, string> = new Map([
  ["compareInt_GHCziClasses", "I"],
  ["compareChar_GHCziClasses", "C"],
]);

/** The box a comparison function compares by its payload, else null. */
function knownCompare(f: Value): string | null {
  if (typeof f !== "object" || f.tag !== FUN) return null;
  const info = f.info;
  if (!(info instanceof CodeInfo)) return null;
  return KNOWN_COMPARES.get(info.name) ?? null;
}

/**
 * The payloads of a finite list's elements, each an evaluated `con` box,
 * the spine evaluated up to its Nil; else null.
 */
function payloads(xs: Value, con: string): Value[] | null {
  const out: Value[] = [];
  let v: Value | undefined = xs;
  for (;;) {
    const c = conName(v);
    if (c === "Nil") return out;
    if (c !== "Cons") return null;
    const x = valueAt(v as Obj, 0);
    if (conName(x) !== con) return null;
    const p = valueAt(x as Obj, 0);
    if (typeof p !== "number" && typeof p !== "bigint") return null;
    out.push(p);
    v = valueAt(v as Obj, 1);
  }
}

// Data.OldList's merge of two sorted runs (sortBy's): the runs are finite
// lists the sort built (so a walk ends), merged stably as the prelude's
// privMerge does: a before b unless cmp a b is GT; once one run ends, the
// other's remaining cells are shared, not copied.
def(
  G,
  "mergeEvaluated#",
  3,
  "mergeEvaluated# cmp as bs: (# 1, the stable merge of runs as and bs #) when cmp is compare at Int or Char and both runs and their elements are evaluated, else (# 0, as #)",
  (cmp, as, bs, ctx) => {
    const con = knownCompare(cmp);
    const xa = con === null ? null : payloads(as, con);
    const xb = xa === null ? null : payloads(bs, con!);
    if (xa === null || xb === null) return ctx.mkTuple([0, as]);
    // Walk both runs, recording which cell each merged element comes from.
    const cells: Obj[] = [];
    let a = as as Obj;
    let b = bs as Obj;
    let i = 0;
    let j = 0;
    while (i < xa.length && j < xb.length) {
      if (xb[j]! < xa[i]!) {
        cells.push(b);
        b = valueAt(b, 1) as Obj;
        j++;
      } else {
        cells.push(a);
        a = valueAt(a, 1) as Obj;
        i++;
      }
    }
    let r: Value = i < xa.length ? a : b;
    for (let n = cells.length - 1; n >= 0; n--)
      r = ctx.mkCons(valueAt(cells[n]!, 0)!, r);
    return ctx.mkTuple([1, r]);
  },
);

/** Cells take copies at most in one step. */
export const TAKE_CHUNK = 64;

// GHC.List's take over cells already evaluated: the prelude copies up to 64
// of them at once, then goes on from where the evaluated part (or the
// count) ended. Two primops, so that the tail thunk the prelude builds can
// be the copy's rest: the first measures, the second copies exactly what
// the first measured (cells once evaluated stay so, whatever other threads
// do in between).
def(
  G,
  "listTakeStop#",
  2,
  "listTakeStop# k xs (k >= 1, xs an evaluated cell): (# m, j, stop #), m >= 1 the cells of xs take k copies now (evaluated ones, at most 64), stop the list after them, j the count left for stop (0 when take ends there: k reached or stop an evaluated Nil; a Nil unseen leaves j > 0)",
  (k, xs, _c, ctx) => {
    // An Int# may be held as a bigint (beyond a double's exact range).
    const limit =
      typeof k === "number"
        ? Math.min(k, TAKE_CHUNK)
        : typeof k === "bigint" && k < BigInt(TAKE_CHUNK)
          ? Number(k)
          : TAKE_CHUNK;
    let v: Value | undefined = valueAt(xs as Obj, 1);
    let m = 1;
    while (m < limit && conName(v) === "Cons") {
      v = valueAt(v as Obj, 1);
      m++;
    }
    const left = intSub(k, m);
    const j = left === 0 || conName(v) === "Nil" ? 0 : left;
    return ctx.mkTuple([m, j, v as Value]);
  },
);

def(
  G,
  "listTakeCopy#",
  3,
  "listTakeCopy# m xs rest: new cells of the first m elements of xs (evaluated cells, m from listTakeStop#), then rest",
  (m, xs, rest, ctx) => {
    const heads: Value[] = [];
    let v: Value | undefined = xs;
    for (let n = 0; n < (m as number); n++) {
      heads.push(valueAt(v as Obj, 0)!);
      v = valueAt(v as Obj, 1);
    }
    let r = rest;
    for (let n = heads.length - 1; n >= 0; n--) r = ctx.mkCons(heads[n]!, r);
    return r;
  },
);

/** Cells of a word words# copies at most in one step (a longer one is walked). */
export const WORD_LIMIT = 4096;

/** GHC.Unicode.isSpace on a code point (as the prelude's privIsSpace). */
function isSpaceCode(n: number): boolean {
  if (n === 32 || (n >= 9 && n <= 13) || n === 160) return true;
  if (n < 5760) return false;
  return (
    n === 5760 ||
    (n >= 8192 && n <= 8202) ||
    n === 8239 ||
    n === 8287 ||
    n === 12288
  );
}

// Data.OldList's words, one word: when the word's cells and characters are
// evaluated up to the space or Nil that ends it, the word is copied at once
// and the rest is that space's cell (or the Nil), the same cell the lazy
// break would have given.
def(
  G,
  "wordEvaluated#",
  2,
  "wordEvaluated# xs nil (xs an evaluated cell of a non-space): (# 1, a copy of its first word, the list from the space or Nil after it #) when those cells and characters are evaluated (at most 4096), else (# 0, xs, xs #)",
  (xs, nil, _c, ctx) => {
    const chars: Value[] = [];
    let v: Value | undefined = xs;
    for (;;) {
      const c = conName(v);
      if (c === "Nil") break;
      if (c !== "Cons" || chars.length >= WORD_LIMIT)
        return ctx.mkTuple([0, xs, xs]);
      const ch = valueAt(v as Obj, 0);
      if (conName(ch) !== "C") return ctx.mkTuple([0, xs, xs]);
      const n = valueAt(ch as Obj, 0);
      if (typeof n !== "number") return ctx.mkTuple([0, xs, xs]);
      if (isSpaceCode(n)) break;
      chars.push(ch!);
      v = valueAt(v as Obj, 1);
    }
    let r: Value = nil;
    for (let n = chars.length - 1; n >= 0; n--) r = ctx.mkCons(chars[n]!, r);
    return ctx.mkTuple([1, r, v as Value]);
  },
);
