// Every construct of both dialects parses to the AST its text denotes.
import { describe, it, expect } from "vitest";
import { atomE, int, parse, parseExpr, parseObject, v } from "./helpers.js";
import type { Dialect } from "../../../src/ministg/ast.js";
import { parseStg } from "../../../src/ministg/parse.js";

const both: Dialect[] = ["ministg", "extended"];

describe.each(both)("shared constructs (%s)", (dialect) => {
  it("parses the empty program and whitespace-only programs", () => {
    expect(parse("", dialect)).toEqual({ bindings: [] });
    expect(parse("  \n\t\r\n", dialect)).toEqual({ bindings: [] });
    expect(parse("# only a comment\n", dialect)).toEqual({ bindings: [] });
  });

  it("accepts an optional final semicolon", () => {
    const a = parse("x = ERROR; y = ERROR", dialect);
    const b = parse("x = ERROR; y = ERROR;", dialect);
    expect(a).toEqual(b);
    expect(a.bindings.map((x) => x.name)).toEqual(["x", "y"]);
  });

  it("parses all five heap objects", () => {
    expect(parseObject("FUN(x y -> x)", dialect)).toEqual({
      kind: "FUN",
      params: ["x", "y"],
      body: atomE(v("x")),
    });
    expect(parseObject("PAP(f x 3)", dialect)).toEqual({
      kind: "PAP",
      fn: "f",
      args: [v("x"), int(3n)],
    });
    expect(parseObject("CON(Cons h t)", dialect)).toEqual({
      kind: "CON",
      con: "Cons",
      args: [v("h"), v("t")],
    });
    expect(parseObject("CON(Nil)", dialect)).toEqual({
      kind: "CON",
      con: "Nil",
      args: [],
    });
    expect(parseObject("THUNK(f x)", dialect)).toEqual({
      kind: "THUNK",
      body: { kind: "app", fn: "f", args: [v("x")] },
    });
    expect(parseObject("ERROR", dialect)).toEqual({ kind: "ERROR" });
  });

  it("reads a variable with no arguments as an atom, not an application", () => {
    expect(parseExpr("f", dialect)).toEqual(atomE(v("f")));
    expect(parseExpr("42", dialect)).toEqual(atomE(int(42n)));
  });

  it("parses applications with variable and literal arguments", () => {
    expect(parseExpr("f x 1 y", dialect)).toEqual({
      kind: "app",
      fn: "f",
      args: [v("x"), int(1n), v("y")],
    });
  });

  it("parses the nine ministg primops", () => {
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
      expect(parseExpr(`${op} a 2`, dialect)).toEqual({
        kind: "primop",
        op,
        args: [v("a"), int(2n)],
      });
    }
    expect(parseExpr("intToBool# x", dialect)).toEqual({
      kind: "primop",
      op: "intToBool#",
      args: [v("x")],
    });
  });

  it("parses a let chain as one non-recursive let", () => {
    expect(
      parseExpr("let { a = CON(I 1); b = CON(Cons a nil); } in b", dialect),
    ).toEqual({
      kind: "let",
      rec: false,
      binds: [
        { name: "a", object: { kind: "CON", con: "I", args: [int(1n)] } },
        {
          name: "b",
          object: { kind: "CON", con: "Cons", args: [v("a"), v("nil")] },
        },
      ],
      body: atomE(v("b")),
    });
  });

  it("parses case with constructor and default alternatives, in any order", () => {
    expect(
      parseExpr("case xs of { Nil -> z; y -> y; Cons h t -> h }", dialect),
    ).toEqual({
      kind: "case",
      scrutinee: atomE(v("xs")),
      alts: [
        { kind: "con", con: "Nil", vars: [], body: atomE(v("z")) },
        { kind: "default", binder: "y", body: atomE(v("y")) },
        { kind: "con", con: "Cons", vars: ["h", "t"], body: atomE(v("h")) },
      ],
    });
  });

  it("parses a case on a case, and a trailing ';' in the alternatives", () => {
    const e = parseExpr(
      "case case x of { y -> f y; } of { True -> one; }",
      dialect,
    );
    expect(e).toEqual({
      kind: "case",
      scrutinee: {
        kind: "case",
        scrutinee: atomE(v("x")),
        alts: [
          {
            kind: "default",
            binder: "y",
            body: { kind: "app", fn: "f", args: [v("y")] },
          },
        ],
      },
      alts: [{ kind: "con", con: "True", vars: [], body: atomE(v("one")) }],
    });
  });

  it("parses stack annotations", () => {
    expect(parseExpr('stack "fac" f x', dialect)).toEqual({
      kind: "stack",
      label: "fac",
      body: { kind: "app", fn: "f", args: [v("x")] },
    });
  });

  it("needs no white space between tokens where ministg needs none", () => {
    expect(parse("f=FUN(x->case x of{I i->i})", dialect)).toEqual(
      parse("f = FUN(x -> case x of { I i -> i })", dialect),
    );
  });

  it("ends a comment at the newline", () => {
    expect(parse("x = CON(I 1); # one\ny = ERROR # two\n", dialect)).toEqual(
      parse("x = CON(I 1); y = ERROR", dialect),
    );
  });

  it("reads arbitrarily large non-negative integers exactly", () => {
    expect(parseExpr("123456789012345678901234567890", dialect)).toEqual(
      atomE(int(123456789012345678901234567890n)),
    );
  });

  it("records positions of bindings, objects, expressions, alternatives and atoms", () => {
    const p = parseStg("f = FUN(x ->\n  case g x 7 of {\n    C a -> a })", {
      file: "t.stg",
      dialect,
    });
    const b = p.bindings[0]!;
    expect(b.pos).toEqual({ line: 1, column: 1 });
    const fun = b.object;
    expect(fun.pos).toEqual({ line: 1, column: 5 });
    if (fun.kind !== "FUN" || fun.body.kind !== "case") throw new Error();
    expect(fun.body.pos).toEqual({ line: 2, column: 3 });
    const scrut = fun.body.scrutinee;
    expect(scrut.pos).toEqual({ line: 2, column: 8 });
    if (scrut.kind !== "app") throw new Error();
    expect(scrut.args.map((a) => a.pos)).toEqual([
      { line: 2, column: 10 },
      { line: 2, column: 12 },
    ]);
    const alt = fun.body.alts[0]!;
    expect(alt.pos).toEqual({ line: 3, column: 5 });
    expect(alt.body.pos).toEqual({ line: 3, column: 12 });
  });
});

