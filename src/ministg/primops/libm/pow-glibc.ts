// pow (double) as glibc 2.36 computes it on x86-64 with FMA: Szabolcs
// Nagy's algorithm (log x to about 68 bits from a 128-entry table and a
// degree-7 polynomial, y log x as a double-double, then exp of it with the
// exp table), with the fused multiply-adds of its FMA-compiled variant.
// The table is rebuilt from its definition in e_pow_log_data.c: 1/c is
// j/128 or j/256, logc = log c rounded to a multiple of 2^-43, logctail the
// rest rounded.

import { fma } from "./fma.js";
import {
  C2,
  C3,
  C4,
  C5,
  expTable,
  INV_LN2_N,
  NEG_LN2_HI_N,
  NEG_LN2_LO_N,
  SHIFT,
} from "./exp-glibc.js";
import {
  fromWords,
  hexFloat as h,
  highWord,
  lowWord,
  pow2,
} from "./float-bits.js";
import { P, logFixed } from "./fixed.js";
import { DOUBLE, roundScaled } from "./round.js";
import { lazy } from "./lazy.js";

// the low byte of 1/c's significand per subinterval: 76 in [1, 1.42), 52 below 1
const ABOVE =
  "6a68666462605e5c5a5856565452504e 4c4a4a4846444240403e3c3a3a383634 343230302e2c2c2a2826262424222020 1e1c1c1a1a18161614141210100e0e0c 0c0a0a080806040402020000";
const BELOW =
  "fcf8f4f0ece8e4e2dedad6d4d0cccac6 c4c0bebab8b4b2aeacaaa6a4a09e9c9a 969492908c8a888684827e7c7a787674 72706e6c";
const bytes = (s: string): number[] =>
  (s.replace(/\s/g, "").match(/../g) ?? []).map((b) => parseInt(b, 16));
const INVC = [
  ...bytes(ABOVE).map((b) => (256 + b) / 256),
  ...bytes(BELOW).map((b) => (256 + b) / 512),
];
/** The rebuilt table, made on first use (exported for the tests). */
export const powLogTable = lazy(() => {
  const LOGC: number[] = [];
  const LOGCTAIL: number[] = [];
  for (const invc of INVC) {
    const l = -logFixed(invc); // log c = -log(1/c), fixed point
    const q = (l + (1n << BigInt(P - 44))) >> BigInt(P - 43); // nearest multiple of 2^-43
    LOGC.push(Number(q) * 2 ** -43);
    LOGCTAIL.push(roundScaled(l - (q << BigInt(P - 43)), -P, DOUBLE));
  }
  return { INVC, LOGC, LOGCTAIL };
});

const LN2HI = h("62e42fefa3800", -1);
const LN2LO = h("ef35793c76730", -45);
const A = [
  -0.5,
  h("555555555556", -2) * -2,
  -h("0000000000006", -2) * -2,
  h("999999959554e", -3) * 4,
  -h("555555529a47a", -3) * 4,
  h("2495b9b4845e9", -3) * -8,
  -h("0002b8b263fc3", -3) * -8,
];
const OFF = 0x3fe6955500000000n;
const view = new DataView(new ArrayBuffer(8));
const bitsOf = (x: number): bigint => (
  view.setFloat64(0, x),
  view.getBigUint64(0)
);
const OFF_HI = Number(OFF >> 32n); // OFF's low word is 0
let logTail = 0;

/**
 * log x to about 68 bits as the result + logTail (hx, lx: the high and low
 * words of x's normalized bits).
 */
function logInline(hx: number, lx: number): number {
  const tmpHi = (hx - OFF_HI) >>> 0; // the high word of ix - OFF
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi | 0) >> 20;
  const z = fromWords(hx - (tmpHi & 0xfff00000), lx);
  const kd = k;
  const { LOGC, LOGCTAIL } = powLogTable();
  const r = fma(z, INVC[i], -1.0);
  const t1 = fma(kd, LN2HI, LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2LO, LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A[0] * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const inner = fma(ar2, fma(r, A[6], A[5]), fma(r, A[4], A[3]));
  const p = ar3 * fma(ar2, inner, fma(r, A[2], A[1]));
  const lo = lo1 + lo2 + lo3 + lo4 + p;
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

const TWO_1009 = 2 ** 1009;
const TWO_M1022 = 2 ** -1022;

/** sign * exp(x + xtail). */
function expInline(x: number, xtail: number, negative: boolean): number {
  const sign = negative ? -1 : 1;
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return sign * (1.0 + x);
    if (abstop >= 0x409) return x < 0 ? sign * 0 : sign * Infinity;
    abstop = 0;
  }
  const kd = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const j = kd & 127; // |kd| < 2^18: int32 arithmetic is exact
  const m = kd >> 7;
  const { H, T } = expTable();
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), T[j]! + r));
  if (abstop === 0) {
    if (kd >= 0) {
      const scale = sign * H[j]! * pow2(m - 1009);
      return fma(scale, tmp, scale) * TWO_1009;
    }
    const scale = sign * H[j]! * pow2(m + 1022);
    let y = fma(scale, tmp, scale);
    if (Math.abs(y) < 1.0) {
      const one = y < 0 ? -1.0 : 1.0;
      let lo = fma(scale, tmp, scale - y);
      const hi = one + y;
      lo = one - hi + y + lo;
      y = hi + lo - one;
      if (y === 0) y = sign * 0;
    }
    return TWO_M1022 * y;
  }
  const scale = sign * H[j]! * pow2(m);
  return fma(scale, tmp, scale);
}

/** 0 if not an integer, 1 if odd, 2 if even (bits of a finite nonzero y). */
function checkint(iy: bigint): number {
  const e = Number((iy >> 52n) & 0x7ffn);
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  const bit = 1n << BigInt(0x3ff + 52 - e);
  if (iy & (bit - 1n)) return 0;
  return iy & bit ? 1 : 2;
}
const INF_BITS = 0x7ff0000000000000n;
const ONE_BITS = 0x3ff0000000000000n;
const M64 = (1n << 64n) - 1n;
const zeroInfNan = (i: bigint): boolean =>
  ((2n * i - 1n) & M64) >= 2n * INF_BITS - 1n;

export function pow(x: number, y: number): number {
  let negative = false;
  let hx = highWord(x);
  let lx = lowWord();
  let topx = hx >>> 20;
  const topy = highWord(y) >>> 20;
  if (
    topx - 0x001 >= 0x7ff - 0x001 ||
    topx < 0x001 ||
    ((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be
  ) {
    // the special cases, on bigints (rare)
    let ix = bitsOf(x);
    const iy = bitsOf(y);
    if (zeroInfNan(iy)) {
      if (y === 0) return 1.0;
      if (ix === ONE_BITS) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0.0;
      return y * y;
    }
    if (zeroInfNan(ix)) {
      let x2 = x * x;
      if (ix >> 63n && checkint(iy) === 1) x2 = -x2;
      return iy >> 63n ? 1 / x2 : x2;
    }
    if (ix >> 63n) {
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      if (yint === 1) negative = true;
      ix &= 0x7fffffffffffffffn;
      topx &= 0x7ff;
    }
    if (((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
      if (ix === ONE_BITS) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return ix > ONE_BITS ? 1.0 + y : 1.0 - y;
      return ix > ONE_BITS === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      ix = bitsOf(Math.abs(x) * 2 ** 52) & 0x7fffffffffffffffn;
      ix -= 52n << 52n;
    }
    hx = Number(ix >> 32n);
    lx = Number(ix & 0xffffffffn);
  }
  const hi = logInline(hx, lx);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo, negative);
}
