// sinh, cosh, tanh, asinh, acosh, atanh (double): glibc's fdlibm-derived C
// (e_sinh.c, e_cosh.c, s_tanh.c, s_asinh.c, e_acosh.c, e_atanh.c), step by
// step in double arithmetic on top of glibc-compatible exp and log. expm1
// and log1p are fdlibm's in both glibc and V8 (Math.expm1, Math.log1p).

import { log } from "./log-glibc.js";
import { exp } from "./exp-glibc.js";
import { expm1, log1p } from "./expm1-log1p.js";
const LN2 = 6.93147180559945286227e-1;

const view = new DataView(new ArrayBuffer(8));
/** The high 32 bits of |x| (fdlibm compares these, not x itself). */
function high(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0) & 0x7fffffff;
}
const low = (x: number): number => (view.setFloat64(0, x), view.getUint32(4));
/** fdlibm's overflow threshold test: |x| <= 0x408633ce_8fb9f87d. */
const belowOverflow = (ix: number, x: number): boolean =>
  ix < 0x408633ce || (ix === 0x408633ce && low(x) <= 0x8fb9f87d);

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const ix = high(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (belowOverflow(ix, x)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307;
}

export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  const ix = high(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2 / 2
      if (ix < 0x3c800000) return 1;
      const t = expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (belowOverflow(ix, x)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  const ix = high(x);
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1 - 1e-300;
  return x >= 0 ? z : -z;
}

export function asinh(x: number): number {
  const ax = Math.abs(x);
  const ix = high(x);
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (!Number.isFinite(x)) return x + x;
    w = log(ax) + LN2;
  } else if (ix > 0x40000000) {
    w = log(2.0 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  } else {
    const t = ax * ax;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  const ix = high(x);
  if (ix >= 0x41b00000) return x === Infinity ? x : log(x) + LN2;
  if (x === 1) return 0;
  if (ix > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) t = 0.5 * log1p((xa + xa) / (1 - xa));
  else if (xa > 1 || Number.isNaN(x)) return NaN;
  else return x / 0;
  return x < 0 ? -t : t;
}
