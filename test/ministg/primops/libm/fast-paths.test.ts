// The double-double fast paths of sin, cos, tan, asin, acos, atan
// (trig-fast.ts) against the exact 150-bit path they stand in for
// (trig.ts): where a fast path answers, its answer is the exact path's bit
// for bit; it answers nearly always in its range and never outside it. The
// inputs include arguments whose results lie within 2^-20 ulp of a rounding
// boundary and arguments next to multiples of pi/2 (where the reduction
// cancels). glibc.test.ts compares the functions themselves with glibc.
import { describe, expect, it } from "vitest";
import * as fast from "../../../../src/ministg/primops/libm/trig-fast.js";
import {
  exactDouble,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
} from "../../../../src/ministg/primops/libm/trig.js";

type Name = keyof typeof exactDouble;
const FAST: Record<Name, (x: number) => number> = {
  sin: fast.sinFast,
  cos: fast.cosFast,
  tan: fast.tanFast,
  asin: fast.asinFast,
  acos: fast.acosFast,
  atan: fast.atanFast,
};
const WHOLE: Record<Name, (x: number) => number> = {
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
};

/** A deterministic uniform double in [0, 1) (two 32-bit LCG steps). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  return () => (next() * 2 ** 21 + (next() >>> 11)) / 2 ** 53;
}

const view = new DataView(new ArrayBuffer(8));
/** The double n steps of one ulp away from x (same sign, no zero crossing). */
function nextUp(x: number, n: number): number {
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(n));
  return view.getFloat64(0);
}

// Results within 2^-20 ulp of a midpoint between doubles, found by a search
// over random arguments (their glibc values are not always correctly
// rounded: these check the fast path's decision only).
const NEAR_BOUNDARY: Record<Name, number[]> = {
  sin: [-2.380350026144136, 8025.532960432519, -0.7112261208852778],
  cos: [
    -24404.675439911178, 4242.490522551092, -779.9676798984021,
    0.1114301122103899, 5389.98634015438, 10.492745779812477,
  ],
  tan: [
    -11476.731514196978, 0.027465852103308947, -1192.7176312688869,
    -0.03503777336580725, -309.56387079410024, -120.39139920316221,
    0.7812042428625958,
  ],
  asin: [
    0.17703609944129717, -0.996230036556488, -0.7212675386328609,
    0.3226513800596089, -0.26173373561100854, 0.970849910779066,
    0.3281646347172036, -0.6733396518817019,
  ],
  acos: [
    -0.8135970635099699, -0.48730223992496957, 0.8271711203247956,
    0.6185196828800239,
  ],
  atan: [
    1.353861038308359e-8, 0.02768196241569665, 6725.972067092781,
    -0.00002938450415959853, 3.423954557381313, 27.384732157799817,
    -709.5458045077476, -0.00008937828260066872, -30632.332670430056,
    -46.3920519392982,
  ],
};

/** Random arguments of the function's ranges. */
function randomInputs(name: Name, n: number): number[] {
  const r = prng(name.length * 7919 + name.charCodeAt(0));
  const out: number[] = [];
  const sign = (): number => (r() < 0.5 ? -1 : 1);
  for (let i = 0; i < n; i++) {
    switch (name) {
      case "sin":
      case "cos":
      case "tan":
        out.push((r() - 0.5) * 20);
        out.push(sign() * 2 ** (-27 + r() * 46)); // up to 2^19
        break;
      case "asin":
      case "acos":
        out.push(r() * 2 - 1);
        out.push(sign() * (1 - 2 ** (-r() * 53)));
        break;
      case "atan":
        out.push((r() - 0.5) * 4);
        out.push(sign() * 2 ** (-27 + r() * 126));
        break;
    }
  }
  return out.filter((x) => Math.abs(x) >= 2 ** -27);
}

/** Hard arguments: results near a boundary, arguments near k pi/2. */
function hardInputs(name: Name): number[] {
  const out = [...NEAR_BOUNDARY[name]];
  if (name === "sin" || name === "cos" || name === "tan")
    // next to k pi/2, where x - q pi/2 loses up to ~50 leading bits (the
    // fast path declines below 2^-30)
    for (let k = 1; k < 300000; k = Math.ceil(k * 1.7))
      for (const d of [-2, -1, 0, 1, 2]) out.push(nextUp((k * Math.PI) / 2, d));
  return out;
}

/** The arguments where the fast path answers a different double than the exact path. */
function wrongAnswers(name: Name, xs: number[]): string[] {
  const wrong: string[] = [];
  for (const x of xs) {
    const y = FAST[name](x);
    const want = exactDouble[name](x);
    if (!Number.isNaN(y) && !Object.is(y, want))
      wrong.push(`${name}(${x}) = ${want}, fast ${y}`);
    if (!Object.is(WHOLE[name](x), want)) wrong.push(`${name}(${x}) whole`);
  }
  return wrong;
}

const N = 4000;

describe("the fast paths of the correctly rounded trig functions", () => {
  for (const name of Object.keys(FAST) as Name[]) {
    it(`${name}: answers as the exact path on hard arguments`, () => {
      const xs = hardInputs(name);
      expect(wrongAnswers(name, xs)).toEqual([]);
      // most near-boundary ones are within the fast path's reach (it
      // declines within about 2^-24 ulp of a boundary)
      const answered = NEAR_BOUNDARY[name].filter(
        (x) => !Number.isNaN(FAST[name](x)),
      );
      expect(answered.length).toBeGreaterThanOrEqual(
        NEAR_BOUNDARY[name].length / 2,
      );
    });

    it(`${name}: answers as the exact path on random arguments, declining only outside its range`, () => {
      const xs = randomInputs(name, N);
      expect(wrongAnswers(name, xs)).toEqual([]);
      // outside |x| < 2^19 (sin, cos, tan), 1 (asin, acos) or 2^100 (atan)
      // it declines; inside, only when the result is within ~2^-24 ulp of a
      // boundary or sin, cos, tan's reduced argument is below 2^-30, which
      // these arguments do not meet
      const declined = xs.filter((x) => Number.isNaN(FAST[name](x))).length;
      const outOfRange = xs.filter((x) =>
        name === "atan"
          ? Math.abs(x) >= 2 ** 100
          : name === "asin" || name === "acos"
            ? Math.abs(x) >= 1
            : Math.abs(x) >= 2 ** 19,
      ).length;
      expect(declined).toBe(outOfRange);
    });
  }

  it("declines outside its range and for special values", () => {
    for (const f of [fast.sinFast, fast.cosFast, fast.tanFast])
      for (const x of [2 ** 19, -(2 ** 30), 1e300, Infinity, NaN])
        expect(f(x)).toBeNaN();
    for (const f of [fast.asinFast, fast.acosFast])
      for (const x of [1, -1, 1.5, NaN]) expect(f(x)).toBeNaN();
    for (const x of [2 ** 100, -Infinity, NaN])
      expect(fast.atanFast(x)).toBeNaN();
  });
});
