// exp, log and pow (double), correctly rounded: glibc's are Szabolcs Nagy's,
// within about 0.52 ulp, nearly always the correctly rounded result.

import { P, expFixed, logFixed, toFixed } from "./fixed.js";
import {
  DOUBLE,
  bitLength,
  decompose,
  roundRatio,
  roundScaled,
  type Format,
} from "./round.js";

function expIn(x: number, fmt: Format): number {
  if (Number.isNaN(x)) return x;
  if (x > 1000) return Infinity;
  if (x < -1100) return 0;
  if (x === 0) return 1;
  const [v, k] = expFixed(toFixed(x));
  return roundScaled(v, k - P, fmt);
}

function logIn(x: number, fmt: Format): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity || x === 1) return x === 1 ? 0 : x;
  return roundScaled(logFixed(x), -P, fmt);
}

/** |x|^n for an integer 0 < |n| <= 64, exact, rounded once. */
function intPower(x: number, n: number, fmt: Format): number {
  const [m, e] = decompose(x);
  const nb = BigInt(Math.abs(n));
  const num = m ** nb;
  const exp = e * Math.abs(n); // |x|^|n| = num * 2^exp
  if (n > 0) {
    if (exp >= 0) return roundScaled(num, exp, fmt);
    return roundRatio(num, 1n << BigInt(-exp), fmt);
  }
  if (exp <= 0) return roundRatio(1n << BigInt(-exp), num, fmt);
  return roundRatio(1n, num << BigInt(exp), fmt);
}

/** C's pow with C99 Annex F's special cases, correctly rounded. */
function powIn(x: number, y: number, fmt: Format): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0)
    return Math.pow(x, y); // JavaScript agrees with C here
  const yInt = Number.isInteger(y);
  if (x < 0 && !yInt) return NaN;
  const odd = yInt && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
  const sign = x < 0 && odd ? -1 : 1;
  const ax = Math.abs(x);
  if (yInt && Math.abs(y) <= 64) return sign * intPower(ax, y, fmt);
  if (Math.abs(y) > 2 ** 70) {
    // |y log x| > 2^17 as |log x| >= 2^-53: certain overflow or underflow
    return sign * (ax > 1 === y > 0 ? Infinity : 0);
  }
  const l = logFixed(ax);
  // y * log x: y = my * 2^ey exactly
  const [my, ey] = decompose(y);
  let t = l * (y < 0 ? -my : my);
  t = ey >= 0 ? t << BigInt(ey) : t >> BigInt(-ey);
  const bound = 1200n << BigInt(P);
  if (t > bound) return sign * Infinity;
  if (t < -bound) return sign * 0;
  const [v, k] = expFixed(t);
  return sign * roundScaled(v, k - P, fmt);
}

export const exp = (x: number): number => expIn(x, DOUBLE);
export const log = (x: number): number => logIn(x, DOUBLE);
export const pow = (x: number, y: number): number => powIn(x, y, DOUBLE);