describe("ministg dialect specifics", () => {
  it("keeps a primop applied to the wrong number of arguments (as ministg's parser does)", () => {
    expect(parseExpr("plus# a b c")).toEqual({
      kind: "primop",
      op: "plus#",
      args: [v("a"), v("b"), v("c")],
    });
  });

  it("reads a keyword followed by letters or digits as an identifier", () => {
    const p = parse("letx = CON(FUNNY inx of2); ofs = ERROR; stack2 = ERROR");
    expect(p.bindings.map((b) => b.name)).toEqual(["letx", "ofs", "stack2"]);
    expect(p.bindings[0]!.object).toEqual({
      kind: "CON",
      con: "FUNNY",
      args: [v("inx"), v("of2")],
    });
  });

  it("splits digits followed by a name into two tokens, as ministg's lexer does", () => {
    expect(parseExpr("f 1x")).toEqual({
      kind: "app",
      fn: "f",
      args: [int(1n), v("x")],
    });
  });

  it("starts a comment at a # right after a name (x# is x and a comment)", () => {
    expect(parseExpr("f x# rest of line\n y")).toEqual({
      kind: "app",
      fn: "f",
      args: [v("x"), v("y")],
    });
    // `plus#x`: not the keyword (a letter follows), so `plus` then a comment.
    expect(parseExpr("plus#x 1 2\n")).toEqual(atomE(v("plus")));
  });

  it("reads stack labels raw: no escapes, any characters but a quote", () => {
    expect(parseExpr('stack "a\\n b#" x')).toEqual({
      kind: "stack",
      label: "a\\n b#",
      body: atomE(v("x")),
    });
  });

  it("allows alternatives after a default alternative", () => {
    const e = parseExpr("case x of { y -> y; C -> x }");
    expect(e.kind === "case" && e.alts.length).toBe(2);
  });
});

