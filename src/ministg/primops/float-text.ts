// Double and Float as text, exactly as GHC 9.0.2's GHC.Float and GHC.Read:
// floatToDigits (Burger and Dybvig's free-format algorithm with GHC's
// strict boundary tests and ties), formatRealFloatAlt (show, showEFloat,
// showFFloat, showGFloat and their Alt forms) and the correctly rounded
// conversion of a decimal m * 10^e to a Double or Float (GHC's fromRational).

import { makeAddr, type Value } from "../machine/values.js";
import {
  PrimError,
  b2i,
  bytesOf,
  int,
  integer,
  num,
  groupTable,
  type PrimOpTable,
} from "./table.js";

import { shortestDigits } from "./float-digits-fast.js";
import { nanMantissa } from "./libm/float-bits.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const floatTextPrimOps: PrimOpTable = ops;

/** An IEEE binary format: significand bits (with the hidden bit) and the least exponent of f * 2^e. */
export interface BinaryFormat {
  readonly digits: number;
  readonly minExp: number;
  /** Largest e with (2^digits - 1) * 2^e finite. */
  readonly maxExp: number;
}
export const DOUBLE: BinaryFormat = {
  digits: 53,
  minExp: -1074,
  maxExp: 971,
};
export const FLOAT: BinaryFormat = { digits: 24, minExp: -149, maxExp: 104 };

/** x = f * 2^e for finite x > 0 (f < 2^digits, normalised unless e = minExp): GHC's decodeFloat after floatToDigits' denormal adjustment. */
function decode(x: number, fmt: BinaryFormat): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  let f = biased === 0 ? frac : frac | (1n << 52n);
  let e = biased === 0 ? -1074 : biased - 1075;
  while (f > 0n && (f & 1n) === 0n) {
    f >>= 1n;
    e += 1;
  }
  const top = 1n << BigInt(fmt.digits - 1);
  while (f < top && e > fmt.minExp) {
    f <<= 1n;
    e -= 1;
  }
  return [f, e];
}

/**
 * GHC's floatToDigits base x for x >= 0 (finite): digits d1..dn and exponent k
 * with x = 0.d1..dn * base^k, the shortest that read back as x.
 */
export function floatToDigits(
  x: number,
  fmt: BinaryFormat = DOUBLE,
  base = 10,
): [number[], number] {
  if (x === 0) return [[0], 0];
  if (!Number.isFinite(x)) return nonFiniteDigits(x, fmt, base);
  if (base === 10 && fmt === DOUBLE) {
    const fast = shortestDigits(x); // V8's digits when they are GHC's
    if (fast !== null) return fast;
  }
  return floatToDigitsExact(x, fmt, base);
}

/**
 * floatToDigits of Infinity or NaN, which GHC does not reject: it runs the
 * algorithm on decodeFloat's (f, e) for them, (2^(p-1), maxExp+1) for
 * Infinity and (±(2^(p-1) + payload), maxExp+1) for NaN (its sign bit;
 * x86's default NaN, which arithmetic makes, is negative with payload
 * 2^(p-2)), so Infinity gives the digits of 2^1024 (Double), a negative NaN
 * a single negative digit and a positive one (abs) the digits of 1.5*2^1024. The negative mantissas only work out in
 * base 10, where GHC's first exponent estimate is (p-1+e)*8651 `quot` 28738
 * (+1) and needs no fixing up; other bases fail in GHC ("Negative exponent")
 * and are refused here.
 */
function nonFiniteDigits(
  x: number,
  fmt: BinaryFormat,
  base: number,
): [number[], number] {
  const p = fmt.digits;
  const e = fmt.maxExp + 1;
  const top = 1n << BigInt(p - 1);
  const nan = Number.isNaN(x);
  const f = nan ? BigInt(nanMantissa(x, p)) : x > 0 ? top : -top;
  if (nan && f > 0n) {
    // A NaN with its sign bit clear (abs, negate): a positive f that is no
    // power of two, so r, s, m+, m- as for a normal number above 2^(p-1).
    const be = 1n << BigInt(e);
    return generateDigits(
      f * be * 2n,
      2n,
      be,
      be,
      base,
      ((p - 1 + e) * Math.log10(2)) / Math.log10(base) - 2,
    );
  }
  if (x > 0) {
    // f = 2^(p-1) is the hidden-bit case: r, s, m+, m- as for a normal number.
    const be = 1n << BigInt(e);
    return generateDigits(
      top * be * 4n,
      4n,
      be * 2n,
      be,
      base,
      ((p - 1 + e) * Math.log10(2)) / Math.log10(base) - 2,
    );
  }
  if (base !== 10)
    throw new PrimError(
      `floatToDigits ${base} of ${Number.isNaN(x) ? "NaN" : "-Infinity"}: GHC fails on it ("Negative exponent"); not supported`,
    );
  const be = 1n << BigInt(e);
  const lx = p - 1 + e;
  const k0 = Math.trunc((lx * 8651) / 28738) + (lx >= 0 ? 1 : 0);
  return generateDigits(f * be * 2n, 2n, be, be, base, k0);
}

