// The structural renderer on value texts as the interpreter prints them
// (ministg's format). Expected strings are GHC's `show` of the same values,
// reasoned out from base's Show instances (showsPrec 11 for constructor
// fields, negative numbers parenthesised above precedence 6, showLitChar's
// escapes, showFloat's two notations).
import { describe, expect, it } from "vitest";
import {
  renderHaskellValue,
  showFloat,
} from "../../src/pipeline/render-value.js";
import { parseValueText } from "../../src/pipeline/value-text.js";

const r = renderHaskellValue;
const str = (s: string) =>
  Array.from(s).reduceRight(
    (acc, c) => `(Cons (C ${c.codePointAt(0)}) ${acc})`,
    "Nil",
  );

describe("parseValueText", () => {
  it("reads constructors, literals, byte strings and opaque values", () => {
    expect(parseValueText('(K (I -5) Nil "a b)" <function>)')).toEqual({
      kind: "con",
      name: "K",
      args: [
        { kind: "con", name: "I", args: [{ kind: "lit", text: "-5" }] },
        { kind: "con", name: "Nil", args: [] },
        { kind: "bytes", text: '"a b)"' },
        { kind: "opaque", text: "<function>" },
      ],
    });
  });

  it("rejects text the interpreter does not print", () => {
    expect(() => parseValueText("(I 1")).toThrow();
    expect(() => parseValueText("I 1")).toThrow();
  });
});

describe("renderHaskellValue", () => {
  it("lists, Maybe and negative numbers as constructor fields", () => {
    expect(
      r("(Cons (Just_GHCziMaybe (I 5)) (Cons Nothing_GHCziMaybe Nil))"),
    ).toBe("[Just 5,Nothing]");
    expect(r("(Just_GHCziMaybe (I -5))")).toBe("Just (-5)");
    expect(r("(I -5)")).toBe("-5");
    expect(r("(Just_GHCziMaybe (Just_GHCziMaybe (I 1)))")).toBe(
      "Just (Just 1)",
    );
    expect(r("(Cons (I -1) Nil)")).toBe("[-1]");
  });

  it("tuples and unit", () => {
    expect(r("(Z2T (I 1) (I -2))")).toBe("(1,-2)");
    expect(r("(Z3T Unit True (Left_DataziEither (I -3)))")).toBe(
      "((),True,Left (-3))",
    );
  });

  it("a non-empty list of Char as a string literal with GHC's escapes; an empty one as []", () => {
    expect(r(str("text"))).toBe('"text"');
    expect(r(str("a\"b'\n\t\\"))).toBe('"a\\"b\'\\n\\t\\\\"');
    // \& after a numeric escape before a digit, and between \SO and H
    expect(r(str("\u04d25\u000eH\u000ex\u007f\u00c8"))).toBe(
      '"\\1234\\&5\\SO\\&H\\SOx\\DEL\\200"',
    );
    expect(r(str("\u0001\u001b"))).toBe('"\\SOH\\ESC"');
    expect(r("Nil")).toBe("[]");
    expect(r(`(Just_GHCziMaybe ${str("hi")})`)).toBe('Just "hi"');
  });

  it("Char literals", () => {
    expect(r("(C 97)")).toBe("'a'");
    expect(r("(C 39)")).toBe("'\\''");
    expect(r("(C 34)")).toBe("'\"'");
    expect(r("(C 10)")).toBe("'\\n'");
    expect(r("(C 200)")).toBe("'\\200'");
  });

  it("Integer, Natural and Word by their constructors", () => {
    expect(r("(IS_GHCziNumziInteger 42)")).toBe("42");
    expect(r("(IP_GHCziNumziInteger 1180591620717411303424)")).toBe(
      "1180591620717411303424",
    );
    expect(
      r("(Just_GHCziMaybe (IN_GHCziNumziInteger 1180591620717411303424))"),
    ).toBe("Just (-1180591620717411303424)");
    expect(r("(NS_GHCziNumziNatural 7)")).toBe("7");
    expect(r("(W 18446744073709551615)")).toBe("18446744073709551615");
  });

  it("Double and Float as showFloat prints them", () => {
    expect(r("(Cons (D 1.5) (Cons (D 0.1) (Cons (D 10000000) Nil)))")).toBe(
      "[1.5,0.1,1.0e7]",
    );
    expect(r("(Just_GHCziMaybe (D -2.5))")).toBe("Just (-2.5)");
    expect(r("(D NaN)")).toBe("NaN");
    expect(r("(Just_GHCziMaybe (D -Infinity))")).toBe("Just (-Infinity)");
    expect(r(`(F ${String(Math.fround(0.1))})`)).toBe("0.1");
    expect(showFloat(0.01, false)).toBe("1.0e-2");
    expect(showFloat(123456.789, false)).toBe("123456.789");
    expect(showFloat(1234567, false)).toBe("1234567.0");
    expect(showFloat(12345678.9, false)).toBe("1.23456789e7");
    expect(showFloat(0.5, false)).toBe("0.5");
    expect(showFloat(0, false)).toBe("0.0");
    expect(showFloat(16777216, true)).toBe("1.6777216e7");
  });

  it("user constructors by their Haskell names; records positionally; infix with the default fixity", () => {
    expect(r("(P_Main (Cons (C 65) Nil) (I 41))")).toBe('P "A" 41');
    expect(r("(Just_GHCziMaybe (Node_Main Leaf_Main (I 3)))")).toBe(
      "Just (Node Leaf 3)",
    );
    expect(r("(ZCzbzqzq_DataziListziNonEmpty (I 1) Nil)")).toBe("1 :|'' []");
    expect(r("(ZCzpZC_Main (I 1) (I -2))")).toBe("1 :+: (-2)");
    expect(r("(Just_GHCziMaybe (ZCzpZC_Main (I 1) (I 2)))")).toBe(
      "Just (1 :+: 2)",
    );
    expect(r("LT_GHCziTypes")).toBe("LT");
  });

  it("Ratio as base shows it", () => {
    expect(
      r(
        "(Just_GHCziMaybe (ZCzv_GHCziReal (IS_GHCziNumziInteger -1) (IS_GHCziNumziInteger 2)))",
      ),
    ).toBe("Just ((-1) % 2)");
  });

  it("functions as <function>; an unforced list tail with (:)", () => {
    expect(r("<function>")).toBe("<function>");
    expect(r("(Just_GHCziMaybe <pap>)")).toBe("Just <function>");
    expect(r("(Cons (I 1) <thunk>)")).toBe("1 : <thunk>");
  });

  it("a long list without deep recursion", () => {
    const n = 50_000; // far deeper than JS recursion allows
    const text = ["(Cons (I 7) ".repeat(n), "Nil", ")".repeat(n)].join("");
    const out = r(text);
    expect(out.length).toBe(1 + 2 * n);
    expect(out.startsWith("[7,7,")).toBe(true);
  });
});
