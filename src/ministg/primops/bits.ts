// GHC's bit-counting and byte-order primops on Word# (Data.Bits, GHC.Word,
// GHC.Int in preludes/base): popCnt#, clz#, ctz#, byteSwap#, bitReverse# in
// their full-width and 8/16/32/64-bit forms. Every one takes a Word# and
// gives a Word#; the sized forms look only at the low bits of their width.

import { big, normWord } from "./numeric.js";
import type { Value } from "../machine/values.js";
import { int, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const bitsPrimOps: PrimOpTable = ops;

const low = (v: Value, op: string, width: number): bigint =>
  BigInt.asUintN(width, big(int(v, op)));

function popCount(x: bigint): number {
  let n = 0;
  for (let v = x; v !== 0n; v >>= 1n) if (v & 1n) n++;
  return n;
}

function leadingZeros(x: bigint, width: number): number {
  let n = width;
  for (let v = x; v !== 0n; v >>= 1n) n--;
  return n;
}

function trailingZeros(x: bigint, width: number): number {
  if (x === 0n) return width;
  let n = 0;
  for (let v = x; (v & 1n) === 0n; v >>= 1n) n++;
  return n;
}

function byteSwap(x: bigint, width: number): bigint {
  let r = 0n;
  for (let i = 0; i < width / 8; i++)
    r = (r << 8n) | ((x >> BigInt(8 * i)) & 0xffn);
  return r;
}

function bitReverse(x: bigint, width: number): bigint {
  let r = 0n;
  for (let i = 0; i < width; i++) r = (r << 1n) | ((x >> BigInt(i)) & 1n);
  return r;
}

// [GHC's suffix, width]: popCnt# is the 64-bit form on a 64-bit machine.
const WIDTHS: readonly [string, number][] = [
  ["", 64],
  ["8", 8],
  ["16", 16],
  ["32", 32],
  ["64", 64],
];

for (const [suffix, width] of WIDTHS) {
  const bits = suffix === "" ? "a Word#" : `the low ${width} bits`;
  const pop = `popCnt${suffix}#`;
  def("Bits", pop, 1, `number of set bits of ${bits}`, (a) =>
    popCount(low(a, pop, width)),
  );
  const clz = `clz${suffix}#`;
  def(
    "Bits",
    clz,
    1,
    `number of leading zero bits of ${bits} (${width} for 0)`,
    (a) => leadingZeros(low(a, clz, width), width),
  );
  const ctz = `ctz${suffix}#`;
  def(
    "Bits",
    ctz,
    1,
    `number of trailing zero bits of ${bits} (${width} for 0)`,
    (a) => trailingZeros(low(a, ctz, width), width),
  );
}

for (const [suffix, width] of WIDTHS) {
  const bits = suffix === "" ? "a Word#" : `the low ${width} bits`;
  if (width > 8) {
    const bs = `byteSwap${suffix}#`;
    def("Bits", bs, 1, `${bits} with the byte order reversed`, (a) =>
      normWord(byteSwap(low(a, bs, width), width)),
    );
  }
  const br = `bitReverse${suffix}#`;
  def("Bits", br, 1, `${bits} with the bit order reversed`, (a) =>
    normWord(bitReverse(low(a, br, width), width)),
  );
}
