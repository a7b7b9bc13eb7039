// floatToDigits, show and Numeric's formats of our float-text functions
// against GHC's own, on a fixed pseudo-random sample of Doubles and Floats
// (all magnitudes, denormals, powers of two, short decimals, ties).
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { HAVE_GHC } from "../../../support/ghc.js";
import {
  DOUBLE,
  FLOAT,
  floatToDigits,
  decimalToBinary,
  formatRealFloat,
  type BinaryFormat,
} from "../../../../src/ministg/primops/float-text.js";
import {
  compileNative,
  runBinary,
} from "../../../preludes/base-lists/harness.js";

function sample(): string[] {
  const out: string[] = [];
  const view = new DataView(new ArrayBuffer(8));
  let seed = 20260101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 1500; i++) {
    view.setUint32(0, next() % 0x7ff00000);
    view.setUint32(4, (next() * 2) % 4294967296);
    out.push("d " + view.getFloat64(0).toPrecision(17));
    view.setUint32(0, next() % 0x7f800000);
    out.push("f " + view.getFloat32(0).toPrecision(17));
  }
  for (let e = -1074; e <= 1023; e += 7)
    out.push("d " + (2 ** e).toPrecision(17));
  for (let e = -149; e <= 127; e += 3)
    out.push("f " + (2 ** e).toPrecision(17));
  for (let i = 0; i < 100; i++) {
    out.push("d " + (i / 8).toPrecision(17), "d " + (i / 100).toPrecision(17));
    out.push("f " + Math.fround(i / 100).toPrecision(17));
  }
  out.push("d 1891152538946575872", "d 654750880381692.25", "f 84373984");
  return out;
}

function describeOurs(x: number, bin: BinaryFormat): string {
  const [ds, e] = floatToDigits(Math.abs(x), bin);
  const f = (fmt: "exponent" | "fixed" | "generic", p: number | null) =>
    formatRealFloat(x, fmt, p, false, bin);
  return [
    `([${ds.join(",")}],${e})`,
    f("generic", null),
    f("exponent", 3),
    f("fixed", 2),
    f("generic", 0),
    f("exponent", null),
  ].join(" ");
}

describe.skipIf(!HAVE_GHC)("float text against GHC", () => {
  it("floatToDigits, showFloat, showEFloat, showFFloat, showGFloat agree", () => {
    const file = fileURLToPath(
      new URL("./programs/Digits.hs", import.meta.url),
    );
    const lines = sample();
    const expected = runBinary(compileNative(file), {
      stdin: lines.join("\n") + "\n",
    }).stdout;
    const ours = lines
      .map((l) => {
        const [kind, v] = l.split(" ");
        const bin = kind === "d" ? DOUBLE : FLOAT;
        const x = kind === "d" ? Number(v) : Math.fround(Number(v));
        return describeOurs(x, bin) + "\n";
      })
      .join("");
    expect(ours).toBe(expected);
  }, 60_000);
});

/** Decimal literals: random mantissas of 1-30 digits and exponents, and the
 *  exact decimal expansions of values half-way between two Floats. */
function decimals(): string[] {
  let seed = 777;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const nd = 1 + rnd(30);
    let m = String(1 + rnd(9));
    for (let j = 1; j < nd; j++) m += String(rnd(10));
    const d1 = rnd(nd + 1) || 1;
    const mant = d1 >= nd ? m : m.slice(0, d1) + "." + m.slice(d1);
    out.push(rnd(4) === 0 ? mant : `${mant}e${rnd(700) - 350}`);
  }
  for (let i = 0; i < 150; i++) {
    const f = 2 ** 23 + rnd(2 ** 23);
    const ex = rnd(60) - 31; // (2f+1) * 2^ex is half-way between two Floats
    let num = BigInt(2 * f + 1);
    let den = 1n;
    if (ex >= 0) num <<= BigInt(ex);
    else den <<= BigInt(-ex);
    let k = 0;
    while ((num * 10n ** BigInt(k)) % den !== 0n) k++;
    out.push(`${(num * 10n ** BigInt(k)) / den}e-${k}`);
  }
  return out;
}

describe.skipIf(!HAVE_GHC)("decimal to Double/Float against GHC's read", () => {
  it("rounds every literal as GHC does", () => {
    const file = fileURLToPath(
      new URL("./programs/ReadDecimal.hs", import.meta.url),
    );
    const lines = decimals();
    const expected = runBinary(compileNative(file), {
      stdin: lines.join("\n") + "\n",
    }).stdout;
    const show = (x: number, bin: BinaryFormat) =>
      formatRealFloat(x, "generic", null, false, bin);
    const ours = lines
      .map((l) => {
        const [mant = "", ex = "0"] = l.split("e");
        const [ip = "", fp = ""] = mant.split(".");
        const m = BigInt(ip + fp);
        const e = BigInt(ex) - BigInt(fp.length);
        const d = decimalToBinary(m, e, DOUBLE);
        const f = decimalToBinary(m, e, FLOAT);
        return `${show(d, DOUBLE)} ${show(f, FLOAT)}\n`;
      })
      .join("");
    expect(ours).toBe(expected);
  }, 60_000);
});
