// A fast path of GHC's floatToDigits 10 for Doubles (float-text.ts): the
// shortest digits V8 gives (Number.prototype.toExponential: the fewest
// digits that read back as x, the closest to x of those), checked to be the
// ones GHC's free-format algorithm chooses. GHC stops at the first length
// where a candidate lies strictly inside x's rounding interval (V8 accepts
// its ends when x's significand is even) and there takes the closer of the
// two neighbouring candidates (the upper on a tie). So V8's c = D * 10^p is
// GHC's answer when it is strictly inside the interval and strictly closer
// to x than half a unit of its last digit; both are decided on
// x - c in double-double arithmetic (error under 2^-100 x), and anything
// within that error of a limit goes to the exact path (null).

import { lazy } from "./libm/lazy.js";
import { add, dd, mul, twoSum } from "./libm/double-double.js";
import { highWord, lowWord, pow2 } from "./libm/float-bits.js";

const PMIN = -290;
const PMAX = 290;

/** 10^p as double-doubles for p = PMIN..PMAX (from exact bigints). */
const POW10 = lazy(() => {
  const hi = new Float64Array(PMAX - PMIN + 1);
  const lo = new Float64Array(PMAX - PMIN + 1);
  for (let p = PMIN; p <= PMAX; p++) {
    let h: number;
    let l: number;
    if (p >= 0) {
      const v = 10n ** BigInt(p);
      h = Number(v);
      l = Number(v - BigInt(h));
    } else {
      // 2^shift / 10^-p with 120 significant bits, then scaled
      const t = 10n ** BigInt(-p);
      const shift = t.toString(2).length + 119;
      const v = (1n << BigInt(shift)) / t;
      const vh = Number(v);
      const vl = Number(v - BigInt(vh));
      h = vh * pow2(-600) * pow2(600 - shift);
      l = vl * pow2(-600) * pow2(600 - shift);
    }
    hi[p - PMIN] = h;
    lo[p - PMIN] = l;
  }
  return { hi, lo };
});

const ERR = 2 ** -100;

/**
 * GHC's floatToDigits 10 x for a positive Double, or null when the fast
 * path cannot vouch for it (then the exact algorithm decides).
 */
export function shortestDigits(x: number): [number[], number] | null {
  if (!(x >= 1e-270 && x <= 1e270)) return null;
  const s = x.toExponential();
  const ePos = s.indexOf("e");
  const digits = ePos > 1 ? s[0]! + s.slice(2, ePos) : s[0]!;
  const n = digits.length;
  const exp10 = Number(s.slice(ePos + 1)); // x ~ d.ddd * 10^exp10
  const p = exp10 - (n - 1); // c = D * 10^p
  if (n > 17 || p < PMIN || p > PMAX) return null;
  // D exactly as a double-double
  let dh: number;
  let dl = 0;
  if (n <= 15) dh = Number(digits);
  else {
    dh = twoSum(Number(digits.slice(0, n - 8)) * 1e8, Number(digits.slice(-8)));
    dl = dd.lo;
  }
  const t = POW10();
  const ph = t.hi[p - PMIN]!;
  const pl = t.lo[p - PMIN]!;
  const ch = mul(dh, dl, ph, pl);
  const delta = add(x, 0, -ch, -dd.lo); // x - c
  const err = ERR * x;
  const dist = Math.abs(delta);
  // x's rounding interval: half an ulp above, half the gap below (a
  // quarter ulp at a power of 2 other than the least normal)
  const hw = highWord(x);
  const ulp = pow2((hw >>> 20) - 1075);
  const halfGap =
    delta < 0 || (hw & 0xfffff) !== 0 || lowWord() !== 0 || hw >>> 20 === 1
      ? ulp / 2
      : ulp / 4;
  if (!(dist < halfGap - err)) return null;
  // strictly closer than half a unit of the last digit
  if (!(dist < ph / 2 + pl / 2 - err)) return null;
  const ds = new Array<number>(n);
  for (let i = 0; i < n; i++) ds[i] = digits.charCodeAt(i) - 48;
  return [ds, exp10 + 1];
}
