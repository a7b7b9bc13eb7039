// ghc-bignum's C side that -O1 code calls directly once GHC has inlined
// BigNat# code (GMP's mpn functions, ghc-bignum's double conversions): the
// machine's half of the FFI definitions in preludes/base/FFI+Bignum.stg.
// A BigNat# argument is a byte array of limbs or an Integer magnitude
// (bignat-view.ts).
import type { Value } from "../machine/values.js";
import { limbView, naturalOfBytes } from "./bignat-view.js";
import { memory } from "./bytearray.js";
import { F64, scaleToFormat } from "./floating.js";
import {
  int,
  integer,
  groupTable,
  PrimError,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const bigNatPrimOps: PrimOpTable = ops;

const G = "BigNat# (ghc-bignum's C side)";

/** The natural number of a BigNat#'s first n limbs. */
function limbs(a: Value, n: number, op: string): bigint {
  if (typeof a === "bigint") {
    const m = a < 0n ? -a : a;
    return n * 64 >= bitLength(m) ? m : m & ((1n << BigInt(n * 64)) - 1n);
  }
  const { bytes, off } = memory(a, op);
  return naturalOfBytes(bytes.subarray(off), Math.min(n, bytes.length));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

def(
  G,
  "bigNatLimbs#",
  2,
  "the natural number the first n limbs of a BigNat# spell (an Integer payload)",
  (a, n) => limbs(a, Number(int(n, "bigNatLimbs#")), "bigNatLimbs#"),
);
def(
  G,
  "bigNatGetDouble#",
  3,
  "integer_gmp_mpn_get_d a n e: the first |n| limbs of a (negative when n < 0) truncated to 53 bits as GMP's mpn_get_d, times 2^e (ldexp)",
  (a, n, e) => {
    const sn = Number(int(n, "bigNatGetDouble#"));
    const m = limbs(a, Math.abs(sn), "bigNatGetDouble#");
    const drop = BigInt(Math.max(bitLength(m) - 53, 0));
    const t = (m >> drop) << drop;
    const x = Number(int(e, "bigNatGetDouble#"));
    const r = x === 0 ? Number(t) : scaleToFormat(t, x, F64, false);
    return sn < 0 ? -r : r;
  },
);
def(
  G,
  "wordEncodeDouble#",
  2,
  "ghc-bignum's __word_encodeDouble w e: the double nearest w, times 2^e (C's ldexp)",
  (w, e) => {
    const x = Number(integer(w, "wordEncodeDouble#"));
    const k = Number(int(e, "wordEncodeDouble#"));
    return k === 0 ? x : scaleToFormat(BigInt(x), k, F64, false);
  },
);
def(G, "bigNatPowerOf2#", 1, "k when a BigNat# is 2^k, else -1", (a) => {
  const m = limbs(a, Infinity, "bigNatPowerOf2#");
  return m > 0n && (m & (m - 1n)) === 0n ? bitLength(m) - 1 : -1;
});
def(
  G,
  "bigNatWriteLimbs#",
  3,
  "writes the low n limbs of a big integer (two's complement, modulo 2^(64n)) into a byte array, least significant first; gives 0",
  (dst, n, x) => {
    const k = Number(int(n, "bigNatWriteLimbs#"));
    const { bytes, off } = memory(dst, "bigNatWriteLimbs#");
    if (off + k * 8 > bytes.length)
      throw new PrimError("bigNatWriteLimbs#: past the end of the array");
    const dv = new DataView(bytes.buffer, bytes.byteOffset + off, k * 8);
    let m = integer(x, "bigNatWriteLimbs#");
    for (let i = 0; i < k; i++, m >>= 64n)
      dv.setBigUint64(i * 8, BigInt.asUintN(64, m), true);
    return 0;
  },
);
def(
  G,
  "bigNatBytes#",
  1,
  "a big integer's limbs as a read-only byte array (bignat-view.ts); any other value unchanged",
  (a) => (typeof a === "bigint" ? limbView(a) : a),
);
