// Show formatting of preludes/base, on hand-written miniSTG programs.
// Expected texts follow GHC's documented `show` (Haskell 2010 report §11.4
// and base's GHC.Show): negative numbers in parentheses above precedence 6,
// constructor arguments at precedence 11, escapes in strings and chars.
import { describe, it, expect } from "vitest";
import { runWithBase } from "./run-stg.js";

/** Prints `show` of the value built by `setup` (a let-binding list ending with `v`). */
function showOf(dict: string, binds: string): string {
  const r = runWithBase(`
main = THUNK(let { ${binds} } in
  let { s = THUNK(show_GHCziShow ${dict} v) } in outLn s);`);
  expect(r.stderr).toBe("");
  return r.stdout.replace(/\n$/, "");
}

const INT = "zdfShowInt_GHCziShow";
const INTEGER = "zdfShowInteger_GHCziShow";
const CHAR = "zdfShowChar_GHCziShow";

describe("show", () => {
  it("shows Int, including negative numbers and minBound", () => {
    expect(showOf(INT, "v = CON(I 42)")).toBe("42");
    expect(showOf(INT, "v = CON(I -5)")).toBe("-5");
    expect(showOf(INT, "v = CON(I -9223372036854775808)")).toBe(
      "-9223372036854775808",
    );
  });

  it("parenthesises negative numbers inside constructors, not inside lists or tuples", () => {
    expect(
      showOf(
        "dm",
        "dm = THUNK(zdfShowMaybe_GHCziShow zdfShowInt_GHCziShow); x = CON(I -5); v = CON(Just_GHCziMaybe x)",
      ),
    ).toBe("Just (-5)");
    expect(
      showOf(
        "dl",
        "dl = THUNK(zdfShowZMZN_GHCziShow zdfShowInt_GHCziShow); a = CON(I 1); b = CON(I -2); t = CON(Cons b nil); v = CON(Cons a t)",
      ),
    ).toBe("[1,-2]");
    expect(
      showOf(
        "dt",
        "dt = THUNK(zdfShowZLz2cUZR_GHCziShow zdfShowInt_GHCziShow zdfShowInteger_GHCziShow); a = CON(I 1); b = CON(IS_GHCziNumziInteger -2); v = CON(Z2T a b)",
      ),
    ).toBe("(1,-2)");
  });

  it("nests constructors with parentheses", () => {
    expect(
      showOf(
        "dmm",
        "dm = THUNK(zdfShowMaybe_GHCziShow zdfShowInt_GHCziShow); dmm = THUNK(zdfShowMaybe_GHCziShow dm); x = CON(I 3); j = CON(Just_GHCziMaybe x); v = CON(Just_GHCziMaybe j)",
      ),
    ).toBe("Just (Just 3)");
    expect(
      showOf(
        "dm",
        "dm = THUNK(zdfShowMaybe_GHCziShow zdfShowInt_GHCziShow); v = CON(Nothing_GHCziMaybe)",
      ),
    ).toBe("Nothing");
  });

  it("escapes strings as GHC does", () => {
    // "a\"b\n\1234\&5": a quote, a newline, a code point above 127 whose
    // escape is followed by a digit (so \& separates them), and \SO\&H.
    const chars = [
      "'a'",
      "'\"'",
      "'b'",
      "'\\n'",
      "'\\x4d2'",
      "'5'",
      "'\\x0e'",
      "'H'",
      "'\\x7f'",
      "'\\\\'",
      "'\\x01'",
    ];
    const binds = chars.map((c, i) => `c${i} = CON(C ${c})`);
    let list = "nil";
    for (let i = chars.length - 1; i >= 0; i--) {
      binds.push(`l${i} = CON(Cons c${i} ${list})`);
      list = `l${i}`;
    }
    binds.push(`v = THUNK(${list})`);
    const dl = "dl = THUNK(zdfShowZMZN_GHCziShow zdfShowChar_GHCziShow)";
    expect(showOf("dl", [dl, ...binds].join("; "))).toBe(
      String.raw`"a\"b\n\1234\&5\SO\&H\DEL\\\SOH"`,
    );
  });

  it("shows chars with their own escapes", () => {
    expect(showOf(CHAR, "v = CON(C '\\'')")).toBe(String.raw`'\''`);
    expect(showOf(CHAR, "v = CON(C '\"')")).toBe(`'"'`);
    expect(showOf(CHAR, "v = CON(C '\\t')")).toBe(String.raw`'\t'`);
    expect(showOf(CHAR, "v = CON(C '\\x1f600')")).toBe(String.raw`'\128512'`);
  });

  it("shows big Integers exactly, negative ones in parentheses in constructors", () => {
    expect(
      showOf(
        INTEGER,
        "v = CON(IP_GHCziNumziInteger 265252859812191058636308480000000n)",
      ),
    ).toBe("265252859812191058636308480000000");
    expect(
      showOf(
        "dm",
        "dm = THUNK(zdfShowMaybe_GHCziShow zdfShowInteger_GHCziShow); x = CON(IN_GHCziNumziInteger 18446744073709551616n); v = CON(Just_GHCziMaybe x)",
      ),
    ).toBe("Just (-18446744073709551616)");
  });

  it("shows Bool, Ordering, () and tuples of five", () => {
    expect(showOf("zdfShowBool_GHCziShow", "v = CON(True)")).toBe("True");
    expect(showOf("zdfShowOrdering_GHCziShow", "v = CON(GT_GHCziTypes)")).toBe(
      "GT",
    );
    expect(showOf("zdfShowZLZR_GHCziShow", "v = CON(Unit)")).toBe("()");
    expect(
      showOf(
        "d",
        "d = THUNK(zdfShowZLz2cUz2cUz2cUz2cUZR_GHCziShow zdfShowInt_GHCziShow zdfShowChar_GHCziShow zdfShowBool_GHCziShow zdfShowZLZR_GHCziShow zdfShowInt_GHCziShow); a = CON(I 1); b = CON(C 'x'); c = CON(False); e = CON(I -3); v = CON(Z5T a b c unit e)",
      ),
    ).toBe("(1,'x',False,(),-3)");
  });
});
