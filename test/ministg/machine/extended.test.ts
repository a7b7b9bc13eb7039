// The extended dialect on the machine: letrec, literal alternatives, exact
// 64-bit Int# arithmetic, Word#, Integer (bigint), Double#, Char#, byte
// strings and IO. Expected values are worked out by hand (or are arithmetic
// facts, e.g. 3037000499^2 = 9223372030926249001).
import { describe, expect, it } from "vitest";
import { rulesOf, run } from "./helpers.js";

/** `main` boxes the Int# that `expr` computes, so the run prints `(I n)`. */
function intResult(expr: string): string {
  return run(
    `main = THUNK(case ${expr} of { r -> let { b = CON(I r) } in b });\n`,
    "EA",
  ).stdout.trim();
}

describe("Int#: GHC's 64-bit wrap-around, exact beyond 2^53", () => {
  it("wraps at the 64-bit boundary", () => {
    expect(intResult("plus# 9223372036854775807 1")).toBe(
      "(I -9223372036854775808)",
    );
    expect(intResult("sub# -9223372036854775808 1")).toBe(
      "(I 9223372036854775807)",
    );
    expect(intResult("mult# 4294967296 4294967296")).toBe("(I 0)");
  });

  it("is exact between 2^53 and 2^63", () => {
    expect(intResult("plus# 9007199254740992 1")).toBe("(I 9007199254740993)");
    expect(intResult("mult# 3037000499 3037000499")).toBe(
      "(I 9223372030926249001)",
    );
    expect(intResult("sub# 9007199254740993 9007199254740992")).toBe("(I 1)");
  });

  it("quot/rem truncate toward zero; shifts and bit operations", () => {
    expect(intResult("quotInt# -7 2")).toBe("(I -3)");
    expect(intResult("remInt# -7 2")).toBe("(I -1)");
    expect(intResult("negateInt# -9223372036854775808")).toBe(
      "(I -9223372036854775808)",
    );
    expect(intResult("uncheckedIShiftL# 1 63")).toBe(
      "(I -9223372036854775808)",
    );
    expect(intResult("uncheckedIShiftRA# -16 2")).toBe("(I -4)");
    expect(intResult("uncheckedIShiftRL# -1 60")).toBe("(I 15)");
    expect(intResult("andI# 12 10")).toBe("(I 8)");
    expect(intResult("xorI# 12 10")).toBe("(I 6)");
    expect(intResult("notI# 0")).toBe("(I -1)");
    expect(intResult("narrow8Int# 200")).toBe("(I -56)");
    expect(intResult("narrow16Word# 65537")).toBe("(I 1)");
  });

  it("division by zero is a runtime error naming the primop", () => {
    const r = run("main = THUNK(case quotInt# 1 0 of { r -> one });\n", "PE");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("quotInt#: divide by zero");
    expect(r.stderr).toContain("rule PRIMOP");
  });
});

describe("Word#, Char#, Double#, Float#, Integer", () => {
  it("Word# wraps modulo 2^64", () => {
    expect(intResult("minusWord# 0w 1w")).toBe("(I 18446744073709551615)");
    expect(intResult("plusWord# 18446744073709551615w 2w")).toBe("(I 1)");
    expect(intResult("word2Int# 18446744073709551615w")).toBe("(I -1)");
  });

  it("Char# is its code point", () => {
    expect(intResult("ord# 'a'")).toBe("(I 97)");
    expect(intResult("ltChar# 'a' 'b'")).toBe("(I 1)");
  });

  it("Double# and Float# arithmetic", () => {
    expect(intResult("plusDouble# 1.5 2.25")).toBe("(I 3.75)");
    expect(intResult("double2Int# -2.75")).toBe("(I -2)");
    // 0.1 is not a float: single precision rounds it.
    expect(intResult("eqFloat# 0.1f 0.1f")).toBe("(I 1)");
    expect(intResult("timesFloat# 0.1f 3.0f")).toBe(
      `(I ${Math.fround(Math.fround(0.1) * 3)})`,
    );
  });

  it("Integer payloads are exact big integers", () => {
    expect(intResult("integerMul# 123456789012345678901234567890n 10n")).toBe(
      "(I 1234567890123456789012345678900)",
    );
    expect(intResult("integerDiv# -7n 2n")).toBe("(I -4)");
    expect(intResult("integerMod# -7n 2n")).toBe("(I 1)");
    expect(intResult("integerQuot# -7n 2n")).toBe("(I -3)");
    expect(intResult("integerToInt# 18446744073709551617n")).toBe("(I 1)");
    expect(intResult("integerLt# -1n 0n")).toBe("(I 1)");
  });
});

