// THE table of primitive operations the interpreter supports: ministg's nine
// plus GHC's common Int#/Word#/Char#/Double#/Float# primops under readable
// names, Integer operations on bigint payloads, Addr# string access and IO
// effects. docs/primops.md documents it. The loader rejects any primop not
// listed here (with file:line:col), and any call with the wrong number of
// arguments.

import { ADDR, CON, Obj, makeAddr, type Value } from "./machine/values.js";
import {
  big,
  doubleToInt,
  intAdd,
  intMul,
  intQuot,
  intRem,
  intSub,
  isIntValue,
  normInt,
  normWord,
  toDouble,
  wordOf,
} from "./machine/numeric.js";
import type { ProgramIO } from "./run-api.js";

/** What a primop may use besides its arguments. */
export interface PrimContext {
  readonly io: ProgramIO;
  /** Allocates `CON(True)` or `CON(False)` (counted as an allocation). */
  mkBool(b: boolean): Obj;
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
]);

// ------------------------------------------------------------ argument checks

function int(v: Value, op: string): number | bigint {
  if (isIntValue(v)) return v;
  throw new PrimError(
    `${op}: expected an integer argument, got ${describe(v)}`,
  );
}

function num(v: Value, op: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw new PrimError(`${op}: expected a number argument, got ${describe(v)}`);
}

function integer(v: Value, op: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  throw new PrimError(
    `${op}: expected an Integer argument, got ${describe(v)}`,
  );
}

function addr(v: Value, op: string): Obj {
  if (typeof v === "object" && v.tag === ADDR) return v;
  throw new PrimError(
    `${op}: expected an Addr# (string) argument, got ${describe(v)}`,
  );
}

function describe(v: Value): string {
  if (typeof v === "object") {
    return (
      [
        "a function",
        "a partial application",
        "a constructor",
        "a thunk",
        "a blackhole",
        "an error",
        "a string",
      ][v.tag] ?? "an object"
    );
  }
  return String(v);
}

function nonZero(v: Value, op: string): void {
  if (v === 0 || v === 0n) throw new PrimError(`${op}: divide by zero`);
}

const b2i = (b: boolean): number => (b ? 1 : 0);

function bytesOf(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function addrBytes(a: Obj): Uint8Array {
  return (a.info as Uint8Array).subarray(a.id);
}

function utf8(cp: number): Uint8Array {
  return bytesOf(String.fromCodePoint(cp));
}

/** GHC's `show` for Double: fixed notation for 0.1 <= |x| < 10^7, else d.ddde<n>. */
export function showDouble(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x < 0 || Object.is(x, -0)) return "-" + showDouble(-x);
  if (x === 0) return "0.0";
  // Shortest round-trip digits (what GHC's floatToDigits gives) and exponent.
  const [mant, expText] = x.toExponential().split("e");
  const digits = mant!.replace(".", "");
  const e = Number(expText) + 1; // x = 0.d1d2... * 10^e
  if (x >= 0.1 && x < 1e7) {
    if (e <= 0) return "0." + "0".repeat(-e) + digits;
    const ip = digits.slice(0, e).padEnd(e, "0");
    const fp = digits.slice(e);
    return ip + "." + (fp === "" ? "0" : fp);
  }
  const fp = digits.slice(1);
  return digits[0] + "." + (fp === "" ? "0" : fp) + "e" + (e - 1);
}

// ------------------------------------------------------------------ the table

const table: PrimOp[] = [];

function def(
  group: string,
  name: string,
  arity: number,
  doc: string,
  fn: PrimFn,
): void {
  table.push({ name, arity, fn, group, doc, fast: FAST_CODES.get(name) ?? 0 });
}

