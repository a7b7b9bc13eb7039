// Fixed-point arithmetic on bigints (value = v * 2^-P) and the elementary
// functions evaluated to about P bits, for rounding once to a double or a
// float. Range reduction uses small tables (built once at load), so each
// series needs only about ten terms.

import { bitLength, decompose } from "./round.js";

import { lazy } from "./lazy.js";

export const P = 150; // fraction bits of the working precision
const PB = BigInt(P);
export const ONE = 1n << PB;
const G = 40n; // guard bits for the constants

export const mul = (a: bigint, b: bigint): bigint => (a * b) >> PB;

/** c[0] + t (c[1] + t (c[2] + ...)) in fixed point. */
function horner(c: readonly bigint[], t: bigint): bigint {
  let s = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) s = c[i] + ((s * t) >> PB);
  return s;
}
/** The fixed-point numbers f(0), ..., f(n - 1). */
function coefficients(n: number, f: (k: bigint) => bigint): bigint[] {
  return Array.from({ length: n }, (_, k) => f(BigInt(k)));
}
const factorial = (n: bigint): bigint => (n <= 1n ? 1n : n * factorial(n - 1n));
// Series coefficients, with enough terms for the reduced ranges below
// (each leaves a remainder under 2^-155).
const EXP_C = coefficients(14, (k) => ONE / factorial(k)); // |r| <= 2^-9.5
const SIN_C = coefficients(
  9,
  (k) => (k % 2n ? -ONE : ONE) / factorial(2n * k + 1n),
); // |d| <= 2^-7
const COS_C = coefficients(9, (k) => (k % 2n ? -ONE : ONE) / factorial(2n * k));
const ATAN_C = coefficients(12, (k) => (k % 2n ? -ONE : ONE) / (2n * k + 1n)); // |u| <= 2^-7
const ATANH_C = coefficients(10, (k) => ONE / (2n * k + 1n)); // |z| <= 2^-8

/** a * 2^-bits truncated toward zero (so that series terms reach 0). */
const shr = (a: bigint, bits: bigint): bigint =>
  a >= 0n ? a >> bits : -(-a >> bits);
export const div = (a: bigint, b: bigint): bigint => (a << PB) / b;

/** A finite double in fixed point, truncated below 2^-P. */
export function toFixed(x: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  const s = e + P;
  const v = s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
  return x < 0 ? -v : v;
}

/** floor(sqrt(a)) in fixed point, a >= 0. */
export function sqrtFixed(a: bigint): bigint {
  const n = a << PB;
  if (n <= 0n) return 0n;
  // Start just above the root (Math.sqrt gives ~52 bits) and iterate
  // Newton's method down to floor(sqrt(n)).
  const approx = Math.sqrt(Number(n));
  let x = Number.isFinite(approx)
    ? BigInt(Math.ceil(approx * (1 + 2 ** -40))) + 1n
    : 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atanh(z) = z + z^3/3 + z^5/5 + ... at `bits` fraction bits. */
function atanhSeries(z: bigint, bits: bigint): bigint {
  const z2 = (z * z) >> bits;
  let pow = z;
  let sum = z;
  for (let k = 3n; pow !== 0n; k += 2n) {
    pow = shr(pow * z2, bits);
    sum += pow / k;
  }
  return sum;
}
/** atan(z) = z - z^3/3 + z^5/5 - ... at `bits` fraction bits. */
function atanSeries(z: bigint, bits: bigint): bigint {
  const z2 = (z * z) >> bits;
  let pow = z;
  let sum = z;
  for (let k = 3n; pow !== 0n; k += 4n) {
    pow = shr(pow * z2, bits);
    sum -= pow / k;
    pow = shr(pow * z2, bits);
    sum += pow / (k + 2n);
  }
  return sum;
}
/** exp(r) = sum r^n/n! at `bits` fraction bits (|r| small). */
function expSeries(r: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = shr(term * r, bits) / n;
    sum += term;
  }
  return sum;
}
/** [sin d, cos d] by their series at `bits` fraction bits (|d| small). */
function sinCosSeries(d: bigint, bits: bigint): [bigint, bigint] {
  const d2 = (d * d) >> bits;
  const one = 1n << bits;
  let s = d;
  let term = d;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -shr(term * d2, bits) / (n * (n + 1n));
    s += term;
  }
  let c = one;
  term = c;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -shr(term * d2, bits) / (n * (n + 1n));
    c += term;
  }
  return [s, c];
}

