// ghc-bignum's number theory on the interpreter's big integers (Integer
// payloads and BigNat#s, which `integer` reads in either form): what
// GHC.Num.Integer/BigNat's integerLog2#, integerSizeInBase#, integerPowMod#,
// integerRecipMod# and integerGcde compute, as one step each instead of a
// prelude loop over thousands of limbs. The preludes
// (preludes/base/GHC.Num.Integer+Theory.stg, GHC.Num.BigNat+Ops.stg) handle
// GHC's edge cases (zero modulus, negative exponents) around them.
import {
  groupTable,
  int,
  integer,
  PrimError,
  type PrimOpTable,
} from "./table.js";
import { wordOf } from "./numeric.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const bignumTheoryPrimOps: PrimOpTable = ops;

const G = "Integer number theory (ghc-bignum)";

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** The number of bits of a non-negative n (0 for 0). */
export function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** x mod m in [0, m) for m > 0. */
const modPos = (x: bigint, m: bigint): bigint => {
  const r = x % m;
  return r < 0n ? r + m : r;
};

/**
 * Extended Euclid on a, b: [g, s, t] with a*s + b*t = g = gcd(a, b) >= 0
 * (GMP's mpz_gcdext's coefficients; all 0 for gcd(0, 0)).
 */
export function gcdExt(a: bigint, b: bigint): [bigint, bigint, bigint] {
  if (a === 0n && b === 0n) return [0n, 0n, 0n];
  let [r0, r1] = [a, b];
  let [s0, s1] = [1n, 0n];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return r0 < 0n ? [-r0, -s0, -t0] : [r0, s0, t0];
}

def(
  G,
  "bigLog2#",
  1,
  "floor(log2 |a|) of a big integer, -1 for 0 (Int#)",
  (a) => bitLength(abs(integer(a, "bigLog2#"))) - 1,
);
def(
  G,
  "bigSizeInBase#",
  2,
  "the number of base-b digits of |a| (b a Word# >= 2; 0 for 0)",
  (b, a) => {
    const base = wordOf(int(b, "bigSizeInBase#"));
    if (base < 2n) throw new PrimError("bigSizeInBase#: base below 2");
    const n = abs(integer(a, "bigSizeInBase#"));
    if (n === 0n) return 0;
    if ((base & (base - 1n)) === 0n) {
      const k = bitLength(base) - 1;
      return Math.ceil(bitLength(n) / k);
    }
    // an estimate from the bit length, corrected by at most a step or two
    let k = Math.max(
      1,
      Math.floor((bitLength(n) - 1) / Math.log2(Number(base))) - 1,
    );
    let p = base ** BigInt(k);
    while (p <= n) {
      p *= base;
      k++;
    }
    while (k > 1 && p / base > n) {
      p /= base;
      k--;
    }
    return k;
  },
);
def(
  G,
  "bigPowMod#",
  3,
  "b^e mod m in [0, m) for e >= 0 and m > 0 (square and multiply)",
  (b, e, m) => {
    const mod = integer(m, "bigPowMod#");
    let exp = integer(e, "bigPowMod#");
    if (mod <= 0n || exp < 0n)
      throw new PrimError("bigPowMod#: needs e >= 0 and m > 0");
    let base = modPos(integer(b, "bigPowMod#"), mod);
    let r = 1n % mod;
    while (exp > 0n) {
      if ((exp & 1n) === 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    return r;
  },
);
def(
  G,
  "bigRecipMod#",
  2,
  "the inverse of a modulo m in [0, m) for m > 0, or -1 when gcd(a, m) /= 1",
  (a, m) => {
    const mod = integer(m, "bigRecipMod#");
    if (mod <= 0n) throw new PrimError("bigRecipMod#: needs m > 0");
    const [g, s] = gcdExt(modPos(integer(a, "bigRecipMod#"), mod), mod);
    return g === 1n ? modPos(s, mod) : -1n;
  },
);
def(
  G,
  "bigGcdeS#",
  2,
  "the Bezout coefficient s of a in a*s + b*t = gcd(a, b) (extended Euclid)",
  (a, b) => gcdExt(integer(a, "bigGcdeS#"), integer(b, "bigGcdeS#"))[1],
);
def(G, "bigPopCount#", 1, "the number of 1 bits of |a| (Int#)", (a) => {
  let n = abs(integer(a, "bigPopCount#"));
  let c = 0;
  for (; n > 0n; n >>= 64n) {
    let w = n & 0xffffffffffffffffn;
    while (w > 0n) {
      w &= w - 1n;
      c++;
    }
  }
  return c;
});
def(
  G,
  "bigCtz#",
  1,
  "the number of trailing 0 bits of |a|, 0 for 0 (Int#)",
  (a) => {
    const n = abs(integer(a, "bigCtz#"));
    return n === 0n ? 0 : bitLength(n & -n) - 1;
  },
);
