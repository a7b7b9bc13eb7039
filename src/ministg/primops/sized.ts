// GHC 9.0's sized primitive integers (Int8#, Word8#, Int16#, Word16#: a
// value of the type's width, extended to Int#/Word# and narrowed back), and
// the Int#/Word# operations with carries and double-width results
// (addIntC#, timesWord2#, quotRemWord2#, ...) and bit deposit/extract.
// Values are Int#/Word# payloads kept within their type's range.

import { big, normInt, normWord } from "./numeric.js";
import { b2i, int, nonZero, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const sizedPrimOps: PrimOpTable = ops;

const W64 = 1n << 64n;

/** BigInt.asIntN/asUintN for a width, as an interpreter Int#/Word#. */
function signed(bits: number): (v: bigint) => number | bigint {
  return (v) => normInt(BigInt.asIntN(bits, v));
}
function unsigned(bits: number): (v: bigint) => number | bigint {
  return (v) => normWord(BigInt.asUintN(bits, v));
}

/** An Int#/Word# argument as a bigint. */
const i = (v: unknown, op: string) => big(int(v as number, op));

// One family of sized operations: `Int8` with wrap `fit`.
function sized(
  ty: string,
  fit: (v: bigint) => number | bigint,
  isSigned: boolean,
): void {
  const g = `${ty}#`;
  def(g, `extend${ty}#`, 1, `${ty}# to ${isSigned ? "Int#" : "Word#"}`, (a) =>
    fit(i(a, `extend${ty}#`)),
  );
  def(g, `narrow${ty}#`, 1, `${isSigned ? "Int#" : "Word#"} to ${ty}#`, (a) =>
    fit(i(a, `narrow${ty}#`)),
  );
  const arith: [string, (x: bigint, y: bigint) => bigint][] = [
    ["plus", (x, y) => x + y],
    ["sub", (x, y) => x - y],
    ["times", (x, y) => x * y],
  ];
  for (const [name, f] of arith)
    def(g, `${name}${ty}#`, 2, `${ty}# ${name}, wrapping`, (a, b) =>
      fit(f(i(a, `${name}${ty}#`), i(b, `${name}${ty}#`))),
    );
  def(g, `quot${ty}#`, 2, `${ty}# truncating division (error on 0)`, (a, b) => {
    nonZero(b, `quot${ty}#`);
    return fit(i(a, `quot${ty}#`) / i(b, `quot${ty}#`));
  });
  def(g, `rem${ty}#`, 2, `${ty}# remainder (error on 0)`, (a, b) => {
    nonZero(b, `rem${ty}#`);
    return fit(i(a, `rem${ty}#`) % i(b, `rem${ty}#`));
  });
  def(g, `quotRem${ty}#`, 2, `(# quot, rem #) of ${ty}#`, (a, b, _c, ctx) => {
    nonZero(b, `quotRem${ty}#`);
    const x = i(a, `quotRem${ty}#`);
    const y = i(b, `quotRem${ty}#`);
    return ctx.mkTuple([fit(x / y), fit(x % y)]);
  });
  if (isSigned)
    def(g, `negate${ty}#`, 1, `${ty}# negation, wrapping`, (a) =>
      fit(-i(a, `negate${ty}#`)),
    );
  else
    def(g, `not${ty}#`, 1, `${ty}# complement`, (a) => fit(~i(a, `not${ty}#`)));
  const cmp: [string, (x: bigint, y: bigint) => boolean][] = [
    ["eq", (x, y) => x === y],
    ["ne", (x, y) => x !== y],
    ["lt", (x, y) => x < y],
    ["le", (x, y) => x <= y],
    ["gt", (x, y) => x > y],
    ["ge", (x, y) => x >= y],
  ];
  for (const [name, f] of cmp)
    def(g, `${name}${ty}#`, 2, `${ty}# ${name}, 1 or 0`, (a, b) =>
      b2i(f(i(a, `${name}${ty}#`), i(b, `${name}${ty}#`))),
    );
}

sized("Int8", signed(8), true);
sized("Int16", signed(16), true);
sized("Word8", unsigned(8), false);
sized("Word16", unsigned(16), false);

const w = (v: unknown, op: string) => BigInt.asUintN(64, i(v, op));

def(
  "Int#",
  "addIntC#",
  2,
  "(# sum, 1 if it overflowed else 0 #)",
  (a, b, _c, ctx) => {
    const s = i(a, "addIntC#") + i(b, "addIntC#");
    const r = BigInt.asIntN(64, s);
    return ctx.mkTuple([normInt(r), b2i(r !== s)]);
  },
);
def(
  "Int#",
  "subIntC#",
  2,
  "(# difference, 1 if it overflowed else 0 #)",
  (a, b, _c, ctx) => {
    const s = i(a, "subIntC#") - i(b, "subIntC#");
    const r = BigInt.asIntN(64, s);
    return ctx.mkTuple([normInt(r), b2i(r !== s)]);
  },
);
def(
  "Int#",
  "mulIntMayOflo#",
  2,
  "1 if the product may not fit in an Int#, else 0 (exact here)",
  (a, b) => {
    const p = i(a, "mulIntMayOflo#") * i(b, "mulIntMayOflo#");
    return b2i(BigInt.asIntN(64, p) !== p);
  },
);
def(
  "Int#",
  "timesInt2#",
  2,
  "(# 1 if the high word is needed, high, low #) of the 128-bit product",
  (a, b, _c, ctx) => {
    const p = i(a, "timesInt2#") * i(b, "timesInt2#");
    const lo = BigInt.asIntN(64, p);
    return ctx.mkTuple([
      b2i(lo !== p),
      normInt(BigInt.asIntN(64, p >> 64n)),
      normInt(lo),
    ]);
  },
);
def(
  "Int#",
  "quotRemInt#",
  2,
  "(# quot, rem #) (error on 0)",
  (a, b, _c, ctx) => {
    nonZero(b, "quotRemInt#");
    const x = i(a, "quotRemInt#");
    const y = i(b, "quotRemInt#");
    return ctx.mkTuple([
      normInt(BigInt.asIntN(64, x / y)),
      normInt(BigInt.asIntN(64, x % y)),
    ]);
  },
);
def("Word#", "addWordC#", 2, "(# sum, carry 1 or 0 #)", (a, b, _c, ctx) => {
  const s = w(a, "addWordC#") + w(b, "addWordC#");
  return ctx.mkTuple([normWord(s % W64), b2i(s >= W64)]);
});
def(
  "Word#",
  "subWordC#",
  2,
  "(# difference, borrow 1 or 0 #)",
  (a, b, _c, ctx) => {
    const x = w(a, "subWordC#");
    const y = w(b, "subWordC#");
    return ctx.mkTuple([normWord(BigInt.asUintN(64, x - y)), b2i(x < y)]);
  },
);
def(
  "Word#",
  "plusWord2#",
  2,
  "(# high, low #) of the 128-bit sum",
  (a, b, _c, ctx) => {
    const s = w(a, "plusWord2#") + w(b, "plusWord2#");
    return ctx.mkTuple([normWord(s >> 64n), normWord(s % W64)]);
  },
);
def(
  "Word#",
  "timesWord2#",
  2,
  "(# high, low #) of the 128-bit product",
  (a, b, _c, ctx) => {
    const p = w(a, "timesWord2#") * w(b, "timesWord2#");
    return ctx.mkTuple([normWord(p >> 64n), normWord(p % W64)]);
  },
);
def(
  "Word#",
  "quotRemWord#",
  2,
  "(# quot, rem #) (error on 0)",
  (a, b, _c, ctx) => {
    nonZero(b, "quotRemWord#");
    const x = w(a, "quotRemWord#");
    const y = w(b, "quotRemWord#");
    return ctx.mkTuple([normWord(x / y), normWord(x % y)]);
  },
);
def(
  "Word#",
  "quotRemWord2#",
  3,
  "(# quot, rem #) of the 128-bit (high, low) by a divisor greater than high",
  (a, b, c, ctx) => {
    nonZero(c, "quotRemWord2#");
    const x = (w(a, "quotRemWord2#") << 64n) + w(b, "quotRemWord2#");
    const y = w(c, "quotRemWord2#");
    return ctx.mkTuple([normWord(BigInt.asUintN(64, x / y)), normWord(x % y)]);
  },
);

// pdep: the low bits of the source, placed at the mask's set bits; pext:
// the source's bits at the mask's set bits, packed low. GHC 9.0.2's x86-64
// code gives the 8-, 16- and 32-bit variants the 64-bit result (it does not
// narrow source or mask; observed), so every width here is the 64-bit one.
function deposit(src: bigint, mask: bigint): bigint {
  let out = 0n;
  let k = 0n;
  for (let bit = 0n; bit < 64n; bit++)
    if ((mask >> bit) & 1n) {
      if ((src >> k) & 1n) out |= 1n << bit;
      k++;
    }
  return out;
}
function extract(src: bigint, mask: bigint): bigint {
  let out = 0n;
  let k = 0n;
  for (let bit = 0n; bit < 64n; bit++)
    if ((mask >> bit) & 1n) {
      if ((src >> bit) & 1n) out |= 1n << k;
      k++;
    }
  return out;
}
for (const suffix of ["", "8", "16", "32", "64"])
  for (const [name, f] of [
    ["pdep", deposit],
    ["pext", extract],
  ] as const) {
    const op = `${name}${suffix}#`;
    def("Word#", op, 2, `${name} (of all 64 bits, as GHC 9.0.2 does)`, (a, b) =>
      normWord(f(w(a, op), w(b, op))),
    );
  }