// ministg's nine (Int# arguments; comparisons give 1 or 0).
def("ministg", "plus#", 2, "Int# addition (64-bit wrap-around)", (a, b) =>
  intAdd(int(a, "plus#"), int(b, "plus#")),
);
def("ministg", "sub#", 2, "Int# subtraction", (a, b) =>
  intSub(int(a, "sub#"), int(b, "sub#")),
);
def("ministg", "mult#", 2, "Int# multiplication", (a, b) =>
  intMul(int(a, "mult#"), int(b, "mult#")),
);
def("ministg", "eq#", 2, "Int# ==, 1 or 0", (a, b) =>
  b2i(int(a, "eq#") === int(b, "eq#")),
);
def("ministg", "lt#", 2, "Int# <", (a, b) =>
  b2i(int(a, "lt#") < int(b, "lt#")),
);
def("ministg", "lte#", 2, "Int# <=", (a, b) =>
  b2i(int(a, "lte#") <= int(b, "lte#")),
);
def("ministg", "gt#", 2, "Int# >", (a, b) =>
  b2i(int(a, "gt#") > int(b, "gt#")),
);
def("ministg", "gte#", 2, "Int# >=", (a, b) =>
  b2i(int(a, "gte#") >= int(b, "gte#")),
);
def(
  "ministg",
  "intToBool#",
  1,
  "allocates CON(True) for exactly 1, else CON(False) (GHC's tagToEnum# at Bool)",
  (a, _b, _c, ctx) => ctx.mkBool(a === 1),
);

// Int#
def("Int#", "ne#", 2, "Int# /=", (a, b) =>
  b2i(int(a, "ne#") !== int(b, "ne#")),
);
def("Int#", "quotInt#", 2, "truncating division (error on 0)", (a, b) => {
  nonZero(b, "quotInt#");
  return intQuot(int(a, "quotInt#"), b);
});
def("Int#", "remInt#", 2, "remainder of quotInt# (error on 0)", (a, b) => {
  nonZero(b, "remInt#");
  return intRem(int(a, "remInt#"), b);
});
def("Int#", "negateInt#", 1, "negation", (a) =>
  intSub(0, int(a, "negateInt#")),
);
def("Int#", "andI#", 2, "bitwise and", (a, b) =>
  normInt(big(int(a, "andI#")) & big(int(b, "andI#"))),
);
def("Int#", "orI#", 2, "bitwise or", (a, b) =>
  normInt(big(int(a, "orI#")) | big(int(b, "orI#"))),
);
def("Int#", "xorI#", 2, "bitwise xor", (a, b) =>
  normInt(big(int(a, "xorI#")) ^ big(int(b, "xorI#"))),
);
def("Int#", "notI#", 1, "bitwise complement", (a) =>
  normInt(~big(int(a, "notI#"))),
);
def(
  "Int#",
  "uncheckedIShiftL#",
  2,
  "shift left (bits shifted out are lost)",
  (a, b) =>
    normInt(
      big(int(a, "uncheckedIShiftL#")) <<
        BigInt(Number(int(b, "uncheckedIShiftL#")) & 63),
    ),
);
def("Int#", "uncheckedIShiftRA#", 2, "arithmetic shift right", (a, b) =>
  normInt(
    big(int(a, "uncheckedIShiftRA#")) >>
      BigInt(Number(int(b, "uncheckedIShiftRA#")) & 63),
  ),
);
def("Int#", "uncheckedIShiftRL#", 2, "logical shift right", (a, b) =>
  normInt(
    BigInt.asUintN(64, big(int(a, "uncheckedIShiftRL#"))) >>
      BigInt(Number(int(b, "uncheckedIShiftRL#")) & 63),
  ),
);
def("Int#", "narrow8Int#", 1, "to a signed 8-bit value", (a) =>
  Number(BigInt.asIntN(8, big(int(a, "narrow8Int#")))),
);
def("Int#", "narrow16Int#", 1, "to a signed 16-bit value", (a) =>
  Number(BigInt.asIntN(16, big(int(a, "narrow16Int#")))),
);
def("Int#", "narrow32Int#", 1, "to a signed 32-bit value", (a) =>
  Number(BigInt.asIntN(32, big(int(a, "narrow32Int#")))),
);
def(
  "Int#",
  "dataToTag#",
  1,
  "constructor number of an evaluated CON (False 0, True 1, Nil 0, Cons 1, ...)",
  (a, _b, _c, ctx) => {
    if (typeof a === "object" && a.tag === CON) return ctx.conTag(a);
    throw new PrimError(
      `dataToTag#: expected an evaluated constructor, got ${describe(a)}`,
    );
  },
);
def(
  "Int#",
  "intToString#",
  1,
  "decimal text of an Int# as an Addr# string",
  (a) => makeAddr(bytesOf(String(int(a, "intToString#"))), 0),
);

