// Fast paths of the correctly rounded sin, cos, tan, asin, acos, atan
// (trig.ts): the function in double-double, within a bound E of the exact
// value, then Ziv's test (double-double.ts): when hi + lo +- 2E round to the
// same double, that double is the correctly rounded result, the one the
// 150-bit bigint path gives. Otherwise (about once in 2^25 calls, or when the
// argument is outside the fast range) they return NaN and trig.ts falls back
// to that exact path.
//
// Error budget: every double-double operation is within 2^-104 of the
// magnitudes involved; the polynomial tails are evaluated in plain double
// where their terms are below 2^-36 relative, so each result carries a
// relative error under 2^-86 (plus under 2^-124 absolute from the argument
// reduction of sin, cos and tan). E = 2^-78 |y| + 2^-120 leaves a margin of
// more than 2^8 over that.

import { HALF_PI, ONE, P, atanFixed, sinCosSmall, toFixed } from "./fixed.js";
import {
  add,
  dd,
  div,
  fromFixed,
  mul,
  roundOrNaN,
  sqrt,
  twoProd,
  twoSum,
} from "./double-double.js";
import { lazy } from "./lazy.js";

const REL = 2 ** -78;
const ABS = 2 ** -120;
const bound = (y: number): number => REL * Math.abs(y) + ABS;

interface Tables {
  // pi/2 = P1 + P2 + P3 + P4 (150 bits): P1..P3 have 33 significant bits
  // each, so q * Pi is exact for |q| < 2^20.
  p1: number;
  p2: number;
  p3: number;
  p4: number;
  halfPiHi: number;
  halfPiLo: number;
  // sin(j/128), cos(j/128) for j = 0..101; atan(j/128) for j = 0..128
  sinHi: Float64Array;
  sinLo: Float64Array;
  cosHi: Float64Array;
  cosLo: Float64Array;
  atanHi: Float64Array;
  atanLo: Float64Array;
}

const tables = lazy((): Tables => {
  const chunk = (from: number, bits: number): number =>
    Number((HALF_PI >> BigInt(P - from - bits)) & ((1n << BigInt(bits)) - 1n)) *
    2 ** -(from + bits);
  // HALF_PI's integer bit is bit 0; P1 takes it and 32 fraction bits.
  const p1 = chunk(-1, 33);
  const p2 = chunk(32, 33);
  const p3 = chunk(65, 33);
  const p4 = chunk(98, P - 98);
  const [halfPiHi, halfPiLo] = fromFixed(HALF_PI, P);
  const sinHi = new Float64Array(102);
  const sinLo = new Float64Array(102);
  const cosHi = new Float64Array(102);
  const cosLo = new Float64Array(102);
  for (let j = 0; j <= 101; j++) {
    // j/128 needs no reduction (sinCosFixed would build 2/pi to 1400 bits)
    const [s, c] = sinCosSmall(BigInt(j) << BigInt(P - 7));
    [sinHi[j], sinLo[j]] = fromFixed(s, P);
    [cosHi[j], cosLo[j]] = fromFixed(c, P);
  }
  const atanHi = new Float64Array(129);
  const atanLo = new Float64Array(129);
  for (let j = 0; j <= 128; j++)
    [atanHi[j], atanLo[j]] = fromFixed(atanFixed(toFixed(j / 128)), P);
  return {
    p1,
    p2,
    p3,
    p4,
    halfPiHi,
    halfPiLo,
    sinHi,
    sinLo,
    cosHi,
    cosLo,
    atanHi,
    atanLo,
  };
});

// -1/6 and -1/3 as double-doubles
const [M6_HI, M6_LO] = fromFixed(-(ONE / 6n), P);
const [M3_HI, M3_LO] = fromFixed(-(ONE / 3n), P);

// Results of sinCosReduced: sin r and cos r as double-doubles.
let sH = 0;
let sL = 0;
let cH = 0;
let cL = 0;

/**
 * sin and cos of r = rh + rl (|r| <= pi/4 + 2^-20): r = +-(j/128 + d),
 * |d| <= 2^-8, the table's sin and cos of j/128 and the series of d.
 */
