// The float-text primops' algorithms: GHC's floatToDigits (Burger and
// Dybvig, with GHC's strict boundaries and round-up ties), formatRealFloat
// and the correctly rounded decimal-to-binary conversion. Expected values
// are worked out by hand from the IEEE formats and GHC's definitions.
import { describe, expect, it } from "vitest";
import { fromWords } from "../../../../src/ministg/primops/libm/float-bits.js";
import {
  DOUBLE,
  FLOAT,
  decimalToBinary,
  floatToDigits,
  formatRealFloat,
  showHFloat,
} from "../../../../src/ministg/primops/float-text.js";
import { run } from "../../machine/helpers.js";

describe("floatToDigits", () => {
  it("gives the shortest digits and the exponent of 0.d1d2.. * 10^e", () => {
    expect(floatToDigits(0.1)).toEqual([[1], 0]);
    expect(floatToDigits(0.01)).toEqual([[1], -1]);
    expect(floatToDigits(100)).toEqual([[1], 3]);
    expect(floatToDigits(0)).toEqual([[0], 0]);
    expect(floatToDigits(123.456)).toEqual([[1, 2, 3, 4, 5, 6], 3]);
  });

  it("digits Infinity and NaN as GHC does, from decodeFloat's (f, e)", () => {
    // Infinity decodes as 2^52 * 2^972 = 2^1024 (Double), 2^23 * 2^105 (Float).
    expect(floatToDigits(Infinity)).toEqual([
      [1, 7, 9, 7, 6, 9, 3, 1, 3, 4, 8, 6, 2, 3, 1, 6],
      309,
    ]);
    expect(floatToDigits(Infinity, FLOAT)).toEqual([
      [3, 4, 0, 2, 8, 2, 3, 7],
      39,
    ]);
    expect(floatToDigits(Infinity, DOUBLE, 2)).toEqual([[1], 1025]);
    // x86's default NaN (what 0/0 makes): mantissa -(2^52 + 2^51), one
    // negative digit in base 10; with its sign cleared (abs), the digits of
    // 1.5 * 2^1024.
    const x86NaN = fromWords(0xfff80000, 0);
    expect(floatToDigits(x86NaN)).toEqual([[-2], 309]);
    expect(floatToDigits(x86NaN, FLOAT)).toEqual([[-5], 39]);
    expect(() => floatToDigits(x86NaN, DOUBLE, 2)).toThrow(/not supported/);
    expect(floatToDigits(fromWords(0x7ff80000, 0))).toEqual([
      [2, 6, 9, 6, 5, 3, 9, 7, 0, 2, 2, 9, 3, 4, 7, 4],
      309,
    ]);
  });

  it("picks the closest one-digit value for the least denormal", () => {
    // 2^-1074 = 4.94e-324; its neighbours are 0 and 9.88e-324, so every
    // one-digit 3e-324 .. 7e-324 identifies it and 5e-324 is the closest.
    expect(floatToDigits(2 ** -1074)).toEqual([[5], -323]);
    // 2^-149 = 1.401e-45 as a Float: neighbours 0 and 2.8e-45.
    expect(floatToDigits(2 ** -149, FLOAT)).toEqual([[1], -44]);
  });

  it("uses Float's own (shorter) digits for Float", () => {
    expect(floatToDigits(Math.fround(0.1), FLOAT)).toEqual([[1], 0]);
    // 16777217 rounds to 2^24 = 16777216; its neighbours are 16777215 and
    // 16777218, so all eight digits are needed.
    expect(floatToDigits(Math.fround(16777217), FLOAT)).toEqual([
      [1, 6, 7, 7, 7, 2, 1, 6],
      8,
    ]);
    // The largest Float, (2^24-1) * 2^104 = 3.4028234664e38.
    expect(floatToDigits((2 ** 24 - 1) * 2 ** 104, FLOAT)).toEqual([
      [3, 4, 0, 2, 8, 2, 3, 5],
      39,
    ]);
  });

  it("excludes a candidate exactly on the rounding boundary (GHC's strict test)", () => {
    // x = 1891152538946575872 (ulp 256): 1891152538946576000 = x + 128 is the
    // midpoint to the next Double, which GHC does not accept (JS's toString
    // does), so 17 digits are needed; ...759 (28 away) beats ...758 (72 away).
    const x = 1891152538946575872;
    expect(BigInt(x)).toBe(1891152538946575872n);
    expect(floatToDigits(x)).toEqual([
      [1, 8, 9, 1, 1, 5, 2, 5, 3, 8, 9, 4, 6, 5, 7, 5, 9],
      19,
    ]);
  });

  it("rounds a last-digit tie up, as GHC's gen does", () => {
    // x = 654750880381692.25 (ulp 1/8): ...692.2 and ...692.3 are both 0.05
    // away and both identify x; GHC takes the digit rounded up (JS: even).
    const x = 654750880381692.25;
    expect(floatToDigits(x)).toEqual([
      [6, 5, 4, 7, 5, 0, 8, 8, 0, 3, 8, 1, 6, 9, 2, 3],
      15,
    ]);
  });

  it("supports other bases", () => {
    expect(floatToDigits(0.375, DOUBLE, 2)).toEqual([[1, 1], -1]);
    expect(floatToDigits(255.5, DOUBLE, 16)).toEqual([[15, 15, 8], 2]);
  });
});