// Word#
const w = (v: Value, op: string): bigint => wordOf(int(v, op));
def("Word#", "plusWord#", 2, "Word# addition (mod 2^64)", (a, b) =>
  normWord(w(a, "plusWord#") + w(b, "plusWord#")),
);
def("Word#", "minusWord#", 2, "Word# subtraction (mod 2^64)", (a, b) =>
  normWord(w(a, "minusWord#") - w(b, "minusWord#")),
);
def("Word#", "timesWord#", 2, "Word# multiplication (mod 2^64)", (a, b) =>
  normWord(w(a, "timesWord#") * w(b, "timesWord#")),
);
def("Word#", "quotWord#", 2, "Word# division (error on 0)", (a, b) => {
  nonZero(b, "quotWord#");
  return normWord(w(a, "quotWord#") / w(b, "quotWord#"));
});
def("Word#", "remWord#", 2, "Word# remainder (error on 0)", (a, b) => {
  nonZero(b, "remWord#");
  return normWord(w(a, "remWord#") % w(b, "remWord#"));
});
def("Word#", "and#", 2, "bitwise and", (a, b) =>
  normWord(w(a, "and#") & w(b, "and#")),
);
def("Word#", "or#", 2, "bitwise or", (a, b) =>
  normWord(w(a, "or#") | w(b, "or#")),
);
def("Word#", "xor#", 2, "bitwise xor", (a, b) =>
  normWord(w(a, "xor#") ^ w(b, "xor#")),
);
def("Word#", "not#", 1, "bitwise complement", (a) => normWord(~w(a, "not#")));
def("Word#", "uncheckedShiftL#", 2, "shift left", (a, b) =>
  normWord(
    w(a, "uncheckedShiftL#") << BigInt(Number(int(b, "uncheckedShiftL#")) & 63),
  ),
);
def("Word#", "uncheckedShiftRL#", 2, "logical shift right", (a, b) =>
  normWord(
    w(a, "uncheckedShiftRL#") >>
      BigInt(Number(int(b, "uncheckedShiftRL#")) & 63),
  ),
);
def("Word#", "eqWord#", 2, "==", (a, b) =>
  b2i(w(a, "eqWord#") === w(b, "eqWord#")),
);
def("Word#", "neWord#", 2, "/=", (a, b) =>
  b2i(w(a, "neWord#") !== w(b, "neWord#")),
);
def("Word#", "ltWord#", 2, "<", (a, b) =>
  b2i(w(a, "ltWord#") < w(b, "ltWord#")),
);
def("Word#", "leWord#", 2, "<=", (a, b) =>
  b2i(w(a, "leWord#") <= w(b, "leWord#")),
);
def("Word#", "gtWord#", 2, ">", (a, b) =>
  b2i(w(a, "gtWord#") > w(b, "gtWord#")),
);
def("Word#", "geWord#", 2, ">=", (a, b) =>
  b2i(w(a, "geWord#") >= w(b, "geWord#")),
);
def("Word#", "int2Word#", 1, "reinterpret an Int# as Word#", (a) =>
  normWord(big(int(a, "int2Word#"))),
);
def("Word#", "word2Int#", 1, "reinterpret a Word# as Int#", (a) =>
  normInt(big(int(a, "word2Int#"))),
);
def("Word#", "narrow8Word#", 1, "to an unsigned 8-bit value", (a) =>
  Number(BigInt.asUintN(8, big(int(a, "narrow8Word#")))),
);
def("Word#", "narrow16Word#", 1, "to an unsigned 16-bit value", (a) =>
  Number(BigInt.asUintN(16, big(int(a, "narrow16Word#")))),
);
def("Word#", "narrow32Word#", 1, "to an unsigned 32-bit value", (a) =>
  Number(BigInt.asUintN(32, big(int(a, "narrow32Word#")))),
);

// Char#
def("Char#", "chr#", 1, "Int# code point to Char#", (a) => {
  const n = Number(int(a, "chr#"));
  if (n < 0 || n > 0x10ffff)
    throw new PrimError(`chr#: ${n} is not a code point`);
  return n;
});
def("Char#", "ord#", 1, "Char# to its Int# code point", (a) => int(a, "ord#"));
def("Char#", "eqChar#", 2, "==", (a, b) =>
  b2i(int(a, "eqChar#") === int(b, "eqChar#")),
);
def("Char#", "neChar#", 2, "/=", (a, b) =>
  b2i(int(a, "neChar#") !== int(b, "neChar#")),
);
def("Char#", "ltChar#", 2, "<", (a, b) =>
  b2i(int(a, "ltChar#") < int(b, "ltChar#")),
);
def("Char#", "leChar#", 2, "<=", (a, b) =>
  b2i(int(a, "leChar#") <= int(b, "leChar#")),
);
def("Char#", "gtChar#", 2, ">", (a, b) =>
  b2i(int(a, "gtChar#") > int(b, "gtChar#")),
);
def("Char#", "geChar#", 2, ">=", (a, b) =>
  b2i(int(a, "geChar#") >= int(b, "geChar#")),
);

