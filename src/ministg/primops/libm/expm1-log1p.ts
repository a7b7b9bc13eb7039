// expm1 and log1p (double): glibc's s_expm1.c and s_log1p.c, fdlibm's
// algorithms with Shimizu's reordered polynomial evaluation (which is why
// V8's Math.expm1/Math.log1p, plain fdlibm, differ from them in the last bit
// now and then), step by step in double arithmetic. glibc runs expm1's
// FMA-compiled variant on CPUs with FMA (as here): GCC fuses each product
// that feeds a sum, so those steps are fma() here.

import { fma } from "./fma.js";

const view = new DataView(new ArrayBuffer(8));
/** The high 32 bits of x, as fdlibm's int32_t. */
function high(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}
/** x with its high 32 bits replaced. */
function withHigh(x: number, hi: number): number {
  view.setFloat64(0, x);
  view.setInt32(0, hi | 0);
  return view.getFloat64(0);
}
const low = (x: number): number => (view.setFloat64(0, x), view.getUint32(4));

const O_THRESHOLD = 7.09782712893383973096e2;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

export function expm1(x0: number): number {
  let x = x0;
  let hx = high(x);
  const neg = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if ((hx & 0xfffff) !== 0 || low(x) !== 0) return x + x;
        return neg ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1; // tiny - one
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(fma(INV_LN2, x, neg ? -0.5 : 0.5));
      const t = k;
      hi = fma(-t, LN2_HI, x);
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q3, Q2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(2.0, x - e, 1);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = withHigh(y, high(y) + k * 2 ** 20);
    return y - 1;
  }
  if (k < 20) {
    t = withHigh(1, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
    y = t - (e - x);
    y = withHigh(y, high(y) + (k << 20));
  } else {
    t = withHigh(1, (0x3ff - k) << 20); // 2^-k (low word 0)
    y = x - (e + t);
    y += 1;
    y = withHigh(y, high(y) + (k << 20));
  }
  return y;
}

const TWO54 = 1.8014398509481984e16;
const LP1 = 6.66666666666673513e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

export function log1p(x: number): number {
  const hx = high(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -TWO54 / 0 : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHigh(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHigh(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP1;
  const z2 = z * z;
  const R2 = LP2 + z * LP3;
  const z4 = z2 * z2;
  const R3 = LP4 + z * LP5;
  const z6 = z4 * z2;
  const R4 = LP6 + z * LP7;
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}