describe("formatRealFloat", () => {
  const show = (x: number) => formatRealFloat(x, "generic", null, false);
  it("shows like GHC: fixed for 0.1 <= x < 10^7, else exponent", () => {
    expect(show(0.1)).toBe("0.1");
    expect(show(0.01)).toBe("1.0e-2");
    expect(show(1.2345678e7)).toBe("1.2345678e7");
    expect(show(1e7)).toBe("1.0e7");
    expect(show(9999999)).toBe("9999999.0");
    expect(show(100)).toBe("100.0");
    expect(show(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(show(2 ** -1074)).toBe("5.0e-324");
    expect(show(-0)).toBe("-0.0");
    expect(show(-1.5)).toBe("-1.5");
    expect(show(Infinity)).toBe("Infinity");
    expect(show(-Infinity)).toBe("-Infinity");
    expect(show(NaN)).toBe("NaN");
  });

  it("rounds half to even on the shortest digits (GHC's roundTo)", () => {
    expect(formatRealFloat(0.125, "fixed", 2, false)).toBe("0.12");
    expect(formatRealFloat(0.375, "fixed", 2, false)).toBe("0.38");
    expect(formatRealFloat(2.5, "fixed", 0, false)).toBe("2");
    expect(formatRealFloat(3.5, "fixed", 0, false)).toBe("4");
    expect(formatRealFloat(2.5, "fixed", 0, true)).toBe("2.");
    expect(formatRealFloat(0.001234, "fixed", 2, false)).toBe("0.00");
  });

  it("formats exponents with and without a precision", () => {
    expect(formatRealFloat(1234.5, "exponent", null, false)).toBe("1.2345e3");
    expect(formatRealFloat(1234.5, "exponent", 2, false)).toBe("1.23e3");
    expect(formatRealFloat(1234.5, "exponent", 0, false)).toBe("1e3");
    expect(formatRealFloat(0, "exponent", 0, false)).toBe("0e0");
    expect(formatRealFloat(0, "exponent", 2, false)).toBe("0.00e0");
    expect(formatRealFloat(9.995, "exponent", 2, false)).toBe("1.00e1");
    expect(formatRealFloat(1, "exponent", null, false)).toBe("1.0e0");
  });

  it("chooses exponent or fixed for showGFloat by the exponent", () => {
    expect(formatRealFloat(0.05, "generic", 2, false)).toBe("5.00e-2");
    expect(formatRealFloat(1234.5678, "generic", 2, false)).toBe("1234.57");
    expect(formatRealFloat(1e8, "generic", null, false, FLOAT)).toBe("1.0e8");
  });
});

describe("showHFloat", () => {
  it("writes the binary digits in hexadecimal after 0x1.", () => {
    expect(showHFloat(3)).toBe("0x1.8p1"); // 1.1b * 2^1
    expect(showHFloat(255)).toBe("0x1.fep7"); // 1.1111111b * 2^7
    expect(showHFloat(0.5)).toBe("0x1p-1");
    expect(showHFloat(2 ** -1074)).toBe("0x1p-1074");
    expect(showHFloat(0.1)).toBe("0x1.999999999999ap-4");
    expect(showHFloat(Math.fround(0.1), FLOAT)).toBe("0x1.99999ap-4");
    expect(showHFloat(0)).toBe("0x0p+0");
    expect(showHFloat(-0)).toBe("-0x0p+0");
    expect(showHFloat(-1.5)).toBe("-0x1.8p0");
  });
});

describe("decimalToBinary: m * 10^e rounded once", () => {
  it("rounds to the nearest Double", () => {
    expect(decimalToBinary(1n, -1n)).toBe(0.1);
    expect(decimalToBinary(30000000000000004n, -17n)).toBe(0.1 + 0.2);
    expect(decimalToBinary(9007199254740993n, 0n)).toBe(9007199254740992);
    expect(decimalToBinary(-25n, -1n)).toBe(-2.5);
    expect(Object.is(decimalToBinary(-0n, 0n), 0)).toBe(true);
  });

  it("rounds at the denormal end and overflows to Infinity", () => {
    // Half the least denormal is 2.4703282292062327208...e-324.
    expect(decimalToBinary(24703282292062328n, -340n)).toBe(2 ** -1074);
    expect(decimalToBinary(24703282292062327n, -340n)).toBe(0);
    expect(decimalToBinary(1n, 400n)).toBe(Infinity);
    expect(decimalToBinary(1n, 99999999999999999999n)).toBe(Infinity);
    expect(decimalToBinary(1n, -99999999999999999999n)).toBe(0);
    expect(decimalToBinary(17976931348623157n, 292n)).toBe(Number.MAX_VALUE);
  });

  it("rounds a Float from the exact decimal, not through a Double", () => {
    // 1 + 2^-24 = 1.000000059604644775390625 is half-way between the Floats
    // 1 and 1 + 2^-23: ties to even gives 1; anything above gives 1 + 2^-23.
    // (Through a Double, ...62501 would first become the tie itself.)
    const f = (m: bigint, e: bigint) => decimalToBinary(m, e, FLOAT);
    expect(f(1000000059604644775390625n, -24n)).toBe(1);
    expect(f(100000005960464477539062501n, -26n)).toBe(1 + 2 ** -23);
    expect(f(100000005960464477539062499n, -26n)).toBe(1);
    // Above the largest Float's half-ulp boundary 2^128 - 2^103: Infinity.
    expect(f(34028236n, 31n)).toBe(Infinity);
    expect(f(34028235n, 31n)).toBe((2 ** 24 - 1) * 2 ** 104);
    // Below half the least Float denormal (7.006e-46): zero.
    expect(f(70n, -47n)).toBe(0);
    expect(f(71n, -47n)).toBe(2 ** -149);
  });
});

describe("the primops on the machine", () => {
  const out = (expr: string): string =>
    run(
      `main = THUNK(case ${expr} of { s -> case writeStdout# s of { u -> unit }});\n`,
      "EA",
    ).stdout.replace(/Unit\n$/, "");
  it("formatDouble# and formatFloat# give the texts", () => {
    expect(out("formatDouble# 2 -1 0.1")).toBe("0.1");
    expect(out("formatFloat# 2 -1 0.1f")).toBe("0.1");
    expect(out("formatDouble# 0 2 1234.5")).toBe("1.23e3");
    expect(out("formatDouble# 4 0 2.5")).toBe("2.");
    expect(out("formatFloat# 2 -1 16777217.0f")).toBe("1.6777216e7");
  });
  it("digits and exponents of floatToDigits", () => {
    expect(out("digitsDouble# 10 123.456")).toBe("123456");
    expect(
      out("case exponentDouble# 10 123.456 of { e -> intToString# e }"),
    ).toBe("3");
  });
  it("decimalToDouble# rounds m * 10^e", () => {
    expect(out("case decimalToDouble# 25n -1n of { d -> showDouble# d }")).toBe(
      "2.5",
    );
    expect(
      out("case decimalToFloat# 1n 39n of { d -> formatFloat# 2 -1 d }"),
    ).toBe("Infinity");
  });
});

describe("the final value printer", () => {
  it("prints a boxed Double's payload as a Double literal, an Int's as an integer", () => {
    const r = run(
      "main = THUNK(let { a = CON(D 3.0); b = CON(D 0.01); c = CON(I 3); t = CON(Z3T a b c) } in t);\n",
      "EA",
    );
    expect(r.stdout.trim()).toBe("(Z3T (D 3.0) (D 1.0e-2) (I 3))");
  });
});
