// The Integer fast paths (primops/integer-fast.ts): on evaluated IS/IP/IN
// constructors each gives the operation's value in GHC's normal form (IS
// exactly when the value fits an Int#), around the Int# and safe-integer
// boundaries and for every sign; anything else answers "undecided".
import { describe, expect, it } from "vitest";
import { PRIMOPS } from "../../../src/ministg/primops.js";
import type { PrimContext } from "../../../src/ministg/primops.js";
import {
  CON,
  NO_VALUES,
  Obj,
  THUNK,
  type Value,
  valueAt,
} from "../../../src/ministg/machine/values.js";

const info = (name: string) => ({ name });
const INFOS = new Map<string, object>();
const con1 = (name: string, v: Value): Obj => {
  let i = INFOS.get(name);
  if (i === undefined) INFOS.set(name, (i = info(name)));
  return new Obj(CON, i, NO_VALUES, v);
};
const CTX = { mkCon1: con1 } as unknown as PrimContext;

const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;
/** n as GHC's normal form, built the way the prelude's integerFromBig# does. */
function integer(n: bigint): Obj {
  if (n >= INT_MIN && n <= INT_MAX) {
    const safe = n >= -(2n ** 53n - 1n) && n <= 2n ** 53n - 1n;
    return con1("IS_GHCziNumziInteger", safe ? Number(n) : n);
  }
  return n > 0n
    ? con1("IP_GHCziNumziInteger", n)
    : con1("IN_GHCziNumziInteger", -n);
}
function read(o: Value): [string, bigint] {
  const c = o as Obj;
  const name = (c.info as { name: string }).name;
  const v = valueAt(c, 0)!;
  const m = typeof v === "bigint" ? v : BigInt(v as number);
  if (name === "IS_GHCziNumziInteger") {
    // Int# payloads are numbers while safe, bigints beyond (numeric.ts)
    const safe = m <= 2n ** 53n - 1n && m >= -(2n ** 53n - 1n);
    expect(typeof v).toBe(safe ? "number" : "bigint");
    return [name, m];
  }
  return [name, name === "IN_GHCziNumziInteger" ? -m : m];
}
const floorDiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
const REF: Record<string, (a: bigint, b: bigint) => bigint> = {
  "integerAddEvaluated#": (a, b) => a + b,
  "integerSubEvaluated#": (a, b) => a - b,
  "integerMulEvaluated#": (a, b) => a * b,
  "integerQuotEvaluated#": (a, b) => a / b,
  "integerRemEvaluated#": (a, b) => a % b,
  "integerDivEvaluated#": floorDiv,
  "integerModEvaluated#": (a, b) => a - floorDiv(a, b) * b,
};
const SAMPLES = [
  0n,
  1n,
  -1n,
  7n,
  -7n,
  2n ** 53n - 1n,
  2n ** 53n,
  -(2n ** 53n),
  INT_MAX,
  INT_MAX + 1n,
  INT_MIN,
  INT_MIN - 1n,
  3n ** 50n,
  -(3n ** 50n),
  10n ** 30n + 7n,
];

describe("Integer fast paths", () => {
  it("compute each operation in normal form", () => {
    for (const [name, ref] of Object.entries(REF)) {
      const op = PRIMOPS.get(name)!;
      for (const a of SAMPLES)
        for (const b of SAMPLES) {
          const r = op.fn(integer(a), integer(b), 0, CTX);
          if (b === 0n && /Quot|Rem|Div|Mod/.test(name)) {
            expect(r, `${name} ${a} ${b}`).toBe(0);
            continue;
          }
          const want = ref(a, b);
          const [con, got] = read(r);
          expect(got, `${name} ${a} ${b}`).toBe(want);
          const small = want >= INT_MIN && want <= INT_MAX;
          expect(con === "IS_GHCziNumziInteger", `${name} ${a} ${b}`).toBe(
            small,
          );
        }
    }
  });

  it("compares", () => {
    const op = PRIMOPS.get("integerCompareEvaluated#")!;
    for (const a of SAMPLES)
      for (const b of SAMPLES)
        expect(op.fn(integer(a), integer(b), 0, CTX)).toBe(
          a < b ? -1 : a > b ? 1 : 0,
        );
  });

  it("answers undecided for anything but evaluated Integers", () => {
    const thunk = new Obj(THUNK, info("x"), NO_VALUES);
    expect(
      PRIMOPS.get("integerAddEvaluated#")!.fn(thunk, integer(1n), 0, CTX),
    ).toBe(0);
    expect(
      PRIMOPS.get("integerMulEvaluated#")!.fn(integer(1n), 5, 0, CTX),
    ).toBe(0);
    expect(
      PRIMOPS.get("integerCompareEvaluated#")!.fn(integer(1n), thunk, 0, CTX),
    ).toBe(2);
  });
});
