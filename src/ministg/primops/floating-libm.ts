// Correctly rounded exp, log, sin, cos, tan, atan, asin, acos and pow for
// the Double#/Float# primops. GHC calls the C library (glibc), whose
// versions are correctly rounded or within about 0.51 ulp, while
// JavaScript's Math functions are off by one ulp on a few percent of
// arguments. Here each function is evaluated in 320-bit fixed point on
// bigints and the exact result rounded once (to nearest, ties to even).

import { F64, rationalTo, type Format } from "./floating.js";

const P = 320n; // fraction bits of the working precision
const ONE = 1n << P;
const PB = 1500n; // fraction bits for reducing huge trig arguments

/** x (finite) as an exact fraction m / 2^k with k >= 0. */
function exact(x: number): [bigint, bigint] {
  if (Number.isInteger(x)) return [BigInt(x), 0n];
  let m = x;
  let k = 0n;
  while (!Number.isInteger(m)) {
    m *= 2; // exact: a double has at most 1074 fraction bits
    k += 1n;
  }
  return [BigInt(m), k];
}

/** x in fixed point with `bits` fraction bits (truncated below 2^-bits). */
function fixed(x: number, bits: bigint): bigint {
  const [m, k] = exact(x);
  return k <= bits ? m << (bits - k) : m >> (k - bits);
}

const mul = (a: bigint, b: bigint): bigint => (a * b) / ONE; // truncating, so series of either sign reach 0
const div = (a: bigint, b: bigint): bigint => (a << P) / b;

function isqrt(n: bigint): bigint {
  if (n <= 0n) return 0n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
const sqrtFx = (a: bigint): bigint => isqrt(a << P);

/** atan(1/n) * 2^bits for an integer n > 1 (Machin's series). */
function arccotScaled(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term /= n2;
    sum += (sign * term) / k;
  }
  return sum;
}
/** pi * 2^bits, with 64 guard bits. */
function piScaled(bits: bigint): bigint {
  const g = bits + 64n;
  return (16n * arccotScaled(5n, g) - 4n * arccotScaled(239n, g)) >> 64n;
}
const PI = piScaled(P);
const HALF_PI = PI >> 1n;
const HALF_PI_BIG = piScaled(PB) >> 1n;

/** log(2) * 2^P: 2 atanh(1/3) = 2 (1/3 + 1/(3*27) + ...). */
const LN2 = (() => {
  const g = P + 64n;
  let term = (1n << g) / 3n;
  let sum = term;
  for (let k = 3n; term !== 0n; k += 2n) {
    term /= 9n;
    sum += term / k;
  }
  return (2n * sum) >> 64n;
})();

function expFx(r: bigint): bigint {
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, r) / n;
    sum += term;
  }
  return sum;
}

/** sin and cos of |r| <= pi/4 in fixed point. */
function sinCosFx(r: bigint): [bigint, bigint] {
  const r2 = mul(r, r);
  let s = r;
  let term = r;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -mul(term, r2) / (n * (n + 1n));
    s += term;
  }
  let c = ONE;
  term = ONE;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -mul(term, r2) / (n * (n + 1n));
    c += term;
  }
  return [s, c];
}

/** atan of 0 <= t <= 1 (fixed point). */
function atanSmall(t: bigint): bigint {
  // Two halvings (atan t = 2 atan (t / (1 + sqrt(1 + t^2)))) bring t below 0.2.
  let u = t;
  for (let i = 0; i < 2; i++) u = div(u, ONE + sqrtFx(ONE + mul(u, u)));
  const u2 = mul(u, u);
  let sum = u;
  let pow = u;
  for (let k = 3n, sign = -1n; pow !== 0n; k += 2n, sign = -sign) {
    pow = mul(pow, u2);
    sum += (sign * pow) / k;
  }
  return sum << 2n;
}
/** atan of any t >= 0 (fixed point). */
function atanFx(t: bigint): bigint {
  return t <= ONE ? atanSmall(t) : HALF_PI - atanSmall(div(ONE, t));
}

/** Rounds v * 2^-P * 2^scale to the format. */
function round(v: bigint, fmt: Format, scale = 0n): number {
  if (scale >= 0n) return rationalTo(v << scale, ONE, fmt);
  return rationalTo(v, ONE << -scale, fmt);
}

const TINY = 2 ** -27;

export function crExp(x: number, fmt: Format = F64): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -60) return 1;
  const k = Math.round(x / Math.LN2);
  const r = fixed(x, P) - BigInt(k) * LN2;
  return round(expFx(r), fmt, BigInt(k));
}

const SQRT2 = isqrt(2n << (2n * P));

/** log x in fixed point for a finite x > 0. */
function logFx(x: number): bigint {
  const [m, k0] = exact(x);
  // x = m * 2^-k0 = f * 2^e with f in [1, 2), then in [sqrt(1/2), sqrt(2))
  const top = BigInt(m.toString(2).length) - 1n;
  let e = top - k0;
  const sh = P - top;
  let f = sh >= 0n ? m << sh : m >> -sh;
  if (f >= SQRT2) {
    f >>= 1n;
    e += 1n;
  }
  const z = div(f - ONE, f + ONE);
  const z2 = mul(z, z);
  let sum = z;
  let pow = z;
  for (let k = 3n; pow !== 0n; k += 2n) {
    pow = mul(pow, z2);
    sum += pow / k;
  }
  return e * LN2 + 2n * sum;
}

