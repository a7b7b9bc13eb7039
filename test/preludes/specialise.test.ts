// The numeric rewrites of a plain run (src/preludes/specialise.ts):
// overloaded calls whose dictionaries the program names go to the prelude's
// worker for them, and fromInteger of a literal at a known type is the
// constructor it builds; the rewritten program gives the same result in fewer steps on both machines.
import { describe, expect, it } from "vitest";
import {
  ENGINES,
  STYLES,
  rewrite,
  runMain,
  shower,
  sources as parse,
} from "./rewrite-fixture.js";

// Stand-ins under the prelude's names (what the rewrite looks for).
const LIB = `
true = CON(True);
false = CON(False);
zdfIntegralInt_GHCziReal = CON(CIntegral);
zdfIntegralInteger_GHCziReal = CON(CIntegral);
zdfNumDouble_GHCziFloat = CON(CNum);
zdfNumInt_GHCziNum = CON(CNum);
fromIntegral_GHCziReal = FUN(di dn x -> case reallyUnsafePtrEquality# dn zdfNumDouble_GHCziFloat of {
  1 -> privIntToDouble_GHCziReal x; o -> x });
privIntToDouble_GHCziReal = FUN(a -> case a of { I i -> case int2Double# i of { r -> let { v = CON(D r) } in v } });
even_GHCziReal = FUN(d n -> case n of { I x -> case remInt# x 2 of { 0 -> true; r -> false } });
privEvenInt_GHCziReal = FUN(n -> case n of { I x -> case remInt# x 2 of { 0 -> true; r -> false } });
fromIntegerInt_GHCziNum = FUN(n -> case n of { IS_GHCziNumziInteger i -> let { v = CON(I i) } in v });
`;

const PROG = `
seven = CON(I 7);
a = THUNK(fromIntegral_GHCziReal zdfIntegralInt_GHCziReal zdfNumDouble_GHCziFloat seven);
b = THUNK(fromIntegral_GHCziReal zdfIntegralInt_GHCziReal zdfNumInt_GHCziNum seven);
c = THUNK(fromIntegral_GHCziReal zdfIntegralInteger_GHCziReal zdfNumDouble_GHCziFloat seven);
ev = THUNK(even_GHCziReal zdfIntegralInt_GHCziReal seven);
lit = FUN(u -> let { k = THUNK(let { s = CON(IS_GHCziNumziInteger 3) } in fromIntegerInt_GHCziNum s) } in k);
loop = FUN(n acc -> let { lim = CON(I 0) } in
  case n of { I m -> case lim of { I z -> case gt# m z of {
    0 -> acc;
    t -> let { one = CON(I 1) } in case one of { I o -> case sub# m o of { m1 ->
      case acc of { I x -> case plus# x m of { y ->
        let { n1 = CON(I m1); acc1 = CON(I y) } in loop n1 acc1 } } } } } } });
shadow = FUN(u -> let { one = CON(I 5) } in let { f = THUNK(one); one = CON(I 1) } in f);
main = THUNK(case a of { D x -> case b of { I y -> case ev of { False ->
  case lit seven of { I z -> case loop seven seven of { I w -> case shadow seven of { I s ->
    case plus# y z of { t -> case plus# t w of { q -> plus# q s } } } } } } } });
`;
const sources = () => parse(LIB, PROG);

describe("numeric rewrites of a plain run", () => {
  const before = sources();
  const after = rewrite(before);
  const show = shower(after);

  it("calls the worker for the dictionaries named", () => {
    expect(show("a")).toMatch(/privIntToDouble_GHCziReal seven/);
    // Int to Int: the value itself
    expect(show("b")).toMatch(/b = THUNK\(seven\)/);
    // a pair the prelude has no worker for here stays a call
    expect(show("c")).toMatch(/fromIntegral_GHCziReal/);
    expect(show("ev")).toMatch(/privEvenInt_GHCziReal seven/);
  });

  it("folds fromInteger of a literal to its constructor", () => {
    // the thunk became `CON(I 3)`
    expect(show("lit")).toMatch(/= CON\(I 3\)/);
  });

  it("gives the same result in fewer steps, in both styles and on both machines", () => {
    for (const style of STYLES)
      for (const engine of ENGINES) {
        const run = (sbs: Parameters<typeof runMain>[0]) =>
          runMain(sbs, style, engine);
        const r0 = run(before);
        const r1 = run(after);
        // b 7, lit 3, loop 7 + (7 + 6 + ... + 1), shadow 5
        expect(r0.outcome).toMatchObject({ kind: "value", text: "50" });
        expect(r1.outcome).toEqual(r0.outcome);
        expect(r1.stats.steps).toBeLessThan(r0.stats.steps);
      }
  });
});