describe("extended dialect specifics", () => {
  const lit = (text: string) => {
    const e = parseExpr(text, "extended");
    if (e.kind !== "atom" || e.atom.kind !== "lit") throw new Error(text);
    return e.atom.lit;
  };

  it("parses letrec as a recursive let", () => {
    const e = parseExpr(
      "letrec { xs = CON(Cons x ys); ys = CON(Cons x xs) } in xs",
      "extended",
    );
    expect(e.kind === "let" && e.rec).toBe(true);
    expect(e.kind === "let" && e.binds.map((b) => b.name)).toEqual([
      "xs",
      "ys",
    ]);
  });

  it("parses literal alternatives of every kind", () => {
    const e = parseExpr(
      `case x of { 3 -> a; -1 -> b; 'c' -> c; 2.5 -> d; 7w -> e; 8n -> f; 1.5f -> g; "s" -> h; y -> y }`,
      "extended",
    );
    if (e.kind !== "case") throw new Error();
    expect(e.alts.map((a) => (a.kind === "lit" ? a.lit : a.kind))).toEqual([
      { kind: "int", value: 3n },
      { kind: "int", value: -1n },
      { kind: "char", value: 99 },
      { kind: "double", value: 2.5 },
      { kind: "word", value: 7n },
      { kind: "integer", value: 8n },
      { kind: "float", value: 1.5 },
      { kind: "string", bytes: [115] },
      "default",
    ]);
  });

  it("reads integer literal kinds", () => {
    expect(lit("-5")).toEqual({ kind: "int", value: -5n });
    expect(lit("-9223372036854775808")).toEqual({
      kind: "int",
      value: -9223372036854775808n,
    });
    expect(lit("17w")).toEqual({ kind: "word", value: 17n });
    expect(lit("18446744073709551615w")).toEqual({
      kind: "word",
      value: 18446744073709551615n,
    });
    expect(lit("123n")).toEqual({ kind: "integer", value: 123n });
    expect(lit("-5n")).toEqual({ kind: "integer", value: -5n });
  });

  it("reads doubles with a point or an exponent", () => {
    expect(lit("2.5")).toEqual({ kind: "double", value: 2.5 });
    expect(lit("-3.75")).toEqual({ kind: "double", value: -3.75 });
    expect(lit("1.0e-300")).toEqual({ kind: "double", value: 1e-300 });
    expect(lit("1e21")).toEqual({ kind: "double", value: 1e21 });
    expect(lit("1E+3")).toEqual({ kind: "double", value: 1000 });
    expect(
      Object.is(
        lit("-0.0").kind === "double" &&
          (lit("-0.0") as { value: number }).value,
        -0,
      ),
    ).toBe(true);
    expect(lit("5e-324")).toEqual({ kind: "double", value: 5e-324 });
  });

  it("reads the spellings of infinities and NaN", () => {
    expect(lit("1.0/0.0")).toEqual({ kind: "double", value: Infinity });
    expect(lit("-1.0/0.0")).toEqual({ kind: "double", value: -Infinity });
    const nan = lit("0.0/0.0");
    expect(nan.kind === "double" && Number.isNaN(nan.value)).toBe(true);
    expect(lit("1.0/0.0f")).toEqual({ kind: "float", value: Infinity });
  });

  it("reads floats as single precision", () => {
    expect(lit("1.5f")).toEqual({ kind: "float", value: 1.5 });
    expect(lit("1.1f")).toEqual({ kind: "float", value: Math.fround(1.1) });
    expect(lit("3f")).toEqual({ kind: "float", value: 3 });
  });

  it("reads characters and their escapes", () => {
    expect(lit("'a'")).toEqual({ kind: "char", value: 97 });
    expect(lit("'\\n'")).toEqual({ kind: "char", value: 10 });
    expect(lit("'\\t'")).toEqual({ kind: "char", value: 9 });
    expect(lit("'\\r'")).toEqual({ kind: "char", value: 13 });
    expect(lit("'\\''")).toEqual({ kind: "char", value: 39 });
    expect(lit("'\\\\'")).toEqual({ kind: "char", value: 92 });
    expect(lit("'\"'")).toEqual({ kind: "char", value: 34 });
    expect(lit("'\\x1f600'")).toEqual({ kind: "char", value: 0x1f600 });
    expect(lit("'\\x0'")).toEqual({ kind: "char", value: 0 });
    expect(lit("'é'")).toEqual({ kind: "char", value: 0xe9 });
    expect(lit("'😀'")).toEqual({ kind: "char", value: 0x1f600 });
  });

  it("reads byte strings, escapes and raw UTF-8", () => {
    expect(lit('"Hello\\n"')).toEqual({
      kind: "string",
      bytes: [72, 101, 108, 108, 111, 10],
    });
    expect(lit('"\\\\\\"\\t\\r\\x00\\xff"')).toEqual({
      kind: "string",
      bytes: [92, 34, 9, 13, 0, 255],
    });
    expect(lit('""')).toEqual({ kind: "string", bytes: [] });
    expect(lit('"é"')).toEqual({ kind: "string", bytes: [0xc3, 0xa9] });
    expect(lit('"a#b"')).toEqual({ kind: "string", bytes: [97, 35, 98] });
  });

  it("reads any name# as a primop, with any number of arguments", () => {
    expect(parseExpr("quotInt# a 3", "extended")).toEqual({
      kind: "primop",
      op: "quotInt#",
      args: [v("a"), int(3n)],
    });
    expect(parseExpr("realWorld#", "extended")).toEqual({
      kind: "primop",
      op: "realWorld#",
      args: [],
    });
    expect(parseExpr("f_2# 'x' \"s\" 1.5", "extended")).toEqual({
      kind: "primop",
      op: "f_2#",
      args: [
        { kind: "lit", lit: { kind: "char", value: 120 } },
        { kind: "lit", lit: { kind: "string", bytes: [115] } },
        { kind: "lit", lit: { kind: "double", value: 1.5 } },
      ],
    });
  });

  it("allows primes, underscores and keyword prefixes in names", () => {
    const p = parse(
      "let_x = CON(Z2H a' _b); x'' = FUN(_ -> _); in_ = ERROR; letrecs = ERROR",
      "extended",
    );
    expect(p.bindings.map((b) => b.name)).toEqual([
      "let_x",
      "x''",
      "in_",
      "letrecs",
    ]);
    expect(p.bindings[0]!.object).toEqual({
      kind: "CON",
      con: "Z2H",
      args: [v("a'"), v("_b")],
    });
  });

  it("starts a comment only where a token may start", () => {
    expect(parseExpr("f x # note\n y", "extended")).toEqual({
      kind: "app",
      fn: "f",
      args: [v("x"), v("y")],
    });
    // A comment at the very end needs no newline in this dialect.
    expect(parse("x = ERROR # end", "extended").bindings).toHaveLength(1);
  });

  it("allows FUN without parameters, PAP without arguments", () => {
    expect(parseObject("FUN(-> x)", "extended")).toEqual({
      kind: "FUN",
      params: [],
      body: atomE(v("x")),
    });
    expect(parseObject("PAP(f)", "extended")).toEqual({
      kind: "PAP",
      fn: "f",
      args: [],
    });
  });

  it("reads stack labels with string escapes", () => {
    expect(parseExpr('stack "a\\"b\\n" x', "extended")).toEqual({
      kind: "stack",
      label: 'a"b\n',
      body: atomE(v("x")),
    });
  });

  it("reads a string literal as an atom and as an argument", () => {
    expect(parseObject('CON(S "ab")', "extended")).toEqual({
      kind: "CON",
      con: "S",
      args: [{ kind: "lit", lit: { kind: "string", bytes: [97, 98] } }],
    });
  });
});
