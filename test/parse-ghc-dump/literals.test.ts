// Every literal kind as GHC prints it; expected values are worked out from
// Haskell's escape rules and UTF-8, not from our parser.
import { describe, expect, it } from "vitest";
import type { Expr, Literal } from "../../src/parse-ghc-dump/ast.js";
import {
  decodeAddrBytes,
  unescapeHaskell,
} from "../../src/parse-ghc-dump/literals.js";
import { parseExpr } from "./walk.js";

/** The literals of `f a1 a2 ...`. */
function literals(src: string): Literal[] {
  const e: Expr = parseExpr(`f ${src}`);
  if (e.kind !== "app") throw new Error("expected an application");
  return e.args.map((a) => {
    if (a.kind !== "lit") throw new Error(`not a literal: ${a.name.text}`);
    return a.lit;
  });
}
const lit = (src: string): Literal => literals(src)[0]!;
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe("numeric literals", () => {
  it("reads Int# and Word#", () => {
    expect(literals("10# -1# 5000000000# -9223372036854775808#")).toEqual([
      { kind: "int", value: 10n },
      { kind: "int", value: -1n },
      { kind: "int", value: 5000000000n },
      { kind: "int", value: -9223372036854775808n },
    ]);
    expect(literals("17## 18446744073709551615##")).toEqual([
      { kind: "word", value: 17n },
      { kind: "word", value: 18446744073709551615n },
    ]);
  });

  it("reads Double# and Float#, which always have '.' or 'e'", () => {
    expect(
      literals("2.5## -3.75## 1.0e-300## 0.3333333333333333## 6.02e23##"),
    ).toEqual([
      { kind: "double", value: 2.5, text: "2.5" },
      { kind: "double", value: -3.75, text: "-3.75" },
      { kind: "double", value: 1e-300, text: "1.0e-300" },
      { kind: "double", value: 1 / 3, text: "0.3333333333333333" },
      { kind: "double", value: 6.02e23, text: "6.02e23" },
    ]);
    expect(literals("1.5# -0.25#")).toEqual([
      { kind: "float", value: 1.5, text: "1.5" },
      { kind: "float", value: -0.25, text: "-0.25" },
    ]);
  });

  it("reads GHC 9.2+ sized literals", () => {
    expect(
      literals("-7#8 300#16 1#32 2#64 200##8 65535##16 7##32 9##64"),
    ).toEqual([
      { kind: "int", value: -7n, size: 8 },
      { kind: "int", value: 300n, size: 16 },
      { kind: "int", value: 1n, size: 32 },
      { kind: "int", value: 2n, size: 64 },
      { kind: "word", value: 200n, size: 8 },
      { kind: "word", value: 65535n, size: 16 },
      { kind: "word", value: 7n, size: 32 },
      { kind: "word", value: 9n, size: 64 },
    ]);
  });
});

describe("Char# literals", () => {
  it("reads plain, space, quote and backslash characters", () => {
    expect(
      literals("'q'# ' '# '\\''# '\\\\'# '\"'#").map(
        (l) => l.kind === "char" && l.value,
      ),
    ).toEqual([113, 32, 39, 92, 34]);
  });

  it("reads every escape form of Haskell's show", () => {
    const cases: [string, number][] = [
      ["'\\n'#", 10],
      ["'\\t'#", 9],
      ["'\\a'#", 7],
      ["'\\b'#", 8],
      ["'\\f'#", 12],
      ["'\\r'#", 13],
      ["'\\v'#", 11],
      ["'\\NUL'#", 0],
      ["'\\SOH'#", 1],
      ["'\\SO'#", 14],
      ["'\\DEL'#", 127],
      ["'\\ESC'#", 27],
      ["'\\US'#", 31],
      ["'\\255'#", 255],
      ["'\\1234'#", 1234],
      ["'\\128512'#", 128512],
      ["'\\x41'#", 65],
      ["'\\o101'#", 65],
      ["'\\^A'#", 1],
    ];
    for (const [src, code] of cases)
      expect(lit(src), src).toEqual({ kind: "char", value: code });
  });
});