// Constants at P + G bits, then rounded to P bits.
const W = PB + G;
const LN2_W = 2n * atanhSeries((1n << W) / 3n, W); // log 2 = 2 atanh(1/3)
export const LN2 = LN2_W >> G;
// pi/4 = 4 atan(1/5) - atan(1/239) (Machin)
const PI_W =
  16n * atanSeries((1n << W) / 5n, W) - 4n * atanSeries((1n << W) / 239n, W);
export const PI = PI_W >> G;
export const HALF_PI = PI >> 1n;

/** 2/pi with enough bits to reduce any double exactly (Payne–Hanek). */
const TWO_OVER_PI_BITS = 1200n + PB + 80n;
const TWO_OVER_PI = lazy(() => {
  const w = TWO_OVER_PI_BITS + 64n;
  const pi =
    16n * atanSeries((1n << w) / 5n, w) - 4n * atanSeries((1n << w) / 239n, w);
  return (2n << (w + TWO_OVER_PI_BITS)) / pi;
});

const SLICE_FRACTION = PB + 160n;
const SLICE_FRACTION_N = Number(SLICE_FRACTION);

// exp: 2^(j/256) for j = 0..255
const EXP2_T = lazy(() => {
  const t: bigint[] = [];
  for (let j = 0n; j < 256n; j++) t.push(expSeries((j * LN2_W) / 256n, W) >> G);
  return t;
});
const LN2_256 = LN2_W / 256n; // at W bits

/** e^x for x in fixed point: [v, k] with e^x ≈ v * 2^-P * 2^k. */
export function expFixed(x: bigint): [bigint, number] {
  const xw = x << G;
  let kk = (xw + LN2_256 / 2n) / LN2_256;
  if (xw + LN2_256 / 2n < 0n && kk * LN2_256 !== xw + LN2_256 / 2n) kk -= 1n; // floor
  const r = (xw - kk * LN2_256) >> G; // |r| <= ln2/512
  const j = Number(((kk % 256n) + 256n) % 256n);
  const k = Number((kk - BigInt(j)) / 256n);
  return [mul(EXP2_T()[j]!, horner(EXP_C, r)), k];
}

// log: log(j/128) for j = 64..256
const LOG_T = lazy(() => {
  const t: bigint[] = [];
  for (let j = 0n; j <= 256n; j++)
    t.push(
      j < 64n ? 0n : (2n * atanhSeries(((j - 128n) << W) / (j + 128n), W)) >> G,
    );
  return t;
});

/** log x for a finite double x > 0, in fixed point. */
export function logFixed(x: number): bigint {
  const [m, e] = decompose(x);
  const len = bitLength(m);
  let ex = BigInt(e + len - 1);
  let f = m << BigInt(P - len + 1); // in [1, 2)
  if (f >= 181n << (PB - 7n)) {
    f >>= 1n; // now in [0.707, 1)
    ex += 1n;
  }
  const j = (f + (1n << (PB - 8n))) >> (PB - 7n); // nearest j/128
  const c = j << (PB - 7n);
  const z = div(f - c, f + c); // |z| <= 2^-8
  return (
    ex * LN2 + LOG_T()[Number(j)]! + 2n * mul(z, horner(ATANH_C, mul(z, z)))
  );
}

// sin, cos: sin(j/64), cos(j/64) for j = 0..51
const SIN_COS_T = lazy(() => {
  const sin: bigint[] = [];
  const cos: bigint[] = [];
  for (let j = 0n; j <= 51n; j++) {
    const [s, c] = sinCosSeries((j << W) / 64n, W);
    sin.push(s >> G);
    cos.push(c >> G);
  }
  return [sin, cos] as const;
});

