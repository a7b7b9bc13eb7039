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
 * - THUNK: `info` its code, `env` its captured free variables, `cs` the call
 *   stack at its allocation;
 * - CON: `info` the constructor, `env` its fields;
 * - PAP: `info` the function object, `env` the arguments so far;
 * - BLACKHOLE / ERROR: nothing;
 * - ADDR: `info` the bytes, `id` the offset into them.
 * `id` names the object in views: `$id` for allocated objects, a negative
 * number -(k+1) for the k-th top-level binding.
 */
export class Obj {
  constructor(
    public tag: number,
    /** What the tag says (see above); typed loosely so values.ts needs no code types. */
    public info: object | null,
    public env: Value[],
    public id: number,
    public cs: CallStack,
  ) {}
}

export const NO_VALUES: Value[] = [];

export function isObj(v: Value): v is Obj {
  return typeof v === "object";
}

/** ministg's `isLiteral atom`: anything that is not a heap object (Addr# counts as a literal). */
export function isLiteralValue(v: Value): boolean {
  return typeof v !== "object" || v.tag === ADDR;
}

export function makeAddr(bytes: Uint8Array, offset: number): Obj {
  return new Obj(ADDR, bytes, NO_VALUES, offset, null);
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
