// Property: for random literal-alternative cases over random (possibly
// negative) Int# values, and random nests of recursive local functions with
// free variables, the converted program prints what the extended one prints.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { convert, extended, runProgram } from "./helpers.js";

describe("properties", () => {
  it("literal cases with negative literals agree", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -50, max: 50 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: -50, max: 50 }),
        fc.boolean(),
        (lits, x, withDefault) => {
          const alts = lits.map((l, i) => `${l} -> ${i}`);
          if (withDefault) alts.push("other -> plus# other 1000");
          const src = `f = FUN(v -> case v of { ${alts.join("; ")} });
            main = THUNK(case f ${x} of { r -> let { b = CON(I r) } in b });`;
          const p = extended(src);
          expect(convert(p, { preludes: false }).ea).toBe(runProgram(p));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("recursive local functions with free variables agree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (n, k, depth) => {
          // go_d recurses on its argument; each level's result adds the
          // next level's (a letrec inside it) and the free variable q.
          const fn = (d: number): string => {
            const inner =
              d + 1 < depth
                ? `letrec { go${d + 1} = ${fn(d + 1)} } in case go${d + 1} m${d} of { s -> case plus# r s of { u -> plus# u q } }`
                : `plus# r q`;
            return `FUN(m${d} -> case m${d} of { 0 -> ${k}; j -> case sub# m${d} 1 of { n -> case go${d} n of { r -> ${inner} } } })`;
          };
          const src = `f = FUN(q -> letrec { go0 = ${fn(0)} } in go0 ${n});
            main = THUNK(case f ${k} of { r -> let { b = CON(I r) } in b });`;
          const p = extended(src);
          const want = runProgram(p);
          expect(want).toMatch(/^\(I -?\d+\)$/);
          const c = convert(p, { preludes: false });
          expect(c.ea).toBe(want);
          expect(c.text).not.toContain("letrec");
        },
      ),
      { numRuns: 25 },
    );
  });
});
