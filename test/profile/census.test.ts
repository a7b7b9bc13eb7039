// The census hook and the profiler without a browser: on a small miniSTG
// program that keeps a list alive, both machines (the fast engine and the
// reference machine) give the same censuses at the same steps, objects are
// charged to the sites that allocated them, and the retainer is the
// top-level binding holding the list.
import { describe, expect, it } from "vitest";
import {
  loadBindings,
  parseStgFile,
  runCompiled,
} from "../../src/ministg/run-stg.js";
import { linkWithPrelude } from "../../src/ministg/prelude.js";
import type { Engine, EvalStyle } from "../../src/ministg/run-api.js";
import { HeapProfiler } from "../../src/profile/profiler.js";

const SRC = `
nil = CON(Nil);
build = FUN(n -> case n of {
  0 -> nil;
  k -> case sub# k 1 of {
    k1 -> let { x = CON(I k); rest = THUNK(build k1) } in
          let { c = CON(Cons x rest) } in c } });
total = FUN(l acc -> case l of {
  Nil -> acc;
  Cons h t -> case h of { I v -> case plus# acc v of { a -> total t a } } });
xs = THUNK(build 200);
main = THUNK(case total xs 0 of { s -> case total xs s of {
  r -> let { res = CON(I r) } in res } });
`;

function profile(engine: Engine, style: EvalStyle) {
  const prog = loadBindings(
    linkWithPrelude(parseStgFile(SRC, "keep.stg"), "keep.stg", false),
    { annotate: false },
  );
  const p = new HeapProfiler();
  const r = runCompiled(prog, {
    style,
    gc: true,
    callStack: false,
    annotate: false,
    engine,
    census: p,
  });
  return { outcome: r.outcome, steps: r.stats.steps, profile: p.result() };
}

describe("heap censuses", () => {
  for (const style of ["PE", "EA"] as const)
    it(`agree between the fast engine and the reference machine (${style})`, () => {
      const fast = profile("fast", style);
      const ref = profile("reference", style);
      expect(fast.outcome).toEqual({ kind: "value", text: "(I 40200)" });
      expect(ref.outcome).toEqual(fast.outcome);
      expect(fast.profile.steps).toEqual(ref.profile.steps);
      expect(fast.profile.objects).toEqual(ref.profile.objects);
      expect(fast.profile.words).toEqual(ref.profile.words);
      expect(fast.profile.views.site).toEqual(ref.profile.views.site);
      expect(fast.profile.steps.at(-1)).toBe(fast.steps);
    });

  it("charges objects to their allocation sites and constructors", () => {
    const { profile: p } = profile("fast", "PE");
    const peak = p.objects.indexOf(Math.max(...p.objects));
    const at = (view: "site" | "con" | "kind" | "function", name: string) =>
      p.views[view].find((b) => b.name === name)?.objects[peak] ?? 0;
    // The whole list is live between the two traversals: 200 boxes and 200
    // cells. An update copies the value into the thunk, so each tail thunk
    // now is the next cell (charged where that cell was built), and the
    // first cell lives in the static xs, not counted.
    expect(at("site", "build/c")).toBe(199);
    expect(at("site", "build/rest")).toBe(0);
    expect(at("site", "build/x")).toBe(200);
    // (and at the very end, main's result box)
    expect(at("con", "I")).toBe(200 + at("site", "main/res"));
    expect(at("con", "Cons")).toBe(199);
    expect(at("function", "build")).toBe(399);
    // A Cons cell is 3 words, a box 2.
    expect(p.views.site.find((b) => b.name === "build/x")!.words[peak]).toBe(
      400,
    );
  });

  it("counts what a blocked thread's stack keeps alive", () => {
    // The forked thread builds a list, walks it and blocks for ever in
    // takeMVar with the list in its case continuation; main runs on.
    const src = `${SRC}
worker = FUN(m s -> case build 300 of { l -> case total l 0 of {
  t -> case mvarTake# m of { r -> case total l t of { u -> threadFinish# 0 } } } });
main2 = THUNK(case mvarNew# 0 of { m ->
  let { w = FUN(s -> worker m s) } in
  case threadFork# w of { t -> case threadYield# 0 of { y ->
  case build 50 of { l -> case total l 0 of { r -> let { res = CON(I r) } in res } } } } });
`
      .replace("main = THUNK", "unused = THUNK")
      .replace("main2 =", "main =");
    for (const engine of ["fast", "reference"] as const) {
      const prog = loadBindings(
        linkWithPrelude(parseStgFile(src, "blocked.stg"), "blocked.stg", false),
        { annotate: false },
      );
      const p = new HeapProfiler();
      const r = runCompiled(prog, {
        style: "PE",
        gc: true,
        callStack: false,
        annotate: false,
        engine,
        census: p,
      });
      expect(r.outcome).toEqual({ kind: "value", text: "(I 1275)" });
      const prof = p.result();
      const last = prof.steps.length - 1;
      const boxes = prof.views.site.find((b) => b.name === "build/x");
      // The worker's 300 boxes (main's list is garbage by the end).
      expect(boxes?.objects[last]).toBe(300);
    }
  });

  it("names the top-level binding that keeps the list alive", () => {
    const r = profile("fast", "PE").profile.retainers!;
    expect(r.group).toMatch(/^build\//);
    expect(r.rows[0]!.label).toBe("top-level xs");
    expect(r.rows[0]!.objects).toBe(r.objects);
  });
});
