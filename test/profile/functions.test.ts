// The function profiler (--profile) on a program whose costs are known by
// construction, on both machines and in both styles.
import { describe, expect, it } from "vitest";
import {
  loadBindings,
  parseStgFile,
  runCompiled,
} from "../../src/ministg/run-stg.js";
import { linkWithPrelude } from "../../src/ministg/prelude.js";
import type { Engine, EvalStyle } from "../../src/ministg/run-api.js";
import { FunctionProfiler, START } from "../../src/profile/functions.js";
import {
  formatFunctionProfile,
  functionProfileJson,
} from "../../src/profile/function-report.js";

const N = 10;

// sumsq n 0 = sum of k*k for k = n..1. Steps, by the rules (docs/machine.md):
// - sq, per call: CASECON (x is a box), CASE PRIMOP RET CASEANY (mult#),
//   LET b, RET of b to sumsq's case frame = 7; one CON.
// - sumsq, per k > 0: CASEANY (the default k), LET bk, CASE, KNOWNCALL sq,
//   CASECON (I s), 4 for plus#, 4 for sub#, KNOWNCALL sumsq = 14; one CON.
//   For 0: CASECON, RET of acc = 2.
// - main: CASE, KNOWNCALL sumsq, CASEANY, LET res, UPDATE of main = 5; one CON.
// - the THUNK step entering main runs no code yet: (start), 1.
const SRC = `
sq = FUN(x -> case x of { I v -> case mult# v v of {
  r -> let { b = CON(I r) } in b } });
sumsq = FUN(n acc -> case n of {
  0 -> acc;
  k -> let { bk = CON(I k) } in
       case sq bk of { I s -> case plus# acc s of {
         a -> case sub# k 1 of { k1 -> sumsq k1 a } } } });
main = THUNK(case sumsq ${N} 0 of { t -> let { res = CON(I t) } in res });
`;

function profile(engine: Engine, style: EvalStyle) {
  const prog = loadBindings(
    linkWithPrelude(parseStgFile(SRC, "sumsq.stg"), "sumsq.stg", false),
    { annotate: false },
  );
  const p = new FunctionProfiler();
  const r = runCompiled(prog, {
    style,
    gc: true,
    callStack: false,
    annotate: false,
    engine,
    profile: p,
  });
  return { outcome: r.outcome, steps: r.stats.steps, profile: p.result() };
}

const cost = (p: ReturnType<typeof profile>["profile"], name: string) =>
  p.functions.find((f) => f.binding === name);

describe("the function profiler", () => {
  for (const engine of ["fast", "reference"] as const)
    for (const style of ["PE", "EA"] as const)
      it(`charges steps, entries and allocations by construction (${engine}, ${style})`, () => {
        const { outcome, steps, profile: p } = profile(engine, style);
        expect(outcome).toEqual({ kind: "value", text: "(I 385)" });
        expect(p.steps).toBe(steps);
        expect(steps).toBe(21 * N + 8);
        const sq = cost(p, "sq")!;
        expect(sq.entries).toBe(N);
        expect(sq.steps).toBe(7 * N);
        expect(sq.alloc).toEqual({
          FUN: 0,
          PAP: 0,
          CON: N,
          THUNK: 0,
          ERROR: 0,
        });
        const sumsq = cost(p, "sumsq")!;
        expect(sumsq.entries).toBe(N + 1);
        expect(sumsq.steps).toBe(14 * N + 2);
        expect(sumsq.alloc.CON).toBe(N);
        const main = cost(p, "main")!;
        expect(main.entries).toBe(1);
        expect(main.steps).toBe(5);
        expect(main.alloc.CON).toBe(1);
        expect(cost(p, START)!.steps).toBe(1);
        expect(p.functions.map((f) => f.binding)).toEqual([
          "sumsq",
          "sq",
          "main",
          START,
        ]);
      });

  it("is the same on both machines", () => {
    for (const style of ["PE", "EA"] as const)
      expect(profile("fast", style).profile).toEqual(
        profile("reference", style).profile,
      );
  });

  it("prints a table and JSON", () => {
    const { profile: p } = profile("fast", "PE");
    const table = formatFunctionProfile(p, (n) => n.toUpperCase(), 2);
    const lines = table.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^profile: 218 steps, 21 objects allocated, 4 functions/,
    );
    expect(lines[1]).toMatch(
      /^function\s+entries\s+steps\s+%steps\s+allocated\s+%alloc\s+thunks$/,
    );
    expect(lines[2]).toMatch(/^SUMSQ\s+11\s+142\s+65\.1%\s+10\s+47\.6%\s+0$/);
    expect(lines[3]).toMatch(/^SQ\s+10\s+70\s+32\.1%\s+10\s+47\.6%\s+0$/);
    expect(lines[4]).toBe("(2 more functions: 6 steps, 2.8%)");
    const json = JSON.parse(functionProfileJson(p, (n) => n.toUpperCase()));
    expect(json.steps).toBe(218);
    expect(json.functions[1]).toEqual({
      function: "SQ",
      binding: "sq",
      entries: 10,
      steps: 70,
      allocated: 10,
      alloc: { FUN: 0, PAP: 0, CON: 10, THUNK: 0, ERROR: 0 },
    });
  });
});
