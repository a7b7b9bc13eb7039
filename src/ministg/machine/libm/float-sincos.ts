// Single precision: glibc 2.36's sinf and cosf (Szabolcs Nagy's: reduction
// by pi/2 in double, or with 4/pi to 192 bits in 64-bit integer arithmetic
// for |x| >= 120, then small polynomials in double, rounded once to float).

import { bitsOf, hexFloat as h } from "./float-bits.js";

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
