// Values of the math functions reasoned out independently of our code:
// exact cases, special values (C99 Annex F), constants whose correctly
// rounded doubles are known (Math.E, Math.PI, ...), published hard cases,
// and identities that any faithful implementation satisfies.
import { describe, expect, it } from "vitest";
import * as m from "../../../../src/ministg/primops/libm/index.js";
import { expTable } from "../../../../src/ministg/primops/libm/exp-glibc.js";
import { powLogTable } from "../../../../src/ministg/primops/libm/pow-glibc.js";

const ulp = (x: number): number => {
  const a = Math.abs(x);
  return a === 0 ? 2 ** -1074 : 2 ** (Math.floor(Math.log2(a)) - 52);
};

describe("libm special values", () => {
  it("follows C99 Annex F at zeros, infinities and NaN", () => {
    expect(m.exp(-Infinity)).toBe(0);
    expect(m.exp(Infinity)).toBe(Infinity);
    expect(m.exp(710)).toBe(Infinity);
    expect(m.exp(-746)).toBe(0);
    expect(m.log(0)).toBe(-Infinity);
    expect(m.log(-1)).toBeNaN();
    expect(m.log(1)).toBe(0);
    expect(Object.is(m.sin(-0), -0)).toBe(true);
    expect(m.sin(Infinity)).toBeNaN();
    expect(m.cos(0)).toBe(1);
    expect(m.tan(NaN)).toBeNaN();
    expect(m.asin(1.5)).toBeNaN();
    expect(m.acos(1)).toBe(0);
    expect(m.pow(1, NaN)).toBe(1);
    expect(m.pow(NaN, 0)).toBe(1);
    expect(m.pow(-1, Infinity)).toBe(1);
    expect(m.pow(-2, 0.5)).toBeNaN();
    expect(Object.is(m.pow(-0, 3), -0)).toBe(true);
    expect(m.pow(0, -1)).toBe(Infinity);
    expect(m.tanh(Infinity)).toBe(1);
    expect(m.atanh(1)).toBe(Infinity);
    expect(m.acosh(0.5)).toBeNaN();
    expect(m.powf(1, NaN)).toBe(1);
    expect(m.logf(0)).toBe(-Infinity);
    expect(m.expf(-Infinity)).toBe(0);
    expect(m.tanhf(-Infinity)).toBe(-1);
    expect(m.atanhf(-1)).toBe(-Infinity);
  });

  it("gives exact results exactly", () => {
    expect(m.pow(2, 10)).toBe(1024);
    expect(m.pow(2, -1074)).toBe(2 ** -1074);
    expect(m.pow(-2, 3)).toBe(-8);
    expect(m.pow(4, 0.5)).toBe(2);
    expect(m.pow(10, 22)).toBe(1e22);
    expect(m.pow(10, -5)).toBe(1e-5); // the double nearest 10^-5
    expect(m.exp(0)).toBe(1);
    expect(m.log(2 ** 600)).toBe(m.log(2) * 600); // 600 ln 2 rounds the same
    expect(m.powf(2, 0.5)).toBe(Math.fround(Math.SQRT2));
  });
});

describe("libm correctly rounded constants", () => {
  it("matches the double nearest each constant", () => {
    expect(m.exp(1)).toBe(Math.E);
    expect(m.log(2)).toBe(Math.LN2);
    expect(m.log(10)).toBe(Math.LN10);
    expect(m.acos(-1)).toBe(Math.PI);
    expect(m.asin(1)).toBe(Math.PI / 2);
    expect(m.atan(Infinity)).toBe(Math.PI / 2);
    expect(m.atan(1)).toBe(Math.PI / 4);
    expect(m.pow(2, 0.5)).toBe(Math.SQRT2);
    expect(m.expf(1)).toBe(Math.fround(Math.E));
    expect(m.atanf(Infinity)).toBe(Math.fround(Math.PI / 2));
  });

  // 40-digit values (from mpmath); Number() rounds a decimal correctly.
  it("reduces huge trigonometric arguments exactly (Ng's sin(10^22))", () => {
    expect(m.sin(1e22)).toBe(
      Number("-0.8522008497671888017727058937530293682618"),
    );
    expect(m.cos(1e22)).toBe(
      Number("0.5232147853951389454975944733847094921409"),
    );
  });

  it("rounds exp and log correctly far from the reduction's easy range", () => {
    expect(m.exp(700)).toBe(
      Number("1.014232054735004509455329595231267615205e304"),
    );
    expect(m.log(3)).toBe(Number("1.098612288668109691395245236922525704647"));
  });

  it("gives glibc's coshf(2) (3.76219583, not V8's 3.7621955872)", () => {
    expect(m.coshf(2)).toBe(Math.fround(3.76219583));
  });
});

