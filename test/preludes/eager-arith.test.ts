// eagerArithmetic (after resolveKnownMethods): an arithmetic thunk over
// operands certainly evaluated is computed where it is built, a thunk the
// let's body forces first is evaluated in place, and nothing else moves:
// an operand not known evaluated, a name bound again, a lazy field or a
// partial primop keep the thunk. The rewritten program gives the same
// result on both machines.
import { describe, expect, it } from "vitest";
import {
  ENGINES,
  STYLES,
  rewrite,
  runMain,
  shower,
  sources as parse,
} from "./rewrite-fixture.js";

const LIB = `
true = CON(True);
false = CON(False);
timesD_Lib = FUN(a b -> case a of { D x -> case b of { D y -> case timesDouble# x y of { r -> let { v = CON(D r) } in v } } });
plusD_Lib = FUN(a b -> case a of { D x -> case b of { D y -> case plusDouble# x y of { r -> let { v = CON(D r) } in v } } });
negD_Lib = FUN(a -> case a of { D x -> case negateDouble# x of { r -> let { v = CON(D r) } in v } });
quotI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case quotInt# x y of { r -> let { v = CON(I r) } in v } } });
gtD_Lib = FUN(a b -> case a of { D x -> case b of { D y -> case gtDouble# x y of { 1 -> true; z -> false } } });
`;

const PROG = `
three = CON(D 3.0);
known = FUN(x -> case x of { D u ->
  let { sq = THUNK(timesD_Lib x x);
        n = THUNK(negD_Lib x);
        two = THUNK(let { k = CON(D 2.0) } in timesD_Lib k x) } in
  let { p = CON(P sq n two) } in p });
viaCall = FUN(x -> case negD_Lib x of { D w ->
  let { t = THUNK(timesD_Lib x x) } in let { p = CON(P t t t) } in p });
mkS_Prog = FUN(x -> case x of { D u -> let { s = CON(S_Prog x x) } in s });
useS_Prog = FUN(s -> case s of { S_Prog a b ->
  let { t = THUNK(timesD_Lib a b) } in let { p = CON(P t t t) } in p });
mkL_Prog = FUN(x y -> case x of { D u -> let { l = CON(L_Prog x y) } in l });
useL_Prog = FUN(l -> case l of { L_Prog a b ->
  let { t = THUNK(timesD_Lib a b) } in let { p = CON(P t t t) } in p });
unknown = FUN(x y -> case x of { D u ->
  let { t = THUNK(timesD_Lib x y) } in let { p = CON(P t t t) } in p });
shadow = FUN(x -> case x of { D u ->
  let { f = FUN(x -> let { t = THUNK(timesD_Lib x x) } in let { p = CON(P t t t) } in p) } in f });
partial = FUN(i j -> case i of { I a -> case j of { I b ->
  let { q = THUNK(quotI_Lib i j) } in let { p = CON(P q q q) } in p } });
field = FUN(m -> case m of { J v -> let { t = THUNK(timesD_Lib v v) } in let { p = CON(P t t t) } in p });
forced = FUN(x y -> let { a = THUNK(plusD_Lib x y); b = THUNK(timesD_Lib x x) } in
  case gtD_Lib b a of { True -> b; False -> a });
main = THUNK(case known three of { P a b c -> case a of { D x -> case b of { D y -> case c of { D z ->
  case forced three three of { D w ->
  case plusDouble# x y of { s -> case plusDouble# s z of { t -> plusDouble# t w } } } } } } });
`;

describe("eagerArithmetic", () => {
  const before = parse(LIB, PROG);
  const after = rewrite(before);
  const show = shower(after);

  it("computes an arithmetic thunk over evaluated operands where it is built", () => {
    const k = show("known");
    expect(k).not.toMatch(/THUNK/);
    expect(k).toMatch(/timesDouble#[^]*negateDouble#[^]*timesDouble#/);
    expect(k).toMatch(/sq = CON\(D /);
    // a global function that scrutinises its argument has evaluated it
    expect(show("viaCall")).not.toMatch(/THUNK/);
  });

  it("takes the fields a program's constructor always gets evaluated as evaluated", () => {
    expect(show("useS_Prog")).not.toMatch(/THUNK/);
    // L_Prog's second field is not always evaluated where it is built
    expect(show("useL_Prog")).toMatch(/t = THUNK\(/);
  });

  it("keeps the thunk when an operand may be unevaluated or the primop may fail", () => {
    expect(show("unknown")).toMatch(/t = THUNK\(/);
    expect(show("shadow")).toMatch(/t = THUNK\(/);
    expect(show("partial")).toMatch(/q = THUNK\(/);
    expect(show("field")).toMatch(/t = THUNK\(/);
  });

  it("evaluates in place the thunks the body forces first, in its order", () => {
    const f = show("forced");
    expect(f).not.toMatch(/THUNK/);
    // b (forced first by gtD b a) is computed before a
    expect(f).toMatch(/timesDouble#[^]*plusDouble#[^]*gtDouble#/);
  });

  it("runs to the same result as the program before", () => {
    for (const style of STYLES)
      for (const engine of ENGINES) {
        const r0 = runMain(before, style, engine);
        const r1 = runMain(after, style, engine);
        expect(r0.outcome).toMatchObject({ kind: "value", text: "21" });
        expect(r1.outcome).toEqual(r0.outcome);
        expect(r1.stats.steps).toBeLessThan(r0.stats.steps);
      }
  });
});
