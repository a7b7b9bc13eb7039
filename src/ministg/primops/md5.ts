// MD5 (RFC 1321), written from the specification: GHC.Fingerprint's
// digests (fingerprintData, fingerprintString, a TypeRep's fingerprint).

// the per-step left rotations, four per round
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
// T[i] = floor(2^32 * |sin(i + 1)|)
const T = Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0,
);

/** The 16-byte MD5 digest of `data`. */
export function md5(data: Uint8Array): Uint8Array {
  // padding: 0x80, zeros to 56 mod 64, then the bit length (64-bit little-endian)
  const padded = new Uint8Array((((data.length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = BigInt(data.length) * 8n;
  view.setBigUint64(padded.length - 8, bits, true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Uint32Array(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let j = 0; j < 16; j++) m[j] = view.getUint32(off + 4 * j, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      switch (i >> 4) {
        case 0:
          f = (b & c) | (~b & d);
          g = i;
          break;
        case 1:
          f = (d & b) | (~d & c);
          g = (5 * i + 1) & 15;
          break;
        case 2:
          f = b ^ c ^ d;
          g = (3 * i + 5) & 15;
          break;
        default:
          f = c ^ (b | ~d);
          g = (7 * i) & 15;
      }
      const sum = (f + a + T[i]! + m[g]!) >>> 0;
      const s = SHIFTS[((i >> 4) << 2) | (i & 3)]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const o = new DataView(out.buffer);
  o.setUint32(0, a0, true);
  o.setUint32(4, b0, true);
  o.setUint32(8, c0, true);
  o.setUint32(12, d0, true);
  return out;
}
