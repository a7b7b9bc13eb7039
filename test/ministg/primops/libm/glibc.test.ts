// Our math functions against glibc 2.36 as a GHC-compiled program calls it:
// bit-for-bit agreement on generated inputs per function. The sample size
// is HS2STG_LIBM_N per function (default small, for a fast suite); the
// table printed compares JavaScript's Math.*, our ports and the native
// addon (the C library itself: no mismatch at all).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { HAVE_GHC } from "../../../support/ghc.js";
import { askGlibc } from "./glibc-oracle.js";
import {
  DOUBLE_FUNCTIONS,
  FLOAT_FUNCTIONS,
  fromHex,
  hexOf,
  inputsFor,
  powInputs,
  type Precision,
} from "./inputs.js";
import {
  libm1,
  libm2,
  mathJs1,
  mathJs2,
  allowedMismatch,
  native1,
  native2,
} from "./impls.js";
import {
  addonFile,
  nativeLibm,
} from "../../../../src/ministg/primops/libm/native.js";

const N = Number(process.env.HS2STG_LIBM_N ?? 150);

interface Row {
  name: string;
  p: Precision;
  args: number[][];
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const name of [...DOUBLE_FUNCTIONS, ...FLOAT_FUNCTIONS]) {
    const p: Precision = name.endsWith("f") ? "float" : "double";
    out.push({ name, p, args: inputsFor(name, N).map((x) => [x]) });
  }
  out.push({ name: "pow", p: "double", args: powInputs("double", N) });
  out.push({ name: "powf", p: "float", args: powInputs("float", N) });
  return out;
}

const same = (a: number, b: number): boolean =>
  Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

const HAVE_CC = spawnSync("cc", ["--version"]).status === 0;

describe("the native libm addon", () => {
  // npm install builds it (scripts/build-native.mjs) wherever there is a C
  // compiler; without one the ports serve and this has nothing to check.
  it.skipIf(!HAVE_CC || process.env.HS2STG_NATIVE === "0")(
    "is built by npm install and loads",
    () => {
      expect(addonFile()).not.toBeNull();
      expect(nativeLibm()).not.toBeNull();
    },
  );
});

describe.skipIf(!HAVE_GHC)("math functions match glibc 2.36", () => {
  const table = rows();
  const lines = table.flatMap((r) =>
    r.args.map((a) => [r.name, ...a.map((x) => hexOf(x, r.p))].join(" ")),
  );
  let answers: string[] = [];
  it("the GHC-compiled oracle answers every input", () => {
    answers = askGlibc(lines);
    expect(answers.length).toBe(lines.length);
  }, 120_000);

  it("mismatch rates per function stay within the measured bounds", () => {
    let i = 0;
    const report: string[] = [];
    const bad: string[] = [];
    for (const r of table) {
      let js = 0;
      let ours = 0;
      let nat = 0;
      const examples: string[] = [];
      const n1 = native1(r.name);
      const n2 = native2(r.name);
      for (const a of r.args) {
        const want = fromHex(answers[i++], r.p);
        const j =
          a.length === 1 ? mathJs1(r.name, a[0]) : mathJs2(r.name, a[0], a[1]);
        const o =
          a.length === 1 ? libm1(r.name, a[0]) : libm2(r.name, a[0], a[1]);
        if (!same(j, want)) js++;
        if (!same(o, want)) {
          ours++;
          if (examples.length < 3)
            examples.push(`${r.name}(${a.join(", ")}) = ${want}, ours ${o}`);
        }
        if (n1 === null || n2 === null) continue;
        const c = a.length === 1 ? n1(a[0]) : n2(a[0], a[1]);
        if (!same(c, want)) {
          nat++;
          bad.push(`${r.name}(${a.join(", ")}) = ${want}, native ${c}`);
        }
      }
      const n = r.args.length;
      const pct = (k: number) => ((100 * k) / n).toFixed(2).padStart(6) + "%";
      const natCol = n1 === null ? "" : `  native ${pct(nat)}`;
      report.push(
        `${r.name.padEnd(7)} n=${n}  Math.* ${pct(js)}  ours ${pct(ours)}${natCol}`,
      );
      if (ours / n > allowedMismatch(r.name)) bad.push(...examples);
    }
    console.log(report.join("\n"));
    expect(bad).toEqual([]);
  });
});