// Double#
const d = num;
def(
  "Double#",
  "plusDouble#",
  2,
  "+##",
  (a, b) => d(a, "plusDouble#") + d(b, "plusDouble#"),
);
def(
  "Double#",
  "minusDouble#",
  2,
  "-##",
  (a, b) => d(a, "minusDouble#") - d(b, "minusDouble#"),
);
def(
  "Double#",
  "timesDouble#",
  2,
  "*##",
  (a, b) => d(a, "timesDouble#") * d(b, "timesDouble#"),
);
def(
  "Double#",
  "divideDouble#",
  2,
  "/##",
  (a, b) => d(a, "divideDouble#") / d(b, "divideDouble#"),
);
def("Double#", "powerDouble#", 2, "**##", (a, b) =>
  Math.pow(d(a, "powerDouble#"), d(b, "powerDouble#")),
);
def("Double#", "negateDouble#", 1, "negation", (a) => -d(a, "negateDouble#"));
def("Double#", "fabsDouble#", 1, "absolute value", (a) =>
  Math.abs(d(a, "fabsDouble#")),
);
def("Double#", "eqDouble#", 2, "==##", (a, b) =>
  b2i(d(a, "eqDouble#") === d(b, "eqDouble#")),
);
def("Double#", "neDouble#", 2, "/=##", (a, b) =>
  b2i(d(a, "neDouble#") !== d(b, "neDouble#")),
);
def("Double#", "ltDouble#", 2, "<##", (a, b) =>
  b2i(d(a, "ltDouble#") < d(b, "ltDouble#")),
);
def("Double#", "leDouble#", 2, "<=##", (a, b) =>
  b2i(d(a, "leDouble#") <= d(b, "leDouble#")),
);
def("Double#", "gtDouble#", 2, ">##", (a, b) =>
  b2i(d(a, "gtDouble#") > d(b, "gtDouble#")),
);
def("Double#", "geDouble#", 2, ">=##", (a, b) =>
  b2i(d(a, "geDouble#") >= d(b, "geDouble#")),
);
def("Double#", "int2Double#", 1, "Int# to Double#", (a) =>
  toDouble(int(a, "int2Double#")),
);
def("Double#", "double2Int#", 1, "truncate to Int#", (a) =>
  doubleToInt(d(a, "double2Int#")),
);
def("Double#", "double2Float#", 1, "round to single precision", (a) =>
  Math.fround(d(a, "double2Float#")),
);
def("Double#", "float2Double#", 1, "widen to Double#", (a) =>
  d(a, "float2Double#"),
);
for (const [name, f] of [
  ["sqrt", Math.sqrt],
  ["exp", Math.exp],
  ["log", Math.log],
  ["sin", Math.sin],
  ["cos", Math.cos],
  ["tan", Math.tan],
  ["asin", Math.asin],
  ["acos", Math.acos],
  ["atan", Math.atan],
  ["sinh", Math.sinh],
  ["cosh", Math.cosh],
  ["tanh", Math.tanh],
] as const) {
  def("Double#", `${name}Double#`, 1, name, (a) => f(d(a, `${name}Double#`)));
  def("Float#", `${name}Float#`, 1, name, (a) =>
    Math.fround(f(d(a, `${name}Float#`))),
  );
}
def(
  "Double#",
  "showDouble#",
  1,
  "GHC's `show` text of a Double# as an Addr# string",
  (a) => makeAddr(bytesOf(showDouble(d(a, "showDouble#"))), 0),
);