describe("letrec and literal alternatives", () => {
  it("letrec bindings see each other (a two-element cycle)", () => {
    const src =
      "main = THUNK(letrec { xs = CON(Cons one ys); ys = CON(Cons two xs) } in\n" +
      "  case xs of { Cons a r1 -> case r1 of { Cons b r2 -> case r2 of { Cons c r3 -> c }}});\n";
    for (const st of ["EA", "PE"] as const)
      expect(run(src, st).stdout).toBe("(I 1)\n");
  });

  it("a literal alternative matches with CASECON, others fall to the default", () => {
    const src =
      "main = THUNK(case 3 of { 1 -> one; 3 -> three; x -> zero });\n";
    expect(rulesOf(src, "EA")).toEqual(["THUNK", "CASECON", "UPDATE"]);
    expect(run(src, "EA").stdout).toBe("(I 3)\n");
    const other = "main = THUNK(case 7 of { 1 -> one; x -> zero });\n";
    expect(rulesOf(other, "PE")).toEqual(["THUNK", "CASEANY", "UPDATE"]);
  });

  it("a cyclic value prints <cycle> where it recurs instead of looping", () => {
    const src = "main = THUNK(letrec { xs = CON(Cons one xs) } in xs);\n";
    expect(run(src, "EA").stdout).toBe("(Cons (I 1) <cycle>)\n");
  });
});

describe("byte strings and IO", () => {
  it("writeStdout# writes strings and characters as the program runs", () => {
    const src =
      'main = THUNK(case writeStdout# "Hello, " of { u -> case writeStdout# \'\\x3bb\' of { v -> case writeStdout# "!\\n" of { w -> unit }}});\n';
    const r = run(src, "PE");
    expect(r.stdout).toBe("Hello, \u03bb!\nUnit\n");
  });

  it("indexCharOffAddr# and addrLength# read a string", () => {
    expect(intResult('indexCharOffAddr# "abc" 1')).toBe("(I 98)");
    expect(intResult('indexCharOffAddr# "abc" 3')).toBe("(I 0)");
    expect(intResult('addrLength# "abc"')).toBe("(I 3)");
  });

  it("readStdinChar# reads UTF-8 characters until -1 (echo)", () => {
    const src =
      "echo = FUN(u -> case readStdinChar# 0 of {\n" +
      "  -1 -> unit;\n" +
      "  c -> case writeStdout# c of { z -> echo u } });\n" +
      "main = THUNK(echo unit);\n";
    const r = run(src, "EA", { stdin: "héllo\n" });
    expect(r.stdout).toBe("héllo\nUnit\n");
  });

  it("arguments, program name and exit#", () => {
    const src =
      "main = THUNK(case getArgCount# 0 of { n -> case getArg# 1 of { s ->\n" +
      '  case writeStdout# s of { u -> case writeStderr# "err" of { v -> exit# n }}}});\n';
    const r = run(src, "PE", { args: ["a", "second"] });
    expect(r.stdout).toBe("second");
    expect(r.stderr).toBe("err");
    expect(r.exitCode).toBe(2);
  });

  it("showDouble# follows GHC's show", () => {
    const show = (d: string): string =>
      run(
        `main = THUNK(case showDouble# ${d} of { s -> case writeStdout# s of { u -> unit }});\n`,
        "EA",
      ).stdout;
    expect(show("0.1")).toBe("0.1Unit\n");
    expect(show("1.0e7")).toBe("1.0e7Unit\n");
    expect(show("1234567.0")).toBe("1234567.0Unit\n");
    expect(show("0.05")).toBe("5.0e-2Unit\n");
    expect(show("-2.5")).toBe("-2.5Unit\n");
  });
});

describe("load-time errors", () => {
  it("an unknown primop is reported with file:line:col and its name", () => {
    const r = run("main = THUNK(\n  frobnicate# 1 2);\n", "EA");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("test.stg:2:3: unknown primop frobnicate#");
    expect(r.stdout).toBe("");
  });

  it("a primop with the wrong number of arguments", () => {
    const r = run("main = THUNK(plus# 1 2 3);\n", "EA");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("primop plus# takes 2 arguments, given 3");
  });
});

describe("enumTag#: an enumeration value known only by its tag", () => {
  const resolve = (tag: number) =>
    run(
      `main = THUNK(case enumTag# ${tag} of { e -> case e of {
         LT -> one; EQ -> two; GT -> three; x -> zero } });
       zero = CON(I 0); one = CON(I 1); two = CON(I 2); three = CON(I 3);\n`,
      "EA",
    ).stdout.trim();

  it("takes the alternative whose constructor has the tag", () => {
    expect([0, 1, 2].map(resolve)).toEqual(["(I 1)", "(I 2)", "(I 3)"]);
  });

  it("falls to the default when no alternative has the tag, in both styles", () => {
    expect(resolve(7)).toBe("(I 0)");
    const src =
      "main = THUNK(case enumTag# 1 of { e -> case e of { False -> zero; True -> one } });\nzero = CON(I 0); one = CON(I 1);\n";
    expect(run(src, "PE").stdout.trim()).toBe("(I 1)");
    expect(rulesOf(src, "PE")).toContain("CASECON");
  });

  it("gives its tag back through dataToTag#", () => {
    expect(
      run(
        "main = THUNK(case enumTag# 5 of { e -> case dataToTag# e of { t -> let { b = CON(I t) } in b } });\n",
        "EA",
      ).stdout.trim(),
    ).toBe("(I 5)");
  });
});
