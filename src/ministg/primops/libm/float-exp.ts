// Single precision: glibc 2.36's expf (Szabolcs Nagy's: a 32-entry table of
// 2^(i/32) and a cubic in double, rounded once to float, so not always the
// correctly rounded result), fdlibm's expm1f in float arithmetic, and the
// fdlibm float sinhf, coshf, tanhf built on them. Every float operation of
// the C code is a Math.fround step here.

import { P, expFixed, LN2 } from "./fixed.js";
import { DOUBLE, roundScaled } from "./round.js";
import { pow2 } from "./float-bits.js";
import { lazy } from "./lazy.js";

const fr = Math.fround;
const f32 = new DataView(new ArrayBuffer(4));
/** The IEEE single-precision bits of x (a float value). */
function bitsOf(x: number): number {
  f32.setFloat32(0, x);
  return f32.getUint32(0);
}
function fromBits(b: number): number {
  f32.setUint32(0, b >>> 0);
  return f32.getFloat32(0);
}

/** m * 2^e for a C hexadecimal float literal 0x1.<hex>p<e>. */
function hexFloat(frac: string, e: number): number {
  return (1 + parseInt(frac, 16) / 16 ** frac.length) * 2 ** e;
}

// 2^(i/32) rounded to double (glibc's __exp2f_data table, by definition).
export const exp2Table = lazy(() => {
  const t: number[] = [];
  for (let i = 0n; i < 32n; i++) {
    const [v, k] = expFixed((i * LN2) / 32n);
    t.push(roundScaled(v, k - P, DOUBLE));
  }
  return t;
});
const N = 32;
const INV_LN2_N = hexFloat("71547652b82fe", 0) * N;
const C0 = hexFloat("c6af84b912394", -5) / N / N / N;
const C1 = hexFloat("ebfce50fac4f3", -3) / N / N;
const C2 = hexFloat("62e42ff0c52d6", -1) / N;
const SHIFT = 1.5 * 2 ** 52;

export function expf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) >= 88) {
    if (x === -Infinity) return 0;
    if (x === Infinity) return x;
    if (x > hexFloat("62e42e", 6)) return Infinity;
    if (x < -hexFloat("9fe368", 6)) return 0;
  }
  const z = INV_LN2_N * x;
  const kd = z + SHIFT - SHIFT; // nearest integer, ties to even
  const r = z - kd;
  const j = kd & (N - 1); // |kd| < 2^12: int32 arithmetic is exact
  const s = exp2Table()[j]! * pow2((kd - j) / N);
  const zz = C0 * r + C1;
  const r2 = r * r;
  let y = C2 * r + 1;
  y = zz * r2 + y;
  return fr(y * s);
}

const LN2_HI = fr(6.9313812256e-1);
const LN2_LO = fr(9.0580006145e-6);
const INV_LN2 = fr(1.4426950216);
const Q1 = fr(-3.3333335072e-2);
const Q2 = fr(1.5873016091e-3);
const Q3 = fr(-7.936507609e-5);
const Q4 = fr(4.0082177293e-6);
const Q5 = fr(-2.0109921195e-7);
const O_THRESHOLD = fr(8.8721679688e1);

/** Adds k to the binary exponent of the float y (fdlibm's SET_FLOAT_WORD). */
const addExponent = (y: number, k: number): number =>
  fromBits(bitsOf(y) + (k << 23));