describe("Addr# literals", () => {
  it("reads ASCII strings with escapes", () => {
    expect(lit('"Hello"#')).toEqual({ kind: "string", bytes: ascii("Hello") });
    expect(lit('"quote\\" back\\\\slash"#')).toEqual({
      kind: "string",
      bytes: ascii('quote" back\\slash'),
    });
    expect(lit('"tab\\tnl\\n\\SOH\\SO\\&H\\DEL"#')).toEqual({
      kind: "string",
      bytes: [...ascii("tab\tnl\n"), 1, 14, 72, 127],
    });
  });

  it("reads string gaps, as GHC splits long strings at newlines", () => {
    const src =
      '"Hello, world!\\n\\\n            \\\\ttab \\"quoted\\" \\\\ backslash"#';
    // After the gap comes `\\ttab`: the gap's closing `\` then `\t`.
    expect(lit(src)).toEqual({
      kind: "string",
      bytes: ascii('Hello, world!\n\ttab "quoted" \\ backslash'),
    });
  });

  it("reads a gap followed by an escaped quote or backslash (GHC 9.0.2's own output)", () => {
    // From the dump of putStr "text\n\"q\" and a line\n\\back\nx\n":
    // each continuation starts with the gap's closing `\` and then `\"` or `\\`.
    const src = [
      '"text\\n\\',
      '            \\\\"q\\" and a line\\n\\',
      "            \\\\\\back\\n\\",
      '            \\x\\n"#',
    ].join("\n");
    expect(lit(src)).toEqual({
      kind: "string",
      bytes: ascii('text\n"q" and a line\n\\back\nx\n'),
    });
  });

  it("turns \\NNN escapes of non-ASCII bytes into bytes", () => {
    // GHC prints each byte 128..255 as a backslash and three digits.
    expect(lit('"caf\\\\195\\\\169"#')).toEqual({
      kind: "string",
      bytes: utf8("café"),
    });
    // "\1234\&5": U+04D2 is bytes 211 146, and then the digit 5.
    expect(lit('"\\\\211\\\\1465"#')).toEqual({
      kind: "string",
      bytes: [...utf8("\u04d2"), 53],
    });
    // NUL in modified UTF-8.
    expect(lit('"nul\\\\192\\\\128x"#')).toEqual({
      kind: "string",
      bytes: [...ascii("nul"), 192, 128, ...ascii("x")],
    });
  });

  it("keeps a backslash that is not followed by a byte escape", () => {
    expect(decodeAddrBytes("a\\\\12b")).toEqual(ascii("a\\12b"));
    expect(decodeAddrBytes("a\\\\100")).toEqual(ascii("a\\100"));
    expect(decodeAddrBytes("\\\\ ")).toEqual(ascii("\\ "));
  });

  it("rejects malformed escapes", () => {
    expect(unescapeHaskell("\\q")).toBeNull();
    expect(unescapeHaskell("\\1114112")).toBeNull();
    expect(decodeAddrBytes("\\")).toBeNull();
  });
});

describe("other literals", () => {
  it("reads __NULL, labels and rubbish", () => {
    expect(lit("__NULL")).toEqual({ kind: "null" });
    expect(lit('__label "free" (function)')).toEqual({
      kind: "label",
      label: "free",
      labelKind: "function",
    });
    expect(lit('__label "errno@4" (data)')).toEqual({
      kind: "label",
      label: "errno@4",
      labelKind: "data",
    });
    expect(lit("__RUBBISH")).toEqual({ kind: "rubbish", text: "__RUBBISH" });
    expect(lit("__RUBBISH(lifted)")).toEqual({
      kind: "rubbish",
      text: "__RUBBISH(lifted)",
    });
    expect(lit("__RUBBISH[LiftedRep]")).toEqual({
      kind: "rubbish",
      text: "__RUBBISH[LiftedRep]",
    });
  });

  it("tells literals from names that look alike", () => {
    const e = parseExpr("f -# +## s2#_s3GB 'a'# GHC.Prim.void#");
    expect(
      e.kind === "app" &&
        e.args.map((a) => (a.kind === "var" ? a.name.text : a.lit.kind)),
    ).toEqual(["-#", "+##", "s2#_s3GB", "char", "GHC.Prim.void#"]);
  });
});
