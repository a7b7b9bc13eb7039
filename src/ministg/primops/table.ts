// The primop record, a group's table (`groupTable`, whose `def` adds one
// primop to it) and the argument checks every group shares. The groups live
// next to this file; ../primops.ts assembles their tables.

import { byteArrayNatural } from "./bignat-view.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  ERROR,
  FUN,
  Obj,
  PAP,
  THUNK,
  addrOffset,
  type Value,
} from "../machine/values.js";
import { isIntValue } from "./numeric.js";
import { FLOAT_FAST_CODES } from "./float-fast.js";
import type { ProgramIO } from "../io.js";

/** What a primop may use besides its arguments. */
export interface PrimContext {
  readonly io: ProgramIO;
  /** Allocates `CON(True)` or `CON(False)` (counted as an allocation). */
  mkBool(b: boolean): Obj;
  /** Allocates an enumeration value known only by its tag (enumTag#). */
  mkEnumTag(tag: number): Obj;
  /** Allocates an unboxed tuple `Z2H a b` ... (primops with several results). */
  mkTuple(fields: Value[]): Obj;
  /** Allocates a list cell `CON(Cons head tail)`. */
  mkCons(head: Value, tail: Value): Obj;
  /** Allocates a boxed character `CON(C c)`. */
  mkChar(c: number): Obj;
  /** Allocates a boxed Int `CON(I n)`. */
  mkInt(n: number | bigint): Obj;
  /** Allocates `CON(K v)`, K a constructor of the program with one field. */
  mkCon1(name: string, v: Value): Obj;
  /** Constructor tag for dataToTag# (its position in its data type). */
  conTag(con: Obj): number;
}

/** A primop failed (bad argument, division by zero): a runtime error. */
export class PrimError extends Error {}

/** exit# was called: the program ends with this exit code. */
export class ProgramExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export type PrimFn = (a: Value, b: Value, c: Value, ctx: PrimContext) => Value;

export interface PrimOp {
  readonly name: string;
  readonly arity: number;
  readonly fn: PrimFn;
  /** Documentation group and one-line meaning (docs/primops.md). */
  readonly group: string;
  readonly doc: string;
  /** Nonzero for ministg's Int# operations, which the machine inlines (see FAST_*). */
  readonly fast: number;
}

// Inlined by the machine for JS-number arguments (the common case).
export const FAST_PLUS = 1;
export const FAST_SUB = 2;
export const FAST_MULT = 3;
export const FAST_EQ = 4;
export const FAST_LT = 5;
export const FAST_LTE = 6;
export const FAST_GT = 7;
export const FAST_GTE = 8;
export const FAST_INT_TO_BOOL = 9;
const FAST_CODES: ReadonlyMap<string, number> = new Map([
  ["plus#", FAST_PLUS],
  ["sub#", FAST_SUB],
  ["mult#", FAST_MULT],
  ["eq#", FAST_EQ],
  ["lt#", FAST_LT],
  ["lte#", FAST_LTE],
  ["gt#", FAST_GT],
  ["gte#", FAST_GTE],
  ["intToBool#", FAST_INT_TO_BOOL],
  ...FLOAT_FAST_CODES,
]);

// ------------------------------------------------------------ argument checks

export function int(v: Value, op: string): number | bigint {
  if (isIntValue(v)) return v;
  throw new PrimError(
    `${op}: expected an integer argument, got ${describe(v)}`,
  );
}

export function num(v: Value, op: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw new PrimError(`${op}: expected a number argument, got ${describe(v)}`);
}

export function integer(v: Value, op: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  // A BigNat# that -O1 code built as a byte array of limbs (bignat-view.ts).
  const n = byteArrayNatural(v);
  if (n !== undefined) return n;
  throw new PrimError(
    `${op}: expected an Integer argument, got ${describe(v)}`,
  );
}

export function addr(v: Value, op: string): Obj {
  if (typeof v === "object" && v.tag === ADDR) return v;
  throw new PrimError(
    `${op}: expected an Addr# (string) argument, got ${describe(v)}`,
  );
}

export function describe(v: Value): string {
  if (typeof v !== "object") return String(v);
  switch (v.tag) {
    case FUN:
      return "a function";
    case PAP:
      return "a partial application";
    case CON:
      return "a constructor";
    case THUNK:
      return "a thunk";
    case BLACKHOLE:
      return "a blackhole";
    case ERROR:
      return "an error";
    case ADDR:
      return "a string";
    default:
      return "an object";
  }
}

export function nonZero(v: Value, op: string): void {
  if (v === 0 || v === 0n) throw new PrimError(`${op}: divide by zero`);
}

export const b2i = (b: boolean): number => (b ? 1 : 0);

export function bytesOf(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function addrBytes(a: Obj): Uint8Array {
  return (a.info as Uint8Array).subarray(addrOffset(a));
}

export function utf8(cp: number): Uint8Array {
  return bytesOf(String.fromCodePoint(cp));
}

// ------------------------------------------------------------------ the tables

/** One group's primops, in the order the group defines them. */
export type PrimOpTable = readonly PrimOp[];

/** Appends one primop to a group's table. */
export type Def = (
  group: string,
  name: string,
  arity: number,
  doc: string,
  fn: PrimFn,
) => void;

/**
 * A new, empty group table and the `def` that fills it. Each group module
 * fills its own table as it loads and exports it; no table is shared, so
 * importing a group registers nothing. ../primops.ts lists the tables.
 */
export function groupTable(): { readonly ops: PrimOpTable; readonly def: Def } {
  const ops: PrimOp[] = [];
  const def: Def = (group, name, arity, doc, fn) => {
    ops.push({ name, arity, fn, group, doc, fast: FAST_CODES.get(name) ?? 0 });
  };
  return { ops, def };
}
