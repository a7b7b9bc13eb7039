// Raw memory: GHC's ByteArray#/MutableByteArray# and Addr# memory (malloc),
// little-endian as on x86-64.
//
// A byte array and an address are the same kind of value: an ADDR object
// whose `info` is a Uint8Array and whose `id` is an offset into it (a byte
// array has offset 0; `byteArrayContents#` and `plusAddr#` give views of
// the same bytes). An address nothing backs (`nullAddr#`, lowered to the
// Int# 0, or `int2Addr#` of an unknown number) is a plain integer.
//
// Every buffer gets a made-up machine address the first time one is needed
// (`addr2Int#`, comparisons, `minusAddr#`, storing an Addr# in memory), from
// a bump allocator that never reuses addresses; `int2Addr#` finds the buffer
// again. Reading or writing outside a buffer, or through an address no
// buffer backs, is a runtime error naming the primop, where GHC's program
// would read garbage or crash.

import {
  ADDR,
  Obj,
  addrOffset,
  makeAddr,
  type Value,
} from "../machine/values.js";
import { big, normInt, normWord } from "./numeric.js";
import { ARRAY_MARK } from "./array.js";
import { limbView } from "./bignat-view.js";
import {
  PrimError,
  describe,
  int,
  num,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const byteArrayPrimOps: PrimOpTable = ops;

// ------------------------------------------------------------------ addresses

const FIRST_BASE = 0x4200000000;
let nextBase = FIRST_BASE;
const bases = new WeakMap<ArrayBufferLike, number>();
/** Buffers with an address, by increasing base (bump allocation keeps the order). */
const known: { base: number; buf: ArrayBufferLike }[] = [];

function bufferBase(buf: ArrayBufferLike): number {
  let b = bases.get(buf);
  if (b === undefined) {
    b = nextBase;
    nextBase += Math.ceil((buf.byteLength + 16) / 16) * 16;
    bases.set(buf, b);
    known.push({ base: b, buf });
  }
  return b;
}

function isMemory(o: Obj): boolean {
  return (
    o.info instanceof Uint8Array && o.info !== ARRAY_MARK && o.env.length === 0
  );
}

/** The machine address of an Addr# (or byte array) value. */
export function addressOf(v: Value, op: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v.tag === ADDR && isMemory(v)) {
    const bytes = v.info as Uint8Array;
    return bufferBase(bytes.buffer) + bytes.byteOffset + addrOffset(v);
  }
  throw new PrimError(`${op}: expected an address, got ${describe(v)}`);
}

/** The Addr# value at machine address n: a view of a known buffer, else n. */
function fromAddress(n: number): Value {
  let lo = 0;
  let hi = known.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = known[mid]!;
    if (n < k.base) hi = mid - 1;
    else if (n > k.base + k.buf.byteLength) lo = mid + 1;
    else return makeAddr(new Uint8Array(k.buf), n - k.base);
  }
  return n;
}

/**
 * The offsets of two addresses into one buffer, or null. Pointer arithmetic
 * and comparisons within a buffer (a Builder's `op \`minusPtr\` p`, each
 * step) need no machine address: giving a buffer one keeps it alive for the
 * rest of the run (`known`; JavaScript has no weak reference a synchronous
 * run could see cleared).
 */
function sameBufferOffsets(a: Value, b: Value): [number, number] | null {
  if (typeof a !== "object" || typeof b !== "object") return null;
  if (a.tag !== ADDR || b.tag !== ADDR || !isMemory(a) || !isMemory(b))
    return null;
  const x = a.info as Uint8Array;
  const y = b.info as Uint8Array;
  if (x.buffer !== y.buffer) return null;
  return [x.byteOffset + addrOffset(a), y.byteOffset + addrOffset(b)];
}

/** Whether `v` is memory whose buffer has no machine address yet. */
function unaddressed(v: Value): boolean {
  return (
    typeof v === "object" &&
    v.tag === ADDR &&
    isMemory(v) &&
    !bases.has((v.info as Uint8Array).buffer)
  );
}

