// resolveKnownMethods: a selector applied to a top-level dictionary becomes
// the dictionary's field, in the program's code only, never through a name
// bound locally (except a local thunk selecting a known dictionary's
// superclass, which stands for it); the rewritten program gives the same
// result in fewer steps.
import { describe, expect, it } from "vitest";
import { ENGINES, STYLES, rewrite, runMain, shower, sources as parse } from "./rewrite-fixture.js";

const LIB = `
plus_Lib = FUN(sel_d -> case sel_d of { CNum p m -> p });
minus_Lib = FUN(sel_d -> case sel_d of { CNum p m -> m });
plusI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case plus# x y of { r -> let { v = CON(I r) } in v } } });
minusI_Lib = FUN(a b -> case a of { I x -> case b of { I y -> case sub# x y of { r -> let { v = CON(I r) } in v } } });
dNumInt_Lib = CON(CNum plusI_Lib minusI_Lib);
dLazy_Lib = THUNK(dNumInt_Lib);
fwdPlus_Lib = FUN(a b -> plusI_Lib a b);
dNum2_Lib = CON(CNum fwdPlus_Lib minusI_Lib);
p1Real_Lib = FUN(sel_d -> case sel_d of { CReal n t -> n });
toR_Lib = FUN(a -> a);
dRealInt_Lib = CON(CReal dNumInt_Lib toR_Lib);
`;

const PROG = `
one = CON(I 1);
two = CON(I 2);
a = THUNK(plus_Lib dNumInt_Lib one two);
b = THUNK(minus_Lib dNumInt_Lib);
c = THUNK(plus_Lib dLazy_Lib one two);
d = FUN(plusI_Lib -> plus_Lib dNumInt_Lib one plusI_Lib);
e = FUN(dNumInt_Lib -> plus_Lib dNumInt_Lib one two);
f = THUNK(plus_Lib dNum2_Lib one two);
g = FUN(x -> let { dn = THUNK(p1Real_Lib dRealInt_Lib); dn1 = THUNK(dn);
                   h = FUN(y -> plus_Lib dn1 y x) } in h one);
k = FUN(dd -> let { dn = THUNK(p1Real_Lib dRealInt_Lib) } in
  let { dn = THUNK(dd) } in plus_Lib dn one two);
main = THUNK(case a of { I x -> case b two one of { I y -> case c of { I z ->
  case d two of { I w -> case e dNumInt_Lib of { I u ->
  case f of { I v -> case g two of { I gg -> case k dNumInt_Lib of { I kk ->
  case plus# x y of { s -> case plus# s z of { t -> case plus# t w of { q -> case plus# q u of { m ->
  case plus# m v of { m2 -> case plus# m2 gg of { m3 -> plus# m3 kk } } } } } } } } } } } } } });
`;
const sources = () => parse(LIB, PROG);

describe("resolveKnownMethods", () => {
  const before = sources();
  const after = rewrite(before);
  const show = shower(after);

  it("calls the dictionary's field directly", () => {
    // plusI_Lib, an operator in tail position, is inlined (inline-operators.ts)
    expect(show("a")).toMatch(/case one of[^]*case two of[^]*plus#/);
    expect(show("a")).not.toMatch(/plus_Lib/);
    // a selector applied to the dictionary alone is the field itself
    expect(show("b")).toMatch(/b = THUNK\(minusI_Lib\)/);
    // a field that passes its arguments on is followed to its target
    expect(show("f")).toMatch(/case one of[^]*case two of[^]*plus#/);
    // a local thunk selecting a known superclass stands for it
    expect(show("g")).toMatch(/dn = THUNK\(dNumInt_Lib\)/);
    expect(show("g")).toMatch(/case y of[^]*case x of[^]*plus#/);
  });

  it("leaves unknown dictionaries and locally bound names alone", () => {
    expect(show("c")).toMatch(/plus_Lib dLazy_Lib one two/);
    // the field's name is bound locally: the global cannot be named here
    expect(show("d")).toMatch(/plus_Lib dNumInt_Lib one plusI_Lib/);
    // the dictionary's name is bound locally
    expect(show("e")).toMatch(/plus_Lib dNumInt_Lib one two/);
    // an alias bound anew to an unknown dictionary
    expect(show("k")).toMatch(/plus_Lib dn one two/);
  });

  it("rewrites only the bindings picked", () => {
    const lib = after.filter((s) => s.file === "lib.stg");
    expect(lib.map((s) => s.binding)).toEqual(
      before.filter((s) => s.file === "lib.stg").map((s) => s.binding),
    );
  });

  it("gives the same result in fewer steps, in both styles and on both machines", () => {
    for (const style of STYLES)
      for (const engine of ENGINES) {
        const run = (sbs: Parameters<typeof runMain>[0]) => runMain(sbs, style, engine);
        const r0 = run(before);
        const r1 = run(after);
        expect(r0.outcome).toMatchObject({ kind: "value", text: "22" });
        expect(r1.outcome).toEqual(r0.outcome);
        expect(r1.stats.steps).toBeLessThan(r0.stats.steps);
      }
  });
});
