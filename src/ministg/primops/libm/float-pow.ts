// Single precision: glibc 2.36's powf (Szabolcs Nagy's: log2 x from a
// 16-entry table and a quintic, times y, then 2^t from the 32-entry table
// shared with expf, all in double and rounded once to float).

import { exp2Table } from "./float-exp.js";
import { bitsOf, fromBits, hexFloat as h, pow2 } from "./float-bits.js";

const fr = Math.fround;

// glibc's __powf_log2_data: [1/c, log2 c] for the 16 subintervals
const T: [number, number][] = [
  [h("661ec79f8f3be", 0), -h("efec65b963019", -2)],
  [h("571ed4aaf883d", 0), -h("b0b6832d4fca4", -2)],
  [h("49539f0f010b", 0), -h("7418b0a1fb77b", -2)],
  [h("3c995b0b80385", 0), -h("39de91a6dcf7b", -2)],
  [h("30d190c8864a5", 0), -h("01d9bf3f2b631", -2)],
  [h("25e227b0b8ea", 0), -h("97c1d1b3b7af", -3)],
  [h("1bb4a4a1a343f", 0), -h("2f9e393af3c9f", -3)],
  [h("12358f08ae5ba", 0), -h("960cbbf788d5c", -4)],
  [h("0953f419900a7", 0), -h("a6f9db6475fce", -5)],
  [1, 0],
  [h("e608cfd9a47ac", -1), h("338ca9f24f53d", -4)],
  [h("ca4b31f026aa", -1), h("476a9543891ba", -3)],
  [h("b2036576afce6", -1), h("e840b4ac4e4d2", -3)],
  [h("9c2d163a1aa2d", -1), h("40645f0c6651c", -2)],
  [h("886e6037841ed", -1), h("88e9c2c1b9ff8", -2)],
  [h("767dcf5534862", -1), h("ce0a44eb17bcc", -2)],
];
const A = [
  h("27616c9496e0b", -2),
  -h("71969a075c67a", -2),
  h("ec70a6ca7badd", -2),
  -h("7154748bef6c8", -1),
  h("71547652ab82b", 0),
];
const OFF = 0x3f330000;

function log2Inline(ix: number): number {
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) % 16;
  const top = (tmp & 0xff800000) >>> 0;
  const iz = (ix - top) >>> 0;
  const k = (top | 0) >> 23;
  const [invc, logc] = T[i];
  const z = fromBits(iz);
  const r = z * invc - 1;
  const y0 = logc + k;
  const r2 = r * r;
  let y = A[0] * r + A[1];
  const p = A[2] * r + A[3];
  const r4 = r2 * r2;
  let q = A[4] * r + y0;
  q = p * r2 + q;
  y = y * r4 + q;
  return y;
}

const C0 = h("c6af84b912394", -5);
const C1 = h("ebfce50fac4f3", -3);
const C2 = h("62e42ff0c52d6", -1);
const SHIFT = 1.5 * 2 ** 47; // 0x1.8p52 / 32

function exp2Inline(xd: number, negative: boolean): number {
  const kd = xd + SHIFT - SHIFT; // nearest multiple of 1/32
  const k = kd * 32;
  const r = xd - kd;
  const j = k & 31; // |k| < 2^14: int32 arithmetic is exact
  const s = exp2Table()[j]! * pow2((k - j) / 32);
  const z = C0 * r + C1;
  const r2 = r * r;
  let y = C2 * r + 1;
  y = z * r2 + y;
  y = y * s;
  return negative ? -y : y;
}

/** 0 if not an integer, 1 if odd, 2 if even (y's bits, y finite nonzero). */
function checkint(iy: number): number {
  const e = (iy >>> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  const bit = 1 << (0x7f + 23 - e);
  if (iy & (bit - 1)) return 0;
  return iy & bit ? 1 : 2;
}

const zeroInfNan = (i: number): boolean =>
  (2 * i - 1) >>> 0 >= 2 * 0x7f800000 - 1;

export function powf(x: number, y: number): number {
  let ix = bitsOf(x);
  const iy = bitsOf(y);
  let negative = false;
  if ((ix - 0x00800000) >>> 0 >= 0x7f000000 || zeroInfNan(iy)) {
    if (zeroInfNan(iy)) {
      if (y === 0) return 1;
      if (ix === 0x3f800000) return 1;
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      if (Math.abs(x) === 1) return 1;
      if (Math.abs(x) < 1 === y > 0) return 0;
      return Infinity;
    }
    if (zeroInfNan(ix)) {
      let x2 = fr(x * x);
      if (ix & 0x80000000 && checkint(iy) === 1) x2 = -x2;
      return iy & 0x80000000 ? fr(1 / x2) : x2;
    }
    if (ix & 0x80000000) {
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      if (yint === 1) negative = true;
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      ix = bitsOf(fr(Math.abs(x) * 2 ** 23)) & 0x7fffffff;
      ix = (ix - (23 << 23)) >>> 0;
    }
  }
  const logx = log2Inline(ix);
  const ylogx = y * logx;
  if (Math.abs(ylogx) >= 126) {
    if (ylogx > h("fffffffd1d571", 6)) return negative ? -Infinity : Infinity;
    if (ylogx <= -150) return negative ? -0 : 0;
  }
  return fr(exp2Inline(ylogx, negative));
}