// Float# (single precision: every result rounded with Math.fround)
const fr = Math.fround;
def("Float#", "plusFloat#", 2, "plusFloat#", (a, b) =>
  fr(d(a, "plusFloat#") + d(b, "plusFloat#")),
);
def("Float#", "minusFloat#", 2, "minusFloat#", (a, b) =>
  fr(d(a, "minusFloat#") - d(b, "minusFloat#")),
);
def("Float#", "timesFloat#", 2, "timesFloat#", (a, b) =>
  fr(d(a, "timesFloat#") * d(b, "timesFloat#")),
);
def("Float#", "divideFloat#", 2, "divideFloat#", (a, b) =>
  fr(d(a, "divideFloat#") / d(b, "divideFloat#")),
);
def("Float#", "negateFloat#", 1, "negation", (a) => -d(a, "negateFloat#"));
def("Float#", "eqFloat#", 2, "==", (a, b) =>
  b2i(d(a, "eqFloat#") === d(b, "eqFloat#")),
);
def("Float#", "neFloat#", 2, "/=", (a, b) =>
  b2i(d(a, "neFloat#") !== d(b, "neFloat#")),
);
def("Float#", "ltFloat#", 2, "<", (a, b) =>
  b2i(d(a, "ltFloat#") < d(b, "ltFloat#")),
);
def("Float#", "leFloat#", 2, "<=", (a, b) =>
  b2i(d(a, "leFloat#") <= d(b, "leFloat#")),
);
def("Float#", "gtFloat#", 2, ">", (a, b) =>
  b2i(d(a, "gtFloat#") > d(b, "gtFloat#")),
);
def("Float#", "geFloat#", 2, ">=", (a, b) =>
  b2i(d(a, "geFloat#") >= d(b, "geFloat#")),
);
def("Float#", "int2Float#", 1, "Int# to Float#", (a) =>
  fr(toDouble(int(a, "int2Float#"))),
);
def("Float#", "float2Int#", 1, "truncate to Int#", (a) =>
  doubleToInt(d(a, "float2Int#")),
);

// Integer (unboxed big integers, JS bigint)
const I = integer;
const iop = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => bigint,
): void => def("Integer", name, 2, doc, (a, b) => f(I(a, name), I(b, name)));
const icmp = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => boolean,
): void =>
  def("Integer", name, 2, doc + ", 1 or 0 (Int#)", (a, b) =>
    b2i(f(I(a, name), I(b, name))),
  );
iop("integerAdd#", "+", (x, y) => x + y);
iop("integerSub#", "-", (x, y) => x - y);
iop("integerMul#", "*", (x, y) => x * y);
const divChecked = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => bigint,
): void =>
  iop(name, doc + " (error on 0)", (x, y) => {
    if (y === 0n) throw new PrimError(`${name}: divide by zero`);
    return f(x, y);
  });
