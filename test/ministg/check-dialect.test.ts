// checkMinistgDialect finds every way a program leaves the ministg dialect;
// checkExtendedDialect what the extended syntax cannot write.
import { describe, it, expect } from "vitest";
import {
  checkExtendedDialect,
  checkMinistgDialect,
} from "../../src/ministg/check-dialect.js";
import { parseStg } from "../../src/ministg/parse.js";
import type { Expr, HeapObject, Program } from "../../src/ministg/ast.js";

const ext = (text: string) =>
  parseStg(text, { file: "t.stg", dialect: "extended" });
const withObject = (object: HeapObject): Program => ({
  bindings: [{ name: "m", object }],
});
const withExpr = (body: Expr): Program => withObject({ kind: "THUNK", body });
const messages = (p: Program) => checkMinistgDialect(p).map((v) => v.message);

describe("checkMinistgDialect", () => {
  it("accepts the manual's program", () => {
    const p = parseStg(
      `plusInt = FUN(x y -> case x of { I i -> case y of { I j -> case plus# i j of { x -> let { result = CON (I x) } in result }}});
       main = THUNK(stack "main" plusInt one two);`,
      { file: "t.stg", dialect: "ministg" },
    );
    expect(checkMinistgDialect(p)).toEqual([]);
  });

  it("reports bad names with their position and the name", () => {
    const vs = checkMinistgDialect(
      ext("let_x = CON(Foo' a);\nx = FUN(_y -> in_z)"),
    );
    expect(vs).toEqual([
      {
        message: expect.stringMatching(/`let_x`.*keyword `let`.*`_`/),
        pos: { line: 1, column: 1 },
        name: "let_x",
      },
      {
        message: expect.stringMatching(
          /constructor `Foo'`.*\[A-Z\]\[A-Za-z0-9_\]\*/,
        ),
        pos: { line: 1, column: 9 },
        name: "Foo'",
      },
      {
        message: expect.stringMatching(/variable `_y`/),
        pos: { line: 2, column: 5 },
        name: "_y",
      },
      {
        message: expect.stringMatching(/`in_z`.*`in`/),
        pos: { line: 2, column: 15 },
        name: "in_z",
      },
    ]);
  });

  it("reports keywords and primop names used as names", () => {
    const p: Program = {
      bindings: [
        { name: "case", object: { kind: "CON", con: "THUNK", args: [] } },
        { name: "stack", object: { kind: "ERROR" } },
        { name: "ok_x", object: { kind: "CON", con: "FUN_1", args: [] } },
      ],
    };
    const vs = checkMinistgDialect(p);
    expect(vs.map((v) => v.name)).toEqual(["case", "THUNK", "stack", "FUN_1"]);
  });

  it("reports names with characters outside ministg's alphabet", () => {
    for (const name of ["x.y", "a$b", "é", "x#", "_", "1x"]) {
      expect(
        messages(withExpr({ kind: "atom", atom: { kind: "var", name } })),
      ).toHaveLength(1);
    }
  });

  it("allows only the nine primops, each with its arity", () => {
    const prim = (op: string, n: number): Expr => ({
      kind: "primop",
      op,
      args: Array.from({ length: n }, (_, i) => ({
        kind: "lit",
        lit: { kind: "int", value: BigInt(i) },
      })),
    });
    for (const op of [
      "plus#",
      "sub#",
      "mult#",
      "eq#",
      "lt#",
      "lte#",
      "gt#",
      "gte#",
    ]) {
      expect(messages(withExpr(prim(op, 2)))).toEqual([]);
      expect(messages(withExpr(prim(op, 3)))).toEqual([
        `primop \`${op}\` takes 2 arguments, here it has 3`,
      ]);
    }
    expect(messages(withExpr(prim("intToBool#", 1)))).toEqual([]);
    expect(messages(withExpr(prim("intToBool#", 2)))).toEqual([
      "primop `intToBool#` takes 1 argument, here it has 2",
    ]);
    expect(messages(withExpr(prim("quotInt#", 2)))[0]).toMatch(
      /`quotInt#` is not one of ministg's/,
    );
  });

  it("rejects letrec, literal alternatives and non-int or negative literals", () => {
    expect(messages(ext("m = THUNK(letrec { a = ERROR } in a)"))).toEqual([
      "recursive let (letrec) is not in the ministg dialect",
    ]);
    expect(messages(ext("m = THUNK(case x of { 1 -> a; y -> y })"))).toEqual([
      "literal alternatives are not in the ministg dialect",
    ]);
    expect(messages(ext("m = THUNK(case x of { 'a' -> a })"))).toEqual([
      "literal alternatives are not in the ministg dialect",
      "char literals are not in the ministg dialect (only non-negative integers)",
    ]);
    expect(messages(ext("m = CON(C -1)"))[0]).toMatch(
      /negative literal -1.*sub# 0 n/,
    );
    for (const lit of ["1w", "1n", "1.5", "1.5f", "'a'", '"s"']) {
      expect(messages(ext(`m = CON(C ${lit})`))).toHaveLength(1);
    }
    expect(
      messages(ext("m = CON(C 0 123456789012345678901234567890)")),
    ).toEqual([]);
  });

  it("requires FUN parameters and PAP arguments", () => {
    expect(messages(ext("f = FUN(-> x)"))).toEqual([
      "a FUN needs at least one parameter in the ministg dialect",
    ]);
    expect(messages(ext("p = PAP(f)"))).toEqual([
      "a PAP needs at least one argument in the ministg dialect",
    ]);
  });

  it("rejects empty lets and cases, and stack labels with a quote", () => {
    expect(
      messages(
        withExpr({
          kind: "let",
          rec: false,
          binds: [],
          body: { kind: "atom", atom: { kind: "var", name: "x" } },
        }),
      ),
    ).toEqual(["a let needs at least one binding"]);
    expect(
      messages(
        withExpr({
          kind: "case",
          scrutinee: { kind: "atom", atom: { kind: "var", name: "x" } },
          alts: [],
        }),
      ),
    ).toEqual(["a case needs at least one alternative"]);
    expect(messages(ext('m = THUNK(stack "a\\"b" x)'))[0]).toMatch(
      /stack label .* contains `"`/,
    );
  });

  it("finds violations deep inside nested expressions", () => {
    const vs = checkMinistgDialect(
      ext(
        "f = FUN(x -> case x of { C a -> let { t = THUNK(case a of { y -> g -3 }) } in t })",
      ),
    );
    expect(vs).toEqual([
      {
        message: expect.stringMatching(/negative literal -3/),
        pos: { line: 1, column: 68 },
      },
    ]);
  });
});

