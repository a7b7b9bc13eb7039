// Every parse error path: the located message names file:line:col, shows
// the line with a caret under the column and says what was found and what
// was expected.
import { describe, it, expect } from "vitest";
import { parseError } from "./helpers.js";
import type { Dialect } from "../../../src/ministg/ast.js";
import { UserError } from "../../../src/errors.js";

function expectError(
  text: string,
  dialect: Dialect,
  line: number,
  column: number,
  detail: RegExp,
) {
  const e = parseError(text, dialect);
  expect(e).toBeInstanceOf(UserError);
  expect({ line: e.loc.line, column: e.loc.column }).toEqual({ line, column });
  expect(e.loc.file).toBe("t.stg");
  expect(e.detail).toMatch(detail);
  expect(e.detail).toMatch(/^found .*, expected /s);
  // The message: header, the offending line, a caret under the column.
  const [head, src, caret] = e.message.split("\n");
  expect(head).toBe(`t.stg:${line}:${column}: ${e.detail.split("\n")[0]}`);
  const gutter = `${line} | `;
  expect(src).toBe(gutter + text.split("\n")[line - 1]);
  expect(caret).toBe(" ".repeat(gutter.length + column - 1) + "^");
}

describe("error message layout", () => {
  it("shows file:line:col, the line and a caret", () => {
    const e = parseError(
      "x = CON(I 1);\ny = CON(I 2) z",
      "ministg",
      "prog.stg",
    );
    expect(e.message).toBe(
      [
        "prog.stg:2:14: found variable `z`, expected `;` or end of file",
        "2 | y = CON(I 2) z",
        "                 ^",
      ].join("\n"),
    );
  });
});