divChecked("integerQuot#", "truncating division", (x, y) => x / y);
divChecked("integerRem#", "remainder of integerQuot#", (x, y) => x % y);
const floorDiv = (x: bigint, y: bigint): bigint => {
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
};
divChecked("integerDiv#", "floor division", floorDiv);
divChecked(
  "integerMod#",
  "remainder of integerDiv# (sign of divisor)",
  (x, y) => x - floorDiv(x, y) * y,
);
iop("integerGcd#", "greatest common divisor", (x, y) => {
  let a = x < 0n ? -x : x;
  let b = y < 0n ? -y : y;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
});
iop("integerAnd#", "bitwise and", (x, y) => x & y);
iop("integerOr#", "bitwise or", (x, y) => x | y);
iop("integerXor#", "bitwise xor", (x, y) => x ^ y);
def(
  "Integer",
  "integerShiftL#",
  2,
  "shift left by an Int#",
  (a, b) => I(a, "integerShiftL#") << BigInt(Number(int(b, "integerShiftL#"))),
);
def(
  "Integer",
  "integerShiftR#",
  2,
  "arithmetic shift right by an Int#",
  (a, b) => I(a, "integerShiftR#") >> BigInt(Number(int(b, "integerShiftR#"))),
);
def("Integer", "integerPow#", 2, "power by a non-negative Int#", (a, b) => {
  const e = big(int(b, "integerPow#"));
  if (e < 0n) throw new PrimError("integerPow#: negative exponent");
  return I(a, "integerPow#") ** e;
});
def("Integer", "integerNegate#", 1, "negation", (a) => -I(a, "integerNegate#"));
def("Integer", "integerAbs#", 1, "absolute value", (a) => {
  const x = I(a, "integerAbs#");
  return x < 0n ? -x : x;
});
def("Integer", "integerSignum#", 1, "-1, 0 or 1 (Integer)", (a) => {
  const x = I(a, "integerSignum#");
  return x < 0n ? -1n : x > 0n ? 1n : 0n;
});
def(
  "Integer",
  "integerComplement#",
  1,
  "bitwise complement",
  (a) => ~I(a, "integerComplement#"),
);
icmp("integerEq#", "==", (x, y) => x === y);
icmp("integerNe#", "/=", (x, y) => x !== y);
icmp("integerLt#", "<", (x, y) => x < y);
icmp("integerLe#", "<=", (x, y) => x <= y);
icmp("integerGt#", ">", (x, y) => x > y);
icmp("integerGe#", ">=", (x, y) => x >= y);
def("Integer", "integerCompare#", 2, "-1, 0 or 1 (Int#)", (a, b) => {
  const x = I(a, "integerCompare#");
  const y = I(b, "integerCompare#");
  return x < y ? -1 : x > y ? 1 : 0;
});
def("Integer", "integerTestBit#", 2, "bit n, 1 or 0", (a, b) =>
  b2i(
    ((I(a, "integerTestBit#") >> BigInt(Number(int(b, "integerTestBit#")))) &
      1n) ===
      1n,
  ),
);
def("Integer", "integerFromInt#", 1, "Int# to Integer", (a) =>
  big(int(a, "integerFromInt#")),
);
def(
  "Integer",
  "integerToInt#",
  1,
  "Integer to Int# (low 64 bits, wrapping)",
  (a) => normInt(I(a, "integerToInt#")),
);
def("Integer", "integerFromWord#", 1, "Word# to Integer", (a) =>
  wordOf(int(a, "integerFromWord#")),
);
def("Integer", "integerToWord#", 1, "Integer to Word# (low 64 bits)", (a) =>
  normWord(I(a, "integerToWord#")),
);
def("Integer", "integerToDouble#", 1, "Integer to Double#", (a) =>
  Number(I(a, "integerToDouble#")),
);
def(
  "Integer",
  "integerFromDouble#",
  1,
  "truncate a Double# to Integer",
  (a) => {
    const x = d(a, "integerFromDouble#");
    return Number.isFinite(x) ? BigInt(Math.trunc(x)) : 0n;
  },
);
def("Integer", "integerToString#", 1, "decimal text as an Addr# string", (a) =>
  makeAddr(bytesOf(I(a, "integerToString#").toString()), 0),
);

// Addr# byte strings
def(
  "Addr#",
  "indexCharOffAddr#",
  2,
  "byte at offset i as a Char# ('\\0' past the end, like a C string)",
  (a, b) => {
    const s = addr(a, "indexCharOffAddr#");
    const i = s.id + Number(int(b, "indexCharOffAddr#"));
    const bytes = s.info as Uint8Array;
    return i >= 0 && i < bytes.length ? bytes[i]! : 0;
  },
);
def(
  "Addr#",
  "addrLength#",
  1,
  "number of bytes from the address to the end",
  (a) => {
    const s = addr(a, "addrLength#");
    return Math.max(0, (s.info as Uint8Array).length - s.id);
  },
);
def("Addr#", "plusAddr#", 2, "the address i bytes further", (a, b) => {
  const s = addr(a, "plusAddr#");
  return makeAddr(s.info as Uint8Array, s.id + Number(int(b, "plusAddr#")));
});

// IO effects (the argument of the nullary ones is ignored: pass 0)
function writeTo(
  which: "writeStdout#" | "writeStderr#",
  a: Value,
  ctx: PrimContext,
): number {
  const chunk =
    typeof a === "object"
      ? addrBytes(addr(a, which))
      : utf8(Number(int(a, which)));
  if (which === "writeStdout#") ctx.io.writeStdout(chunk);
  else ctx.io.writeStderr(chunk);
  return 0;
}
def(
  "IO",
  "writeStdout#",
  1,
  "write an Addr# string (its bytes) or a Char# (UTF-8) to stdout; gives 0",
  (a, _b, _c, ctx) => writeTo("writeStdout#", a, ctx),
);
def("IO", "writeStderr#", 1, "same, to stderr", (a, _b, _c, ctx) =>
  writeTo("writeStderr#", a, ctx),
);
def(
  "IO",
  "readStdinChar#",
  1,
  "next character of stdin (UTF-8 decoded) as Int#, -1 at end of input",
  (_a, _b, _c, ctx) => readUtf8(ctx.io),
);
def(
  "IO",
  "getArgCount#",
  1,
  "number of program arguments",
  (_a, _b, _c, ctx) => ctx.io.args.length,
);
def(
  "IO",
  "getArg#",
  1,
  "program argument i (from 0) as an Addr# string",
  (a, _b, _c, ctx) => {
    const i = Number(int(a, "getArg#"));
    const s = ctx.io.args[i];
    if (s === undefined) throw new PrimError(`getArg#: no argument ${i}`);
    return makeAddr(bytesOf(s), 0);
  },
);
def(
  "IO",
  "getProgName#",
  1,
  "program name as an Addr# string",
  (_a, _b, _c, ctx) => makeAddr(bytesOf(ctx.io.progName), 0),
);
def("IO", "exit#", 1, "end the program with this exit code", (a) => {
  throw new ProgramExit(Number(int(a, "exit#")));
});

