// Allocation sites of objects no let allocates (src/ministg/reference):
// partial applications built by PAP1/PAP2 and objects built by primops.
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../src/ministg/run-stg.js";
import { TraceRecorder } from "../../src/trace/recorder.js";
import type { StepRecord } from "../../src/trace/record.js";
import type { TraceSink } from "../../src/trace/sink.js";
import { siteName } from "../../src/trace/haskell-names.js";

// `mul n` is a partial application (PAP1 under push/enter, PAP2 under
// eval/apply); quotRemInt# returns an unboxed pair.
const SRC = `
main = THUNK(go three);
three = CON(I 3);
mul = FUN(a b -> case a of { I x -> case b of { I y -> case mult# x y of { z -> let { r = CON(I z) } in r }}});
go = FUN(n -> let { f = THUNK(mul n) } in case n of { I k -> case quotRemInt# k 2 of { Z2H q r -> f n }});
`;

function sites(
  style: "PE" | "EA",
): Map<string, { site?: string; text: string }> {
  const recs: StepRecord[] = [];
  const sink: TraceSink = {
    limit: Infinity,
    begin: () => {},
    step: (r) => void recs.push(r),
    end: () => {},
  };
  const observer = new TraceRecorder(
    { program: "sites.stg", style, gc: true, callStack: false },
    [sink],
    { progressEvery: 0, notice: () => {} },
  );
  runStgSource(SRC, {
    file: "sites.stg",
    style,
    prelude: true,
    annotate: false,
    callStack: false,
    observer,
  });
  const out = new Map<string, { site?: string; text: string }>();
  for (const r of recs)
    for (const o of r.heap)
      if (o.id.startsWith("$") && !out.has(o.id)) out.set(o.id, o);
  return out;
}

describe("allocation sites", () => {
  for (const style of ["PE", "EA"] as const)
    it(`gives every allocated object a site (${style})`, () => {
      const objs = [...sites(style).values()];
      expect(objs.filter((o) => o.site === undefined)).toEqual([]);
      const pap = objs.find((o) => o.text.startsWith("PAP("))!;
      // The thunk f's code made it: owner go/f, function mul.
      expect(pap.site).toBe("go/f/PAP of mul");
      const pair = objs.find((o) => o.text.startsWith("CON(Z2H"))!;
      expect(pair.site).toBe("go/quotRemInt#");
      expect(objs.some((o) => o.site === "mul/r")).toBe(true);
    });

  it("--stats counts them beside the let sites (reference machine)", () => {
    const r = runStgSource(SRC, {
      file: "sites.stg",
      style: "EA",
      prelude: true,
      annotate: false,
      callStack: false,
      sampleLiveHeap: true,
    });
    expect(r.stats.allocationSites).toEqual(
      expect.arrayContaining([
        { site: "go/f/PAP of mul", kind: "PAP", count: 1 },
        { site: "go/quotRemInt#", kind: "CON", count: 1 },
        { site: "mul/r", kind: "CON", count: 1 },
        { site: "go/f", kind: "THUNK", count: 1 },
      ]),
    );
  });

  it("shows every encoded name of a site as a Haskell name", () => {
    expect(siteName("go_Main/PAP of f_Main")).toBe("Main.go/PAP of Main.f");
    expect(siteName("go_Main/newMutVar#")).toBe("Main.go/newMutVar#");
    expect(siteName("go_Main/k/PAP of sat_s1x2")).toBe(
      "Main.go/k/PAP of sat_s1x2",
    );
  });
});