describe("ministg dialect errors", () => {
  const d: Dialect = "ministg";
  it("rejects negative literals with a hint", () => {
    expectError("x = CON(I -1)", d, 1, 11, /found `-`.*sub# 0 n/);
  });
  it("rejects names ministg would mis-lex: keyword then _", () => {
    expectError(
      "let_x = ERROR",
      d,
      1,
      1,
      /found `let_x`.*keyword `let` followed by `_`/,
    );
    expectError("f = FUN(in_a -> in_a)", d, 1, 9, /found `in_a`.*`in`/);
    expectError("x = CON(ERROR_1)", d, 1, 9, /`ERROR_1`.*`ERROR`/);
    expectError("x = THUNK(stack_a)", d, 1, 11, /`stack_a`.*`stack`/);
    expectError("x = THUNK(plus#_a b)", d, 1, 11, /`plus#_a`.*`plus#`/);
  });
  it("rejects a comment that runs to the end of the file", () => {
    expectError("x = ERROR; # no newline", d, 1, 12, /comment.*newline/);
  });
  it("requires ';' between top-level bindings", () => {
    expectError(
      "x = CON(I 1) y = ERROR",
      d,
      1,
      14,
      /found variable `y`, expected `;` or end of file/,
    );
  });
  it("rejects a second semicolon", () => {
    expectError(
      "x = ERROR;;",
      d,
      1,
      11,
      /found `;`, expected a top-level binding/,
    );
  });
  it("requires a FUN parameter and a PAP argument", () => {
    expectError("f = FUN(-> x)", d, 1, 9, /found `->`, expected a parameter/);
    expectError("p = PAP(f)", d, 1, 10, /found `\)`, expected an argument/);
  });
  it("rejects literal alternatives with a hint", () => {
    expectError(
      "t = THUNK(case x of { 3 -> y })",
      d,
      1,
      23,
      /literal `3`.*extended dialect/,
    );
  });
  it("rejects letrec (it is just a variable in ministg)", () => {
    expectError(
      "t = THUNK(letrec { a = ERROR } in a)",
      d,
      1,
      18,
      /found `\{`, expected `\)`/,
    );
  });
  it("rejects non-integer literals", () => {
    expectError("x = CON(D 1.5)", d, 1, 12, /found `\.`/);
    expectError("x = CON(C 'a')", d, 1, 11, /found `'`/);
  });
  it("rejects a primop with no argument", () => {
    expectError(
      "t = THUNK(intToBool#)",
      d,
      1,
      21,
      /found `\)`, expected an argument of the primop/,
    );
  });
  it("rejects an unterminated string at its start", () => {
    expectError('t = THUNK(stack "abc)', d, 1, 17, /unterminated string/);
  });
  it("requires a string after stack", () => {
    expectError(
      "t = THUNK(stack f)",
      d,
      1,
      17,
      /found variable `f`, expected a string label/,
    );
  });
  it("rejects empty let and case blocks", () => {
    expectError(
      "t = THUNK(let { } in x)",
      d,
      1,
      17,
      /found `\}`, expected a binding/,
    );
    expectError(
      "t = THUNK(case x of { })",
      d,
      1,
      23,
      /found `\}`, expected an alternative/,
    );
  });
  it("rejects a missing 'in' and 'of'", () => {
    expectError(
      "t = THUNK(let { a = ERROR } a)",
      d,
      1,
      29,
      /found variable `a`, expected `in`/,
    );
    expectError("t = THUNK(case x { })", d, 1, 18, /found `\{`, expected `of`/);
  });
  it("rejects missing separators in blocks", () => {
    expectError(
      "t = THUNK(let { a = ERROR b = ERROR } in a)",
      d,
      1,
      27,
      /expected `;` or `\}`/,
    );
    expectError(
      "t = THUNK(case x of { A -> a B -> b })",
      d,
      1,
      30,
      /expected `;` or `\}`/,
    );
  });
  it("rejects a non-object on the right of =", () => {
    expectError("x = y", d, 1, 5, /found variable `y`, expected a heap object/);
    expectError("x = 3", d, 1, 5, /found literal `3`, expected a heap object/);
  });
  it("rejects a constructor applied outside CON", () => {
    expectError(
      "t = THUNK(Cons a b)",
      d,
      1,
      11,
      /found constructor `Cons`, expected an expression/,
    );
  });
  it("rejects a CON without a constructor and bad atoms", () => {
    expectError(
      "x = CON(f a)",
      d,
      1,
      9,
      /found variable `f`, expected a constructor name/,
    );
    expectError(
      "x = CON(C D)",
      d,
      1,
      11,
      /found constructor `D`, expected `\)` or another argument/,
    );
  });
  it("reports an unexpected end of file", () => {
    expectError(
      "f = FUN(x ->",
      d,
      1,
      13,
      /found end of file, expected an expression/,
    );
    expectError(
      "f = FUN(x -> x",
      d,
      1,
      15,
      /found end of file, expected `\)` closing FUN\(/,
    );
  });
  it("reports a bad alternative pattern", () => {
    expectError(
      "t = THUNK(case x of { C 1 -> y })",
      d,
      1,
      25,
      /found literal `1`, expected `->` or a variable/,
    );
  });
  it("reports the position on a later line", () => {
    expectError(
      "x = ERROR;\n\n  y = CON(I @)",
      d,
      3,
      13,
      /found `@`, expected a token/,
    );
  });
  it("rejects a backslash, which ministg lexes but never parses", () => {
    expectError("f = FUN(x -> \\x)", d, 1, 14, /found `\\`/);
  });
});

describe("extended dialect errors", () => {
  const d: Dialect = "extended";
  it("rejects a literal glued to a name", () => {
    expectError("t = THUNK(f 1x)", d, 1, 13, /found `1x`, expected a literal/);
    expectError("t = THUNK(f 17wx)", d, 1, 13, /found `17wx`/);
    expectError("t = THUNK(f 1.5.2)", d, 1, 13, /found `1.5.2`/);
  });
  it("rejects # after a constructor or a primed name", () => {
    expectError("x = CON(I# 3)", d, 1, 9, /found `I#`, expected a primop name/);
    expectError("t = THUNK(x'# 3)", d, 1, 11, /found `x'#`/);
  });
  it("rejects a bad special double", () => {
    expectError(
      "t = THUNK(f 2.0/0.0)",
      d,
      1,
      13,
      /found `2.0\/0.0`, expected one of/,
    );
  });
  it("rejects a negative Word#", () => {
    expectError(
      "t = THUNK(f -5w)",
      d,
      1,
      13,
      /found `-5w`, expected a non-negative Word#/,
    );
  });
  it("rejects a lone minus", () => {
    expectError(
      "t = THUNK(f - 1)",
      d,
      1,
      13,
      /found `-`, expected `->` or a digit/,
    );
  });
  it("rejects malformed characters", () => {
    expectError(
      "t = THUNK(f 'ab')",
      d,
      1,
      15,
      /found `b`, expected `'` closing/,
    );
    expectError("t = THUNK(f '')", d, 1, 14, /found `'`, expected a character/);
    expectError("t = THUNK(f '\\q')", d, 1, 14, /found the escape `\\q`/);
    expectError("t = THUNK(f '\\x110000')", d, 1, 14, /bad `\\x` escape/);
    expectError("t = THUNK(f '\\\"')", d, 1, 14, /found the escape `\\"`/);
  });
  it("rejects malformed strings", () => {
    expectError('t = THUNK(f "ab)', d, 1, 13, /unterminated string/);
    expectError('t = THUNK(f "a\nb")', d, 1, 13, /unterminated string/);
    expectError(
      't = THUNK(f "\\x4")',
      d,
      1,
      14,
      /bad `\\x` escape, expected exactly two hex digits/,
    );
    expectError('t = THUNK(f "\\\'")', d, 1, 14, /found the escape `\\'`/);
    expectError(
      't = THUNK(f "a\tb")',
      d,
      1,
      15,
      /control character \\x09 in a string/,
    );
  });
  it("rejects an alternative that is not a pattern", () => {
    expectError(
      "t = THUNK(case x of { (a) -> a })",
      d,
      1,
      23,
      /found `\(`, expected an alternative/,
    );
  });
  it("rejects a keyword used as a name", () => {
    expectError(
      "letrec = ERROR",
      d,
      1,
      1,
      /found keyword `letrec`, expected a top-level binding/,
    );
  });
});

describe("token descriptions", () => {
  it("shows a multi-line ministg string on one line, shortened", () => {
    const e = parseError('x = THUNK(stack "a\nb" "c\nd" x)', "ministg");
    expect(e.detail).toBe(
      'found string "c\\nd", expected an expression (atom, application, primop, let, case or stack)',
    );
    expect(e.loc).toEqual({ file: "t.stg", line: 2, column: 4 });
    const long = parseError(`x = CON("${"y".repeat(40)}")`, "extended");
    expect(long.detail).toBe(
      `found string "${"y".repeat(26)}...", expected a constructor name`,
    );
  });
});
