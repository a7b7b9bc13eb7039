// Single precision: glibc 2.36's logf (Szabolcs Nagy's: a 16-entry table
// and a cubic in double, rounded once, so not always correctly rounded) and
// fdlibm's float log1pf, asinhf, acoshf, atanhf, each float operation a
// Math.fround step as in the C code.

import { bitsOf, fromBits, hexFloat as h } from "./float-bits.js";

const fr = Math.fround;

// glibc's __logf_data: [1/c, log c] for the 16 subintervals
const LOGF_T: [number, number][] = [
  [h("661ec79f8f3be", 0), -h("57bf7808caade", -2)],
  [h("571ed4aaf883d", 0), -h("2bef0a7c06ddb", -2)],
  [h("49539f0f010b", 0), -h("01eae7f513a67", -2)],
  [h("3c995b0b80385", 0), -h("b31d8a68224e9", -3)],
  [h("30d190c8864a5", 0), -h("6574f0ac07758", -3)],
  [h("25e227b0b8ea", 0), -h("1aa2bc79c81", -3)],
  [h("1bb4a4a1a343f", 0), -h("a4e76ce8c0e5e", -4)],
  [h("12358f08ae5ba", 0), -h("1973c5a611ccc", -4)],
  [h("0953f419900a7", 0), -h("252f438e10c1e", -5)],
  [1, 0],
  [h("e608cfd9a47ac", -1), h("aa5aa5df25984", -5)],
  [h("ca4b31f026aa", -1), h("c5e53aa362eb4", -4)],
  [h("b2036576afce6", -1), h("526e57720db08", -3)],
  [h("9c2d163a1aa2d", -1), h("bc2860d22477", -3)],
  [h("886e6037841ed", -1), h("1058bc8a07ee1", -2)],
  [h("767dcf5534862", -1), h("4043057b6ee09", -2)],
];
const LN2 = h("62e42fefa39ef", -1);
const A0 = -h("00ea348b88334", -2);
const A1 = h("5575b0be00b6a", -2);
const A2 = -h("ffffef20a4123", -2);
const OFF = 0x3f330000;

export function logf(x: number): number {
  let ix = bitsOf(x);
  if (ix === 0x3f800000) return 0;
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || ix < 0x00800000) {
    if ((ix & 0x7fffffff) === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || ix >= 0x7f800000) return NaN;
    ix = bitsOf(fr(x * 2 ** 23)) - (23 << 23); // subnormal: normalize
  }
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) % 16;
  const k = (tmp | 0) >> 23;
  const iz = (ix - ((tmp & 0xff800000) >>> 0)) >>> 0;
  const [invc, logc] = LOGF_T[i];
  const z = fromBits(iz);
  const r = z * invc - 1;
  const y0 = logc + k * LN2;
  const r2 = r * r;
  let y = A1 * r + A2;
  y = A0 * r2 + y;
  y = y * r2 + (y0 + r);
  return fr(y);
}

const LN2_HI = fr(6.9313812256e-1);
const LN2_LO = fr(9.0580006145e-6);
const LP = [
  6.6666668653e-1, 4.0000000596e-1, 2.8571429849e-1, 2.2222198546e-1,
  1.818357259e-1, 1.5313838422e-1, 1.479819864e-1,
].map(fr);

export function log1pf(x: number): number {
  const hx = bitsOf(x) | 0; // signed, as fdlibm's int32_t
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) {
      if (ax < 0x24800000) return x;
      return fr(x - fr(fr(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = fr(1 + x);
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? fr(1 - fr(u - x)) : fr(x - fr(u - 1));
      c = fr(c / u);
    } else {
      u = x;
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) u = fromBits(hu | 0x3f800000);
    else {
      k += 1;
      u = fromBits(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f = fr(u - 1);
  }
  const hfsq = fr(fr(0.5 * f) * f);
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = fr(c + fr(k * LN2_LO));
      return fr(fr(k * LN2_HI) + c);
    }
    const R = fr(hfsq * fr(1 - fr(fr(0.66666666666666666) * f)));
    if (k === 0) return fr(f - R);
    return fr(fr(k * LN2_HI) - fr(fr(R - fr(fr(k * LN2_LO) + c)) - f));
  }
  const s = fr(f / fr(2 + f));
  const z = fr(s * s);
  let R = LP[6];
  for (let i = 5; i >= 0; i--) R = fr(LP[i] + fr(z * R));
  R = fr(z * R);
  if (k === 0) return fr(f - fr(hfsq - fr(s * fr(hfsq + R))));
  return fr(
    fr(k * LN2_HI) -
      fr(fr(hfsq - fr(fr(s * fr(hfsq + R)) + fr(fr(k * LN2_LO) + c))) - f),
  );
}

const LN2F = fr(6.9314718246e-1);
const sqrtf = (x: number): number => fr(Math.sqrt(x));

export function asinhf(x: number): number {
  const ix = bitsOf(x) & 0x7fffffff;
  if (ix < 0x38000000) return x;
  let w: number;
  const xa = Math.abs(x);
  if (ix > 0x47000000) {
    if (ix >= 0x7f800000) return x + x;
    w = fr(logf(xa) + LN2F);
  } else if (ix > 0x40000000) {
    w = logf(fr(fr(2 * xa) + fr(1 / fr(sqrtf(fr(fr(xa * xa) + 1)) + xa))));
  } else {
    const t = fr(xa * xa);
    w = log1pf(fr(xa + fr(t / fr(1 + sqrtf(fr(1 + t))))));
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

export function acoshf(x: number): number {
  const hx = bitsOf(x) | 0;
  if (hx < 0x3f800000) return NaN;
  if (hx >= 0x4d800000) return hx >= 0x7f800000 ? x + x : fr(logf(x) + LN2F);
  if (hx === 0x3f800000) return 0;
  if (hx > 0x40000000) {
    const t = fr(x * x);
    return logf(fr(fr(2 * x) - fr(1 / fr(x + sqrtf(fr(t - 1))))));
  }
  const t = fr(x - 1);
  return log1pf(fr(t + sqrtf(fr(fr(2 * t) + fr(t * t)))));
}

export function atanhf(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = fr(xa + xa);
    t = fr(0.5 * log1pf(fr(t + fr(fr(t * xa) / fr(1 - xa)))));
  } else if (xa < 1) t = fr(0.5 * log1pf(fr(fr(xa + xa) / fr(1 - xa))));
  else if (xa > 1 || Number.isNaN(x)) return NaN;
  else return x / 0;
  return x < 0 ? -t : t;
}
