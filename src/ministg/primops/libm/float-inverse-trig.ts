// Single precision: glibc 2.36's asinf (fdlibm's with Moshier's polynomial),
// acosf and atanf (fdlibm's), every float operation a Math.fround step.

import { bitsOf, fromBits } from "./float-bits.js";

const fr = Math.fround;
const sqrtf = (x: number): number => fr(Math.sqrt(x));
/** x with the low 12 bits of its float representation cleared. */
const chop = (x: number): number => fromBits(bitsOf(x) & 0xfffff000);

/** c0 + t(c1 + t(c2 + ...)) in float steps. */
function horner(t: number, c: number[]): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) r = fr(c[i] + fr(t * r));
  return r;
}

const ASIN_P = [
  1.666675248e-1, 7.495297643e-2, 4.547037598e-2, 2.417951451e-2, 4.21663088e-2,
].map(fr);
const PIO2_HI_A = 1.57079637050628662109375;
const PIO2_LO_A = fr(-4.37113900018624283e-8);
const PIO4_HI = 0.785398185253143310546875;

export function asinf(x: number): number {
  const hx = bitsOf(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return fr(fr(x * PIO2_HI_A) + fr(x * PIO2_LO_A));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix < 0x32000000) return x;
    const t = fr(x * x);
    const w = fr(t * horner(t, ASIN_P));
    return fr(x + fr(x * w));
  }
  const w0 = fr(1 - Math.abs(x));
  let t = fr(w0 * 0.5);
  let p = fr(t * horner(t, ASIN_P));
  const s = sqrtf(t);
  if (ix >= 0x3f79999a) {
    t = fr(PIO2_HI_A - fr(fr(2 * fr(s + fr(s * p))) - PIO2_LO_A));
  } else {
    const w = chop(s);
    const c = fr(fr(t - fr(w * w)) / fr(s + w));
    const r = p;
    p = fr(fr(fr(2 * s) * r) - fr(PIO2_LO_A - fr(2 * c)));
    const q = fr(PIO4_HI - fr(2 * w));
    t = fr(PIO4_HI - fr(p - q));
  }
  return hx > 0 ? t : -t;
}

const PI = fr(3.1415925026);
const PIO2_HI = fr(1.5707962513);
const PIO2_LO = fr(7.5497894159e-8);
const PS = [
  1.6666667163e-1, -3.2556581497e-1, 2.0121252537e-1, -4.0055535734e-2,
  7.9153501429e-4, 3.4793309169e-5,
].map(fr);
const QS = [
  1, -2.4033949375, 2.0209457874, -6.8828397989e-1, 7.7038154006e-2,
].map(fr);

/** [p, q] of fdlibm's rational approximation, in float steps. */
function rational(z: number): [number, number] {
  return [fr(z * horner(z, PS)), horner(z, QS)];
}

export function acosf(x: number): number {
  const hx = bitsOf(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : fr(PI + fr(2 * PIO2_LO));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix <= 0x32800000) return fr(PIO2_HI + PIO2_LO);
    const z = fr(x * x);
    const [p, q] = rational(z);
    const r = fr(p / q);
    return fr(PIO2_HI - fr(x - fr(PIO2_LO - fr(x * r))));
  }
  if (hx < 0) {
    const z = fr(fr(1 + x) * 0.5);
    const [p, q] = rational(z);
    const s = sqrtf(z);
    const r = fr(p / q);
    const w = fr(fr(r * s) - PIO2_LO);
    return fr(PI - fr(2 * fr(s + w)));
  }
  const z = fr(fr(1 - x) * 0.5);
  const s = sqrtf(z);
  const df = chop(s);
  const c = fr(fr(z - fr(df * df)) / fr(s + df));
  const [p, q] = rational(z);
  const r = fr(p / q);
  const w = fr(fr(r * s) + c);
  return fr(2 * fr(df + w));
}

const ATAN_HI = [
  4.6364760399e-1, 7.8539812565e-1, 9.8279368877e-1, 1.5707962513,
].map(fr);
const ATAN_LO = [
  5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8,
].map(fr);
const AT = [
  3.3333334327e-1, -2.0000000298e-1, 1.4285714924e-1, -1.1111110449e-1,
  9.0908870101e-2, -7.6918758452e-2, 6.6610731184e-2, -5.8335702866e-2,
  4.9768779427e-2, -3.6531571299e-2, 1.6285819933e-2,
].map(fr);
const AT_ODD = [0, 2, 4, 6, 8, 10].map((i) => AT[i]);
const AT_EVEN = [1, 3, 5, 7, 9].map((i) => AT[i]);

export function atanf(x0: number): number {
  let x = x0;
  const hx = bitsOf(x) | 0;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x + x;
    const a = fr(ATAN_HI[3] + ATAN_LO[3]);
    return hx > 0 ? a : -a;
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = fr(fr(fr(2 * x) - 1) / fr(2 + x));
      } else {
        id = 1;
        x = fr(fr(x - 1) / fr(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = fr(fr(x - 1.5) / fr(1 + fr(1.5 * x)));
    } else {
      id = 3;
      x = fr(-1 / x);
    }
  }
  const z = fr(x * x);
  const w = fr(z * z);
  const s1 = fr(z * horner(w, AT_ODD));
  const s2 = fr(w * horner(w, AT_EVEN));
  if (id < 0) return fr(x - fr(x * fr(s1 + s2)));
  const r = fr(ATAN_HI[id] - fr(fr(fr(x * fr(s1 + s2)) - ATAN_LO[id]) - x));
  return hx < 0 ? -r : r;
}