/**
 * GHC's digit generation from r/s with the margins m+ and m-, after fixing
 * the exponent estimate k0 up to the least k with (r + m+) / s <= base^k.
 */
function generateDigits(
  r0: bigint,
  s0: bigint,
  mUp0: bigint,
  mDn0: bigint,
  base: number,
  k0: number,
): [number[], number] {
  const B = BigInt(base);
  let [r, s, mUp, mDn] = [r0, s0, mUp0, mDn0];
  let k = Math.floor(k0);
  const fits = (n: number) =>
    n >= 0 ? r + mUp <= B ** BigInt(n) * s : B ** BigInt(-n) * (r + mUp) <= s;
  while (!fits(k)) k++;
  if (k >= 0) s = s * B ** BigInt(k);
  else {
    const bk = B ** BigInt(-k);
    r *= bk;
    mUp *= bk;
    mDn *= bk;
  }
  const ds: number[] = [];
  for (;;) {
    const rb = r * B;
    const dn = Number(rb / s);
    r = rb % s;
    mUp *= B;
    mDn *= B;
    const low = r < mDn;
    const high = r + mUp > s;
    if (low && !high) ds.push(dn);
    else if (high && !low) ds.push(dn + 1);
    else if (low && high) ds.push(r * 2n < s ? dn : dn + 1);
    else {
      ds.push(dn);
      continue;
    }
    return [ds, k];
  }
}

/** floatToDigits by GHC's algorithm on bigints. */
export function floatToDigitsExact(
  x: number,
  fmt: BinaryFormat = DOUBLE,
  base = 10,
): [number[], number] {
  if (x === 0) return [[0], 0];
  const [f, e] = decode(x, fmt);
  const p = fmt.digits;
  const hidden = f === 1n << BigInt(p - 1);
  let r: bigint, s: bigint, mUp: bigint, mDn: bigint;
  if (e >= 0) {
    const be = 1n << BigInt(e);
    if (hidden) [r, s, mUp, mDn] = [f * be * 4n, 4n, be * 2n, be];
    else [r, s, mUp, mDn] = [f * be * 2n, 2n, be, be];
  } else if (e > fmt.minExp && hidden) {
    [r, s, mUp, mDn] = [f * 4n, (1n << BigInt(-e + 1)) * 2n, 2n, 1n];
  } else {
    [r, s, mUp, mDn] = [f * 2n, (1n << BigInt(-e)) * 2n, 1n, 1n];
  }
  // k: GHC estimates low, then fixes up.
  const k0 = Math.floor(Math.log(x) / Math.log(base)) - 2;
  return generateDigits(r, s, mUp, mDn, base, k0);
}

/** GHC.Float.roundTo base d is: is rounded to d digits (half to even), with a carry digit. */
export function roundTo(
  base: number,
  d: number,
  is: number[],
): [number, number[]] {
  const b2 = Math.floor(base / 2);
  const f = (n: number, even: boolean, at: number): [number, number[]] => {
    if (at >= is.length) return [0, new Array<number>(n).fill(0)];
    const x = is[at]!;
    if (n === 0) {
      if (x === b2 && even && is.slice(at + 1).every((y) => y === 0))
        return [0, []];
      return [x >= b2 ? 1 : 0, []];
    }
    const [c, rest] = f(n - 1, x % 2 === 0, at + 1);
    const i = c + x;
    return i === base ? [1, [0, ...rest]] : [0, [i, ...rest]];
  };
  const [c, ds] = f(d, true, 0);
  return c === 0 ? [0, ds] : [1, [1, ...ds]];
}

/** GHC's FFFormat. */
export type FloatFormat = "exponent" | "fixed" | "generic";

/**
 * GHC.Float.formatRealFloatAlt fmt decs alt x (decs < 0 = Nothing), with the
 * digits of x in the given binary format.
 */
export function formatRealFloat(
  x: number,
  fmt: FloatFormat,
  decs: number | null,
  alt: boolean,
  bin: BinaryFormat = DOUBLE,
): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x < 0 || Object.is(x, -0))
    return "-" + doFmt(fmt, floatToDigits(-x, bin), decs, alt);
  return doFmt(fmt, floatToDigits(x, bin), decs, alt);
}

