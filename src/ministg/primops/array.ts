// Boxed arrays for GHC.Arr (Data.Array) in preludes/base.
//
// An array is an unboxed value, like an Addr# or a mutable variable: an
// ADDR-tagged object with no bytes whose env holds the elements as heap
// references. The machine and its heap need nothing new. A read gives back
// the stored reference, which the machine evaluates if it is a thunk (as it
// does any primop result), so GHC.Arr stores boxes `Z1H x` to keep elements
// lazy. `ARRAY_MARK` as its byte string tells
// arrays apart from mutable variables in views. Mutation happens when the
// primop is evaluated; prelude code sequences the writes with `case`, and
// "freezing" an array is a convention of GHC.Arr (it stops writing).
// Everything is O(1) except creation and copying.

import { ADDR, Obj, type Value } from "../machine/values.js";
import {
  PrimError,
  describe,
  int,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const arrayPrimOps: PrimOpTable = ops;

/** The (empty) byte string of every array object: marks it as an array. */
export const ARRAY_MARK = new Uint8Array(0);

/** A new array object holding `elems` (taken over, not copied). */
export function makeArray(elems: Value[]): Obj {
  return new Obj(ADDR, ARRAY_MARK, elems);
}

/** Whether `v` is an array object. */
export function isArray(v: Value): boolean {
  return typeof v === "object" && v.tag === ADDR && v.info === ARRAY_MARK;
}

function array(v: Value, op: string): Obj {
  if (isArray(v)) return v as Obj;
  throw new PrimError(`${op}: expected an array, got ${describe(v)}`);
}

function index(a: Obj, v: Value, op: string): number {
  const i = Number(int(v, op));
  if (i >= 0 && i < a.env.length) return i;
  throw new PrimError(
    `${op}: index ${i} out of range [0..${a.env.length}) of an array`,
  );
}

// An array larger than this is surely a mistake (and would exhaust memory).
const MAX_ARRAY = 1 << 27;

def(
  "Array",
  "arrayNew#",
  2,
  "a new array of n elements, each the second argument",
  (n, x) => {
    const len = Number(int(n, "arrayNew#"));
    if (len < 0 || len > MAX_ARRAY) {
      throw new PrimError(`arrayNew#: bad array size ${len}`);
    }
    return makeArray(new Array<Value>(len).fill(x));
  },
);
def(
  "Array",
  "arrayRead#",
  2,
  "element i (from 0) of an array; an index out of range is an error",
  (a, i) => {
    const arr = array(a, "arrayRead#");
    return arr.env[index(arr, i, "arrayRead#")]!;
  },
);
def(
  "Array",
  "arrayWrite#",
  3,
  "replace element i of an array by the third argument; gives 0",
  (a, i, x) => {
    const arr = array(a, "arrayWrite#");
    arr.env[index(arr, i, "arrayWrite#")] = x;
    return 0;
  },
);
def("Array", "arraySize#", 1, "number of elements of an array", (a) => {
  return array(a, "arraySize#").env.length;
});
def(
  "Array",
  "arrayCopy#",
  1,
  "a new array with the same elements (GHC's thawArray#/freezeArray#)",
  (a) => makeArray(array(a, "arrayCopy#").env.slice()),
);
def(
  "Array",
  "arrayShrink#",
  2,
  "keep the first n elements of an array, in place (GHC's shrinkSmallMutableArray#); gives 0",
  (a, n) => {
    const arr = array(a, "arrayShrink#");
    const k = Number(int(n, "arrayShrink#"));
    if (!(k >= 0 && k <= arr.env.length))
      throw new PrimError(
        `shrinkSmallMutableArray#: new size ${k} is not within 0..${arr.env.length}`,
      );
    arr.env.length = k;
    return 0;
  },
);
def(
  "Array",
  "sameArray#",
  2,
  "1 when both are the same array object (GHC's sameMutableArray#), else 0",
  (a, b) => (array(a, "sameArray#") === array(b, "sameArray#") ? 1 : 0),
);
def(
  "Array",
  "reallyUnsafePtrEquality#",
  2,
  "1 when both are the same heap object, else 0 (GHC's primop may also say 0 for one object, e.g. after an update; callers may only use a 1)",
  (a, b) => (a === b ? 1 : 0),
);