function sinCosReduced(t: Tables, rh: number, rl: number): void {
  const neg = rh < 0;
  const ah = neg ? -rh : rh;
  const al = neg ? -rl : rl;
  const j = Math.round(ah * 128);
  const dh = ah - j / 128; // exact
  const dl = al;
  const zh = mul(dh, dl, dh, dl);
  const zl = dd.lo;
  // sin d = d + d z (-1/6) + d z^2 (1/5! - z/7! + ...)
  const dzh = mul(dh, dl, zh, zl);
  const dz6h = mul(dzh, dd.lo, M6_HI, M6_LO);
  const dz6l = dd.lo;
  const z = zh;
  const sinTail =
    dh *
    z *
    z *
    (1 / 120 +
      z *
        (-1 / 5040 + z * (1 / 362880 + z * (-1 / 39916800 + z / 6227020800))));
  let sdh = add(dh, dl, dz6h, dz6l);
  let sdl = dd.lo;
  sdh = add(sdh, sdl, sinTail, 0);
  sdl = dd.lo;
  // cos d = 1 - z/2 + z^2 (1/4! - z/6! + ...)
  const cosTail =
    z *
    z *
    (1 / 24 +
      z * (-1 / 720 + z * (1 / 40320 + z * (-1 / 3628800 + z / 479001600))));
  let cdh = add(1, 0, -zh / 2, -zl / 2);
  let cdl = dd.lo;
  cdh = add(cdh, cdl, cosTail, 0);
  cdl = dd.lo;
  if (j === 0) {
    sH = neg ? -sdh : sdh;
    sL = neg ? -sdl : sdl;
    cH = cdh;
    cL = cdl;
    return;
  }
  const sjh = t.sinHi[j]!;
  const sjl = t.sinLo[j]!;
  const cjh = t.cosHi[j]!;
  const cjl = t.cosLo[j]!;
  // sin(a + d) = sin a cos d + cos a sin d; cos(a + d) = cos a cos d - sin a sin d
  const s1 = mul(sjh, sjl, cdh, cdl);
  const s1l = dd.lo;
  const s2 = mul(cjh, cjl, sdh, sdl);
  const s = add(s1, s1l, s2, dd.lo);
  sH = neg ? -s : s;
  sL = neg ? -dd.lo : dd.lo;
  const c1 = mul(cjh, cjl, cdh, cdl);
  const c1l = dd.lo;
  const c2 = mul(sjh, sjl, sdh, sdl);
  cH = add(c1, c1l, -c2, -dd.lo);
  cL = dd.lo;
}

const FAST_LIMIT = 2 ** 19; // |x| * 2/pi < 2^20: q * Pi stays exact

/** sin, cos of x - q pi/2 into sH..cL; the quadrant q mod 4, or -1 when out of range. */
function reduce(x: number): number {
  if (!(Math.abs(x) < FAST_LIMIT)) return -1;
  const t = tables();
  const q = Math.round(x * (2 / Math.PI));
  // x - q P1 is exact (Sterbenz), q P2, q P3 exact, q P4 split exactly.
  const t1 = x - q * t.p1;
  let rh = twoSum(t1, -q * t.p2);
  let rl = dd.lo;
  rh = add(rh, rl, -q * t.p3, 0);
  rl = dd.lo;
  const p4h = twoProd(-q, t.p4);
  rh = add(rh, rl, p4h, dd.lo);
  rl = dd.lo;
  // r's absolute error is under 2^-129 + 2^-103 |r|: relative when |r| >= 2^-30
  if (q !== 0 && Math.abs(rh) < 2 ** -30) return -1;
  sinCosReduced(t, rh, rl);
  return q & 3;
}

export function sinFast(x: number): number {
  switch (reduce(x)) {
    case 0:
      return roundOrNaN(sH, sL, bound(sH));
    case 1:
      return roundOrNaN(cH, cL, bound(cH));
    case 2:
      return roundOrNaN(-sH, -sL, bound(sH));
    case 3:
      return roundOrNaN(-cH, -cL, bound(cH));
    default:
      return NaN;
  }
}

export function cosFast(x: number): number {
  switch (reduce(x)) {
    case 0:
      return roundOrNaN(cH, cL, bound(cH));
    case 1:
      return roundOrNaN(-sH, -sL, bound(sH));
    case 2:
      return roundOrNaN(-cH, -cL, bound(cH));
    case 3:
      return roundOrNaN(sH, sL, bound(sH));
    default:
      return NaN;
  }
}

