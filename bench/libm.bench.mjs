// The math functions of src/ministg/primops/libm (glibc-compatible) against
// JavaScript's Math.* and the C library's own through the native addon
// (libm/native.ts, when npm install built it): nanoseconds per call on a
// spread of arguments. sin,
// cos, tan, asin, acos, atan take a double-double fast path (a bigint one
// near rounding boundaries); the others are ports of glibc's double/float
// code.
import { join } from "node:path";

const xs = (lo, hi, n = 2000) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / n);

const CASES = [
  ["exp", xs(-700, 700)],
  ["log", xs(1e-3, 1e6)],
  ["sin", xs(-100, 100)],
  ["cos", xs(-100, 100)],
  ["tan", xs(-100, 100)],
  ["asin", xs(-1, 1)],
  ["acos", xs(-1, 1)],
  ["atan", xs(-50, 50)],
  ["sinh", xs(-30, 30)],
  ["cosh", xs(-30, 30)],
  ["tanh", xs(-30, 30)],
  ["asinh", xs(-1e3, 1e3)],
  ["acosh", xs(1, 1e3)],
  ["atanh", xs(-0.99, 0.99)],
  ["expf", xs(-80, 80).map(Math.fround)],
  ["logf", xs(1e-3, 1e6).map(Math.fround)],
  ["sinf", xs(-100, 100).map(Math.fround)],
  ["coshf", xs(-30, 30).map(Math.fround)],
  ["atanf", xs(-50, 50).map(Math.fround)],
];

function nsPerCall(f, args, g) {
  let sink = 0;
  // warm-up: the lazy tables are built and the code optimised here
  for (let r = 0; r < 3; r++) for (const x of args) sink += g(f, x);
  // the fastest of 5 rounds: the least disturbed by a loaded machine
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    for (const x of args) sink += g(f, x);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / args.length);
  }
  return Number.isNaN(sink) ? best : best; // keep sink alive
}

export default async function libmBench({ root, args, log }) {
  // `npm run bench -- libm` (or no filter) runs it; other filters skip it.
  const only = args.filter((a) => !a.startsWith("--"));
  if (only.length > 0 && !only.some((o) => "libm".includes(o))) return [];
  const libm = await import(join(root, "dist/ministg/primops/libm/index.js"));
  const { nativeLibm, addonFile } = await import(
    join(root, "dist/ministg/primops/libm/native.js")
  );
  const native = nativeLibm();
  const rows = [];
  const lines = [];
  const call1 = (f, x) => f(x);
  for (const [name, args] of CASES) {
    const js = name.endsWith("f") ? Math[name.slice(0, -1)] : Math[name];
    const jsf = name.endsWith("f") ? (x) => Math.fround(js(x)) : js;
    const ours = nsPerCall(libm[name], args, call1);
    const theirs = nsPerCall(jsf, args, call1);
    const c = native === null ? NaN : nsPerCall(native[name], args, call1);
    const cText = native === null ? "" : `   native ${c.toFixed(0)} ns/call`;
    lines.push(
      `${name.padEnd(6)} ours ${ours.toFixed(0).padStart(6)} ns/call   Math.* ${theirs.toFixed(0).padStart(4)} ns/call${cText}`,
    );
    rows.push({
      bench: `libm ${name}`,
      variant: "ours",
      wallMs: (ours * args.length) / 1e6,
      note: `${ours.toFixed(0)} ns/call (Math.* ${theirs.toFixed(0)}${native === null ? "" : `, native ${c.toFixed(0)}`})`,
    });
  }
  const pow = nsPerCall(libm.pow, xs(0.1, 10), (f, x) => f(x, 2.5));
  const powf = nsPerCall(libm.powf, xs(0.1, 10).map(Math.fround), (f, x) =>
    f(x, 2.5),
  );
  const cPow =
    native === null
      ? ""
      : `   native pow ${nsPerCall(native.pow, xs(0.1, 10), (f, x) => f(x, 2.5)).toFixed(0)} ns/call`;
  lines.push(
    `pow    ours ${pow.toFixed(0).padStart(6)} ns/call   powf ${powf.toFixed(0)} ns/call${cPow}`,
  );
  rows.push({
    bench: "libm pow",
    variant: "ours",
    wallMs: (pow * 2000) / 1e6,
    note: `${pow.toFixed(0)} ns/call`,
  });
  if (native !== null) {
    // N-API's ordinary call (a number in, a number out) for comparison with
    // the addon's slot convention.
    const { createRequire } = await import("node:module");
    const addon = createRequire(import.meta.url)(addonFile());
    const plain = nsPerCall(addon.sinPlain, xs(-100, 100), call1);
    lines.push(
      `sin through N-API's value conversions ${plain.toFixed(0)} ns/call`,
    );
  }
  log(lines.join("\n"));
  return rows;
}
