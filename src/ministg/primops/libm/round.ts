// Exact decomposition of doubles and round-once conversion of exact or
// high-precision binary values to double or single precision.

/** A binary floating-point format: significand bits and exponent range. */
export interface Format {
  digits: number; // significand bits, hidden bit included
  emin: number; // exponent of the smallest normal number
  emax: number; // exponent of the largest finite number
}
export const DOUBLE: Format = { digits: 53, emin: -1022, emax: 1023 };
export const FLOAT: Format = { digits: 24, emin: -126, emax: 127 };

const view = new DataView(new ArrayBuffer(8));

/** A finite nonzero x as [m, e] with |x| = m * 2^e, m a positive integer. */
export function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = BigInt(hi & 0xfffff) * 0x100000000n + BigInt(lo);
  return biased === 0
    ? [frac, -1074]
    : [frac + 0x10000000000000n, biased - 1075];
}

/** The number of bits of a positive bigint. */
export function bitLength(a: bigint): number {
  const s = a.toString(16);
  return (s.length - 1) * 4 + 32 - Math.clz32(parseInt(s[0], 16));
}

/** q * 2^k for an integer q that fits, without intermediate rounding. */
function scale(q: number, k: number): number {
  if (k > 900) return q * 2 ** 900 * 2 ** (k - 900);
  if (k < -900) return q * 2 ** (k + 600) * 2 ** -600;
  return q * 2 ** k;
}

/**
 * v * 2^e rounded to nearest (ties to even) in the format; `sticky` says
 * the true value lies strictly above |v| * 2^e (bits below v were dropped).
 */
export function roundScaled(
  v: bigint,
  e: number,
  fmt: Format,
  sticky = false,
): number {
  if (v === 0n) return 0;
  if (!sticky && fmt.digits === 53) {
    // Number() rounds a bigint to nearest, ties to even; scaling a normal
    // result by a power of 2 is exact.
    const r = scale(Number(v), e);
    if (Math.abs(r) >= 2 ** -1022) return r;
  }
  const neg = v < 0n;
  let a = neg ? -v : v;
  if (sticky) {
    a = (a << 1n) | 1n;
    e -= 1;
  }
  const len = bitLength(a);
  const top = len - 1 + e; // exponent of the leading bit
  if (top > fmt.emax) return neg ? -Infinity : Infinity;
  const keep = top >= fmt.emin ? fmt.digits : fmt.digits - (fmt.emin - top);
  let r: number;
  if (keep < 0) r = 0;
  else {
    const drop = len - keep;
    if (drop <= 0) r = scale(Number(a), e);
    else {
      const d = BigInt(drop);
      let q = a >> d;
      const rem = a - (q << d);
      const half = 1n << (d - 1n);
      if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
      r = scale(Number(q), e + drop);
    }
  }
  if (fmt.digits === 24) r = Math.fround(r); // 2^128 becomes Infinity
  return neg ? -r : r;
}

/** num / den (den > 0) rounded once to the format. */
export function roundRatio(num: bigint, den: bigint, fmt: Format): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  const n = neg ? -num : num;
  const s = fmt.digits + 3 + bitLength(den) - bitLength(n);
  const q = s >= 0 ? (n << BigInt(s)) / den : n / (den << BigInt(-s));
  const exact =
    s >= 0 ? q * den === n << BigInt(s) : q * (den << BigInt(-s)) === n;
  return roundScaled(neg ? -q : q, -s, fmt, !exact);
}
