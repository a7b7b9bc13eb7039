// Double# and Float# primops (their text forms are in ./float-text.ts).

import { doubleToInt, toDouble } from "./numeric.js";
import {
  b2i,
  int,
  integer,
  num,
  groupTable,
  type PrimOpTable,
} from "./table.js";
import * as ports from "./libm/index.js";
import { viaNative1, viaNative2 } from "./libm/native.js";
import {
  bitsOf as floatBitsOf,
  highWord,
  lowWord,
  nanMantissa,
  withSignBit,
} from "./libm/float-bits.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const floatingPrimOps: PrimOpTable = ops;

// Double#
const d = num;
/** Negation and absolute value as sign-bit operations: a NaN keeps GHC's sign. */
const negateSign = (x: number): number => (x === x ? -x : withSignBit(x, true));
const absSign = (x: number): number =>
  x === x ? Math.abs(x) : withSignBit(x, false);
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
def("Double#", "powerDouble#", 2, "**## (C's pow, as glibc's)", (a, b) =>
  libm.pow(d(a, "powerDouble#"), d(b, "powerDouble#")),
);
def("Double#", "negateDouble#", 1, "negation", (a) =>
  negateSign(d(a, "negateDouble#")),
);
def("Double#", "fabsDouble#", 1, "absolute value", (a) =>
  absSign(d(a, "fabsDouble#")),
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
def(
  "Double#",
  "double2Int#",
  1,
  "truncate to Int#; NaN, infinities and values out of range give minBound (x86's cvttsd2si)",
  (a) => truncToInt(d(a, "double2Int#")),
);
def("Double#", "double2Float#", 1, "round to single precision", (a) =>
  Math.fround(d(a, "double2Float#")),
);
def("Double#", "float2Double#", 1, "widen to Double#", (a) =>
  d(a, "float2Double#"),
);
// The math functions are glibc's libm: the C library itself through the
// native addon when it is built, else our ports of it (./libm and
// docs/primops.md, "Math functions"). sqrt is exact in JS (IEEE's sqrt is
// correctly rounded, and so is a float's through double).
const libm = {
  pow: viaNative2("pow", ports.pow),
  powf: viaNative2("powf", ports.powf),
  exp: viaNative1("exp", ports.exp),
  expf: viaNative1("expf", ports.expf),
  log: viaNative1("log", ports.log),
  logf: viaNative1("logf", ports.logf),
  sin: viaNative1("sin", ports.sin),
  sinf: viaNative1("sinf", ports.sinf),
  cos: viaNative1("cos", ports.cos),
  cosf: viaNative1("cosf", ports.cosf),
  tan: viaNative1("tan", ports.tan),
  tanf: viaNative1("tanf", ports.tanf),
  asin: viaNative1("asin", ports.asin),
  asinf: viaNative1("asinf", ports.asinf),
  acos: viaNative1("acos", ports.acos),
  acosf: viaNative1("acosf", ports.acosf),
  atan: viaNative1("atan", ports.atan),
  atanf: viaNative1("atanf", ports.atanf),
  sinh: viaNative1("sinh", ports.sinh),
  sinhf: viaNative1("sinhf", ports.sinhf),
  cosh: viaNative1("cosh", ports.cosh),
  coshf: viaNative1("coshf", ports.coshf),
  tanh: viaNative1("tanh", ports.tanh),
  tanhf: viaNative1("tanhf", ports.tanhf),
  asinh: viaNative1("asinh", ports.asinh),
  asinhf: viaNative1("asinhf", ports.asinhf),
  acosh: viaNative1("acosh", ports.acosh),
  acoshf: viaNative1("acoshf", ports.acoshf),
  atanh: viaNative1("atanh", ports.atanh),
  atanhf: viaNative1("atanhf", ports.atanhf),
  log1p: viaNative1("log1p", ports.log1p),
  log1pf: viaNative1("log1pf", ports.log1pf),
  expm1: viaNative1("expm1", ports.expm1),
  expm1f: viaNative1("expm1f", ports.expm1f),
};
for (const [name, f, ff] of [
  ["sqrt", Math.sqrt, (x: number) => Math.fround(Math.sqrt(x))],
  ["exp", libm.exp, libm.expf],
  ["log", libm.log, libm.logf],
  ["sin", libm.sin, libm.sinf],
  ["cos", libm.cos, libm.cosf],
  ["tan", libm.tan, libm.tanf],
  ["asin", libm.asin, libm.asinf],
  ["acos", libm.acos, libm.acosf],
  ["atan", libm.atan, libm.atanf],
  ["sinh", libm.sinh, libm.sinhf],
  ["cosh", libm.cosh, libm.coshf],
  ["tanh", libm.tanh, libm.tanhf],
] as const) {
  // the names made once, not a template string per call
  const dName = `${name}Double#`;
  const fName = `${name}Float#`;
  def("Double#", dName, 1, name, (a) => f(d(a, dName)));
  def("Float#", fName, 1, name, (a) => ff(d(a, fName)));
}
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
def("Float#", "negateFloat#", 1, "negation", (a) =>
  negateSign(d(a, "negateFloat#")),
);
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
  toFloat(int(a, "int2Float#")),
);
def(
  "Float#",
  "float2Int#",
  1,
  "truncate to Int#; NaN, infinities and values out of range give minBound (x86's cvttsd2si)",
  (a) => truncToInt(d(a, "float2Int#")),
);

