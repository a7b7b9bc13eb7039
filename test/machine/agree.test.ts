// Property: for generated programs over the prelude (boxed arithmetic,
// lists, partial applications, unknown calls, thunks), eval/apply and
// push/enter print the same value, and it is the value a direct evaluation
// of the same term in JavaScript gives (the oracle below).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { run } from "./helpers.js";

type IntE =
  | { k: "lit"; v: number }
  | { k: "plusInt" | "subInt" | "multInt"; a: IntE; b: IntE }
  | { k: "head"; l: ListE }
  | { k: "call" | "apply"; f: FunE; a: IntE }
  | { k: "sum"; l: ListE }
  | { k: "seq"; a: IntE; b: IntE };
type ListE =
  | { k: "nil" }
  | { k: "cons"; h: IntE; t: ListE }
  | { k: "map"; f: FunE; l: ListE }
  | { k: "take"; n: number; l: ListE }
  | { k: "append"; a: ListE; b: ListE }
  | { k: "zip"; a: ListE; b: ListE };
type FunE =
  | { k: "papPlus" | "thunkPlus" | "papMult" | "const"; x: IntE }
  | { k: "lam"; c: IntE };

// ------------------------------------------------------------ generators

const { intE, listE, funE } = fc.letrec<{
  intE: IntE;
  listE: ListE;
  funE: FunE;
  nonEmpty: ListE;
}>((tie) => ({
  intE: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      k: fc.constant("lit" as const),
      v: fc.integer({ min: 0, max: 9 }),
    }),
    fc.record({
      k: fc.constantFrom(
        "plusInt" as const,
        "subInt" as const,
        "multInt" as const,
      ),
      a: tie("intE"),
      b: tie("intE"),
    }),
    fc.record({ k: fc.constant("head" as const), l: tie("nonEmpty") }),
    fc.record({
      k: fc.constantFrom("call" as const, "apply" as const),
      f: tie("funE"),
      a: tie("intE"),
    }),
    fc.record({ k: fc.constant("sum" as const), l: tie("listE") }),
    fc.record({
      k: fc.constant("seq" as const),
      a: tie("intE"),
      b: tie("intE"),
    }),
  ),
  listE: fc.oneof(
    { depthSize: "small" },
    fc.constant({ k: "nil" as const }),
    tie("nonEmpty"),
    fc.record({
      k: fc.constant("map" as const),
      f: tie("funE"),
      l: tie("listE"),
    }),
    fc.record({
      k: fc.constant("take" as const),
      n: fc.integer({ min: 0, max: 4 }),
      l: tie("listE"),
    }),
    fc.record({
      k: fc.constant("append" as const),
      a: tie("listE"),
      b: tie("listE"),
    }),
    fc.record({
      k: fc.constant("zip" as const),
      a: tie("listE"),
      b: tie("listE"),
    }),
  ),
  nonEmpty: fc.oneof(
    { depthSize: "small" },
    fc.record({
      k: fc.constant("cons" as const),
      h: tie("intE"),
      t: tie("listE"),
    }),
    fc.record({
      k: fc.constant("map" as const),
      f: tie("funE"),
      l: tie("nonEmpty"),
    }),
    fc.record({
      k: fc.constant("append" as const),
      a: tie("nonEmpty"),
      b: tie("listE"),
    }),
  ),
  funE: fc.oneof(
    { depthSize: "small" },
    fc.record({
      k: fc.constantFrom(
        "papPlus" as const,
        "thunkPlus" as const,
        "papMult" as const,
        "const" as const,
      ),
      x: tie("intE"),
    }),
    fc.record({ k: fc.constant("lam" as const), c: tie("intE") }),
  ),
}));

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

// ------------------------------------------------------------ to miniSTG

/** Builds a let chain: every node is bound to a fresh variable. */
class ToStg {
  readonly binds: string[] = [];
  private n = 0;
  private bind(obj: string): string {
    const v = `v${this.n++}`;
    this.binds.push(`${v} = ${obj}`);
    return v;
  }
  int(e: IntE): string {
    switch (e.k) {
      case "lit":
        return this.bind(`CON(I ${e.v})`);
      case "plusInt":
      case "subInt":
      case "multInt": {
        const a = this.int(e.a);
        const b = this.int(e.b);
        return this.bind(`THUNK(${e.k} ${a} ${b})`);
      }
      case "head":
        return this.bind(`THUNK(head ${this.list(e.l)})`);
      case "call": {
        const f = this.fun(e.f);
        return this.bind(`THUNK(${f} ${this.int(e.a)})`);
      }
      case "apply": {
        const f = this.fun(e.f);
        return this.bind(`THUNK(apply ${f} ${this.int(e.a)})`);
      }
      case "sum":
        return this.bind(`THUNK(sum ${this.list(e.l)})`);
      case "seq": {
        const a = this.int(e.a);
        return this.bind(`THUNK(seq ${a} ${this.int(e.b)})`);
      }
    }
  }
  list(e: ListE): string {
    switch (e.k) {
      case "nil":
        return "nil";
      case "cons": {
        const h = this.int(e.h);
        return this.bind(`CON(Cons ${h} ${this.list(e.t)})`);
      }
      case "map": {
        const f = this.fun(e.f);
        return this.bind(`THUNK(map ${f} ${this.list(e.l)})`);
      }
      case "take": {
        const n = this.bind(`CON(I ${e.n})`);
        return this.bind(`THUNK(take ${n} ${this.list(e.l)})`);
      }
      case "append": {
        const a = this.list(e.a);
        return this.bind(`THUNK(append ${a} ${this.list(e.b)})`);
      }
      case "zip": {
        const a = this.list(e.a);
        return this.bind(`THUNK(zipWith plusInt ${a} ${this.list(e.b)})`);
      }
    }
  }
  fun(e: FunE): string {
    switch (e.k) {
      case "papPlus":
        return this.bind(`PAP(plusInt ${this.int(e.x)})`);
      case "thunkPlus":
        return this.bind(`THUNK(plusInt ${this.int(e.x)})`);
      case "papMult":
        return this.bind(`PAP(multInt ${this.int(e.x)})`);
      case "const":
        return this.bind(`THUNK(const ${this.int(e.x)})`);
      case "lam":
        return this.bind(`FUN(y -> plusInt y ${this.int(e.c)})`);
    }
  }
}

function program(binds: string[], result: string): string {
  return `main = THUNK(let {\n  ${binds.join(";\n  ")}\n} in ${result});\n`;
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
