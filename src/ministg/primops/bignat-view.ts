// ghc-bignum's BigNat# is a ByteArray# of 64-bit limbs, least significant
// first; our Integer and Natural constructors (IP/IN/NB) hold the magnitude
// as a JS bigint instead. Code GHC inlines at -O1 looks at both sides of
// that: it reads a BigNat's bytes (sizeofByteArray#, indexWordArray#, GMP
// calls) and builds BigNats from byte arrays it wrote itself. These two
// views let each side see the other's form: a bigint read as a byte array
// shows its limbs, and a byte array used as an Integer payload is the
// natural number its limbs spell.
import {
  ADDR,
  addrOffset,
  makeAddr,
  type Obj,
  type Value,
} from "../machine/values.js";

const LIMB = 64n;
const MASK = (1n << LIMB) - 1n;

// The views of recent magnitudes, so repeated reads of one BigNat do not
// rebuild its bytes (bigints are compared by value: any equal one will do).
const views = new Map<bigint, Obj>();
const MAX_VIEWS = 256;

/** A read-only byte array of the limbs of a natural number (0: no limbs). */
export function limbView(n: bigint): Obj {
  let v = views.get(n);
  if (v !== undefined) return v;
  if (n < 0n) n = -n;
  const limbs: bigint[] = [];
  for (let m = n; m > 0n; m >>= LIMB) limbs.push(m & MASK);
  const bytes = new Uint8Array(limbs.length * 8);
  const dv = new DataView(bytes.buffer);
  limbs.forEach((l, i) => dv.setBigUint64(i * 8, l, true));
  v = makeAddr(bytes, 0);
  if (views.size >= MAX_VIEWS) views.clear();
  views.set(n, v);
  return v;
}

/** The natural number the first `limbs` limbs of `bytes` spell. */
export function naturalOfBytes(bytes: Uint8Array, limbs: number): bigint {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0n;
  for (let i = Math.min(limbs, Math.floor(bytes.length / 8)) - 1; i >= 0; i--)
    n = (n << LIMB) | dv.getBigUint64(i * 8, true);
  return n;
}

/** A byte array value's natural number (all its limbs), if `v` is one. */
export function byteArrayNatural(v: Value): bigint | undefined {
  if (
    typeof v === "object" &&
    v.tag === ADDR &&
    addrOffset(v) === 0 &&
    v.env.length === 0 &&
    v.info instanceof Uint8Array
  )
    return naturalOfBytes(v.info, v.info.length / 8);
  return undefined;
}
