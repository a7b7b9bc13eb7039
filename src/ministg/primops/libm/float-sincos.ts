// Single precision: glibc 2.36's sinf and cosf (Szabolcs Nagy's: reduction
// by pi/2 in double, or with 4/pi to 192 bits in 64-bit integer arithmetic
// for |x| >= 120, then small polynomials in double, rounded once to float),
// and its tanf: the same reductions, then fdlibm's float kernel __kernel_tanf.

import { bitsOf, fromBits, hexFloat as h } from "./float-bits.js";

const fr = Math.fround;

interface Poly {
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  s1: number;
  s2: number;
  s3: number;
}
const COS = [
  h("ffffffd0c621c", -2),
  h("55553e1068f19", -5),
  h("6c087e89a359d", -10),
  h("99343027bf8c3", -16),
];
const SIN: Pick<Poly, "s1" | "s2" | "s3"> = {
  s1: -h("555545995a603", -3),
  s2: h("1107605230bc4", -7),
  s3: -h("994eb3774cf24", -13),
};
// The second table computes -cos x (the negation for quadrants 2 and 3).
const P0: Poly = {
  c0: 1,
  c1: -COS[0],
  c2: COS[1],
  c3: -COS[2],
  c4: COS[3],
  ...SIN,
};
const P1: Poly = {
  c0: -1,
  c1: COS[0],
  c2: -COS[1],
  c3: COS[2],
  c4: -COS[3],
  ...SIN,
};
const SIGN = [1, -1, -1, 1];
const HPI_INV = h("45f306dc9c883", 23); // 2/pi * 2^24
const HPI = h("921fb54442d18", 0);
const PI63 = h("921fb54442d18", -62); // 2pi * 2^-64

// 4/pi in 8-bit steps, as glibc's __inv_pio4
const INV_PIO4 = [
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e, 0xf9836e4e, 0x836e4e44, 0x6e4e4415,
  0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1, 0x2757d1f5,
  0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62, 0xc0db6295,
  0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
].map(BigInt);

function sinfPoly(x: number, x2: number, p: Poly, n: number): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = p.s2 + x2 * p.s3;
    const x7 = x3 * x2;
    const s = x + x3 * p.s1;
    return fr(s + x7 * s1);
  }
  const x4 = x2 * x2;
  const c2 = p.c3 + x2 * p.c4;
  const c1 = p.c0 + x2 * p.c1;
  const x6 = x4 * x2;
  const c = c1 + x4 * p.c2;
  return fr(c + x6 * c2);
}

function reduceFast(x: number): [number, number] {
  const r = x * HPI_INV;
  const n = (Math.trunc(r) + 0x800000) >> 24;
  return [x - n * HPI, n];
}

const M64 = (1n << 64n) - 1n;
function reduceLarge(xi: number): [number, number] {
  const at = (xi >>> 26) & 15;
  const shift = (xi >>> 23) & 7;
  const m = BigInt((((xi & 0xffffff) | 0x800000) << shift) >>> 0);
  let res0 = (m * INV_PIO4[at]) & 0xffffffffn; // a 32-bit product in C
  const res1 = m * INV_PIO4[at + 4];
  const res2 = m * INV_PIO4[at + 8];
  res0 = ((res2 >> 32n) | (res0 << 32n)) & M64;
  res0 = (res0 + res1) & M64;
  const n = ((res0 + (1n << 61n)) & M64) >> 62n;
  res0 = (res0 - (n << 62n)) & M64;
  return [Number(BigInt.asIntN(64, res0)) * PI63, Number(n)];
}

function sinOrCos(y: number, cos: boolean): number {
  const top = (bitsOf(y) >>> 20) & 0x7ff;
  if (top < 0x3f4) {
    if (top < 0x398) return cos ? 1 : y;
    return sinfPoly(y, y * y, P0, cos ? 1 : 0);
  }
  let x: number;
  let n: number;
  let q: number; // quadrant including the sign, for the tables
  if (top < 0x42f) {
    [x, n] = reduceFast(y);
    q = n;
  } else if (top < 0x7f8) {
    const xi = bitsOf(y);
    [x, n] = reduceLarge(xi);
    q = n + (xi >>> 31);
  } else return NaN;
  const s = SIGN[q & 3];
  const p = q & 2 ? P1 : P0;
  return sinfPoly(x * s, x * x, p, cos ? n ^ 1 : n);
}

export const sinf = (x: number): number => sinOrCos(x, false);
export const cosf = (x: number): number => sinOrCos(x, true);

const PIO4 = fr(7.8539812565e-1);
const PIO4LO = fr(3.7748947079e-8);
const T = [
  3.3333334327e-1, 1.3333334029e-1, 5.3968254477e-2, 2.186948806e-2,
  8.8632395491e-3, 3.5920790397e-3, 1.4562094584e-3, 5.8804126456e-4,
  2.4646313977e-4, 7.8179444245e-5, 7.1407252108e-5, -1.8558637748e-5,
  2.5907305826e-5,
].map(fr);

/** fdlibm's __kernel_tanf: tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1). */
function kernelTanf(x0: number, y0: number, iy: number): number {
  let x = x0;
  let y = y0;
  const hx = bitsOf(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x39000000) {
    if ((ix | (iy + 1)) === 0) return fr(1 / Math.abs(x));
    if (iy === 1) return x;
    return fr(-1 / x);
  }
  const sgn = hx < 0 ? -1 : 1;
  if (ix >= 0x3f2ca140) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z = fr(PIO4 - x);
    const w = fr(PIO4LO - y);
    x = fr(z + w);
    y = 0;
    if (Math.abs(x) < 2 ** -13) return sgn * iy * fr(1 - fr(2 * iy * x));
  }
  const z = fr(x * x);
  let w = fr(z * z);
  let r = T[11];
  for (const i of [9, 7, 5, 3, 1]) r = fr(T[i] + fr(w * r));
  let v = T[12];
  for (const i of [10, 8, 6, 4, 2]) v = fr(T[i] + fr(w * v));
  v = fr(z * v);
  let s = fr(z * x);
  r = fr(y + fr(z * fr(fr(s * fr(r + v)) + y)));
  r = fr(r + fr(T[0] * s));
  w = fr(x + r);
  if (ix >= 0x3f2ca140) {
    v = iy;
    return fr(sgn * fr(v - fr(2 * fr(x - fr(fr(fr(w * w) / fr(w + v)) - r)))));
  }
  if (iy === 1) return w;
  const zz = fromBits(bitsOf(w) & 0xfffff000);
  v = fr(r - fr(zz - x));
  const a = fr(-1 / w);
  const t = fromBits(bitsOf(a) & 0xfffff000);
  s = fr(1 + fr(t * zz));
  return fr(t + fr(a * fr(s + fr(t * v))));
}

export function tanf(x: number): number {
  const ix = bitsOf(x) & 0x7fffffff;
  if (ix <= 0x3f490fda) return kernelTanf(x, 0, 1);
  if (ix >= 0x7f800000) return NaN;
  let dx: number;
  let n: number;
  if (ix >>> 20 < 0x42f) [dx, n] = reduceFast(x);
  else {
    const xi = bitsOf(x);
    [dx, n] = reduceLarge(xi);
    if (xi >>> 31) dx = -dx;
  }
  const y0 = fr(dx);
  const y1 = fr(dx - y0);
  return kernelTanf(y0, y1, 1 - ((n & 1) << 1));
}
