// Generated miniSTG programs over the prelude (boxed arithmetic, lists,
// partial applications, unknown calls, thunks), for property tests: the
// fast-check generators of their terms and the translation to miniSTG.
import fc from "fast-check";

export type IntE =
  | { k: "lit"; v: number }
  | { k: "plusInt" | "subInt" | "multInt"; a: IntE; b: IntE }
  | { k: "head"; l: ListE }
  | { k: "call" | "apply"; f: FunE; a: IntE }
  | { k: "sum"; l: ListE }
  | { k: "seq"; a: IntE; b: IntE };
export type ListE =
  | { k: "nil" }
  | { k: "cons"; h: IntE; t: ListE }
  | { k: "map"; f: FunE; l: ListE }
  | { k: "take"; n: number; l: ListE }
  | { k: "append"; a: ListE; b: ListE }
  | { k: "zip"; a: ListE; b: ListE };
export type FunE =
  | { k: "papPlus" | "thunkPlus" | "papMult" | "const"; x: IntE }
  | { k: "lam"; c: IntE };

// ------------------------------------------------------------ generators

export const { intE, listE, funE } = fc.letrec<{
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

// ------------------------------------------------------------ to miniSTG

/** Builds a let chain: every node is bound to a fresh variable. */
export class ToStg {
  readonly binds: string[] = [];
  private n = 0;
  /** Binds `obj` to a fresh variable, named in the result. */
  bind(obj: string): string {
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

export function program(binds: string[], result: string): string {
  return `main = THUNK(let {\n  ${binds.join(";\n  ")}\n} in ${result});\n`;
}
