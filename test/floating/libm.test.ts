// The correctly rounded elementary functions, on arguments whose correctly
// rounded results are known independently: JavaScript's constants (the
// doubles nearest e, ln 2, ln 10, pi, sqrt 2), exact powers, and values
// checked with 60-digit decimal arithmetic (Python's decimal module).
import { describe, expect, it } from "vitest";
import {
  crAcos,
  crAsin,
  crAtan,
  crCos,
  crExp,
  crLog,
  crPow,
  crSin,
  crTan,
} from "../../src/ministg/primops/floating-libm.js";
import { F32 } from "../../src/ministg/primops/floating.js";

describe("correctly rounded libm", () => {
  it("gives the doubles nearest the classical constants", () => {
    expect(crExp(1)).toBe(Math.E);
    expect(crLog(2)).toBe(Math.LN2);
    expect(crLog(10)).toBe(Math.LN10);
    expect(crAtan(1)).toBe(Math.PI / 4);
    expect(crAsin(1)).toBe(Math.PI / 2);
    expect(crAcos(-1)).toBe(Math.PI);
    expect(crAtan(Infinity)).toBe(Math.PI / 2);
    expect(crPow(2, 0.5)).toBe(Math.SQRT2);
  });
  it("rounds where JavaScript's Math is one ulp off", () => {
    // exp(-6.4996962156146765) = 0.00150389598370811517538...; the midpoint
    // of the two candidate doubles is 0.00150389598370811517543...
    expect(crExp(-6.4996962156146765)).toBe(0.001503895983708115);
    // sin(1e22) = -0.852200849767188801772...
    expect(crSin(1e22)).toBe(-0.8522008497671888);
    expect(crSin(Math.PI)).toBe(1.2246467991473532e-16);
  });
  it("keeps exact cases exact and tiny arguments as themselves", () => {
    expect(crPow(10, -2)).toBe(0.01);
    expect(crPow(-2, 3)).toBe(-8);
    expect(crPow(1.5, 2)).toBe(2.25);
    expect(crLog(1)).toBe(0);
    expect(crCos(0)).toBe(1);
    expect(crSin(1e-300)).toBe(1e-300);
    expect(crTan(-2e-10)).toBe(-2e-10);
    expect(crExp(1e-20)).toBe(1);
  });
  it("follows C's special cases", () => {
    expect(crPow(1, NaN)).toBe(1);
    expect(crPow(NaN, 0)).toBe(1);
    expect(crPow(-1, Infinity)).toBe(1);
    expect(crPow(-8, 1 / 3)).toBeNaN();
    expect(crPow(0, -1)).toBe(Infinity);
    expect(crLog(0)).toBe(-Infinity);
    expect(crLog(-1)).toBeNaN();
    expect(crExp(1000)).toBe(Infinity);
    expect(crExp(-1000)).toBe(0);
    expect(crAsin(1.5)).toBeNaN();
    expect(crSin(Infinity)).toBeNaN();
  });
  it("rounds once to single precision for Float", () => {
    expect(crExp(1, F32)).toBe(Math.fround(Math.E));
    expect(crAtan(1, F32) * 4).toBe(Math.fround(Math.PI));
    expect(crExp(100, F32)).toBe(Infinity);
  });
});
