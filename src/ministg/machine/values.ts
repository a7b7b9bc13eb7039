// Runtime values of the machine. A value is an unboxed literal (a JS number
// or bigint) or a heap object (`Obj`). Every heap object has the same shape
// so property access in the dispatch loop stays monomorphic.
//
// Canonical unboxed forms (so `===` decides equality):
// - Int#, Word#: a JS number while it is a safe integer, else a bigint
//   (Int# wrapped to signed 64 bits, Word# to unsigned 64 bits);
// - Char#: its code point (number); Double#/Float#: a number (Float# rounded
//   with Math.fround);
// - Integer payloads (`123n`): always a bigint;
// - Addr# byte strings: an `Obj` with tag ADDR (bytes + offset).

// Object tags. Values (FUN, PAP, CON) come first so `tag <= CON` tests for one.
export const FUN = 0;
export const PAP = 1;
export const CON = 2;
export const THUNK = 3;
export const BLACKHOLE = 4;
export const ERROR = 5;
export const ADDR = 6;

/** A node of the annotation call stack (innermost first). */
export class CallStackNode {
  constructor(
    readonly label: string,
    readonly next: CallStackNode | null,
  ) {}
}
export type CallStack = CallStackNode | null;

export type Value = Obj | number | bigint;

export const NO_VALUES: Value[] = [];

/**
 * A heap object.
 * - FUN: `info` its code, its values its captured free variables;
 * - THUNK: `info` its code, its values its captured free variables;
 * - CON: `info` the constructor, its values its fields;
 * - PAP: `info` the function object, `env` the arguments so far;
 * - BLACKHOLE / ERROR: nothing;
 * - ADDR: `info` the bytes (the offset into them: addrOffset); mutable
 *   variables, arrays and MVars (primops/) keep their contents in `env`.
 *
 * Four fields, 56 bytes. An object's values are held in one of two forms:
 * - *array form* (`e0` undefined): `env` holds them all. PAP and ADDR
 *   always use it, and so do primops, the loader's constants, the
 *   reference machine and the compiling tier;
 * - *inline form* (`e0` set: the fast engine's allocations of CON, FUN
 *   and THUNK with at least one value): `e0` is the first value and `env`
 *   the rest: NO_VALUES for one value, the second value itself for two, a
 *   `Pair` of the second and third for three, an array beyond.
 * So a boxed Int, a cons cell or a thunk of two free variables is one
 * object, not an object and an array (48 + 48 + 8 per value bytes), one of
 * three is 96 bytes (was 120), and a larger one costs what it did. Readers go through `valueCount`,
 * `valueAt`, `copyValues`, `bindValues` and `valuesOf`, which see both
 * forms; writers of a used object through `setValues`, `clearValues` and
 * `shareValues`. (`env` is typed as the array it is in array form, the
 * only form PAP and ADDR code meets.) An object's number (views) and a
 * thunk's call stack (-c/-a) live in side tables below, filled only by
 * what asks for them.
 */
export class Obj {
  constructor(
    public tag: number,
    /** What the tag says (see above); typed loosely so values.ts needs no code types. */
    public info: object | null,
    public env: Value[],
    /** The first value in inline form, else undefined. */
    public e0: Value | undefined = undefined,
  ) {}
}

/** The second and third of three values in inline form (40 bytes, an array 64). */
export class Pair {
  constructor(
    readonly a: Value,
    readonly b: Value,
  ) {}
}

/** `env` as the inline form has it: the second value, a Pair or an array. */
type Rest = Value | Pair | Value[];
function restOf(o: Obj): Rest {
  return o.env as Rest;
}

/**
 * An object in inline form: `vs` (two or more values) as `e0` and the
 * rest; one value is `new Obj(tag, info, NO_VALUES, v)`.
 */
export function inlineObj(
  tag: number,
  info: object | null,
  v0: Value,
  rest: Rest,
): Obj {
  return new Obj(tag, info, rest as Value[], v0);
}

/** Gives `o` (allocated empty: a letrec) its values in inline form (see inlineObj). */
export function fillInline(o: Obj, v0: Value, rest: Rest): void {
  o.e0 = v0;
  o.env = rest as Value[];
}

/** How many values `o` holds. */
export function valueCount(o: Obj): number {
  if (o.e0 === undefined) return o.env.length;
  const r = restOf(o);
  return Array.isArray(r) ? 1 + r.length : r instanceof Pair ? 3 : 2;
}

/** `o`'s i-th value (undefined past the last). */
export function valueAt(o: Obj, i: number): Value | undefined {
  const a = o.e0;
  if (a === undefined) return o.env[i];
  if (i === 0) return a;
  const r = restOf(o);
  if (Array.isArray(r)) return r[i - 1];
  if (r instanceof Pair) return i === 1 ? r.a : i === 2 ? r.b : undefined;
  return i === 1 ? r : undefined;
}

/** Copies `o`'s values into `dst` from index `at`; answers how many. */
export function copyValues(o: Obj, dst: Value[], at: number): number {
  const a = o.e0;
  const r = restOf(o);
  if (a !== undefined) {
    dst[at] = a;
    if (!Array.isArray(r)) {
      if (r instanceof Pair) {
        dst[at + 1] = r.a;
        dst[at + 2] = r.b;
        return 3;
      }
      dst[at + 1] = r;
      return 2;
    }
    at++;
    for (let i = 0; i < r.length; i++) dst[at + i] = r[i]!;
    return 1 + r.length;
  }
  const env = r as Value[];
  for (let i = 0; i < env.length; i++) dst[at + i] = env[i]!;
  return env.length;
}

