// Digests: the MD5 behind GHC.Fingerprint, which Typeable uses to combine
// fingerprints (a TypeRep's fingerprint is the MD5 of its TyCon's and its
// arguments' fingerprints, each written as two big-endian Word64s).
import { createHash } from "node:crypto";
import { memory } from "./bytearray.js";
import { normWord } from "./numeric.js";
import { groupTable, int, type PrimOpTable } from "./table.js";

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
    const data = Buffer.alloc(8 * count);
    for (let i = 0; i < count; i++)
      data.writeBigUInt64BE(src.getBigUint64(8 * i, true), 8 * i);
    const d = createHash("md5").update(data).digest();
    return ctx.mkTuple([
      normWord(d.readBigUInt64BE(0)),
      normWord(d.readBigUInt64BE(8)),
    ]);
  },
);