// Unicode (appended for GHC.Unicode in preludes/base): general categories
// numbered as GHC's GeneralCategory constructors, simple case mappings.
const UNICODE_CATEGORIES: ReadonlyArray<readonly [RegExp, number]> = [
  ["Lu", 0],
  ["Ll", 1],
  ["Lt", 2],
  ["Lm", 3],
  ["Lo", 4],
  ["Mn", 5],
  ["Mc", 6],
  ["Me", 7],
  ["Nd", 8],
  ["Nl", 9],
  ["No", 10],
  ["Pc", 11],
  ["Pd", 12],
  ["Ps", 13],
  ["Pe", 14],
  ["Pi", 15],
  ["Pf", 16],
  ["Po", 17],
  ["Sm", 18],
  ["Sc", 19],
  ["Sk", 20],
  ["So", 21],
  ["Zs", 22],
  ["Zl", 23],
  ["Zp", 24],
  ["Cc", 25],
  ["Cf", 26],
  ["Cs", 27],
  ["Co", 28],
].map(([cat, n]) => [new RegExp(`^\\p{${cat}}$`, "u"), n as number] as const);
function unicodeCategory(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return 27; // lone surrogates
  const s = String.fromCodePoint(cp);
  for (const [re, n] of UNICODE_CATEGORIES) if (re.test(s)) return n;
  return 29; // NotAssigned
}
/** A simple (one code point to one code point) case mapping, else unchanged. */
function simpleCase(cp: number, map: (s: string) => string): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return cp;
  const out = Array.from(map(String.fromCodePoint(cp)));
  return out.length === 1 ? out[0]!.codePointAt(0)! : cp;
}
def(
  "Unicode",
  "unicodeCategory#",
  1,
  "general category of a code point (Int#) as GHC's GeneralCategory number, 0 (Lu) .. 29 (Cn)",
  (a) => unicodeCategory(Number(int(a, "unicodeCategory#"))),
);
def(
  "Unicode",
  "unicodeToUpper#",
  1,
  "simple upper-case mapping of a code point",
  (a) => simpleCase(Number(int(a, "unicodeToUpper#")), (s) => s.toUpperCase()),
);
def(
  "Unicode",
  "unicodeToLower#",
  1,
  "simple lower-case mapping of a code point",
  (a) => simpleCase(Number(int(a, "unicodeToLower#")), (s) => s.toLowerCase()),
);

// Stdin lookahead (appended for isEOF/hIsEOF/hLookAhead in preludes/base):
// peekStdinChar# decodes the next character and keeps it; takeStdinChar#
// is readStdinChar# that first hands back a kept character.
const stdinLookahead = new WeakMap<ProgramIO, number>();
def(
  "IO",
  "peekStdinChar#",
  1,
  "next character of stdin as Int# without consuming it (-1 at end of input); takeStdinChar# returns it",
  (_a, _b, _c, ctx) => {
    const kept = stdinLookahead.get(ctx.io);
    if (kept !== undefined) return kept;
    const c = readUtf8(ctx.io);
    stdinLookahead.set(ctx.io, c);
    return c;
  },
);
def(
  "IO",
  "takeStdinChar#",
  1,
  "readStdinChar#, but first the character peekStdinChar# looked at",
  (_a, _b, _c, ctx) => {
    const kept = stdinLookahead.get(ctx.io);
    if (kept === undefined) return readUtf8(ctx.io);
    stdinLookahead.delete(ctx.io);
    return kept;
  },
);

