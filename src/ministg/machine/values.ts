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

/**
 * A heap object.
 * - FUN: `info` its code, `env` its captured free variables;
 * - THUNK: `info` its code, `env` its captured free variables;
 * - CON: `info` the constructor, `env` its fields;
 * - PAP: `info` the function object, `env` the arguments so far;
 * - BLACKHOLE / ERROR: nothing;
 * - ADDR: `info` the bytes (the offset into them: addrOffset); mutable
 *   variables, arrays and MVars (primops/) keep their contents in `env`.
 * Three fields and nothing else, so a plain run's objects are as small as
 * V8 makes them: an object's number (views) and a thunk's call stack
 * (-c/-a) live in side tables below, filled only by what asks for them.
 */
export class Obj {
  constructor(
    public tag: number,
    /** What the tag says (see above); typed loosely so values.ts needs no code types. */
    public info: object | null,
    public env: Value[],
  ) {}
}

export const NO_VALUES: Value[] = [];

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
export function valuesOf(xs: readonly Value[]): Value[] {
  const a = newValues(xs.length);
  for (let i = 0; i < xs.length; i++) a[i] = xs[i]!;
  return a;
}
