// ministg's nine Int# primops, then GHC's Int#, Word# and Char# primops.

import { CON, makeAddr, type Value } from "../machine/values.js";
import {
  big,
  intAdd,
  intMul,
  intQuot,
  intRem,
  intSub,
  normInt,
  normWord,
  wordOf,
} from "./numeric.js";
import {
  PrimError,
  b2i,
  bytesOf,
  describe,
  int,
  nonZero,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const intPrimOps: PrimOpTable = ops;

// ministg's nine (Int# arguments; comparisons give 1 or 0).
def("ministg", "plus#", 2, "Int# addition (64-bit wrap-around)", (a, b) =>
  intAdd(int(a, "plus#"), int(b, "plus#")),
);
def("ministg", "sub#", 2, "Int# subtraction", (a, b) =>
  intSub(int(a, "sub#"), int(b, "sub#")),
);
def("ministg", "mult#", 2, "Int# multiplication", (a, b) =>
  intMul(int(a, "mult#"), int(b, "mult#")),
);
def("ministg", "eq#", 2, "Int# ==, 1 or 0", (a, b) =>
  b2i(int(a, "eq#") === int(b, "eq#")),
);
def("ministg", "lt#", 2, "Int# <", (a, b) =>
  b2i(int(a, "lt#") < int(b, "lt#")),
);
def("ministg", "lte#", 2, "Int# <=", (a, b) =>
  b2i(int(a, "lte#") <= int(b, "lte#")),
);
def("ministg", "gt#", 2, "Int# >", (a, b) =>
  b2i(int(a, "gt#") > int(b, "gt#")),
);
def("ministg", "gte#", 2, "Int# >=", (a, b) =>
  b2i(int(a, "gte#") >= int(b, "gte#")),
);
def(
  "ministg",
  "intToBool#",
  1,
  "allocates CON(True) for exactly 1, else CON(False) (GHC's tagToEnum# at Bool)",
  (a, _b, _c, ctx) => ctx.mkBool(a === 1),
);

def(
  "ministg",
  "enumTag#",
  1,
  "GHC's tagToEnum# where the dump does not say the type: an enumeration value known by its tag, which the first case with constructor alternatives resolves (dataToTag# gives the tag back)",
  (a, _b, _c, ctx) => ctx.mkEnumTag(Number(int(a, "enumTag#"))),
);

// Int#
def("Int#", "ne#", 2, "Int# /=", (a, b) =>
  b2i(int(a, "ne#") !== int(b, "ne#")),
);
def("Int#", "quotInt#", 2, "truncating division (error on 0)", (a, b) => {
  nonZero(b, "quotInt#");
  return intQuot(int(a, "quotInt#"), b);
});
def("Int#", "remInt#", 2, "remainder of quotInt# (error on 0)", (a, b) => {
  nonZero(b, "remInt#");
  return intRem(int(a, "remInt#"), b);
});
// GHC.Classes' divInt# and modInt# (Haskell functions in base, not GHC
// primops): division rounding towards negative infinity, as quotInt# and
// remInt# corrected when the remainder's sign differs from the divisor's.
// Primops so that Int's div and mod take one step, not ten or fifteen.
def(
  "Int#",
  "floorDivInt#",
  2,
  "GHC.Classes.divInt#: division rounding towards negative infinity (error on 0)",
  (a, b) => floorDiv(a, b),
);
def(
  "Int#",
  "floorModInt#",
  2,
  "GHC.Classes.modInt#: the remainder of floorDivInt#, with the divisor's sign (error on 0)",
  (a, b) => floorMod(a, b),
);

function floorDiv(a: Value, b: Value): number | bigint {
  nonZero(b, "quotInt#");
  const x = int(a, "floorDivInt#");
  const y = int(b, "floorDivInt#");
  const q = intQuot(x, y);
  const r = intRem(x, y);
  return r !== 0 && r !== 0n && r < 0 !== y < 0 ? intSub(q, 1) : q;
}

function floorMod(a: Value, b: Value): number | bigint {
  nonZero(b, "remInt#");
  const y = int(b, "floorModInt#");
  const r = intRem(int(a, "floorModInt#"), y);
  return r !== 0 && r !== 0n && r < 0 !== y < 0 ? intAdd(r, y) : r;
}
// The same four boxed as `I` (what Int's div, mod, quot and rem return):
// one PRIMOP step where the unboxed primop's case and the box's LET take
// five (GHC.Real's divInt/modInt/quotInt/remInt, after their 0 and -1 tests).
def(
  "Int#",
  "floorDivIntBox#",
  2,
  "floorDivInt#'s result boxed as I (Int's div)",
  (a, b, _c, ctx) => ctx.mkInt(floorDiv(a, b)),
);
def(
  "Int#",
  "floorModIntBox#",
  2,
  "floorModInt#'s result boxed as I (Int's mod)",
  (a, b, _c, ctx) => ctx.mkInt(floorMod(a, b)),
);
def(
  "Int#",
  "quotIntBox#",
  2,
  "quotInt#'s result boxed as I (Int's quot)",
  (a, b, _c, ctx) => {
    nonZero(b, "quotInt#");
    return ctx.mkInt(intQuot(int(a, "quotInt#"), b));
  },
);
def(
  "Int#",
  "remIntBox#",
  2,
  "remInt#'s result boxed as I (Int's rem)",
  (a, b, _c, ctx) => {
    nonZero(b, "remInt#");
    return ctx.mkInt(intRem(int(a, "remInt#"), b));
  },
);
def("Int#", "negateInt#", 1, "negation", (a) =>
  intSub(0, int(a, "negateInt#")),
);
def("Int#", "andI#", 2, "bitwise and", (a, b) =>
  normInt(big(int(a, "andI#")) & big(int(b, "andI#"))),
);
def("Int#", "orI#", 2, "bitwise or", (a, b) =>
  normInt(big(int(a, "orI#")) | big(int(b, "orI#"))),
);
def("Int#", "xorI#", 2, "bitwise xor", (a, b) =>
  normInt(big(int(a, "xorI#")) ^ big(int(b, "xorI#"))),
);
def("Int#", "notI#", 1, "bitwise complement", (a) =>
  normInt(~big(int(a, "notI#"))),
);
def(
  "Int#",
  "uncheckedIShiftL#",
  2,
  "shift left (bits shifted out are lost)",
  (a, b) =>
    normInt(
      big(int(a, "uncheckedIShiftL#")) <<
        BigInt(Number(int(b, "uncheckedIShiftL#")) & 63),
    ),
);
def("Int#", "uncheckedIShiftRA#", 2, "arithmetic shift right", (a, b) =>
  normInt(
    big(int(a, "uncheckedIShiftRA#")) >>
      BigInt(Number(int(b, "uncheckedIShiftRA#")) & 63),
  ),
);
def("Int#", "uncheckedIShiftRL#", 2, "logical shift right", (a, b) =>
  normInt(
    BigInt.asUintN(64, big(int(a, "uncheckedIShiftRL#"))) >>
      BigInt(Number(int(b, "uncheckedIShiftRL#")) & 63),
  ),
);
def("Int#", "narrow8Int#", 1, "to a signed 8-bit value", (a) =>
  Number(BigInt.asIntN(8, big(int(a, "narrow8Int#")))),
);
def("Int#", "narrow16Int#", 1, "to a signed 16-bit value", (a) =>
  Number(BigInt.asIntN(16, big(int(a, "narrow16Int#")))),
);
def("Int#", "narrow32Int#", 1, "to a signed 32-bit value", (a) =>
  Number(BigInt.asIntN(32, big(int(a, "narrow32Int#")))),
);
def(
  "Int#",
  "dataToTag#",
  1,
  "constructor number of an evaluated CON (False 0, True 1, Nil 0, Cons 1, ...)",
  (a, _b, _c, ctx) => {
    if (typeof a === "object" && a.tag === CON) return ctx.conTag(a);
    throw new PrimError(
      `dataToTag#: expected an evaluated constructor, got ${describe(a)}`,
    );
  },
);
def(
  "Int#",
  "intToString#",
  1,
  "decimal text of an Int# as an Addr# string",
  (a) => makeAddr(bytesOf(String(int(a, "intToString#"))), 0),
);

// Word#
const w = (v: Value, op: string): bigint => wordOf(int(v, op));
def("Word#", "plusWord#", 2, "Word# addition (mod 2^64)", (a, b) =>
  normWord(w(a, "plusWord#") + w(b, "plusWord#")),
);
def("Word#", "minusWord#", 2, "Word# subtraction (mod 2^64)", (a, b) =>
  normWord(w(a, "minusWord#") - w(b, "minusWord#")),
);
def("Word#", "timesWord#", 2, "Word# multiplication (mod 2^64)", (a, b) =>
  normWord(w(a, "timesWord#") * w(b, "timesWord#")),
);
def("Word#", "quotWord#", 2, "Word# division (error on 0)", (a, b) => {
  nonZero(b, "quotWord#");
  return normWord(w(a, "quotWord#") / w(b, "quotWord#"));
});
def("Word#", "remWord#", 2, "Word# remainder (error on 0)", (a, b) => {
  nonZero(b, "remWord#");
  return normWord(w(a, "remWord#") % w(b, "remWord#"));
});
def("Word#", "and#", 2, "bitwise and", (a, b) =>
  normWord(w(a, "and#") & w(b, "and#")),
);
def("Word#", "or#", 2, "bitwise or", (a, b) =>
  normWord(w(a, "or#") | w(b, "or#")),
);
def("Word#", "xor#", 2, "bitwise xor", (a, b) =>
  normWord(w(a, "xor#") ^ w(b, "xor#")),
);
def("Word#", "not#", 1, "bitwise complement", (a) => normWord(~w(a, "not#")));
def("Word#", "uncheckedShiftL#", 2, "shift left", (a, b) =>
  normWord(
    w(a, "uncheckedShiftL#") << BigInt(Number(int(b, "uncheckedShiftL#")) & 63),
  ),
);
def("Word#", "uncheckedShiftRL#", 2, "logical shift right", (a, b) =>
  normWord(
    w(a, "uncheckedShiftRL#") >>
      BigInt(Number(int(b, "uncheckedShiftRL#")) & 63),
  ),
);
def("Word#", "eqWord#", 2, "==", (a, b) =>
  b2i(w(a, "eqWord#") === w(b, "eqWord#")),
);
def("Word#", "neWord#", 2, "/=", (a, b) =>
  b2i(w(a, "neWord#") !== w(b, "neWord#")),
);
def("Word#", "ltWord#", 2, "<", (a, b) =>
  b2i(w(a, "ltWord#") < w(b, "ltWord#")),
);
def("Word#", "leWord#", 2, "<=", (a, b) =>
  b2i(w(a, "leWord#") <= w(b, "leWord#")),
);
def("Word#", "gtWord#", 2, ">", (a, b) =>
  b2i(w(a, "gtWord#") > w(b, "gtWord#")),
);
def("Word#", "geWord#", 2, ">=", (a, b) =>
  b2i(w(a, "geWord#") >= w(b, "geWord#")),
);
def("Word#", "int2Word#", 1, "reinterpret an Int# as Word#", (a) =>
  normWord(big(int(a, "int2Word#"))),
);
def("Word#", "word2Int#", 1, "reinterpret a Word# as Int#", (a) =>
  normInt(big(int(a, "word2Int#"))),
);
def("Word#", "narrow8Word#", 1, "to an unsigned 8-bit value", (a) =>
  Number(BigInt.asUintN(8, big(int(a, "narrow8Word#")))),
);
def("Word#", "narrow16Word#", 1, "to an unsigned 16-bit value", (a) =>
  Number(BigInt.asUintN(16, big(int(a, "narrow16Word#")))),
);
def("Word#", "narrow32Word#", 1, "to an unsigned 32-bit value", (a) =>
  Number(BigInt.asUintN(32, big(int(a, "narrow32Word#")))),
);

// Char#
def("Char#", "chr#", 1, "Int# code point to Char#", (a) => {
  const n = Number(int(a, "chr#"));
  if (n < 0 || n > 0x10ffff)
    throw new PrimError(`chr#: ${n} is not a code point`);
  return n;
});
def("Char#", "ord#", 1, "Char# to its Int# code point", (a) => int(a, "ord#"));
def("Char#", "eqChar#", 2, "==", (a, b) =>
  b2i(int(a, "eqChar#") === int(b, "eqChar#")),
);
def("Char#", "neChar#", 2, "/=", (a, b) =>
  b2i(int(a, "neChar#") !== int(b, "neChar#")),
);
def("Char#", "ltChar#", 2, "<", (a, b) =>
  b2i(int(a, "ltChar#") < int(b, "ltChar#")),
);
def("Char#", "leChar#", 2, "<=", (a, b) =>
  b2i(int(a, "leChar#") <= int(b, "leChar#")),
);
def("Char#", "gtChar#", 2, ">", (a, b) =>
  b2i(int(a, "gtChar#") > int(b, "gtChar#")),
);
def("Char#", "geChar#", 2, ">=", (a, b) =>
  b2i(int(a, "geChar#") >= int(b, "geChar#")),
);