export function expm1f(x0: number): number {
  let x = x0;
  let hx = bitsOf(x);
  const neg = (hx & 0x80000000) !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4195b844) {
    if (hx >= 0x42b17218) {
      if (hx > 0x7f800000) return x + x;
      if (hx === 0x7f800000) return neg ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1; // tiny - one rounds to -1
  }
  let k: number;
  let c = 0;
  if (hx > 0x3eb17218) {
    let hi: number;
    let lo: number;
    if (hx < 0x3f851592) {
      if (!neg) {
        hi = fr(x - LN2_HI);
        lo = LN2_LO;
        k = 1;
      } else {
        hi = fr(x + LN2_HI);
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(fr(fr(INV_LN2 * x) + (neg ? -0.5 : 0.5)));
      const t = k;
      hi = fr(x - fr(t * LN2_HI));
      lo = fr(t * LN2_LO);
    }
    x = fr(hi - lo);
    c = fr(fr(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  } else k = 0;
  const hfx = fr(0.5 * x);
  const hxs = fr(x * hfx);
  const r1 = fr(
    1 +
      fr(
        hxs *
          fr(
            Q1 +
              fr(
                hxs *
                  fr(Q2 + fr(hxs * fr(Q3 + fr(hxs * fr(Q4 + fr(hxs * Q5)))))),
              ),
          ),
      ),
  );
  let t = fr(3 - fr(r1 * hfx));
  let e = fr(hxs * fr(fr(r1 - t) / fr(6 - fr(x * t))));
  if (k === 0) return fr(x - fr(fr(x * e) - hxs));
  e = fr(fr(x * fr(e - c)) - c);
  e = fr(e - hxs);
  if (k === -1) return fr(fr(0.5 * fr(x - e)) - 0.5);
  if (k === 1) {
    if (x < -0.25) return fr(-2 * fr(e - fr(x + 0.5)));
    return fr(1 + fr(2 * fr(x - e)));
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = fr(1 - fr(e - x));
    y = addExponent(y, k);
    return fr(y - 1);
  }
  if (k < 23) {
    t = fromBits(0x3f800000 - (0x1000000 >> k)); // 1 - 2^-k
    y = fr(t - fr(e - x));
    y = addExponent(y, k);
  } else {
    t = fromBits((0x7f - k) << 23); // 2^-k
    y = fr(x - fr(e + t));
    y = fr(y + 1);
    y = addExponent(y, k);
  }
  return y;
}

export function coshf(x: number): number {
  const ix = bitsOf(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    if (ix < 0x3eb17218) {
      if (ix < 0x24000000) return 1;
      const t = expm1f(ax);
      const w = fr(1 + t);
      return fr(1 + fr(fr(t * t) / fr(w + w)));
    }
    const t = expf(ax);
    return fr(fr(0.5 * t) + fr(0.5 / t));
  }
  if (ix < 0x42b17180) return fr(0.5 * expf(ax));
  if (ix <= 0x42b2d4fc) {
    const w = expf(fr(0.5 * ax));
    const t = fr(0.5 * w);
    return fr(t * w);
  }
  if (ix >= 0x7f800000) return x * x;
  return Infinity;
}

export function sinhf(x: number): number {
  const jx = bitsOf(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x;
  const h = jx & 0x80000000 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    if (ix < 0x31800000) return x;
    const t = expm1f(ax);
    if (ix < 0x3f800000)
      return fr(h * fr(fr(2 * t) - fr(fr(t * t) / fr(t + 1))));
    return fr(h * fr(t + fr(t / fr(t + 1))));
  }
  if (ix < 0x42b17180) return fr(h * expf(ax));
  if (ix <= 0x42b2d4fc) {
    const w = expf(fr(0.5 * ax));
    const t = fr(h * w);
    return fr(t * w);
  }
  return x * Infinity;
}

export function tanhf(x: number): number {
  const jx = bitsOf(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  let z: number;
  if (ix < 0x41b00000) {
    if (ix === 0) return x;
    if (ix < 0x24000000) return fr(x * fr(1 + x));
    if (ix >= 0x3f800000) {
      const t = expm1f(fr(2 * Math.abs(x)));
      z = fr(1 - fr(2 / fr(t + 2)));
    } else {
      const t = expm1f(fr(-2 * Math.abs(x)));
      z = fr(-t / fr(t + 2));
    }
  } else z = 1; // one - tiny rounds to 1
  return jx & 0x80000000 ? -z : z;
}
