// C strings decoded as GHC's peekCString does with a UTF-8 locale (observed
// with GHC 9.0.2 under C.UTF-8): a byte that starts no valid sequence is
// skipped, and an incomplete sequence at the end is dropped (the decoder
// stops on input underflow). The result goes back
// to the prelude as a byte string that unpackCStringUtf8# reads leniently:
// NUL as C0 80 and surrogates as three bytes, NUL-terminated.
import { makeAddr } from "../machine/values.js";
import { memory } from "./bytearray.js";
import { int, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const foreignTextPrimOps: PrimOpTable = ops;

/** Code points of n UTF-8 bytes, as GHC's peekCString decodes them. */
export function decodeForeign(b: Uint8Array): number[] {
  const out: number[] = [];
  const cont = (x: number | undefined, lo = 0x80, hi = 0xbf): boolean =>
    x !== undefined && x >= lo && x <= hi;
  let i = 0;
  while (i < b.length) {
    const c0 = b[i]!;
    if (c0 < 0x80) {
      out.push(c0);
      i++;
      continue;
    }
    // sequence length and the allowed range of its second byte
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c0 >= 0xc2 && c0 <= 0xdf) len = 2;
    else if (c0 >= 0xe0 && c0 <= 0xef) {
      len = 3;
      if (c0 === 0xe0) lo = 0xa0;
      if (c0 === 0xed) hi = 0x9f;
    } else if (c0 >= 0xf0 && c0 <= 0xf4) {
      len = 4;
      if (c0 === 0xf0) lo = 0x90;
      if (c0 === 0xf4) hi = 0x8f;
    }
    let ok = len > 0;
    const have = Math.min(len, b.length - i);
    for (let k = 1; ok && k < have; k++)
      ok = k === 1 ? cont(b[i + 1], lo, hi) : cont(b[i + k]);
    if (ok && have < len) break; // underflow: the rest is dropped
    if (!ok) {
      i++; // skipped
      continue;
    }
    let cp = c0 & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) cp = (cp << 6) | (b[i + k]! & 0x3f);
    out.push(cp);
    i += len;
  }
  return out;
}

/** Code points as bytes unpackCStringUtf8# reads back (NUL as C0 80), NUL-terminated. */
function lenientUtf8(cps: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const c of cps) {
    if (c === 0) out.push(0xc0, 0x80);
    else if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000)
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 63),
        0x80 | ((c >> 6) & 63),
        0x80 | (c & 63),
      );
  }
  out.push(0);
  return Uint8Array.from(out);
}

def(
  "Foreign text",
  "decodeCString#",
  2,
  "n bytes at an address decoded as peekCString does (UTF-8: a byte that starts no valid sequence skipped, an incomplete end dropped), as a string unpackCStringUtf8# reads",
  (a, n) => {
    const len = Number(int(n, "decodeCString#"));
    const m = memory(a, "decodeCString#");
    const bytes = m.bytes.subarray(m.off, m.off + len);
    return makeAddr(lenientUtf8(decodeForeign(bytes)), 0);
  },
);
