// The machine's inlined Double#/Float# operations (primops/float-fast.ts)
// give what the primops' own functions give, bit for bit, on the values
// where JavaScript is easy to get wrong: signed zeros, NaN, infinities,
// subnormals and Float rounding; in the interpreter's form and in the
// compiling tier's generated expression.
import { describe, expect, it } from "vitest";
import { lookupPrimOp } from "../../../src/ministg/primops.js";
import type { PrimContext } from "../../../src/ministg/primops.js";
import {
  FLOAT_FAST_CODES,
  fastFloatExpr,
  fastFloatOp,
  isUnaryFloatCode,
} from "../../../src/ministg/primops/float-fast.js";

const VALUES = [
  0,
  -0,
  1,
  -1,
  0.1,
  -2.5,
  1e308,
  -1e308,
  5e-324,
  Math.fround(1.1),
  Math.fround(3.4e38),
  2 ** 24 + 1,
  Infinity,
  -Infinity,
  NaN,
];
/** Int# arguments (int2Double#): safe integers. */
const INTS = [0, 1, -1, 123456789, 2 ** 53 - 1, -(2 ** 53 - 1)];
const CTX = {} as PrimContext;
const same = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (typeof a === "number" && typeof b === "number" && isNaN(a) && isNaN(b));

describe("inlined Double#/Float# operations", () => {
  for (const [name, code] of FLOAT_FAST_CODES) {
    it(`${name} agrees with the primop`, () => {
      const prim = lookupPrimOp(name);
      expect(prim?.fast).toBe(code);
      const unary = isUnaryFloatCode(code);
      expect(prim?.arity).toBe(unary ? 1 : 2);
      const expr = new Function(
        "a",
        "b",
        `return ${fastFloatExpr(code, "a", "b")};`,
      ) as (a: number, b: number) => number;
      const bad: string[] = [];
      for (const a of name === "int2Double#" ? INTS : VALUES)
        for (const b of unary ? [0] : VALUES) {
          // Float# primops see float values only.
          const x = name.includes("Float") ? Math.fround(a) : a;
          const y = name.includes("Float") ? Math.fround(b) : b;
          const want = prim!.fn(x, y, 0, CTX);
          const inline = fastFloatOp(code, x, y);
          // The interpreter's NaN means "call the primop", which gives NaN.
          if (!same(inline, want) && !(isNaN(inline) && same(want, NaN)))
            bad.push(
              `interpreter ${name}(${x}, ${y}) = ${inline}, not ${want}`,
            );
          if (!same(expr(x, y), want))
            bad.push(
              `compiled ${name}(${x}, ${y}) = ${expr(x, y)}, not ${want}`,
            );
        }
      expect(bad).toEqual([]);
    });
  }
});