/**
 * Two addresses as numbers that compare as the addresses do: offsets within
 * one buffer; a buffer without an address against a number below every
 * buffer's (nullPtr) as FIRST_BASE, which lies above it and differs from it;
 * else the machine addresses.
 */
function comparable(a: Value, b: Value, op: string): [number, number] {
  const o = sameBufferOffsets(a, b);
  if (o !== null) return o;
  if (typeof b !== "object" && unaddressed(a)) {
    const y = Number(int(b, op));
    if (y < FIRST_BASE) return [FIRST_BASE, y];
  }
  if (typeof a !== "object" && unaddressed(b)) {
    const x = Number(int(a, op));
    if (x < FIRST_BASE) return [x, FIRST_BASE];
  }
  return [addressOf(a, op), addressOf(b, op)];
}

function hexAddress(n: number): string {
  return "0x" + n.toString(16).padStart(16, "0");
}

/** Bytes and offset of memory at an address or byte array value. */
export function memory(
  v: Value,
  op: string,
): { bytes: Uint8Array; off: number } {
  if (typeof v === "object") {
    if (v.tag === ADDR && isMemory(v))
      return { bytes: v.info as Uint8Array, off: addrOffset(v) };
    throw new PrimError(
      `${op}: expected an address or byte array, got ${describe(v)}`,
    );
  }
  const n = Number(int(v, op));
  const a = fromAddress(n);
  if (typeof a === "object")
    return { bytes: a.info as Uint8Array, off: addrOffset(a) };
  throw new PrimError(
    `${op}: invalid memory access at address ${hexAddress(n)} (no memory there; GHC's program would crash)`,
  );
}

/** Checks that `size` bytes at `at` lie in `bytes`; gives the absolute offset. */
function span(bytes: Uint8Array, at: number, size: number, op: string): number {
  if (Number.isInteger(at) && at >= 0 && size >= 0 && at + size <= bytes.length)
    return at;
  throw new PrimError(
    `${op}: access of ${size} byte(s) at offset ${at} is outside a ${bytes.length}-byte buffer`,
  );
}

// ------------------------------------------------------------- element types

type Kind = "int" | "word" | "char" | "float" | "double" | "addr";

/** GHC's element types of the ByteArray#/Addr# primops. */
export const ELEMENT_TYPES: readonly {
  name: string;
  size: number;
  kind: Kind;
}[] = [
  { name: "Char", size: 1, kind: "char" },
  { name: "WideChar", size: 4, kind: "char" },
  { name: "Int", size: 8, kind: "int" },
  { name: "Word", size: 8, kind: "word" },
  { name: "Addr", size: 8, kind: "addr" },
  { name: "Float", size: 4, kind: "float" },
  { name: "Double", size: 8, kind: "double" },
  { name: "StablePtr", size: 8, kind: "word" },
  { name: "Int8", size: 1, kind: "int" },
  { name: "Int16", size: 2, kind: "int" },
  { name: "Int32", size: 4, kind: "int" },
  { name: "Int64", size: 8, kind: "int" },
  { name: "Word8", size: 1, kind: "word" },
  { name: "Word16", size: 2, kind: "word" },
  { name: "Word32", size: 4, kind: "word" },
  { name: "Word64", size: 8, kind: "word" },
];

const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