export function crLog(x: number, fmt: Format = F64): number {
  if (Number.isNaN(x) || x <= 0 || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  return round(logFx(x), fmt);
}

/** x reduced by multiples of pi/2: [quadrant, r] with |r| <= pi/4 (fixed point). */
function reduce(x: number): [number, bigint] {
  const xb = fixed(x, PB);
  const t = xb + (HALF_PI_BIG >> 1n);
  let k = t / HALF_PI_BIG;
  if (t < 0n && k * HALF_PI_BIG !== t) k -= 1n; // floor division
  const r = xb - k * HALF_PI_BIG;
  return [Number(((k % 4n) + 4n) % 4n), r >> (PB - P)];
}

function sinCos(x: number): [bigint, bigint] {
  const [quad, r] = reduce(x);
  const [s, c] = sinCosFx(r);
  switch (quad) {
    case 0:
      return [s, c];
    case 1:
      return [c, -s];
    case 2:
      return [-s, -c];
    default:
      return [-c, s];
  }
}

export function crSin(x: number, fmt: Format = F64): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  return round(sinCos(x)[0], fmt);
}

export function crCos(x: number, fmt: Format = F64): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  return round(sinCos(x)[1], fmt);
}

export function crTan(x: number, fmt: Format = F64): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [s, c] = sinCos(x);
  return rationalTo(s, c, fmt);
}

export function crAtan(x: number, fmt: Format = F64): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  if (!Number.isFinite(x)) return round(x > 0 ? HALF_PI : -HALF_PI, fmt);
  const a = atanFx(fixed(Math.abs(x), P));
  return round(x < 0 ? -a : a, fmt);
}

/** asin as a fixed-point value for |x| <= 1. */
function asinFx(x: number): bigint {
  const a = fixed(Math.abs(x), P);
  const w = sqrtFx(ONE - mul(a, a));
  const v = w === 0n ? HALF_PI : atanFx(div(a, w));
  return x < 0 ? -v : v;
}

export function crAsin(x: number, fmt: Format = F64): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return x;
  return round(asinFx(x), fmt);
}

export function crAcos(x: number, fmt: Format = F64): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  return round(HALF_PI - asinFx(x), fmt);
}

/** C's pow (C99 Annex F special cases), correctly rounded. */
export function crPow(x: number, y: number, fmt: Format = F64): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0)
    return Math.pow(x, y);
  const yInt = Number.isInteger(y);
  if (x < 0 && !yInt) return NaN;
  const negative = x < 0 && yInt && Math.abs(y % 2) === 1;
  let r: number;
  if (yInt && Math.abs(y) <= 64) {
    // exact power of the exact fraction, rounded once
    const [m, k] = exact(Math.abs(x));
    const n = BigInt(Math.abs(y));
    const num = m ** n;
    const den = 1n << (k * n);
    r = y > 0 ? rationalTo(num, den, fmt) : rationalTo(den, num, fmt);
  } else {
    const l = mul(logFx(Math.abs(x)), fixed(y, P));
    if (l > 710n * ONE) r = Infinity;
    else if (l < -1100n * ONE) r = 0;
    else {
      const k = (l + LN2 / 2n) / LN2 - (l < 0n ? 1n : 0n);
      r = round(expFx(l - k * LN2), fmt, k);
    }
  }
  return negative ? -r : r;
}

// Float atan: glibc 2.36's atanf is fdlibm's single-precision algorithm
// (not correctly rounded), so it is reproduced here operation by operation,
// each rounded to single precision: argument reduction around 0.5, 1, 1.5
// or infinity, then an odd polynomial of degree 23 in Sun's coefficients.
const fr = Math.fround;
const ATANF_HI = [
  0.46364760399, 0.78539812565, 0.98279368877, 1.5707962513,
].map(fr);
const ATANF_LO = [
  5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8,
].map(fr);
const ATANF_T = [
  0.33333334327, -0.20000000298, 0.14285714924, -0.11111110449, 0.090908870101,
  -0.076918758452, 0.066610731184, -0.058335702866, 0.049768779427,
  -0.036531571299, 0.016285819933,
].map(fr);

export function atanf(x0: number): number {
  const x = fr(x0);
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  const sign = x < 0 ? -1 : 1;
  if (ax >= 2 ** 25) return sign * fr(ATANF_HI[3]! + ATANF_LO[3]!);
  if (ax < 2 ** -29) return x;
  let id = -1;
  let t = x;
  if (ax >= 0.4375) {
    if (ax < 0.6875) {
      id = 0;
      t = fr(fr(fr(2 * ax) - 1) / fr(2 + ax));
    } else if (ax < 1.1875) {
      id = 1;
      t = fr(fr(ax - 1) / fr(ax + 1));
    } else if (ax < 2.4375) {
      id = 2;
      t = fr(fr(ax - 1.5) / fr(1 + fr(1.5 * ax)));
    } else {
      id = 3;
      t = fr(-1 / ax);
    }
  }
  const z = fr(t * t);
  const w = fr(z * z);
  const T = ATANF_T;
  // s1 = z (T0 + w (T2 + w (T4 + w (T6 + w (T8 + w T10))))), s2 likewise on odd T
  let s1 = fr(w * T[10]!);
  for (const k of [8, 6, 4, 2]) s1 = fr(w * fr(T[k]! + s1));
  s1 = fr(z * fr(T[0]! + s1));
  let s2 = fr(w * T[9]!);
  for (const k of [7, 5, 3]) s2 = fr(w * fr(T[k]! + s2));
  s2 = fr(w * fr(T[1]! + s2));
  const s = fr(s1 + s2);
  if (id < 0) return fr(t - fr(t * s));
  const r = fr(ATANF_HI[id]! - fr(fr(fr(t * s) - ATANF_LO[id]!) - t));
  return sign * r;
}
