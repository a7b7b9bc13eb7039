// Integer operations on unboxed big integers (JS bigint payloads).

import { makeAddr } from "../machine/values.js";
import {
  big,
  bigFloorDiv,
  bigFloorMod,
  normInt,
  normWord,
  wordOf,
} from "./numeric.js";
import {
  PrimError,
  b2i,
  bytesOf,
  int,
  integer,
  num,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const integerPrimOps: PrimOpTable = ops;

// Integer (unboxed big integers, JS bigint)
const I = integer;
const d = num;
const iop = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => bigint,
): void => def("Integer", name, 2, doc, (a, b) => f(I(a, name), I(b, name)));
const icmp = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => boolean,
): void =>
  def("Integer", name, 2, doc + ", 1 or 0 (Int#)", (a, b) =>
    b2i(f(I(a, name), I(b, name))),
  );
iop("integerAdd#", "+", (x, y) => x + y);
iop("integerSub#", "-", (x, y) => x - y);
iop("integerMul#", "*", (x, y) => x * y);
const divChecked = (
  name: string,
  doc: string,
  f: (x: bigint, y: bigint) => bigint,
): void =>
  iop(name, doc + " (error on 0)", (x, y) => {
    if (y === 0n) throw new PrimError(`${name}: divide by zero`);
    return f(x, y);
  });
divChecked("integerQuot#", "truncating division", (x, y) => x / y);
divChecked("integerRem#", "remainder of integerQuot#", (x, y) => x % y);
divChecked("integerDiv#", "floor division", bigFloorDiv);
divChecked(
  "integerMod#",
  "remainder of integerDiv# (sign of divisor)",
  bigFloorMod,
);
iop("integerGcd#", "greatest common divisor", (x, y) => {
  let a = x < 0n ? -x : x;
  let b = y < 0n ? -y : y;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
});
iop("integerAnd#", "bitwise and", (x, y) => x & y);
iop("integerOr#", "bitwise or", (x, y) => x | y);
iop("integerXor#", "bitwise xor", (x, y) => x ^ y);
def(
  "Integer",
  "integerShiftL#",
  2,
  "shift left by an Int#",
  (a, b) => I(a, "integerShiftL#") << BigInt(Number(int(b, "integerShiftL#"))),
);
def(
  "Integer",
  "integerShiftR#",
  2,
  "arithmetic shift right by an Int#",
  (a, b) => I(a, "integerShiftR#") >> BigInt(Number(int(b, "integerShiftR#"))),
);
def("Integer", "integerPow#", 2, "power by a non-negative Int#", (a, b) => {
  const e = big(int(b, "integerPow#"));
  if (e < 0n) throw new PrimError("integerPow#: negative exponent");
  return I(a, "integerPow#") ** e;
});
def("Integer", "integerNegate#", 1, "negation", (a) => -I(a, "integerNegate#"));
def("Integer", "integerAbs#", 1, "absolute value", (a) => {
  const x = I(a, "integerAbs#");
  return x < 0n ? -x : x;
});
def("Integer", "integerSignum#", 1, "-1, 0 or 1 (Integer)", (a) => {
  const x = I(a, "integerSignum#");
  return x < 0n ? -1n : x > 0n ? 1n : 0n;
});
def(
  "Integer",
  "integerComplement#",
  1,
  "bitwise complement",
  (a) => ~I(a, "integerComplement#"),
);
icmp("integerEq#", "==", (x, y) => x === y);
icmp("integerNe#", "/=", (x, y) => x !== y);
icmp("integerLt#", "<", (x, y) => x < y);
icmp("integerLe#", "<=", (x, y) => x <= y);
icmp("integerGt#", ">", (x, y) => x > y);
icmp("integerGe#", ">=", (x, y) => x >= y);
def("Integer", "integerCompare#", 2, "-1, 0 or 1 (Int#)", (a, b) => {
  const x = I(a, "integerCompare#");
  const y = I(b, "integerCompare#");
  return x < y ? -1 : x > y ? 1 : 0;
});
def("Integer", "integerTestBit#", 2, "bit n, 1 or 0", (a, b) =>
  b2i(
    ((I(a, "integerTestBit#") >> BigInt(Number(int(b, "integerTestBit#")))) &
      1n) ===
      1n,
  ),
);
def("Integer", "integerFromInt#", 1, "Int# to Integer", (a) =>
  big(int(a, "integerFromInt#")),
);
def(
  "Integer",
  "integerToInt#",
  1,
  "Integer to Int# (low 64 bits, wrapping)",
  (a) => normInt(I(a, "integerToInt#")),
);
def("Integer", "integerFromWord#", 1, "Word# to Integer", (a) =>
  wordOf(int(a, "integerFromWord#")),
);
def("Integer", "integerToWord#", 1, "Integer to Word# (low 64 bits)", (a) =>
  normWord(I(a, "integerToWord#")),
);
def("Integer", "integerToDouble#", 1, "Integer to Double#", (a) =>
  Number(I(a, "integerToDouble#")),
);
def(
  "Integer",
  "integerFromDouble#",
  1,
  "truncate a Double# to Integer",
  (a) => {
    const x = d(a, "integerFromDouble#");
    return Number.isFinite(x) ? BigInt(Math.trunc(x)) : 0n;
  },
);
def("Integer", "integerToString#", 1, "decimal text as an Addr# string", (a) =>
  makeAddr(bytesOf(I(a, "integerToString#").toString()), 0),
);
