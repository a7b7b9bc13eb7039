// The fast path of floatToDigits 10 for Doubles (V8's shortest digits,
// float-digits-fast.ts) against GHC's algorithm on bigints
// (floatToDigitsExact): where it answers, the digits and exponent are the
// same. The sample leans on the hard cases: short decimals and their
// neighbouring doubles (candidates on or near a rounding boundary, ties
// between two last digits), powers of 2 (the narrower gap below), large
// integers. ghc-digits.test.ts compares the result with GHC's own.
import { describe, expect, it } from "vitest";
import { floatToDigitsExact } from "../../../../src/ministg/primops/float-text.js";
import { shortestDigits } from "../../../../src/ministg/primops/float-digits-fast.js";

function sample(n: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  let seed = 987654321;
  const u32 = (): number =>
    (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const neighbour = (x: number, d: number): number => {
    view.setFloat64(0, x);
    view.setBigUint64(0, view.getBigUint64(0) + BigInt(d));
    return view.getFloat64(0);
  };
  const gens: (() => number)[] = [
    () => {
      view.setUint32(0, u32() & 0x7fffffff);
      view.setUint32(4, u32());
      return view.getFloat64(0);
    },
    () => (u32() / 2 ** 32) * 1000,
    () => Number((u32() / 2 ** 32).toFixed(u32() % 17)),
    () => 2 ** ((u32() % 1800) - 900),
    () => u32() * 2 ** 21 + (u32() >>> 11),
    () => Number(`${u32() % 1000}e${(u32() % 560) - 280}`),
    () =>
      neighbour(
        Number(`${u32() % 1000}e${(u32() % 560) - 280}`),
        2 - (u32() % 5),
      ),
  ];
  const out = [1e23, 5e-324, 2 ** 53 + 2, 9007199254740993, 0.1, 0.3, 4.35];
  for (const g of gens)
    for (let i = 0; i < n; i++) {
      const x = g();
      if (x > 0 && Number.isFinite(x)) out.push(x);
    }
  return out;
}

describe("floatToDigits' fast path for Doubles", () => {
  it("gives GHC's digits or declines", () => {
    const wrong: string[] = [];
    let declined = 0;
    const xs = sample(3000);
    for (const x of xs) {
      const fast = shortestDigits(x);
      if (fast === null) {
        declined++;
        continue;
      }
      const [ds, k] = floatToDigitsExact(x);
      if (fast[0].join("") !== ds.join("") || fast[1] !== k)
        wrong.push(
          `${x}: ${ds.join("")}e${k}, fast ${fast[0].join("")}e${fast[1]}`,
        );
    }
    expect(wrong).toEqual([]);
    // it declines outside 1e-270..1e270 and on boundaries: a few percent here
    expect(declined).toBeLessThan(xs.length / 10);
  });

  it("declines where V8's shortest digits are not GHC's", () => {
    // 1e23 lies on the boundary of 9.999999999999999e22's interval: V8
    // accepts it, GHC's strict test does not
    expect(shortestDigits(1e23)).toBeNull();
  });
});
