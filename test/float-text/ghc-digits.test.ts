// floatToDigits, show and Numeric's formats of our float-text functions
// against GHC's own, on a fixed pseudo-random sample of Doubles and Floats
// (all magnitudes, denormals, powers of two, short decimals, ties).
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { HAVE_GHC } from "../support/ghc.js";
import {
  DOUBLE,
  FLOAT,
  floatToDigits,
  formatRealFloat,
  type BinaryFormat,
} from "../../src/ministg/primops/float-text.js";
import { compileNative, runBinary } from "../base-lists/harness.js";

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