function load(
  size: number,
  kind: Kind,
  bytes: Uint8Array,
  at: number,
  op: string,
): Value {
  const p = span(bytes, at, size, op);
  if (size === 1) {
    const b = bytes[p]!;
    return kind === "int" ? (b << 24) >> 24 : b;
  }
  for (let i = 0; i < size; i++) scratchBytes[i] = bytes[p + i]!;
  switch (kind) {
    case "float":
      return scratch.getFloat32(0, true);
    case "double":
      return scratch.getFloat64(0, true);
    case "char":
      return scratch.getUint32(0, true);
    case "addr":
      return fromAddress(Number(scratch.getBigUint64(0, true)));
    case "int":
      if (size === 2) return scratch.getInt16(0, true);
      if (size === 4) return scratch.getInt32(0, true);
      return normInt(scratch.getBigInt64(0, true));
    case "word":
      if (size === 2) return scratch.getUint16(0, true);
      if (size === 4) return scratch.getUint32(0, true);
      return normWord(scratch.getBigUint64(0, true));
  }
}

function store(
  size: number,
  kind: Kind,
  bytes: Uint8Array,
  at: number,
  v: Value,
  op: string,
): void {
  const p = span(bytes, at, size, op);
  switch (kind) {
    case "float":
      scratch.setFloat32(0, num(v, op), true);
      break;
    case "double":
      scratch.setFloat64(0, num(v, op), true);
      break;
    case "addr":
      scratch.setBigUint64(
        0,
        BigInt.asUintN(64, BigInt(addressOf(v, op))),
        true,
      );
      break;
    default:
      if (typeof v === "number" && size <= 4)
        scratch.setUint32(0, v >>> 0, true);
      else scratch.setBigUint64(0, BigInt.asUintN(64, big(int(v, op))), true);
  }
  for (let i = 0; i < size; i++) bytes[p + i] = scratchBytes[i]!;
}

const G = "ByteArray# and Addr# memory";

for (const t of ELEMENT_TYPES) {
  const { name, size, kind } = t;
  const what = `a ${name} (${size} byte${size > 1 ? "s" : ""})`;
  const read = (op: string, scale: number) => (a: Value, i: Value) => {
    // A bigint where a ByteArray# is read: an Integer's magnitude as a BigNat#.
    const ba = typeof a === "bigint" && !op.endsWith("OffAddr#");
    const m = memory(ba ? limbView(a) : a, op);
    const at = m.off + Number(int(i, op)) * scale;
    // Past a big integer's limbs: 0 (-O1 code inlined from ghc-bignum reads
    // word 0 of a zero BigNat# before it tests the size; GHC's heap has
    // slack there).
    if (ba && at >= m.bytes.length) return 0;
    return load(size, kind, m.bytes, at, op);
  };
  def(
    G,
    `index${name}Array#`,
    2,
    `${what} at element index i of a byte array`,
    read(`index${name}Array#`, size),
  );
  if (size > 1) {
    def(
      G,
      `indexWord8ArrayAs${name}#`,
      2,
      `${what} at byte offset i of a byte array`,
      read(`indexWord8ArrayAs${name}#`, 1),
    );
  }
  if (name !== "Char") {
    def(
      G,
      `index${name}OffAddr#`,
      2,
      `${what} at element index i from an address`,
      read(`index${name}OffAddr#`, size),
    );
  }
  def(
    G,
    `memRead${name}#`,
    2,
    `${what} at byte offset i of a byte array or from an address (the prelude's read primops)`,
    read(`memRead${name}#`, 1),
  );
  const wop = `memWrite${name}#`;
  def(G, wop, 3, `write ${what} at byte offset i; gives 0`, (a, i, v) => {
    const m = memory(a, wop);
    store(size, kind, m.bytes, m.off + Number(int(i, wop)), v, wop);
    return 0;
  });
}

// ------------------------------------------------------------- byte arrays

// More than this is surely a mistake (and would exhaust memory).
const MAX_BYTES = 1 << 30;

// Buffers are whole words, as GHC's heap objects and malloc's blocks are
// (GHC's UArray Bool reads whole words of a (n+7)/8-byte array); a byte
// array's own size, when it is not a whole number of words or after a
// shrink, is kept here.
const sizes = new WeakMap<Uint8Array, number>();

