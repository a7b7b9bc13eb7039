// The Double#/Float# helpers behind decodeFloat, encodeFloat, fromRational
// and rint, against values worked out by hand from IEEE 754 bit patterns.
import { describe, expect, it } from "vitest";
import { fromWords } from "../../../../src/ministg/primops/libm/float-bits.js";
import {
  F32,
  F64,
  decodeTo,
  encodeDouble,
  rationalTo,
  rint,
} from "../../../../src/ministg/primops/floating.js";

describe("decodeTo (GHC's decodeFloat)", () => {
  it("normalises the mantissa to 53 bits for doubles", () => {
    expect(decodeTo(1, F64)).toEqual([2 ** 52, -52]);
    // 0.1 = 0x3FB999999999999A: significand 0x1999999999999A, exponent -4 - 52
    expect(decodeTo(0.1, F64)).toEqual([0x1999999999999a, -56]);
    expect(decodeTo(-3, F64)).toEqual([-(3 * 2 ** 51), -51]);
  });
  it("normalises denormals and gives (0, 0) for both zeros", () => {
    expect(decodeTo(5e-324, F64)).toEqual([2 ** 52, -1126]);
    expect(decodeTo(0, F64)).toEqual([0, 0]);
    expect(decodeTo(-0, F64)).toEqual([0, 0]);
  });
  it("decodes Infinity and NaN like their x86 bit patterns", () => {
    expect(decodeTo(Infinity, F64)).toEqual([2 ** 52, 972]);
    expect(decodeTo(-Infinity, F64)).toEqual([-(2 ** 52), 972]);
    // x86's default NaN (0/0) is negative; abs clears the sign bit.
    const x86NaN = fromWords(0xfff80000, 0);
    expect(decodeTo(x86NaN, F64)).toEqual([-(2 ** 52 + 2 ** 51), 972]);
    expect(decodeTo(x86NaN, F32)).toEqual([-(2 ** 23 + 2 ** 22), 105]);
    expect(decodeTo(fromWords(0x7ff80000, 0), F64)).toEqual([
      2 ** 52 + 2 ** 51,
      972,
    ]);
    expect(decodeTo(fromWords(0x7ff00000, 1), F64)).toEqual([2 ** 52 + 1, 972]);
  });
  it("uses 24 bits for floats", () => {
    expect(decodeTo(1, F32)).toEqual([2 ** 23, -23]);
    expect(decodeTo(Math.fround(0.1), F32)).toEqual([0xcccccd, -27]);
    expect(decodeTo(2 ** -149, F32)).toEqual([2 ** 23, -172]);
  });
});

describe("encodeDouble (GHC's integerEncodeDouble#)", () => {
  it("is exact when the value is representable", () => {
    expect(encodeDouble(3n, -1)).toBe(1.5);
    expect(encodeDouble(-5n, 100)).toBe(-5 * 2 ** 100);
    expect(encodeDouble(1n, -1074)).toBe(5e-324);
    expect(encodeDouble(0n, 50)).toBe(0);
  });
  it("rounds an Int#-sized mantissa to nearest, ties to even", () => {
    expect(encodeDouble(2n ** 53n + 1n, 0)).toBe(2 ** 53);
    expect(encodeDouble(-(2n ** 53n + 3n), 0)).toBe(-(2 ** 53 + 4));
    expect(encodeDouble(1n, -1075)).toBe(0); // half the least denormal
    expect(encodeDouble(3n, -1075)).toBe(2 ** -1073); // 1.5 ulp -> 2 ulp
  });
  it("truncates a mantissa beyond Int# (GMP's mpn_get_d)", () => {
    // 2^64 + 2^11 + 1 is above the midpoint 2^64 + 2^11 but truncates to 2^64
    expect(encodeDouble(2n ** 64n + 2n ** 11n + 1n, 0)).toBe(2 ** 64);
    expect(encodeDouble(-(2n ** 64n + 2n ** 12n - 1n), 0)).toBe(-(2 ** 64));
  });
  it("truncates beyond Int# even within 64 bits, and rounds denormal results", () => {
    expect(encodeDouble(2n ** 63n + 2n ** 10n + 1n, 0)).toBe(2 ** 63);
    // 53 bits kept, then ldexp rounds 0.75 * 2^-1074 to nearest: 2^-1074
    expect(encodeDouble(2n ** 94n + 2n ** 93n, -1169)).toBe(5e-324);
  });
  it("overflows to Infinity", () => {
    expect(encodeDouble(1n, 1024)).toBe(Infinity);
    expect(encodeDouble(-(2n ** 100n), 1000)).toBe(-Infinity);
  });
});

describe("rationalTo (GHC's fromRational)", () => {
  it("rounds correctly, as JavaScript's division of exact operands", () => {
    expect(rationalTo(1n, 3n, F64)).toBe(1 / 3);
    expect(rationalTo(1n, 10n, F64)).toBe(0.1);
    expect(rationalTo(-7n, 8n, F64)).toBe(-0.875);
    expect(rationalTo(2n ** 53n + 1n, 1n, F64)).toBe(2 ** 53);
    expect(rationalTo(2n ** 53n + 3n, 1n, F64)).toBe(2 ** 53 + 4);
  });
  it("underflows gradually, ties to even", () => {
    expect(rationalTo(1n, 2n ** 1075n, F64)).toBe(0);
    expect(rationalTo(3n, 2n ** 1076n, F64)).toBe(5e-324); // 0.75 ulp
    expect(rationalTo(3n, 2n ** 1075n, F64)).toBe(2 ** -1073); // 1.5 ulp
  });
  it("handles zero, huge values and zero denominators", () => {
    expect(rationalTo(0n, 5n, F64)).toBe(0);
    expect(rationalTo(10n ** 400n, 3n, F64)).toBe(Infinity);
    expect(rationalTo(-(10n ** 400n), 3n, F64)).toBe(-Infinity);
    expect(rationalTo(1n, 0n, F64)).toBe(Infinity);
    expect(rationalTo(-1n, 0n, F64)).toBe(-Infinity);
    expect(rationalTo(0n, 0n, F64)).toBeNaN();
  });
  it("rounds once, directly to single precision, for Float", () => {
    expect(rationalTo(1n, 3n, F32)).toBe(Math.fround(1 / 3));
    expect(rationalTo(2n ** 24n + 1n, 1n, F32)).toBe(2 ** 24);
    expect(rationalTo(10n ** 39n, 1n, F32)).toBe(Infinity);
    // 2^24 + 1 + 2^-30: just above the tie, so up; a double first would tie to 2^24
    expect(rationalTo(2n ** 54n + 2n ** 30n + 1n, 2n ** 30n, F32)).toBe(
      2 ** 24 + 2,
    );
  });
});

describe("rint", () => {
  it("rounds halves to even and keeps the sign of zero", () => {
    expect([0.5, 1.5, 2.5, -2.5, 3.7, -3.2].map(rint)).toEqual([
      0, 2, 2, -2, 4, -3,
    ]);
    expect(Object.is(rint(-0.5), -0)).toBe(true);
    expect(rint(Infinity)).toBe(Infinity);
    expect(rint(2 ** 60 + 2 ** 9)).toBe(2 ** 60 + 2 ** 9);
  });
});
