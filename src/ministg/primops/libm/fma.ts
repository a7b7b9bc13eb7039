// a * b + c with a single rounding, as the fused multiply-add that glibc's
// FMA-compiled variants (chosen at load time on CPUs with FMA) use where
// GCC contracts a product feeding a sum. Dekker's exact product and
// Knuth's exact sum, then one last addition: exact except when the result
// sits within an ulp of a tie, which does not matter here.

const SPLIT = 134217729; // 2^27 + 1

/** a * b + c, rounded once (for |a|, |b| < 2^995). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0) return p + c;
  // exact product p + pe (Veltkamp split)
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl;
  // exact sum p + c = s + se
  const s = p + c;
  const v = s - p;
  const se = p - (s - v) + (c - v);
  return s + (pe + se);
}
