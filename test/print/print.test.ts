// The printer's layout (the manual's style) and its refusals.
import { describe, it, expect } from "vitest";
import { printStg } from "../../src/print/print-stg.js";
import { parseStg } from "../../src/ministg/parse.js";
import { UserError } from "../../src/errors.js";
import type { Dialect, Program } from "../../src/ministg/ast.js";

const parse = (text: string, dialect: Dialect = "ministg") =>
  parseStg(text, { file: "t.stg", dialect });
const reprint = (text: string, dialect: Dialect = "ministg", width?: number) =>
  printStg(parse(text, dialect), { dialect, ...(width ? { width } : {}) });

describe("layout", () => {
  it("keeps short things on one line; one blank line around functions", () => {
    expect(
      reprint(
        "nil = CON(Nil); one = CON(I 1); const = FUN(x y -> x); main = THUNK(const one nil); e = ERROR",
      ),
    ).toBe(
      [
        "nil = CON(Nil);",
        "one = CON(I 1);",
        "",
        "const = FUN(x y -> x);",
        "",
        "main = THUNK(const one nil);",
        "",
        "e = ERROR;",
        "",
      ].join("\n"),
    );
  });

  it("prints the empty program as nothing", () => {
    expect(printStg({ bindings: [] }, { dialect: "ministg" })).toBe("");
  });

  it("lays out a function the way the manual does", () => {
    expect(
      reprint(
        "foldl = FUN(f acc list -> case list of { Nil -> acc; Cons h t -> let { newAcc = THUNK(f acc h) } in foldl f newAcc t })",
      ),
    ).toBe(
      [
        "foldl = FUN(f acc list ->",
        "  case list of {",
        "    Nil -> acc;",
        "    Cons h t -> let { newAcc = THUNK(f acc h) } in foldl f newAcc t",
        "  });",
        "",
      ].join("\n"),
    );
  });

  it("hangs nested cases from the arrow and keeps a one-alternative case short", () => {
    expect(
      reprint(
        "eqInt = FUN(x y -> case x of { I i -> case y of { I j -> case eq# i j of { x -> intToBool# x } } })",
      ),
    ).toBe(
      [
        "eqInt = FUN(x y ->",
        "  case x of {",
        "    I i -> case y of { I j -> case eq# i j of { x -> intToBool# x } }",
        "  });",
        "",
      ].join("\n"),
    );
  });

  it("puts several let bindings one per line, and a following let on the next line", () => {
    expect(
      reprint(
        "f = FUN(x -> let { a = CON(I 1); b = CON(I 2) } in let { c = THUNK(g a b) } in c)",
      ),
    ).toBe(
      [
        "f = FUN(x ->",
        "  let {",
        "    a = CON(I 1);",
        "    b = CON(I 2)",
        "  } in",
        "  let { c = THUNK(g a b) } in c);",
        "",
      ].join("\n"),
    );
  });

  it("moves the body of a one-binding let to the next line when the let is too long", () => {
    expect(
      reprint(
        "f = FUN(x -> let { fun = THUNK(g x) } in errorEmpty fun)",
        "ministg",
        40,
      ),
    ).toBe(
      [
        "f = FUN(x ->",
        "  let { fun = THUNK(g x) } in",
        "  errorEmpty fun);",
        "",
      ].join("\n"),
    );
  });

  it("breaks after an alternative's arrow when its body is too long", () => {
    expect(
      reprint(
        "f = FUN(x -> case x of { C -> aVeryLongFunctionName argumentNumberOne argumentNumberTwo; D -> x })",
        "ministg",
        40,
      ),
    ).toBe(
      [
        "f = FUN(x ->",
        "  case x of {",
        "    C ->",
        "      aVeryLongFunctionName",
        "        argumentNumberOne",
        "        argumentNumberTwo;",
        "    D -> x",
        "  });",
        "",
      ].join("\n"),
    );
  });

  it("prints letrec, literals and stack labels in the extended dialect", () => {
    expect(
      reprint(
        `m = THUNK(letrec { xs = CON(Cons c xs) } in case f# -1 2.0 'q' "a\\n" 3w 4n 0.5f of { -1 -> stack "l\\"x" xs; y -> y })`,
        "extended",
      ),
    ).toBe(
      [
        "m = THUNK(",
        "  letrec { xs = CON(Cons c xs) } in",
        `  case f# -1 2.0 'q' "a\\n" 3w 4n 0.5f of {`,
        `    -1 -> stack "l\\"x" xs;`,
        "    y -> y",
        "  }",
        ");",
        "",
      ].join("\n"),
    );
  });

  it("prints ministg stack labels raw", () => {
    expect(reprint('m = THUNK(stack "a\\b" x)')).toBe(
      'm = THUNK(stack "a\\b" x);\n',
    );
  });

  it("prints FUN without parameters and an empty PAP in the extended dialect", () => {
    expect(reprint("f = FUN(-> x); p = PAP(g)", "extended")).toBe(
      "f = FUN(-> x);\n\np = PAP(g);\n",
    );
  });
});

describe("dialect refusals", () => {
  const letrec: Program = parse(
    "m = THUNK(letrec { a = ERROR } in a)",
    "extended",
  );
  it("refuses to print an extended program in the ministg dialect, listing why", () => {
    const p = parse("let_x = CON(C -1 'a')", "extended");
    let err: unknown;
    try {
      printStg(p, { dialect: "ministg" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      [
        "cannot print this program in the ministg dialect:",
        "  - `let_x` cannot be a ministg name: ministg reads the keyword `let` and then fails at `_` (line 1, column 1)",
        "  - negative literal -1 is not in the ministg dialect (write `sub# 0 n`) (line 1, column 15)",
        "  - char literals are not in the ministg dialect (only non-negative integers) (line 1, column 18)",
      ].join("\n"),
    );
    expect(() => printStg(letrec, { dialect: "ministg" })).toThrow(
      /recursive let/,
    );
  });

  it("refuses names the extended dialect cannot write", () => {
    const p: Program = {
      bindings: [{ name: "in", object: { kind: "ERROR" } }],
    };
    expect(() => printStg(p, { dialect: "extended" })).toThrow(UserError);
    expect(() => printStg(p, { dialect: "extended" })).toThrow(
      /`in` is a keyword/,
    );
  });

  it("lists at most ten violations", () => {
    const p: Program = {
      bindings: Array.from({ length: 12 }, (_, i) => ({
        name: `x_${i}'`,
        object: { kind: "ERROR" } as const,
      })),
    };
    const msg = (() => {
      try {
        printStg(p, { dialect: "ministg" });
        return "";
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(msg.split("\n")).toHaveLength(12);
    expect(msg).toMatch(/\.\.\. and 2 more$/);
  });
});