const DIGIT_CHARS = "0123456789abcdef";

function doFmt(
  fmt: FloatFormat,
  [is, e]: [number[], number],
  decs: number | null,
  alt: boolean,
): string {
  const digit = (n: number) => DIGIT_CHARS[n]!;
  if (fmt === "generic") fmt = e < 0 || e > 7 ? "exponent" : "fixed";
  let ds = "";
  for (let i = 0; i < is.length; i++) ds += DIGIT_CHARS[is[i]!]!;
  const isZero = is.length === 1 && is[0] === 0;
  switch (fmt) {
    case "exponent": {
      if (decs === null) {
        if (ds === "0") return "0.0e0";
        if (ds.length === 1) return ds + ".0e" + (e - 1);
        return ds[0] + "." + ds.slice(1) + "e" + (e - 1);
      }
      if (decs <= 0) {
        if (isZero) return "0e0";
        const [ei, is2] = roundTo(10, 1, is);
        const n = digit((ei > 0 ? is2.slice(0, -1) : is2)[0]!);
        return n + "e" + (e - 1 + ei);
      }
      const dec = Math.max(decs, 1);
      if (isZero) return "0." + "0".repeat(dec) + "e0";
      const [ei, is2] = roundTo(10, dec + 1, is);
      const out = (ei > 0 ? is2.slice(0, -1) : is2).map(digit).join("");
      return out[0] + "." + out.slice(1) + "e" + (e - 1 + ei);
    }
    case "fixed": {
      const mk0 = (ls: string) => (ls === "" ? "0" : ls);
      if (decs === null) {
        if (e <= 0) return "0." + "0".repeat(-e) + ds;
        const padded = ds.padEnd(e, "0");
        return mk0(padded.slice(0, e)) + "." + mk0(padded.slice(e));
      }
      const dec = Math.max(decs, 0);
      if (e >= 0) {
        const [ei, is2] = roundTo(10, dec + e, is);
        const all = is2.map(digit).join("");
        const ls = all.slice(0, e + ei);
        const rs = all.slice(e + ei);
        return mk0(ls) + (rs === "" && !alt ? "" : "." + rs);
      }
      const [ei, is2] = roundTo(10, dec, [
        ...new Array<number>(-e).fill(0),
        ...is,
      ]);
      const all = (ei > 0 ? is2 : [0, ...is2]).map(digit).join("");
      const rest = all.slice(1);
      return all[0] + (rest === "" && !alt ? "" : "." + rest);
    }
    default: {
      const never: never = fmt;
      return never;
    }
  }
}

/** Numeric.showHFloat: 0x1.8p1 from floatToDigits 2, hex digits in blocks of 4 bits. */
export function showHFloat(x: number, bin: BinaryFormat = DOUBLE): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x < 0 || Object.is(x, -0)) return "-" + showHFloat(-x, bin);
  if (x === 0) return "0x0p+0";
  const [[d, ...ds], e] = floatToDigits(x, bin, 2);
  let frac = "";
  if (ds.some((b) => b !== 0)) {
    for (let i = 0; i < ds.length; i += 4) {
      const [a = 0, b = 0, c = 0, dd = 0] = ds.slice(i, i + 4);
      frac += (8 * a + 4 * b + 2 * c + dd).toString(16);
    }
    frac = "." + frac;
  }
  return `0x${d}${frac}p${e - 1}`;
}

/** GHC's `show` for Double (without the parentheses showsPrec adds). */
export function showDouble(x: number): string {
  return formatRealFloat(x, "generic", null, false, DOUBLE);
}

/** GHC's showFFloat (Just prec) x "" (Nothing when prec < 0). */
export function showFFloat(x: number, prec: number): string {
  return formatRealFloat(x, "fixed", prec < 0 ? null : prec, false, DOUBLE);
}

/**
 * The binary floating-point number nearest to m * 10^e (ties to even), as
 * GHC's fromRational rounds: Infinity above the largest finite value.
 */