/** [sin r, cos r] for |r| <= pi/4 + a little, in fixed point. */
export function sinCosSmall(r: bigint): [bigint, bigint] {
  const neg = r < 0n;
  const a = neg ? -r : r;
  const j = (a + (1n << (PB - 7n))) >> (PB - 6n); // nearest j/64
  const d = a - (j << (PB - 6n)); // |d| <= 2^-7
  const d2 = mul(d, d);
  const sd = mul(d, horner(SIN_C, d2));
  const cd = horner(COS_C, d2);
  const i = Number(j);
  const [sinT, cosT] = SIN_COS_T();
  const s = mul(sinT[i]!, cd) + mul(cosT[i]!, sd);
  const c = mul(cosT[i]!, cd) - mul(sinT[i]!, sd);
  return [neg ? -s : s, c];
}

/** [sin x, cos x] in fixed point for a finite double x (exact reduction). */
export function sinCosFixed(x: number): [bigint, bigint] {
  if (x === 0) return [0n, ONE];
  const [m, e] = decompose(x);
  // y = |x| * 2/pi modulo 4 with SLICE_FRACTION fraction bits: with
  // |x| = m 2^e, bits of 2/pi worth 2^(2-e) and above only add multiples of
  // 4, and those below 2^(-e-SLICE_FRACTION) add less than 2^-250.
  const F = Number(TWO_OVER_PI_BITS);
  const lo = F - e - SLICE_FRACTION_N;
  const width = Math.min(F - e + 2, F + 2) - lo;
  const slice = (TWO_OVER_PI() >> BigInt(lo)) & ((1n << BigInt(width)) - 1n);
  const y = (m * slice) % (4n << SLICE_FRACTION);
  const q = (y + (1n << (SLICE_FRACTION - 1n))) >> SLICE_FRACTION; // nearest integer
  const f = (y - (q << SLICE_FRACTION)) >> (SLICE_FRACTION - PB - 20n); // P + 20 bits
  const r = (f * HALF_PI) >> (PB + 20n);
  let [s, c] = sinCosSmall(r);
  switch (Number(q % 4n)) {
    case 1:
      [s, c] = [c, -s];
      break;
    case 2:
      [s, c] = [-s, -c];
      break;
    case 3:
      [s, c] = [-c, s];
      break;
  }
  return x < 0 ? [-s, c] : [s, c];
}

// atan: atan(j/64) for j = 0..64
const ATAN_T = lazy(() => {
  const table: bigint[] = [];
  for (let j = 0n; j <= 64n; j++) {
    // atan t = 2 atan(t / (1 + sqrt(1 + t^2))), twice, then the series
    let u = (j << W) / 64n;
    for (let i = 0; i < 2; i++) {
      const n = ((1n << W) + ((u * u) >> W)) << W;
      let s = 2n << W; // Newton's iteration from above
      for (;;) {
        const t = (s + n / s) >> 1n;
        if (t >= s) break;
        s = t;
      }
      u = (u << W) / ((1n << W) + s);
    }
    table.push((4n * atanSeries(u, W)) >> G);
  }
  return table;
});

/** atan t for a fixed-point t >= 0. */
export function atanFixed(t: bigint): bigint {
  if (t > ONE) return HALF_PI - atanFixed(div(ONE, t));
  return atanUnit(t);
}
/** atan(num / den) for 0 <= num, 0 < den (fixed point or any common scale). */
export function atanRatio(num: bigint, den: bigint): bigint {
  return num > den
    ? HALF_PI - atanUnit((den << PB) / num)
    : atanUnit((num << PB) / den);
}
/** atan t for a fixed-point 0 <= t <= 1. */
function atanUnit(t: bigint): bigint {
  const j = (t + (1n << (PB - 7n))) >> (PB - 6n); // nearest j/64
  const c = j << (PB - 6n);
  const u = div(t - c, ONE + mul(t, c));
  return ATAN_T()[Number(j)]! + mul(u, horner(ATAN_C, mul(u, u))); // |u| <= 2^-7
}
