// Double-double arithmetic (a value is hi + lo, |lo| <= ulp(hi)/2) for the
// fast paths of the correctly rounded functions, and Ziv's rounding test.
// Each operation returns hi and leaves lo in `dd.lo`: no allocation on the
// hot path. With u = 2^-53, every operation below is within 4u^2 (|a| +
// |b|) of the exact sum (|a| |b| for a product, |a / b| for a quotient).

/** The low part of the last result. */
export const dd = { lo: 0 };

const SPLIT = 134217729; // 2^27 + 1

/** a + b exactly, as hi + dd.lo (Knuth's TwoSum). */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const v = s - a;
  dd.lo = a - (s - v) + (b - v);
  return s;
}

/** a * b exactly, as hi + dd.lo (Dekker's product; |a|, |b| < 2^995). */
export function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah + al) + (bh + bl). */
export function add(ah: number, al: number, bh: number, bl: number): number {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  const h = s + e;
  dd.lo = e - (h - s);
  return h;
}

/** (ah + al) * (bh + bl). */
export function mul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = dd.lo + (ah * bl + al * bh);
  const h = p + e;
  dd.lo = e - (h - p);
  return h;
}

/** (ah + al) / (bh + bl), bh != 0. */
export function div(ah: number, al: number, bh: number, bl: number): number {
  const q = ah / bh;
  // the remainder a - q b, exact up to the rounding of its small terms
  const p = twoProd(q, bh);
  const r = ah - p - dd.lo + al - q * bl;
  const e = r / bh;
  const h = q + e;
  dd.lo = e - (h - q);
  return h;
}

/** sqrt(ah + al), ah > 0. */
export function sqrt(ah: number, al: number): number {
  const s = Math.sqrt(ah);
  const p = twoProd(s, s);
  const e = (ah - p - dd.lo + al) / (2 * s);
  const h = s + e;
  dd.lo = e - (h - s);
  return h;
}

/**
 * The double nearest the value v known to lie within `err` of hi + lo
 * (|lo| <= ulp(hi), err >= 2^-78 |hi|), or NaN when the interval straddles
 * a rounding boundary. Rounding is monotonic, so when both ends round to
 * the same double, so does v; the doubled error absorbs the rounding of
 * lo +- 2 err.
 */
export function roundOrNaN(hi: number, lo: number, err: number): number {
  const up = hi + (lo + 2 * err);
  return up === hi + (lo - 2 * err) ? up : NaN;
}

/** A bigint fixed-point value v * 2^-bits as a double-double [hi, lo]. */
export function fromFixed(v: bigint, bits: number): [number, number] {
  const hi = Number(v);
  const lo = Number(v - BigInt(hi));
  return [hi * 2 ** -bits, lo * 2 ** -bits];
}