function newBytes(n: Value, op: string): Uint8Array {
  const len = Number(int(n, op));
  if (!(len >= 0 && len <= MAX_BYTES))
    throw new PrimError(`${op}: bad size ${len}`);
  const bytes = new Uint8Array(Math.ceil(len / 8) * 8);
  if (bytes.length !== len) sizes.set(bytes, len);
  return bytes;
}

function sizeOf(b: Obj): number {
  const bytes = b.info as Uint8Array;
  return sizes.get(bytes) ?? bytes.length;
}

function byteArray(v: Value, op: string): Obj {
  if (
    typeof v === "object" &&
    v.tag === ADDR &&
    isMemory(v) &&
    addrOffset(v) === 0
  )
    return v;
  // The magnitude of an IP/IN/NB, seen as ghc-bignum's BigNat# (bignat-view.ts).
  if (typeof v === "bigint") return limbView(v);
  throw new PrimError(`${op}: expected a byte array, got ${describe(v)}`);
}

def(
  G,
  "byteArrayNew#",
  1,
  "a new byte array of n bytes, all 0 (GHC's newByteArray# and its pinned forms)",
  (n) => makeAddr(newBytes(n, "byteArrayNew#"), 0),
);
def(G, "sizeofByteArray#", 1, "number of bytes of a byte array", (a) =>
  sizeOf(byteArray(a, "sizeofByteArray#")),
);
def(
  G,
  "sizeofMutableByteArray#",
  1,
  "number of bytes of a mutable byte array",
  (a) => sizeOf(byteArray(a, "sizeofMutableByteArray#")),
);
def(
  G,
  "byteArrayContents#",
  1,
  "the address of a byte array's first byte (every byte array stays where it is, as if pinned)",
  (a) => {
    const b = byteArray(a, "byteArrayContents#");
    return makeAddr(b.info as Uint8Array, 0);
  },
);
def(
  G,
  "mutableByteArrayContents#",
  1,
  "byteArrayContents# of a mutable byte array",
  (a) => {
    const b = byteArray(a, "mutableByteArrayContents#");
    return makeAddr(b.info as Uint8Array, 0);
  },
);
def(G, "isByteArrayPinned#", 1, "1: no byte array ever moves", () => 1);
def(G, "isMutableByteArrayPinned#", 1, "1: no byte array ever moves", () => 1);
def(
  G,
  "byteArrayShrink#",
  2,
  "shrink a mutable byte array to n bytes in place (GHC's shrinkMutableByteArray#); gives 0",
  (a, n) => {
    const b = byteArray(a, "byteArrayShrink#");
    const len = Number(int(n, "byteArrayShrink#"));
    const old = sizeOf(b);
    if (!(len >= 0 && len <= old)) {
      throw new PrimError(
        `shrinkMutableByteArray#: new size ${len} is not within 0..${old}`,
      );
    }
    sizes.set(b.info as Uint8Array, len);
    return 0;
  },
);
def(
  G,
  "byteArrayResize#",
  2,
  "a byte array of n bytes with the contents of the given one (itself when its buffer is large enough; GHC's resizeMutableByteArray#)",
  (a, n) => {
    const b = byteArray(a, "byteArrayResize#");
    const bytes = b.info as Uint8Array;
    const len = Number(int(n, "resizeMutableByteArray#"));
    if (len >= 0 && len <= bytes.length) {
      sizes.set(bytes, len);
      return b;
    }
    const fresh = newBytes(n, "resizeMutableByteArray#");
    fresh.set(bytes.subarray(0, sizeOf(b)));
    return makeAddr(fresh, 0);
  },
);
def(
  G,
  "sameMutableByteArray#",
  2,
  "1 when both are the same byte array, else 0",
  (a, b) =>
    byteArray(a, "sameMutableByteArray#").info ===
    byteArray(b, "sameMutableByteArray#").info
      ? 1
      : 0,
);

// ------------------------------------------------------------ whole regions

