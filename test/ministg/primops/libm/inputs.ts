// Deterministic test inputs for the math functions, per function, spread
// over the ranges where implementations differ: tiny, near 0 and 1,
// moderate, large, near overflow, negative, subnormal, halves, specials.

/** mulberry32: a small seeded generator of uint32s. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export type Precision = "double" | "float";

const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, 1e-310];

/** Draws magnitudes log-uniformly in [2^lo, 2^hi) with random mantissas. */
function logUniform(
  next: () => number,
  lo: number,
  hi: number,
  p: Precision,
): number {
  const e = lo + (next() % Math.max(1, hi - lo));
  const frac =
    p === "double"
      ? (next() * 2 ** 20 + (next() >>> 12)) / 2 ** 52
      : (next() >>> 9) / 2 ** 23;
  return (1 + frac) * 2 ** e;
}

interface Range {
  lo: number; // log2 of the smallest magnitude
  hi: number; // log2 of the largest magnitude
  signs: "pos" | "both";
  below?: number; // magnitudes must stay below this
  above?: number; // and above this
}

const DOUBLE_RANGES: Record<string, Range[]> = {
  exp: [{ lo: -30, hi: 10, signs: "both", below: 746 }],
  log: [
    { lo: -1074, hi: 1024, signs: "pos" },
    { lo: -1, hi: 1, signs: "pos" },
  ],
  sin: [
    { lo: -30, hi: 12, signs: "both" },
    { lo: 12, hi: 1024, signs: "both" },
  ],
  cos: [
    { lo: -30, hi: 12, signs: "both" },
    { lo: 12, hi: 1024, signs: "both" },
  ],
  tan: [
    { lo: -30, hi: 12, signs: "both" },
    { lo: 12, hi: 1024, signs: "both" },
  ],
  asin: [{ lo: -30, hi: 1, signs: "both", below: 1 }],
  acos: [{ lo: -30, hi: 1, signs: "both", below: 1 }],
  atan: [{ lo: -40, hi: 60, signs: "both" }],
  sinh: [{ lo: -30, hi: 10, signs: "both", below: 712 }],
  cosh: [{ lo: -30, hi: 10, signs: "both", below: 712 }],
  tanh: [{ lo: -30, hi: 5, signs: "both", below: 23 }],
  asinh: [{ lo: -30, hi: 1024, signs: "both" }],
  acosh: [{ lo: 0, hi: 1024, signs: "pos", above: 1 }],
  atanh: [{ lo: -30, hi: 0, signs: "both" }],
  log1p: [
    { lo: -30, hi: 0, signs: "both" },
    { lo: 0, hi: 1024, signs: "pos" },
  ],
  expm1: [{ lo: -30, hi: 10, signs: "both", below: 709 }],
};

const FLOAT_RANGES: Record<string, Range[]> = {
  expf: [{ lo: -20, hi: 7, signs: "both", below: 103 }],
  logf: [
    { lo: -149, hi: 128, signs: "pos" },
    { lo: -1, hi: 1, signs: "pos" },
  ],
  sinf: [
    { lo: -20, hi: 10, signs: "both" },
    { lo: 10, hi: 128, signs: "both" },
  ],
  cosf: [
    { lo: -20, hi: 10, signs: "both" },
    { lo: 10, hi: 128, signs: "both" },
  ],
  tanf: [
    { lo: -20, hi: 10, signs: "both" },
    { lo: 10, hi: 128, signs: "both" },
  ],
  asinf: [{ lo: -20, hi: 1, signs: "both", below: 1 }],
  acosf: [{ lo: -20, hi: 1, signs: "both", below: 1 }],
  atanf: [{ lo: -25, hi: 30, signs: "both" }],
  sinhf: [{ lo: -20, hi: 7, signs: "both", below: 90 }],
  coshf: [{ lo: -20, hi: 7, signs: "both", below: 90 }],
  tanhf: [{ lo: -20, hi: 4, signs: "both", below: 10 }],
  asinhf: [{ lo: -20, hi: 128, signs: "both" }],
  acoshf: [{ lo: 0, hi: 128, signs: "pos", above: 1 }],
  atanhf: [{ lo: -20, hi: 0, signs: "both" }],
  log1pf: [
    { lo: -20, hi: 0, signs: "both" },
    { lo: 0, hi: 128, signs: "pos" },
  ],
  expm1f: [{ lo: -20, hi: 7, signs: "both", below: 88 }],
};

export const DOUBLE_FUNCTIONS = Object.keys(DOUBLE_RANGES);
export const FLOAT_FUNCTIONS = Object.keys(FLOAT_RANGES);

function seedOf(name: string): number {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h;
}

/** n inputs for the named function (a DOUBLE_ or FLOAT_FUNCTIONS name). */
export function inputsFor(name: string, n: number): number[] {
  const p: Precision = name.endsWith("f") ? "float" : "double";
  const ranges = (p === "double" ? DOUBLE_RANGES : FLOAT_RANGES)[name];
  if (ranges === undefined) throw new Error(`no ranges for ${name}`);
  const next = rng(seedOf(name));
  const fit = p === "float" ? Math.fround : (x: number) => x;
  const out: number[] = SPECIALS.map(fit);
  while (out.length < n) {
    const r = ranges[out.length % ranges.length];
    let x = fit(logUniform(next, r.lo, r.hi, p));
    if (r.below !== undefined && x >= r.below) continue;
    if (r.above !== undefined && x <= r.above) continue;
    if (r.signs === "both" && next() % 2 === 1) x = -x;
    out.push(x);
  }
  return out.slice(0, n);
}

/** n (x, y) pairs for pow / powf. */
export function powInputs(p: Precision, n: number): [number, number][] {
  const next = rng(seedOf(p === "double" ? "pow" : "powf"));
  const fit = p === "float" ? Math.fround : (x: number) => x;
  const out: [number, number][] = [
    [2, 0.5],
    [-2, 3],
    [0, -1],
    [-0, -3],
    [Infinity, 0.5],
    [-Infinity, 3],
    [NaN, 0],
    [1, NaN],
    [-1, Infinity],
    [10, 22],
    [10, -5],
  ].map(([x, y]) => [fit(x), fit(y)]);
  while (out.length < n) {
    const k = out.length % 3;
    const x = fit(logUniform(next, p === "double" ? -20 : -10, 20, p));
    if (k === 0) {
      const y = fit(((next() / 2 ** 32) * 2 - 1) * 40);
      out.push([x, y]);
    } else if (k === 1) {
      const y = (next() % 40) - 20;
      out.push([next() % 2 === 1 ? -x : x, y]);
    } else {
      const y = fit(((next() / 2 ** 32) * 2 - 1) * 4);
      out.push([fit(1 + (next() / 2 ** 32 - 0.5) / 64), fit(y * 1000)]);
    }
  }
  return out;
}

const view = new DataView(new ArrayBuffer(8));
export function hexOf(x: number, p: Precision): string {
  if (p === "double") {
    view.setFloat64(0, x);
    return view.getBigUint64(0).toString(16).padStart(16, "0");
  }
  view.setFloat32(0, x);
  return view.getUint32(0).toString(16).padStart(8, "0");
}
export function fromHex(h: string, p: Precision): number {
  if (p === "double") {
    view.setBigUint64(0, BigInt("0x" + h));
    return view.getFloat64(0);
  }
  view.setUint32(0, parseInt(h, 16));
  return view.getFloat32(0);
}
