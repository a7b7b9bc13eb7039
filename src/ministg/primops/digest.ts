// Digests: the MD5 behind GHC.Fingerprint, which Typeable uses to combine
// fingerprints (a TypeRep's fingerprint is the MD5 of its TyCon's and its
// arguments' fingerprints, each written as two big-endian Word64s).
import { memory } from "./bytearray.js";
import { md5 } from "./md5.js";
import { normWord } from "./numeric.js";
import {
  PrimError,
  groupTable,
  int,
  type PrimContext,
  type PrimOpTable,
} from "./table.js";
import type { Value } from "../machine/values.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const digestPrimOps: PrimOpTable = ops;

const G = "Digests";

def(
  G,
  "md5Words#",
  2,
  "MD5 of the first n 64-bit words of a byte array, each serialised big-endian (GHC.Fingerprint's fingerprintFingerprints), as `Z2H hi lo`: the digest's two big-endian halves",
  (a, n, _c, ctx) => {
    const op = "md5Words#";
    const m = memory(a, op);
    const count = Number(int(n, op));
    const src = new DataView(m.bytes.buffer, m.bytes.byteOffset + m.off);
    const data = new Uint8Array(8 * count);
    const dst = new DataView(data.buffer);
    for (let i = 0; i < count; i++)
      dst.setBigUint64(8 * i, src.getBigUint64(8 * i, true), false);
    return digestHalves(md5(data), ctx);
  },
);

def(
  G,
  "md5Bytes#",
  2,
  "MD5 of n bytes of memory from an address (GHC.Fingerprint's fingerprintData), as `Z2H hi lo`: the digest's two big-endian halves",
  (a, n, _c, ctx) => {
    const op = "md5Bytes#";
    const m = memory(a, op);
    const count = Number(int(n, op));
    if (count < 0 || m.off + count > m.bytes.length)
      throw new PrimError(`${op}: ${count} bytes do not fit the memory`);
    return digestHalves(md5(m.bytes.subarray(m.off, m.off + count)), ctx);
  },
);

// a digest as GHC's Fingerprint: its two big-endian 64-bit halves
function digestHalves(d: Uint8Array, ctx: PrimContext): Value {
  const v = new DataView(d.buffer, d.byteOffset, 16);
  return ctx.mkTuple([
    normWord(v.getBigUint64(0, false)),
    normWord(v.getBigUint64(8, false)),
  ]);
}
