// C string literals unpacked a chunk at a time (docs/primops.md, "C string
// chunks"). GHC.CString's unpackCString# and friends build a String from a
// literal's bytes one lazy cell at a time, some ten steps a character; these
// build up to CHUNK characters at once, ending in the tail the prelude gives
// (Nil, the rest of an append, or a thunk of the next chunk). A literal's
// bytes never change and hold no bottom, so the list is the same; only
// memory differs, by at most one chunk built before it is demanded.
import { addrOffset, type Value } from "../machine/values.js";
import { addr, int, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const cstringPrimOps: PrimOpTable = ops;

const G = "C string chunks";

/** Characters a chunk holds at most. */
export const CHUNK = 64;

/** The byte at `i` (0 past either end, as indexCharOffAddr# reads it). */
function byteAt(bytes: Uint8Array, i: number): number {
  return i >= 0 && i < bytes.length ? bytes[i]! : 0;
}

/** The bytes of an Addr# argument and the index of its offset `i` in them. */
function at(a: Value, i: Value, op: string): [Uint8Array, number] {
  const s = addr(a, op);
  return [s.info as Uint8Array, addrOffset(s) + Number(int(i, op))];
}

/** The offset, from `a`, of index `j` of its bytes. */
function offsetOf(a: Value, j: number): number {
  return j - addrOffset(addr(a, "cstringChunkEnd#"));
}

/** Latin-1: the offset where the chunk from `i` ends (its NUL, or CHUNK bytes on). */
function latin1End(bytes: Uint8Array, i: number): number {
  let j = i;
  while (j - i < CHUNK && byteAt(bytes, j) !== 0) j++;
  return j;
}

/**
 * UTF-8 as GHC.CString's unpackCStringUtf8# reads it (modified UTF-8: C0 80
 * is NUL; a lead byte says the length, continuation bytes are not checked):
 * the code point at `i` and the offset after it, or null at a NUL byte.
 */
function utf8At(bytes: Uint8Array, i: number): [number, number] | null {
  const b0 = byteAt(bytes, i);
  if (b0 === 0) return null;
  const c = (k: number): number => byteAt(bytes, i + k) & 63;
  if (b0 < 128) return [b0, i + 1];
  if (b0 < 224) return [((b0 & 31) << 6) | c(1), i + 2];
  if (b0 < 240) return [((b0 & 15) << 12) | (c(1) << 6) | c(2), i + 3];
  return [((b0 & 7) << 18) | (c(1) << 12) | (c(2) << 6) | c(3), i + 4];
}

function utf8End(bytes: Uint8Array, i: number): number {
  let j = i;
  for (let n = 0; n < CHUNK; n++) {
    const r = utf8At(bytes, j);
    if (r === null) break;
    j = r[1];
  }
  return j;
}

def(
  G,
  "cstringChunkEnd#",
  2,
  "cstringChunkEnd# a i: the offset where the Latin-1 chunk from i ends: at the first NUL byte or 64 bytes on",
  (a, i) => {
    const [bytes, k] = at(a, i, "cstringChunkEnd#");
    return offsetOf(a, latin1End(bytes, k));
  },
);

def(
  G,
  "cstringChunk#",
  3,
  "cstringChunk# a i rest: the characters (one a byte) from i to cstringChunkEnd# a i, then rest",
  (a, i, rest, ctx) => {
    const [bytes, k] = at(a, i, "cstringChunk#");
    let r = rest;
    for (let j = latin1End(bytes, k) - 1; j >= k; j--)
      r = ctx.mkCons(ctx.mkChar(bytes[j]!), r);
    return r;
  },
);

def(
  G,
  "cstringUtf8ChunkEnd#",
  2,
  "cstringUtf8ChunkEnd# a i: the offset after the UTF-8 chunk from i: at the first NUL byte or 64 characters on",
  (a, i) => {
    const [bytes, k] = at(a, i, "cstringUtf8ChunkEnd#");
    return offsetOf(a, utf8End(bytes, k));
  },
);

def(
  G,
  "cstringUtf8Chunk#",
  3,
  "cstringUtf8Chunk# a i rest: the characters UTF-8 decodes from i to cstringUtf8ChunkEnd# a i, then rest",
  (a, i, rest, ctx) => {
    const [bytes, k] = at(a, i, "cstringUtf8Chunk#");
    const cps: number[] = [];
    for (let j = k, n = 0; n < CHUNK; n++) {
      const d = utf8At(bytes, j);
      if (d === null) break;
      cps.push(d[0]);
      j = d[1];
    }
    let r = rest;
    for (let n = cps.length - 1; n >= 0; n--)
      r = ctx.mkCons(ctx.mkChar(cps[n]!), r);
    return r;
  },
);
