// sin, cos, tan (exact argument reduction), asin, acos, atan, correctly
// rounded: glibc's double versions are IBM's Accurate Mathematical Library
// (correctly rounded or within a hair of it). (glibc's single-precision
// versions are in the float-*.ts modules.)

import {
  HALF_PI,
  ONE,
  P,
  atanFixed,
  atanRatio,
  div,
  mul,
  sinCosFixed,
  sqrtFixed,
  toFixed,
} from "./fixed.js";
import { DOUBLE, roundRatio, roundScaled, type Format } from "./round.js";
import {
  acosFast,
  asinFast,
  atanFast,
  cosFast,
  sinFast,
  tanFast,
} from "./trig-fast.js";

// Below this, sin x, tan x, asin x, atan x round to x and cos x to 1.
const TINY = 2 ** -27;

function sinIn(x: number, fmt: Format): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  return roundScaled(sinCosFixed(x)[0], -P, fmt);
}
function cosIn(x: number, fmt: Format): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  return roundScaled(sinCosFixed(x)[1], -P, fmt);
}
function tanIn(x: number, fmt: Format): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [s, c] = sinCosFixed(x);
  return c < 0n ? roundRatio(-s, -c, fmt) : roundRatio(s, c, fmt);
}

function atanIn(x: number, fmt: Format): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  const a = Number.isFinite(x) ? atanFixed(toFixed(Math.abs(x))) : HALF_PI;
  return roundScaled(x < 0 ? -a : a, -P, fmt);
}

/** asin |x| for |x| <= 1 in fixed point. */
function asinAbs(x: number): bigint {
  const a = toFixed(Math.abs(x));
  const w = sqrtFixed(ONE - mul(a, a));
  return w === 0n ? HALF_PI : atanRatio(a, w);
}
function asinIn(x: number, fmt: Format): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return x;
  const a = asinAbs(x);
  return roundScaled(x < 0 ? -a : a, -P, fmt);
}
function acosIn(x: number, fmt: Format): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  const a = asinAbs(x);
  return roundScaled(HALF_PI - (x < 0 ? -a : a), -P, fmt);
}

/**
 * The double function: the fast path (trig-fast.ts) for ordinary
 * arguments, the exact one when it declines (NaN) and for the special
 * cases (NaN, infinities, |x| < 2^-27, which the fast path does not see).
 */
function withFastPath(
  fast: (x: number) => number,
  exact: (x: number, fmt: Format) => number,
): (x: number) => number {
  return (x) => {
    if (Math.abs(x) >= TINY) {
      const y = fast(x);
      if (y === y) return y;
    }
    return exact(x, DOUBLE);
  };
}

export const sin = withFastPath(sinFast, sinIn);
export const cos = withFastPath(cosFast, cosIn);
export const tan = withFastPath(tanFast, tanIn);
export const asin = withFastPath(asinFast, asinIn);
export const acos = withFastPath(acosFast, acosIn);
export const atan = withFastPath(atanFast, atanIn);

/** The exact paths alone (for the tests of the fast ones). */
export const exactDouble = {
  sin: (x: number): number => sinIn(x, DOUBLE),
  cos: (x: number): number => cosIn(x, DOUBLE),
  tan: (x: number): number => tanIn(x, DOUBLE),
  asin: (x: number): number => asinIn(x, DOUBLE),
  acos: (x: number): number => acosIn(x, DOUBLE),
  atan: (x: number): number => atanIn(x, DOUBLE),
};