// ------------------------------------------------ decode, encode, rationals
// What base's RealFloat/RealFrac/Fractional instances need, with GHC 9.0.2's
// exact results (ghc-bignum on GMP, x86-64).

/** A binary floating-point format: significand bits, least ulp exponent. */
export interface Format {
  readonly digits: number;
  readonly minUlp: number;
  /** Rounds an exact in-range result to the format: only overflow changes it (to Infinity). */
  readonly fit: (x: number) => number;
}
export const F64: Format = { digits: 53, minUlp: -1074, fit: (x) => x };
export const F32: Format = { digits: 24, minUlp: -149, fit: Math.fround };

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** m * 2^e for an m that is exact at that exponent (or overflows to Infinity). */
function ldexpExact(m: number, e: number): number {
  let x = m;
  // Steps of 2^±1000 stay exact: each intermediate has m's bits at an
  // exponent between the start and the (representable) result.
  while (e > 1000 && Number.isFinite(x)) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** m * 2^e (m >= 0) rounded to the format, to nearest-even or toward zero. */
export function scaleToFormat(
  m: bigint,
  e: number,
  fmt: Format,
  truncate: boolean,
): number {
  if (m === 0n) return 0;
  const q = Math.max(bitLength(m) + e - fmt.digits, fmt.minUlp);
  if (q <= e) return fmt.fit(ldexpExact(Number(m), e));
  const s = BigInt(q - e);
  let r = m >> s;
  const rest = m - (r << s);
  if (!truncate) {
    const half = 1n << (s - 1n);
    if (rest > half || (rest === half && (r & 1n) === 1n)) r += 1n;
  }
  return fmt.fit(ldexpExact(Number(r), q));
}

/**
 * GHC's integerEncodeDouble# m e. An m that fits in an Int# is converted to
 * the nearest double and scaled with C's ldexp (nearest). A bigger one goes
 * through ghc-bignum's integer_gmp_mpn_get_d: GMP truncates it to 53 bits
 * (mpz_get_d, mpz_get_d_2exp) and, when e /= 0, ldexp rounds that to
 * nearest (which matters only for denormal results). Checked against GHC in
 * test/ministg/primops/floating/ghc-oracle.test.ts.
 */
export function encodeDouble(m: bigint, e: number): number {
  const a = m < 0n ? -m : m;
  let r: number;
  if (a <= 1n << 63n) {
    r = Number(a);
    if (e !== 0) r = scaleToFormat(BigInt(r), e, F64, false);
  } else {
    const drop = BigInt(Math.max(bitLength(a) - 53, 0));
    const t = (a >> drop) << drop;
    r = e === 0 ? Number(t) : scaleToFormat(t, e, F64, false);
  }
  return m < 0n ? -r : r;
}

/** n / d correctly rounded (nearest-even, gradual underflow): GHC's fromRat''. */
export function rationalTo(n: bigint, d: bigint, fmt: Format): number {
  if (d === 0n) return n === 0n ? NaN : n < 0n ? -Infinity : Infinity;
  if (n === 0n) return 0;
  const neg = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const p = fmt.digits;
  const quot = (s: number): [bigint, bigint, bigint] => {
    const num = s >= 0 ? a : a << BigInt(-s);
    const den = s >= 0 ? b << BigInt(s) : b;
    return [num / den, num, den];
  };
  let s = bitLength(a) - bitLength(b) - p;
  const lo = 1n << BigInt(p - 1);
  const hi = 1n << BigInt(p);
  for (;;) {
    const [q] = quot(s);
    if (q >= hi) s += 1;
    else if (q < lo) s -= 1;
    else break;
  }
  if (s < fmt.minUlp) s = fmt.minUlp;
  const [q0, num, den] = quot(s);
  let q = q0;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  const r = fmt.fit(ldexpExact(Number(q), s));
  return neg ? -r : r;
}

/**
 * GHC's decodeDouble_Int64# / decodeFloat_Int#: (m, e) with x = m * 2^e and
 * |m| normalised to the format's digits; (0, 0) for zero. Infinity decodes
 * like a number with the maximal exponent field, and so does NaN: its sign
 * bit and payload (x86's default NaN, which arithmetic makes, is negative).
 */
export function decodeTo(x: number, fmt: Format): [number, number] {
  const big = fmt.digits === 53;
  const maxE = big ? 972 : 105;
  const top = 2 ** (fmt.digits - 1);
  if (x === 0) return [0, 0];
  if (Number.isNaN(x)) return [nanMantissa(x, fmt.digits), maxE];
  if (!Number.isFinite(x)) return [x > 0 ? top : -top, maxE];
  const a = Math.abs(x);
  let m: number;
  let e: number;
  if (big) {
    const hiWord = highWord(a);
    const biased = hiWord >>> 20;
    const frac = (hiWord & 0xfffff) * 4294967296 + lowWord();
    m = biased === 0 ? frac : frac + top;
    e = biased === 0 ? -1074 : biased - 1075;
  } else {
    const bits = floatBitsOf(a);
    const biased = bits >>> 23;
    const frac = bits & 0x7fffff;
    m = biased === 0 ? frac : frac + top;
    e = biased === 0 ? -149 : biased - 150;
  }
  while (m < top) {
    m *= 2;
    e -= 1;
  }
  return [x < 0 ? -m : m, e];
}

for (const [suffix, fmt, round] of [
  ["Double", F64, (x: number) => x],
  ["Float", F32, Math.fround],
] as const) {
  const g = `${suffix}#`;
  const mName = `decode${suffix}Mantissa#`;
  def(
    g,
    mName,
    1,
    `mantissa m of GHC's decodeFloat (Int#)`,
    (a) => decodeTo(d(a, mName), fmt)[0],
  );
  const eName = `decode${suffix}Exponent#`;
  def(
    g,
    eName,
    1,
    `exponent e of GHC's decodeFloat (Int#)`,
    (a) => decodeTo(d(a, eName), fmt)[1],
  );
  const rName = `rationalTo${suffix}#`;
  def(
    g,
    rName,
    2,
    `n / d (Integer payloads) correctly rounded, GHC's rationalTo${suffix}`,
    (n, dd) => rationalTo(integer(n, rName), integer(dd, rName), fmt),
  );
  for (const name of ["asinh", "acosh", "atanh", "log1p", "expm1"] as const) {
    const op = `${name}${suffix}#`;
    const f = suffix === "Double" ? libm[name] : libm[`${name}f`];
    def(g, op, 1, name, (a) => f(d(a, op)));
  }
}
def(
  "Double#",
  "encodeDoubleInteger#",
  2,
  "GHC's integerEncodeDouble# m e (Integer payload m, Int# e): m * 2^e",
  (m, e) =>
    encodeDouble(
      integer(m, "encodeDoubleInteger#"),
      Number(int(e, "encodeDoubleInteger#")),
    ),
);
def(
  "Double#",
  "integerToDoubleGhc#",
  1,
  "GHC's integerToDouble# (Integer payload): nearest within Int# range, else truncated",
  (m) => encodeDouble(integer(m, "integerToDoubleGhc#"), 0),
);
def("Float#", "fabsFloat#", 1, "absolute value", (a) =>
  absSign(d(a, "fabsFloat#")),
);
def("Float#", "powerFloat#", 2, "powf", (a, b) =>
  libm.powf(d(a, "powerFloat#"), d(b, "powerFloat#")),
);
def("Double#", "word2Double#", 1, "Word# to Double#", (a) =>
  toDouble(int(a, "word2Double#")),
);
def("Float#", "word2Float#", 1, "Word# to Float#", (a) =>
  toFloat(int(a, "word2Float#")),
);
/** An integer rounded once to single precision (as cvtsi2ss does). */
function toFloat(v: number | bigint): number {
  if (typeof v === "number") return fr(v);
  const r = scaleToFormat(v < 0n ? -v : v, 0, F32, false);
  return v < 0n ? -r : r;
}

/** GHC's double2Int# on x86-64: truncation, or minBound when it does not fit. */
function truncToInt(x: number): number | bigint {
  const t = Math.trunc(x);
  if (!(t >= -(2 ** 63) && t < 2 ** 63)) return -(2n ** 63n);
  return doubleToInt(t);
}

/** C's rint: the nearest integer, ties to even. */
export function rint(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x); // ties toward +Infinity
  const tie = r - x === 0.5;
  const even = tie && r % 2 !== 0 ? r - 1 : r;
  return even === 0 && (x < 0 || Object.is(x, -0)) ? -0 : even;
}
def(
  "Double#",
  "rintDouble#",
  1,
  "nearest integer, ties to even (C's rint)",
  (a) => rint(d(a, "rintDouble#")),
);
def(
  "Float#",
  "rintFloat#",
  1,
  "nearest integer, ties to even (C's rintf)",
  (a) => rint(d(a, "rintFloat#")),
);