describe("checkExtendedDialect", () => {
  it("accepts everything the extended parser reads", () => {
    expect(
      checkExtendedDialect(
        ext(
          "let_x = FUN(-> letrec { a' = PAP(f) } in quot# -1 2.5 'c' \"s\" 3w 4n 1.5f)",
        ),
      ),
    ).toEqual([]);
  });
  it("rejects unwritable names, primops and literal values", () => {
    const p: Program = {
      bindings: [
        {
          name: "letrec",
          object: {
            kind: "CON",
            con: "a",
            args: [{ kind: "lit", lit: { kind: "word", value: -1n } }],
          },
        },
        {
          name: "x.y",
          object: {
            kind: "THUNK",
            body: {
              kind: "primop",
              op: "Plus#",
              args: [
                { kind: "lit", lit: { kind: "char", value: 0x110000 } },
                { kind: "lit", lit: { kind: "string", bytes: [256] } },
              ],
            },
          },
        },
      ],
    };
    expect(checkExtendedDialect(p).map((v) => v.message)).toEqual([
      "`letrec` is a keyword and cannot be used as a variable",
      "constructor `a` is not a valid name (constructors match [A-Z][A-Za-z0-9_']*)",
      "Word# literal -1 is negative",
      "variable `x.y` is not a valid name (variables match [a-z_][A-Za-z0-9_']*)",
      "`Plus#` is not a primop name (primops match [a-z][A-Za-z0-9_]*#)",
      "character code 1114112 is not a Unicode code point",
      "a string literal holds a value that is not a byte",
    ]);
  });
});
