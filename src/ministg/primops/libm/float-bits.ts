// Single-precision bit access and C hexadecimal float constants, for the
// ports of glibc's float code.

const f32 = new DataView(new ArrayBuffer(4));
/** The IEEE single-precision bits of x (a float value), as a uint32. */
export function bitsOf(x: number): number {
  f32.setFloat32(0, x);
  return f32.getUint32(0);
}
export function fromBits(b: number): number {
  f32.setUint32(0, b >>> 0);
  return f32.getFloat32(0);
}
/** The C literal 0x1.<frac>p<e> (or 0x0p0 when frac is null), exactly. */
export function hexFloat(frac: string, e: number): number {
  return (1 + parseInt(frac, 16) / 16 ** frac.length) * 2 ** e;
}

// Double-precision words without bigints (BigUint64 access allocates).
const f64 = new DataView(new ArrayBuffer(8));
/** The high 32 bits of the double x, as a uint32; lowWord() then gives the low 32. */
export function highWord(x: number): number {
  f64.setFloat64(0, x);
  return f64.getUint32(0);
}
/** The low 32 bits of the double last given to highWord. */
export function lowWord(): number {
  return f64.getUint32(4);
}
/** The double whose high and low 32-bit words are hi and lo. */
export function fromWords(hi: number, lo: number): number {
  f64.setUint32(0, hi >>> 0);
  f64.setUint32(4, lo >>> 0);
  return f64.getFloat64(0);
}

// 2^k for k = -1074..1023 (16 KB, doubling is exact).
const POW2 = new Float64Array(2098);
POW2[0] = 2 ** -1074;
for (let i = 1; i < POW2.length; i++) POW2[i] = POW2[i - 1]! * 2;
/** 2^k for an integer k, exactly (2 ** k is a slow general pow in V8). */
export function pow2(k: number): number {
  return k >= -1074 && k <= 1023 ? POW2[k + 1074]! : 2 ** k;
}

/**
 * x with its sign bit flipped (on = 1) or cleared (on = 0), NaN included:
 * JS's `-x` and Math.abs leave a NaN's sign to the engine, but GHC's
 * negateDouble# and fabsDouble# are the sign-bit operations decodeFloat sees.
 */
export function withSignBit(x: number, flip: boolean): number {
  const hi = highWord(x);
  return fromWords(flip ? hi ^ 0x80000000 : hi & 0x7fffffff, lowWord());
}

/**
 * decodeFloat's mantissa of a NaN x in a format of `digits` bits (53 or
 * 24): its payload under the hidden bit, with its sign (exact: below 2^53).
 */
export function nanMantissa(x: number, digits: number): number {
  const hi = highWord(x);
  const frac =
    digits === 53
      ? (hi & 0xfffff) * 4294967296 + lowWord()
      : bitsOf(x) & 0x7fffff;
  const m = frac + 2 ** (digits - 1);
  return hi >>> 31 === 1 ? -m : m;
}