// GHC's own decoding primops (-O1 code inlines them): unboxed-tuple results.
def(
  "Double#",
  "decodeDouble_Int64#",
  1,
  "(# m, e #) of GHC's decodeFloat, as decodeDoubleMantissa#/decodeDoubleExponent#",
  (a, _b, _c, ctx) => ctx.mkTuple(decodeTo(d(a, "decodeDouble_Int64#"), F64)),
);
def(
  "Float#",
  "decodeFloat_Int#",
  1,
  "(# m, e #) of GHC's decodeFloat, as decodeFloatMantissa#/decodeFloatExponent#",
  (a, _b, _c, ctx) => ctx.mkTuple(decodeTo(d(a, "decodeFloat_Int#"), F32)),
);
def(
  "Double#",
  "decodeDouble_2Int#",
  1,
  "(# sign, high 32 bits, low 32 bits, e #) of the mantissa (sign 1 or -1, Word# halves)",
  (a, _b, _c, ctx) => {
    const [m, e] = decodeTo(d(a, "decodeDouble_2Int#"), F64);
    const mag = Math.abs(m);
    const hi = Math.floor(mag / 2 ** 32);
    return ctx.mkTuple([m < 0 ? -1 : 1, hi, mag - hi * 2 ** 32, e]);
  },
);
