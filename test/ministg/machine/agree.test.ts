// Property: for generated programs over the prelude (boxed arithmetic,
// lists, partial applications, unknown calls, thunks), eval/apply and
// push/enter print the same value, and it is the value a direct evaluation
// of the same term in JavaScript gives (the oracle below).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ToStg,
  funE,
  intE,
  listE,
  program,
  type FunE,
  type IntE,
  type ListE,
} from "./generated-programs.js";
import { run } from "./helpers.js";

// ------------------------------------------------------------ the oracle

type Fn = (x: bigint) => bigint;

function evalInt(e: IntE): bigint {
  switch (e.k) {
    case "lit":
      return BigInt(e.v);
    case "plusInt":
      return evalInt(e.a) + evalInt(e.b);
    case "subInt":
      return evalInt(e.a) - evalInt(e.b);
    case "multInt":
      return evalInt(e.a) * evalInt(e.b);
    case "head":
      return evalList(e.l)[0]!;
    case "call":
    case "apply":
      return evalFun(e.f)(evalInt(e.a));
    case "sum":
      return evalList(e.l).reduce((a, b) => a + b, 0n);
    case "seq":
      evalInt(e.a);
      return evalInt(e.b);
  }
}

function evalList(e: ListE): bigint[] {
  switch (e.k) {
    case "nil":
      return [];
    case "cons":
      return [evalInt(e.h), ...evalList(e.t)];
    case "map":
      return evalList(e.l).map(evalFun(e.f));
    case "take":
      return evalList(e.l).slice(0, e.n);
    case "append":
      return [...evalList(e.a), ...evalList(e.b)];
    case "zip": {
      const a = evalList(e.a);
      const b = evalList(e.b);
      return a.slice(0, Math.min(a.length, b.length)).map((x, i) => x + b[i]!);
    }
  }
}

function evalFun(e: FunE): Fn {
  switch (e.k) {
    case "papPlus":
    case "thunkPlus": {
      const x = evalInt(e.x);
      return (y) => x + y;
    }
    case "papMult": {
      const x = evalInt(e.x);
      return (y) => x * y;
    }
    case "const": {
      const x = evalInt(e.x);
      return () => x;
    }
    case "lam": {
      const c = evalInt(e.c);
      return (y) => y + c;
    }
  }
}

function show(n: bigint): string {
  return `(I ${n})`;
}

describe("EA and PE agree with each other and with a direct evaluation", () => {
  it("on Int-valued programs", () => {
    fc.assert(
      fc.property(intE, (e) => {
        const t = new ToStg();
        const r = t.int(e);
        const src = program(t.binds, r);
        const want = show(evalInt(e)) + "\n";
        expect(run(src, "EA").stdout).toBe(want);
        expect(run(src, "PE").stdout).toBe(want);
      }),
      { numRuns: 60 },
    );
  });

  it("on list-valued programs (forced with forcelist)", () => {
    fc.assert(
      fc.property(listE, (e) => {
        const t = new ToStg();
        const l = t.list(e);
        t.binds.push(`forced = THUNK(forcelist ${l})`);
        const src = program(t.binds, `seq forced ${l}`).replace(
          "in seq",
          "in seq",
        );
        const items = evalList(e);
        const want =
          items.reduceRight((acc, x) => `(Cons ${show(x)} ${acc})`, "Nil") +
          "\n";
        expect(run(src, "EA").stdout).toBe(want);
        expect(run(src, "PE").stdout).toBe(want);
      }),
      { numRuns: 60 },
    );
  });

  it("functions are values too: an unapplied function prints as one", () => {
    fc.assert(
      fc.property(funE, (e) => {
        const t = new ToStg();
        const f = t.fun(e);
        const src = program(t.binds, f);
        const ea = run(src, "EA").stdout;
        expect(run(src, "PE").stdout).toBe(ea);
        expect(["<pap>\n", "<function>\n"]).toContain(ea);
      }),
      { numRuns: 30 },
    );
  });
});