def(
  G,
  "memMove#",
  3,
  "copy n bytes from the second address (or byte array) to the first, as C's memmove (overlap allowed); gives 0",
  (d, s, n) => {
    const len = Number(int(n, "memMove#"));
    if (len === 0) return 0; // as C: nothing is touched (a null pointer is fine)
    const dst = memory(d, "memMove#");
    const src = memory(s, "memMove#");
    span(dst.bytes, dst.off, len, "memMove# (destination)");
    span(src.bytes, src.off, len, "memMove# (source)");
    dst.bytes.set(src.bytes.subarray(src.off, src.off + len), dst.off);
    return 0;
  },
);
def(
  G,
  "memSet#",
  3,
  "set n bytes at an address (or byte array) to the low 8 bits of c, as C's memset; gives 0",
  (a, n, c) => {
    const len = Number(int(n, "memSet#"));
    if (len === 0) return 0; // C touches no memory for n = 0 (a null pointer is fine)
    const m = memory(a, "memSet#");
    span(m.bytes, m.off, len, "memSet#");
    m.bytes.fill(
      Number(BigInt.asUintN(8, big(int(c, "memSet#")))),
      m.off,
      m.off + len,
    );
    return 0;
  },
);
def(
  G,
  "memCompare#",
  3,
  "compare n bytes at two addresses (or byte arrays) as C's memcmp: negative, 0 or positive (the difference of the first differing bytes)",
  (a, b, n) => {
    const len = Number(int(n, "memCompare#"));
    if (len === 0) return 0;
    const x = memory(a, "memCompare#");
    const y = memory(b, "memCompare#");
    span(x.bytes, x.off, len, "memCompare#");
    span(y.bytes, y.off, len, "memCompare#");
    for (let i = 0; i < len; i++) {
      const d = x.bytes[x.off + i]! - y.bytes[y.off + i]!;
      if (d !== 0) return d;
    }
    return 0;
  },
);
def(
  G,
  "memChr#",
  3,
  "offset of the first byte equal to the low 8 bits of c among n bytes at an address, as C's memchr (-1 when none)",
  (a, c, n) => {
    const len = Number(int(n, "memChr#"));
    if (len === 0) return -1;
    const m = memory(a, "memChr#");
    span(m.bytes, m.off, len, "memChr#");
    const i = m.bytes.indexOf(
      Number(BigInt.asUintN(8, big(int(c, "memChr#")))),
      m.off,
    );
    return i < 0 || i >= m.off + len ? -1 : i - m.off;
  },
);
def(
  G,
  "memCount#",
  3,
  "number of bytes equal to the low 8 bits of c among n bytes at an address (bytestring's fps_count)",
  (a, c, n) => {
    const len = Number(int(n, "memCount#"));
    if (len === 0) return 0;
    const m = memory(a, "memCount#");
    span(m.bytes, m.off, len, "memCount#");
    const w = Number(BigInt.asUintN(8, big(int(c, "memCount#"))));
    let k = 0;
    for (let i = m.off; i < m.off + len; i++) if (m.bytes[i] === w) k++;
    return k;
  },
);
def(
  G,
  "strLen#",
  1,
  "number of bytes before the first 0 byte at an address, as C's strlen (an error when no 0 byte follows within its buffer)",
  (a) => {
    const m = memory(a, "strLen#");
    const i = m.bytes.indexOf(0, m.off);
    // a string literal's NUL lies just past its view (literalBytes)
    const end = m.bytes.byteOffset + m.bytes.length;
    if (i < 0 && end < m.bytes.buffer.byteLength) {
      const after = new Uint8Array(m.bytes.buffer, end, 1);
      if (after[0] === 0) return m.bytes.length - m.off;
    }
    if (i < 0)
      throw new PrimError(
        `strlen: no terminating NUL byte within the ${m.bytes.length}-byte buffer`,
      );
    return i - m.off;
  },
);

// ---------------------------------------------------------------- malloc

