// Integer arithmetic on Integers already evaluated (docs/primops.md): GHC.Num.Integer's
// `integerAdd a b` took some 25 steps (each argument converted to a big
// integer by a call and a case, the primop, then `integerFromBig#`'s three
// tests to put the result in GHC's normal form IS/IP/IN). When both
// arguments are evaluated Integer constructors, one primop here does all of
// it and builds the result constructor; otherwise (a thunk, a BigNat# held
// as a byte array by -O1 code, a zero divisor) it answers 0, which no
// Integer is, and the prelude takes its ordinary path, forcing in the same
// order as before. No thunk is forced here, so no program can tell the
// difference except by the step count.
import { type Obj, type Value, valueAt } from "../machine/values.js";
import { conName } from "./evaluated.js";
import { big, bigFloorDiv, bigFloorMod, normInt } from "./numeric.js";
import { groupTable, type PrimContext, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const integerFastPrimOps: PrimOpTable = ops;

const G = "Integer fast paths";
const IS = "IS_GHCziNumziInteger";
const IP = "IP_GHCziNumziInteger";
const IN = "IN_GHCziNumziInteger";
/** What the primops answer when they cannot decide (no Integer is a number). */
const UNDECIDED = 0;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;

/** An evaluated Integer's value: a JS number for a safe IS, else a bigint; null when not known. */
function valueOf(v: Value): number | bigint | null {
  const name = conName(v);
  if (name === null) return null;
  const x = valueAt(v as Obj, 0);
  if (typeof x !== "number" && typeof x !== "bigint") return null;
  if (name === IS) return x;
  if (name === IP) return typeof x === "bigint" ? x : BigInt(x);
  if (name === IN) return typeof x === "bigint" ? -x : -BigInt(x);
  return null;
}

/** `r` as GHC's normal form: IS when it fits an Int#, else IP/IN of the magnitude. */
function fromBig(r: bigint, ctx: PrimContext): Obj {
  if (r >= INT_MIN && r <= INT_MAX) return ctx.mkCon1(IS, normInt(r));
  return r > 0n ? ctx.mkCon1(IP, r) : ctx.mkCon1(IN, -r);
}

/** A safe integer result as IS, else through bigints. */
function fromNumber(r: number, ctx: PrimContext): Obj | null {
  return r <= MAX_SAFE && r >= -MAX_SAFE
    ? ctx.mkCon1(IS, r === 0 ? 0 : r)
    : null;
}

/**
 * One binary operation: `small` on two safe numbers (null when its result
 * may not be exact), `large` on bigints; `zeroDivides` for the divisions,
 * whose zero divisor is left to the prelude's error.
 */
function binary(
  name: string,
  doc: string,
  small: (a: number, b: number) => number | null,
  large: (a: bigint, b: bigint) => bigint,
  zeroDivides = false,
): void {
  def(
    G,
    name,
    2,
    doc + "; 0 when either is not an evaluated Integer",
    (a, b, _c, ctx) => {
      const x = valueOf(a);
      if (x === null) return UNDECIDED;
      const y = valueOf(b);
      if (y === null) return UNDECIDED;
      if (zeroDivides && (y === 0 || y === 0n)) return UNDECIDED;
      if (typeof x === "number" && typeof y === "number") {
        const r = small(x, y);
        if (r !== null) {
          const o = fromNumber(r, ctx);
          if (o !== null) return o;
        }
      }
      return fromBig(large(big(x), big(y)), ctx);
    },
  );
}

binary(
  "integerAddEvaluated#",
  "integerAdd on two evaluated Integers, the result in normal form",
  (a, b) => a + b,
  (a, b) => a + b,
);
binary(
  "integerSubEvaluated#",
  "integerSub on two evaluated Integers",
  (a, b) => a - b,
  (a, b) => a - b,
);
binary(
  "integerMulEvaluated#",
  "integerMul on two evaluated Integers",
  (a, b) => {
    const r = a * b;
    return r < MAX_SAFE && r > -MAX_SAFE ? r : null;
  },
  (a, b) => a * b,
);
binary(
  "integerQuotEvaluated#",
  "integerQuot on two evaluated Integers (not for a zero divisor)",
  // a - a % b is an exact multiple of b no larger than a.
  (a, b) => (a - (a % b)) / b,
  (a, b) => a / b,
  true,
);
binary(
  "integerRemEvaluated#",
  "integerRem on two evaluated Integers (not for a zero divisor)",
  (a, b) => a % b,
  (a, b) => a % b,
  true,
);
binary(
  "integerDivEvaluated#",
  "integerDiv on two evaluated Integers (not for a zero divisor)",
  (a, b) => {
    const t = a - floorModNumber(a, b);
    return Number.isSafeInteger(t) ? t / b : null;
  },
  bigFloorDiv,
  true,
);
binary(
  "integerModEvaluated#",
  "integerMod on two evaluated Integers (not for a zero divisor)",
  floorModNumber,
  bigFloorMod,
  true,
);

/** The remainder with the divisor's sign, exact for safe integers. */
function floorModNumber(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

def(
  G,
  "integerCompareEvaluated#",
  2,
  "integerCompare# on two evaluated Integers: -1, 0 or 1; 2 when either is not an evaluated Integer",
  (a, b) => {
    const x = valueOf(a);
    if (x === null) return 2;
    const y = valueOf(b);
    if (y === null) return 2;
    return x < y ? -1 : x > y ? 1 : 0;
  },
);
