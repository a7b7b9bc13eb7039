// Prelude let groups written as one letrec (src/preludes/letrec-groups.ts):
// only groups where no binding refers to itself or a later one; the
// rewritten program has the same result, allocations and updates in fewer
// steps, on both machines, in both styles.
import { describe, expect, it } from "vitest";
import { parseStg } from "../../src/ministg/parse.js";
import { runBindings } from "../../src/ministg/run-stg.js";
import { letGroupsAsLetrec } from "../../src/preludes/letrec-groups.js";

// x is global in `bad`'s first binding: as a letrec it would be the second.
const PROG = `
x = CON(I 7);
pair = FUN(a b -> let { p = CON(I a); q = THUNK(plus# a b); r = CON(Z2T p q) } in r);
bad = FUN(a -> let { y = CON(Z2T x a); x = CON(I a) } in y);
self = FUN(a -> let { y = THUNK(a); z = THUNK(z) } in y);
one = FUN(a -> let { y = CON(I a) } in y);
main = THUNK(case pair 3 4 of { Z2T p q -> case p of { I u -> case q of { v ->
  case bad 5 of { Z2T w z -> case w of { I s -> case plus# u v of { t -> plus# t s } } } } } });
`;

describe("let groups as letrec", () => {
  const out = letGroupsAsLetrec(PROG, "prog.stg");

  it("rewrites only groups whose bindings refer to earlier ones", () => {
    expect(out).toMatch(/pair = FUN\(a b -> letrec \{ p =/);
    expect(out).toMatch(/bad = FUN\(a -> let \{ y =/);
    expect(out).toMatch(/self = FUN\(a -> let \{ y =/);
    expect(out).toMatch(/one = FUN\(a -> let \{ y =/);
    expect(letGroupsAsLetrec(out, "prog.stg")).toBe(out);
  });

  it("gives the same outcome, allocations and updates in fewer steps", () => {
    const run = (text: string, style: "PE" | "EA", engine: "fast" | "reference") =>
      runBindings(
        parseStg(text, { file: "prog.stg", dialect: "extended" }).bindings.map(
          (binding) => ({ binding, file: "prog.stg" }),
        ),
        { style, engine, annotate: false, gc: true, callStack: false, entry: "main" },
      );
    for (const style of ["PE", "EA"] as const)
      for (const engine of ["fast", "reference"] as const) {
        const r0 = run(PROG, style, engine);
        const r1 = run(out, style, engine);
        expect(r0.outcome).toMatchObject({ kind: "value", text: "17" });
        expect(r1.outcome).toEqual(r0.outcome);
        expect(r1.stats.allocations).toEqual(r0.stats.allocations);
        expect(r1.stats.updates).toBe(r0.stats.updates);
        expect(r1.stats.steps).toBe(r0.stats.steps - 2);
      }
  });
});