export function decimalToBinary(
  m: bigint,
  e: bigint,
  bin: BinaryFormat = DOUBLE,
): number {
  const neg = m < 0n;
  const mag = neg ? -m : m;
  const sign = (v: number) => (neg ? -v : v);
  if (mag === 0n) return sign(0);
  const digits = mag.toString().length;
  // Far out of range: no need for the exact rational (GHC's
  // numberToRangedRational gives Infinity / 0 for these too).
  if (e + BigInt(digits) > 400n) return sign(Infinity);
  if (e + BigInt(digits) < -400n) return sign(0);
  const ex = Number(e);
  let num = ex >= 0 ? mag * 10n ** BigInt(ex) : mag;
  let den = ex >= 0 ? 1n : 10n ** BigInt(-ex);
  // Find q with 2^(p-1) <= num / den * 2^-q < 2^p, clamped at minExp.
  const p = bin.digits;
  let q = bitLength(num) - bitLength(den) - p;
  const scaled = (qq: number): [bigint, bigint] =>
    qq >= 0 ? [num, den << BigInt(qq)] : [num << BigInt(-qq), den];
  for (;;) {
    const [a, b] = scaled(q);
    if (a < b << BigInt(p - 1)) q--;
    else if (a >= b << BigInt(p)) q++;
    else break;
  }
  if (q < bin.minExp) q = bin.minExp;
  const [a, b] = scaled(q);
  let f = a / b;
  const rem = a - f * b;
  if (rem * 2n > b || (rem * 2n === b && (f & 1n) === 1n)) f += 1n;
  if (f === 1n << BigInt(p)) {
    f >>= 1n;
    q += 1;
  }
  if (q > bin.maxExp) return sign(Infinity);
  return sign(Number(f) * 2 ** q);
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

// ------------------------------------------------------------ primops

const G = "Double and Float text";
const modes: readonly FloatFormat[] = ["exponent", "fixed", "generic"];
/** A format code: 0..2 exponent/fixed/generic, 3..5 the same with alt, 6 hexadecimal (showHFloat). */
function mode(v: number | bigint, op: string): [FloatFormat | "hex", boolean] {
  const n = Number(v);
  if (n === 6) return ["hex", false];
  const m = modes[n % 3];
  if (m === undefined || n < 0 || n > 5)
    throw new PrimError(`${op}: bad format ${n}`);
  return [m, n >= 3];
}
const text = (s: string) => makeAddr(bytesOf(s), 0);

for (const [suffix, bin] of [
  ["Double", DOUBLE],
  ["Float", FLOAT],
] as const) {
  // A Float# payload is already single precision; rounding again is harmless
  // and keeps the digit search exact whatever produced the number.
  const arg = (v: Value, op: string) =>
    bin === FLOAT ? Math.fround(num(v, op)) : num(v, op);
  const fmtName = `format${suffix}#`;
  def(
    G,
    fmtName,
    3,
    `GHC's formatRealFloatAlt of a ${suffix}# as an Addr# string: format 0 exponent, 1 fixed, 2 generic, +3 for the Alt form, 6 showHFloat; precision < 0 = Nothing`,
    (f, prec, x) => {
      const [m, alt] = mode(int(f, fmtName), fmtName);
      const d = Number(int(prec, fmtName));
      const v = arg(x, fmtName);
      if (m === "hex") return text(showHFloat(v, bin));
      return text(formatRealFloat(v, m, d < 0 ? null : d, alt, bin));
    },
  );
  const digitsName = `digits${suffix}#`;
  def(
    G,
    digitsName,
    2,
    `the digits of GHC's floatToDigits base x (x >= 0) as an Addr# string of characters '0'+d`,
    (b, x) => {
      const [ds] = floatToDigits(
        arg(x, digitsName),
        bin,
        Number(int(b, digitsName)),
      );
      return text(ds.map((d) => String.fromCharCode(48 + d)).join(""));
    },
  );
  const expName = `exponent${suffix}#`;
  def(
    G,
    expName,
    2,
    `the exponent of GHC's floatToDigits base x (x >= 0)`,
    (b, x) => floatToDigits(arg(x, expName), bin, Number(int(b, expName)))[1],
  );
  const decName = `decimalTo${suffix}#`;
  def(
    G,
    decName,
    2,
    `the ${suffix}# nearest to m * 10^e (Integer payloads m, e; ties to even; Infinity when too large)`,
    (m, e) => decimalToBinary(integer(m, decName), integer(e, decName), bin),
  );
  const negName = `isNegativeZero${suffix}#`;
  def(G, negName, 1, "1 for -0.0, else 0", (x) =>
    b2i(Object.is(num(x, negName), -0)),
  );
}

def(
  G,
  "showDouble#",
  1,
  "GHC's `show` text of a Double# as an Addr# string",
  (a) => text(showDouble(num(a, "showDouble#"))),
);
def(
  G,
  "showFFloat#",
  2,
  "GHC's `showFFloat (Just prec)` (`Nothing` when prec < 0) of a Double# as an Addr# string",
  (a, b) =>
    text(showFFloat(num(a, "showFFloat#"), Number(int(b, "showFFloat#")))),
);
