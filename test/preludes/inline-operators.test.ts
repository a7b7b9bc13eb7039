// Comparisons and arithmetic inlined at the program's cases (and
// comparisons in tail position) by resolveKnownMethods: only the shapes
// inline-operators.ts knows, only globals, never a case that reads the Bool
// itself; the rewritten program forces the arguments in the same order and
// gives the same result in fewer steps.
import { describe, expect, it } from "vitest";
import { ENGINES, STYLES, rewrite, runMain, shower, sources as parse } from "./rewrite-fixture.js";

const LIB = `
true = CON(True);
false = CON(False);
ltI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case lt# x y of { 1 -> true; r -> false } } });
neI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case eq# x y of { 1 -> false; r -> true } } });
fwdLt_Lib = FUN(a b -> ltI_Lib a b);
plusI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case plus# x y of { r -> let { v = CON(I r) } in v } } });
odd_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case lt# x y of { 1 -> true; r -> true } } });
`;

const PROG = `
one = CON(I 1);
two = CON(I 2);
t1 = THUNK(case ltI_Lib one two of { True -> one; False -> two });
t2 = THUNK(case neI_Lib one one of { False -> one; w -> two });
t3 = THUNK(case fwdLt_Lib two one of { True -> one; False -> two });
t4 = THUNK(case plusI_Lib one two of { s -> s });
t5 = THUNK(case plusI_Lib two two of { I z -> case plus# z 10 of { q -> let { b = CON(I q) } in b } });
t6 = FUN(x -> ltI_Lib x two);
t10 = FUN(x -> plusI_Lib x two);
t7 = THUNK(case ltI_Lib one two of { b -> case b of { True -> one; False -> two } });
t8 = FUN(ltI_Lib -> case ltI_Lib one two of { True -> one; False -> two });
t9 = THUNK(case odd_Lib one two of { True -> one; False -> two });
main = THUNK(case t1 of { I a -> case t2 of { I b -> case t3 of { I c -> case t4 of { I d ->
  case t5 of { I e -> case t6 one of { True -> case t7 of { I f -> case t10 one of { I g ->
  case plus# a b of { s1 -> case plus# s1 c of { s2 -> case plus# s2 d of { s3 ->
  case plus# s3 e of { s4 -> case plus# s4 f of { s5 -> plus# s5 g } } } } } } } } } } } } });
`;

// Which argument is forced first: the first one's error wins.
const ORDER = `
one = CON(I 1);
two = CON(I 2);
bad1 = THUNK(raise# one);
bad2 = THUNK(raise# two);
main = THUNK(case ltI_Lib bad1 bad2 of { True -> one; False -> two });
`;
const sources = (prog: string) => parse(LIB, prog);

describe("inlined operators", () => {
  const before = sources(PROG);
  const after = rewrite(before);
  const show = shower(after);

  it("inlines comparisons and arithmetic at cases and in tail position", () => {
    for (const n of ["t1", "t2", "t3", "t4", "t5", "t6", "t10"])
      expect(show(n)).not.toMatch(/ltI_Lib|neI_Lib|fwdLt_Lib|plusI_Lib/);
    expect(show("t1")).toMatch(/lt#/);
    expect(show("t3")).toMatch(/lt#/);
    expect(show("t4")).toMatch(/plus#/);
    expect(show("t6")).toMatch(/lt#[^]*true[^]*false/);
    expect(show("t10")).toMatch(/plus#[^]*CON\(I /);
  });

  it("leaves a case reading the Bool, a local name and other shapes alone", () => {
    expect(show("t7")).toMatch(/case ltI_Lib one two of/);
    expect(show("t8")).toMatch(/case ltI_Lib one two of/);
    expect(show("t9")).toMatch(/case odd_Lib one two of/);
  });

  it("gives the same result and errors in fewer steps, in both styles and on both machines", () => {
    const order = sources(ORDER);
    for (const style of STYLES)
      for (const engine of ENGINES) {
        const run = (sbs: Parameters<typeof runMain>[0]) => runMain(sbs, style, engine);
        const r0 = run(before);
        const r1 = run(after);
        // 1 + 1 + 2 + 3 + 14 + 1 + 3
        expect(r0.outcome).toMatchObject({ kind: "value", text: "25" });
        expect(r1.outcome).toEqual(r0.outcome);
        expect(r1.stats.steps).toBeLessThan(r0.stats.steps);
        const o0 = run(order);
        const o1 = run(rewrite(order));
        expect(o1.outcome).toEqual(o0.outcome);
        expect(JSON.stringify(o0.outcome)).toMatch(/1/);
      }
  });
});