/**
 * A case alternative's binding: `o`'s first `vars.length` values into
 * `locals` at the slots `vars` names; false when `o` has fewer.
 */
export function bindValues(o: Obj, vars: Int32Array, locals: Value[]): boolean {
  const n = vars.length;
  if (n === 0) return true;
  const a = o.e0;
  const r = restOf(o);
  if (a === undefined) {
    const env = r as Value[];
    if (n > env.length) return false;
    for (let j = 0; j < n; j++) locals[vars[j]!] = env[j]!;
    return true;
  }
  locals[vars[0]!] = a;
  if (n === 1) return true;
  if (!Array.isArray(r)) {
    if (r instanceof Pair) {
      if (n > 3) return false;
      locals[vars[1]!] = r.a;
      if (n === 3) locals[vars[2]!] = r.b;
      return true;
    }
    if (n > 2) return false;
    locals[vars[1]!] = r;
    return true;
  }
  if (n - 1 > r.length) return false;
  for (let j = 1; j < n; j++) locals[vars[j]!] = r[j - 1]!;
  return true;
}

/** `o`'s values as a fresh array. */
export function valuesOf(o: Obj): Value[] {
  if (o.e0 === undefined) return o.env.slice();
  const out: Value[] = [];
  copyValues(o, out, 0);
  return out;
}

/** Makes `vs` (not copied) `o`'s values, in array form. */
export function setValues(o: Obj, vs: Value[]): void {
  o.e0 = undefined;
  o.env = vs;
}

/** Drops `o`'s values (a thunk under evaluation keeps nothing alive). */
export function clearValues(o: Obj): void {
  o.e0 = undefined;
  o.env = NO_VALUES;
}

/** Gives `x` the values of `y` (an update: `x` becomes a copy of `y`). */
export function shareValues(x: Obj, y: Obj): void {
  x.e0 = y.e0;
  x.env = y.env;
}

// ------------------------------------------------------------ side tables

/**
 * Object numbers, for views: `$n` for an object the reference machine (or
 * its primops) allocated n-th, -(k+1) for the k-th top-level binding. The
 * fast engine numbers nothing; an object without a number counts as 0.
 */
const numbers = new WeakMap<Obj, number>();

export function objectNumber(o: Obj): number {
  return numbers.get(o) ?? 0;
}

export function setObjectNumber(o: Obj, n: number): void {
  numbers.set(o, n);
}

/**
 * The call stack a THUNK was allocated under, when not empty (annotated
 * runs, -a or `stack` expressions): its entry makes it current again.
 */
const thunkStacks = new WeakMap<Obj, CallStackNode>();

export function setThunkCallStack(o: Obj, cs: CallStack): void {
  if (cs !== null) thunkStacks.set(o, cs);
}

/** The thunk's call stack, forgotten: entering a thunk takes it once. */
export function takeThunkCallStack(o: Obj): CallStack {
  const cs = thunkStacks.get(o);
  if (cs === undefined) return null;
  thunkStacks.delete(o);
  return cs;
}

export function isObj(v: Value): v is Obj {
  return typeof v === "object";
}

/** ministg's `isLiteral atom`: anything that is not a heap object (Addr# counts as a literal). */
export function isLiteralValue(v: Value): boolean {
  return typeof v !== "object" || v.tag === ADDR;
}

/**
 * Offsets of Addr# values into their bytes, when not 0 (most are: literals,
 * byte arrays; plusAddr# makes the others). A side table rather than a
 * field every object would carry.
 */
const offsets = new WeakMap<Obj, number>();

export function makeAddr(bytes: Uint8Array, offset: number): Obj {
  const a = new Obj(ADDR, bytes, NO_VALUES);
  if (offset !== 0) offsets.set(a, offset);
  return a;
}

/** An Addr#'s offset into its bytes (makeAddr). */
export function addrOffset(a: Obj): number {
  return offsets.get(a) ?? 0;
}

/**
 * The bytes of an Addr# string literal: a view whose buffer has one more
 * byte, a NUL after the literal (C's strlen on a GHC literal stops there;
 * see strLen#), not part of the view (addrLength#, writeStdout# and the
 * bounds of memory access see only the literal).
 */
export function literalBytes(bytes: readonly number[]): Uint8Array {
  const b = new Uint8Array(bytes.length + 1);
  b.set(bytes);
  return b.subarray(0, bytes.length);
}

export function callStackToArray(cs: CallStack): string[] {
  const out: string[] = [];
  for (let n = cs; n !== null; n = n.next) out.push(n.label);
  return out;
}

/**
 * A new array of `n` values (holes until written) in the one V8 elements
 * kind every value array of the machine should have, HOLEY_ELEMENTS:
 * `new Array(n)` starts as small integers and turns into doubles or
 * objects with the first such value stored, so arrays of one role came in
 * three hidden classes, each a "wrong map" deoptimization of the loop.
 */
export function newValues(n: number): Value[] {
  const a = new Array<Value>(n);
  if (n > 0) (a as unknown[])[0] = undefined;
  return a;
}

/** `xs` copied into an array of newValues' elements kind (the compiled code's constants). */
export function valueArrayOf(xs: readonly Value[]): Value[] {
  const a = newValues(xs.length);
  for (let i = 0; i < xs.length; i++) a[i] = xs[i]!;
  return a;
}