// Mutable variables (appended for Data.IORef / Data.STRef in preludes/base).
// A variable is an unboxed value, like an Addr#: an ADDR-tagged object with
// no bytes whose one env slot holds the current contents. Effects happen
// when the primop is evaluated (IO/ST code sequences them with case).
function mutVar(v: Value, op: string): Obj {
  if (typeof v === "object" && v.tag === ADDR && v.env.length === 1) return v;
  throw new PrimError(`${op}: expected a mutable variable, got ${describe(v)}`);
}
def(
  "MutVar",
  "mutVarNew#",
  1,
  "a new mutable variable holding the argument",
  (a) => {
    const mv = makeAddr(new Uint8Array(0), 0);
    mv.env = [a];
    return mv;
  },
);
def(
  "MutVar",
  "mutVarRead#",
  1,
  "the current contents of a mutable variable",
  (a) => mutVar(a, "mutVarRead#").env[0]!,
);
def(
  "MutVar",
  "mutVarWrite#",
  2,
  "replace the contents of a mutable variable; gives 0",
  (a, b) => {
    mutVar(a, "mutVarWrite#").env[0] = b;
    return 0;
  },
);

// GHC's showFFloat (appended for Text.Printf's %f in preludes/base): the
// shortest decimal digits of the Double (floatToDigits), rounded with
// GHC.Float.roundTo (half to even on those digits); precision < 0 = Nothing.
function floatToDigits(x: number): [number[], number] {
  if (x === 0) return [[0], 0];
  const [mant, expText] = x.toExponential().split("e");
  return [mant!.replace(".", "").split("").map(Number), Number(expText) + 1];
}
function roundTo(d: number, is: number[]): [number, number[]] {
  const f = (n: number, e: boolean, xs: number[]): [number, number[]] => {
    if (xs.length === 0) return [0, new Array<number>(n).fill(0)];
    if (n === 0) {
      const x = xs[0]!;
      if (x === 5 && e && xs.slice(1).every((y) => y === 0)) return [0, []];
      return [x >= 5 ? 1 : 0, []];
    }
    const i = xs[0]!;
    const [c, rest] = f(n - 1, i % 2 === 0, xs.slice(1));
    const i2 = c + i;
    return i2 === 10 ? [1, [0, ...rest]] : [0, [i2, ...rest]];
  };
  const [c, ds] = f(d, true, is);
  return c === 0 ? [0, ds] : [1, [1, ...ds]];
}
export function showFFloat(x: number, prec: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x < 0 || Object.is(x, -0)) return "-" + showFFloat(-x, prec);
  const [is, e] = floatToDigits(x);
  const mk0 = (ls: string) => (ls === "" ? "0" : ls);
  if (prec < 0) {
    const ds = is.join("");
    if (e <= 0) return "0." + "0".repeat(-e) + ds;
    const padded = ds.padEnd(e, "0");
    return mk0(padded.slice(0, e)) + "." + mk0(padded.slice(e));
  }
  if (e >= 0) {
    const [ei, is2] = roundTo(prec + e, is);
    const digits = is2.join("");
    const ls = digits.slice(0, e + ei);
    const rs = digits.slice(e + ei);
    return mk0(ls) + (rs === "" ? "" : "." + rs);
  }
  const [ei, is2] = roundTo(prec, [...new Array<number>(-e).fill(0), ...is]);
  const all = (ei > 0 ? is2 : [0, ...is2]).join("");
  return all[0]! + (all.length > 1 ? "." + all.slice(1) : "");
}
def(
  "Double#",
  "showFFloat#",
  2,
  "GHC's showFFloat (Just prec) (Nothing when prec < 0) of a Double# as an Addr# string",
  (a, b) =>
    makeAddr(
      bytesOf(showFFloat(d(a, "showFFloat#"), Number(int(b, "showFFloat#")))),
      0,
    ),
);

function readUtf8(io: ProgramIO): number {
  const b0 = io.readStdinByte();
  if (b0 < 0x80) return b0; // includes -1 (EOF)
  const extra = b0 >= 0xf0 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc0 ? 1 : 0;
  let cp = b0 & (0x3f >> extra);
  for (let k = 0; k < extra; k++) {
    const b = io.readStdinByte();
    if (b < 0) break;
    cp = (cp << 6) | (b & 0x3f);
  }
  return cp;
}

/** Every supported primop by name. */
export const PRIMOPS: ReadonlyMap<string, PrimOp> = new Map(
  table.map((p) => [p.name, p]),
);

export function lookupPrimOp(name: string): PrimOp | undefined {
  return PRIMOPS.get(name);
}