describe("libm identities", () => {
  const xs = Array.from({ length: 200 }, (_, i) => (i - 100) * 0.37 + 1e-3);
  it("odd functions are odd, bit for bit", () => {
    for (const x of xs) {
      for (const f of [m.sin, m.tan, m.atan, m.sinh, m.tanh, m.asinh]) {
        expect(f(-x)).toBe(-f(x));
      }
      expect(m.cos(-x)).toBe(m.cos(x));
      expect(m.cosh(-x)).toBe(m.cosh(x));
    }
  });

  it("sin^2 + cos^2 = 1 and sin 2x = 2 sin x cos x, also for huge x", () => {
    const big = [1e10, 2 ** 60, 1e100, 2 ** 1000, 1.7e308];
    for (const x of [...xs, ...big]) {
      const s = m.sin(x);
      const c = m.cos(x);
      expect(Math.abs(s * s + c * c - 1)).toBeLessThan(4 * 2 ** -53);
      if (Math.abs(2 * x) < Infinity)
        expect(Math.abs(m.sin(2 * x) - 2 * s * c)).toBeLessThan(8 * 2 ** -53);
    }
  });

  it("exp and log are inverse to within an ulp, and exp is monotonic", () => {
    let prev = 0;
    for (let i = 0; i < 500; i++) {
      const x = -700 + i * 2.8;
      const e = m.exp(x);
      expect(e).toBeGreaterThanOrEqual(prev);
      prev = e;
      expect(Math.abs(m.log(e) - x)).toBeLessThanOrEqual(ulp(x));
    }
  });
});

describe("libm tables rebuilt from their definitions", () => {
  const bits = (x: number): string => {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, x);
    return v.getBigUint64(0).toString(16).padStart(16, "0");
  };
  it("exp's 2^(j/128) = H (1 + T) agrees with glibc's published __exp_data", () => {
    // tab[2j] = T[j], tab[2j + 1] = H[j] - (j << 45), from e_exp_data.c
    const { H, T } = expTable();
    expect([bits(T[1]), bits(H[1])]).toEqual([
      "3c9b3b4f1a88bf6e",
      "3ff0163da9fb3335",
    ]);
    expect([bits(T[2]), bits(H[2])]).toEqual([
      "bc7160139cd8dc5d",
      "3ff02c9a3e778061",
    ]);
    expect(bits(T[16])).toBe("bc801b15eaa59348");
  });

  it("pow's log table (1/c, logc, logctail) agrees with glibc's e_pow_log_data.c", () => {
    const { INVC, LOGC, LOGCTAIL } = powLogTable();
    const row = (i: number): string[] =>
      [INVC[i], LOGC[i], LOGCTAIL[i]].map(bits);
    // A(0x1.6a00000000000p+0, -0x1.62c82f2b9c800p-2, 0x1.ab42428375680p-48)
    expect(row(0)).toEqual([
      "3ff6a00000000000",
      "bfd62c82f2b9c800",
      "3cfab42428375680",
    ]);
    // A(0x1.fc00000000000p-1, 0x1.0101575890000p-7, -0x1.0c76b999d2be8p-46)
    expect(row(76)).toEqual([
      "3fefc00000000000",
      "3f80101575890000",
      "bd10c76b999d2be8",
    ]);
    expect([LOGC[75], LOGCTAIL[75]]).toEqual([0, 0]);
  });
});
