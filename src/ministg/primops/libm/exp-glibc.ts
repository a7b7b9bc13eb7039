// exp (double) as glibc 2.36 computes it on x86-64 with FMA: Szabolcs
// Nagy's algorithm (x = k ln2/128 + r, a 128-entry table of 2^(j/128) as
// H (1 + T), a quartic in r), with the fused multiply-adds that GCC's
// contraction gives its FMA-compiled variant. The table is rebuilt from its
// definition: H[j] is 2^(j/128) rounded, T[j] = 2^(j/128)/H[j] - 1 rounded.

import { fma } from "./fma.js";
import { hexFloat as h, highWord, pow2 } from "./float-bits.js";
import { LN2, P, expFixed } from "./fixed.js";
import { DOUBLE, roundRatio, roundScaled } from "./round.js";
import { lazy } from "./lazy.js";

const N = 128;
/** H[j] and T[j], made on first use (exported for the tests). */
export const expTable = lazy(() => {
  const H: number[] = [];
  const T: number[] = [];
  for (let j = 0n; j < 128n; j++) {
    const [v, k] = expFixed((j * LN2) / 128n); // 2^(j/128) = v 2^(k - P)
    const e = k >= 0 ? v << BigInt(k) : v >> BigInt(-k);
    const hj = roundScaled(e, -P, DOUBLE);
    const hFixed = BigInt(hj * 2 ** 52) << BigInt(P - 52);
    H.push(hj);
    T.push(roundRatio(e - hFixed, hFixed, DOUBLE));
  }
  return { H, T };
});

// glibc's exp constants (e_exp_data.c); pow's exp stage shares them.
export const INV_LN2_N = h("71547652b82fe", 0) * N;
export const NEG_LN2_HI_N = -h("62e42fefa0000", -8);
export const NEG_LN2_LO_N = -h("cf79abc9e3b3a", -47);
export const SHIFT = 1.5 * 2 ** 52;
export const C2 = h("ffffffffffdbd", -2);
export const C3 = h("555555555543c", -3);
export const C4 = h("55555cf172b91", -5);
export const C5 = h("1111167a4d017", -7);

const top12 = (x: number): number => highWord(x) >>> 20;
const TWO_1009 = 2 ** 1009;
const TWO_M1022 = 2 ** -1022;

export function exp(x: number): number {
  let abstop = top12(x) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (!Number.isFinite(x)) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // |x| in [512, 1024): scale may leave the exponent range
  }
  const kd = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const j = kd & (N - 1); // |kd| < 2^18: int32 arithmetic is exact
  const m = kd >> 7; // 2^(k/N) = H[j] (1 + T[j]) 2^m
  const { H, T } = expTable();
  const tail = T[j]!;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) {
    if (kd > 0) {
      const scale = H[j] * pow2(m - 1009);
      return fma(scale, tmp, scale) * TWO_1009;
    }
    const scale = H[j] * pow2(m + 1022);
    let y = fma(scale, tmp, scale);
    if (y < 1.0) {
      let lo = fma(scale, tmp, scale - y);
      const hi = 1.0 + y;
      lo = 1.0 - hi + y + lo;
      y = hi + lo - 1.0;
      if (y === 0) y = 0;
    }
    return TWO_M1022 * y;
  }
  const scale = H[j] * pow2(m);
  return fma(scale, tmp, scale);
}