export function tanFast(x: number): number {
  const q = reduce(x);
  if (q < 0) return NaN;
  const y = q & 1 ? -div(cH, cL, sH, sL) : div(sH, sL, cH, cL);
  const yl = q & 1 ? -dd.lo : dd.lo;
  return roundOrNaN(y, yl, bound(y));
}

/** atan(th + tl) for 0 <= th <= 1 + 2^-50, as hi + dd.lo. */
function atanUnit(t: Tables, th: number, tl: number): number {
  const j = Math.round(th * 128);
  let uh = th;
  let ul = tl;
  if (j > 0) {
    // u = (t - c) / (1 + t c), c = j/128: atan t = atan c + atan u
    const c = j / 128;
    const tch = twoProd(th, c);
    const den = add(1, 0, tch, dd.lo + tl * c);
    uh = div(th - c, tl, den, dd.lo); // th - c is exact
    ul = dd.lo;
  }
  // atan u = u + u w (-1/3) + u w^2 (1/5 - w/7 + ...), w = u^2, |u| <= 2^-8
  const wh = mul(uh, ul, uh, ul);
  const wl = dd.lo;
  const uwh = mul(uh, ul, wh, wl);
  const u3h = mul(uwh, dd.lo, M3_HI, M3_LO);
  const u3l = dd.lo;
  const w = wh;
  const tail =
    uh *
    w *
    w *
    (1 / 5 +
      w *
        (-1 / 7 +
          w * (1 / 9 + w * (-1 / 11 + w * (1 / 13 + w * (-1 / 15 + w / 17))))));
  let h = add(uh, ul, u3h, u3l);
  h = add(h, dd.lo, tail, 0);
  if (j === 0) return h;
  return add(t.atanHi[j]!, t.atanLo[j]!, h, dd.lo);
}

/** atan(n / m) for n, m >= 0 (double-doubles, not both 0), as hi + dd.lo. */
function atanRatio(
  t: Tables,
  nh: number,
  nl: number,
  mh: number,
  ml: number,
): number {
  if (nh <= mh) {
    const r = div(nh, nl, mh, ml);
    return atanUnit(t, r, dd.lo);
  }
  const r = div(mh, ml, nh, nl);
  const a = atanUnit(t, r, dd.lo);
  return add(t.halfPiHi, t.halfPiLo, -a, -dd.lo);
}

export function atanFast(x: number): number {
  const a = Math.abs(x);
  if (!(a < 2 ** 100)) return NaN;
  const y = atanRatio(tables(), a, 0, 1, 0);
  const yl = dd.lo;
  return x < 0 ? roundOrNaN(-y, -yl, bound(y)) : roundOrNaN(y, yl, bound(y));
}

/** sqrt(1 - a^2) for 0 <= a < 1, as hi + dd.lo: (1 - a)(1 + a). */
function cosOfAsin(a: number): number {
  const oh = twoSum(1, -a);
  const ol = dd.lo;
  const ph = twoSum(1, a);
  const wh = mul(oh, ol, ph, dd.lo);
  return sqrt(wh, dd.lo);
}

export function asinFast(x: number): number {
  const a = Math.abs(x);
  if (!(a < 1)) return NaN;
  const t = tables();
  const sh = cosOfAsin(a);
  const y = atanRatio(t, a, 0, sh, dd.lo);
  const yl = dd.lo;
  return x < 0 ? roundOrNaN(-y, -yl, bound(y)) : roundOrNaN(y, yl, bound(y));
}

export function acosFast(x: number): number {
  const a = Math.abs(x);
  if (!(a < 1)) return NaN;
  const t = tables();
  const sh = cosOfAsin(a);
  let y = atanRatio(t, sh, dd.lo, a, 0); // acos |x|
  let yl = dd.lo;
  if (x < 0) {
    // pi - acos |x|
    y = add(2 * t.halfPiHi, 2 * t.halfPiLo, -y, -yl);
    yl = dd.lo;
  }
  return roundOrNaN(y, yl, bound(y));
}