def(
  G,
  "malloc#",
  1,
  "a fresh buffer of n bytes, all 0, as C's malloc/calloc (aligned to 16)",
  (n) => makeAddr(newBytes(n, "malloc"), 0),
);
def(
  G,
  "realloc#",
  2,
  "a fresh buffer of n bytes holding the first bytes of the given one, as C's realloc (null: as malloc)",
  (a, n) => {
    const fresh = newBytes(n, "realloc");
    if (a !== 0) {
      const m = memory(a, "realloc");
      fresh.set(
        m.bytes.subarray(
          m.off,
          m.off + Math.min(fresh.length, m.bytes.length - m.off),
        ),
      );
    }
    return makeAddr(fresh, 0);
  },
);

// ------------------------------------------------------------- Addr# arithmetic

def(G, "plusAddr#", 2, "the address i bytes further", (a, b) => {
  const i = Number(int(b, "plusAddr#"));
  if (typeof a === "object") {
    if (a.tag === ADDR && a.info instanceof Uint8Array)
      return makeAddr(a.info, addrOffset(a) + i);
    throw new PrimError(`plusAddr#: expected an address, got ${describe(a)}`);
  }
  return fromAddress(Number(int(a, "plusAddr#")) + i);
});
def(
  G,
  "minusAddr#",
  2,
  "the number of bytes from the second address to the first",
  (a, b) => {
    const o = sameBufferOffsets(a, b);
    if (o !== null) return o[0] - o[1];
    return addressOf(a, "minusAddr#") - addressOf(b, "minusAddr#");
  },
);
def(G, "remAddr#", 2, "the address modulo i", (a, b) => {
  const d = Number(int(b, "remAddr#"));
  if (d === 0) throw new PrimError("remAddr#: divide by zero");
  return addressOf(a, "remAddr#") % d;
});
def(G, "addr2Int#", 1, "the machine address as an Int#", (a) =>
  addressOf(a, "addr2Int#"),
);
def(
  G,
  "int2Addr#",
  1,
  "the address with this number (a view of the buffer there, if any)",
  (a) => fromAddress(Number(int(a, "int2Addr#"))),
);
const cmp = (name: string, f: (x: number, y: number) => boolean) =>
  def(G, name, 2, `address comparison, 1 or 0`, (a, b) => {
    const [x, y] = comparable(a, b, name);
    return f(x, y) ? 1 : 0;
  });
cmp("eqAddr#", (x, y) => x === y);
cmp("neAddr#", (x, y) => x !== y);
cmp("ltAddr#", (x, y) => x < y);
cmp("leAddr#", (x, y) => x <= y);
cmp("gtAddr#", (x, y) => x > y);
cmp("geAddr#", (x, y) => x >= y);
def(
  G,
  "showAddr#",
  1,
  "an address as GHC's Show Ptr prints it (0x and 16 hex digits) as an Addr# string",
  (a) =>
    makeAddr(
      new TextEncoder().encode(hexAddress(addressOf(a, "showAddr#"))),
      0,
    ),
);

// ------------------------------------------------------------ stable pointers

const stable: Value[] = [0];
def(
  G,
  "stablePtrNew#",
  1,
  "a new stable pointer (a number from 1) to the value",
  (x) => {
    stable.push(x);
    return stable.length - 1;
  },
);
def(
  G,
  "stablePtrDeref#",
  1,
  "the value a stable pointer stands for (an error once freed)",
  (p) => {
    const i = Number(int(p, "deRefStablePtr#"));
    const v = stable[i];
    if (i <= 0 || v === undefined)
      throw new PrimError(`deRefStablePtr: invalid stable pointer ${i}`);
    return v;
  },
);
def(G, "stablePtrFree#", 1, "free a stable pointer; gives 0", (p) => {
  const i = Number(int(p, "freeStablePtr#"));
  if (i > 0 && i < stable.length) stable[i] = undefined as unknown as Value;
  return 0;
});
