// What each step says it did (src/trace/step-story.ts), trace scoping
// (--trace-from / --trace-until), output on the step that wrote it and the
// outcome in Haskell terms.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runStgSource } from "../../src/ministg/run-stg.js";
import { TraceRecorder, type TraceUntil } from "../../src/trace/recorder.js";
import type { StepRecord } from "../../src/trace/record.js";
import type { TraceSink, TraceSummary } from "../../src/trace/sink.js";
import { stepStory } from "../../src/trace/step-story.js";
import { outcomeText } from "../../src/trace/outcome-text.js";
import { FAC, hs2stg, tempDir } from "./support.js";

/** Runs fac.stg (or `src`) under a recorder; returns what the sink got. */
function record(
  opts: { from?: string; until?: TraceUntil } = {},
  src = readFileSync(FAC, "utf8"),
) {
  const recs: StepRecord[] = [];
  let summary: TraceSummary | undefined;
  const sink: TraceSink = {
    limit: Infinity,
    begin: () => {},
    step: (r) => void recs.push(r),
    end: (s) => void (summary = s),
  };
  const notices: string[] = [];
  const observer = new TraceRecorder(
    { program: "fac.stg", style: "PE", gc: true, callStack: false },
    [sink],
    { progressEvery: 0, notice: (l) => void notices.push(l), ...opts },
  );
  const r = runStgSource(src, {
    file: FAC,
    style: "PE",
    prelude: true,
    annotate: false,
    callStack: false,
    observer,
  });
  return { r, recs, summary: summary!, notices };
}

describe("step stories", () => {
  it("names what a step allocated, entered, blackholed, updated, pushed and popped", () => {
    const { recs } = record();
    const text = (r: StepRecord) => (r.story?.lines ?? []).join("\n");
    // Step 1 enters main's thunk.
    expect(recs[1]!.rule).toBe("THUNK");
    expect(text(recs[1]!)).toBe(
      "entered main\nmain is now a BLACKHOLE (under evaluation)\npushed an update frame for main",
    );
    expect(recs[1]!.story!.touched).toEqual({
      allocated: [],
      updated: [],
      blackholed: ["main"],
      entered: "main",
    });
    const let1 = recs.find((r) => r.rule === "LET")!;
    expect(let1.story!.touched.allocated).toHaveLength(1);
    const id = let1.story!.touched.allocated[0]!;
    expect(text(let1)).toContain(`allocated ${id} = CON(I 2)`);
    // The allocation site is the let binding inside fac.
    expect(let1.heap.find((o) => o.id === id)!.site).toBe("fac/m");
    const upd = recs.find((r) => r.rule === "UPDATE")!;
    expect(text(upd)).toMatch(
      /^updated main with \$\d+ = CON\(I 6\)\npopped an update frame for main$/,
    );
    expect(upd.story!.touched.updated).toEqual(["main"]);
    const call = recs.find(
      (r) => r.rule === "KNOWNCALL" || r.rule === "FENTER",
    )!;
    expect(text(call)).toContain("entered fac");
    expect(recs[0]!.story).toBeUndefined();
  });

  it("compares two states by itself", () => {
    const obj = (
      id: string,
      kind: "THUNK" | "CON" | "BLACKHOLE",
      text: string,
    ) => ({ id, kind, text, refs: [] }) as const;
    const s = stepStory(
      {
        rule: null,
        code: "f_2 a b",
        stack: [],
        heap: [obj("$3", "THUNK", "THUNK(g x)")],
      },
      {
        rule: "KNOWNCALL",
        code: "case x of {}",
        stack: [{ kind: "case", text: "case * of {}", refs: [] }],
        heap: [
          obj("$3", "BLACKHOLE", "BLACKHOLE"),
          obj("$4", "CON", "CON(I 1)"),
        ],
      },
      4,
      (t) => t.replace("f", "Main.f"),
    );
    expect(s.lines).toEqual([
      "entered Main.f",
      "$3 is now a BLACKHOLE (under evaluation)",
      "allocated $4 = CON(I 1)",
      "pushed a case continuation",
    ]);
  });
});

describe("trace scoping", () => {
  it("--trace-from NAME starts at the function's first entry", () => {
    const all = record().recs;
    const { recs, summary, notices } = record({ from: "fac" });
    const firstFac = all.find((r) => r.code.startsWith("case "))!;
    expect(recs[0]!.step).toBe(firstFac.step);
    expect(recs[recs.length - 1]!.step).toBe(all[all.length - 1]!.step);
    expect(summary.bounded).toBe("scope");
    expect(notices.join("\n")).toContain("(from the first entry of fac)");
  });

  it("--trace-until STEP and --trace-until NAME stop recording", () => {
    expect(
      record({ until: { kind: "step", step: 5 } }).recs.map((r) => r.step),
    ).toEqual([0, 1, 2, 3, 4, 5]);
    const { recs, notices } = record({ until: { kind: "name", name: "fac" } });
    expect(recs[recs.length - 1]!.code.startsWith("case ")).toBe(true);
    expect(notices.join("\n")).toContain("until the first entry of fac");
  });

  it("a function never entered leaves the final state and says so", () => {
    const { recs, notices } = record({ from: "nosuch" });
    expect(recs).toHaveLength(1);
    expect(notices.join("\n")).toContain("nosuch was never entered");
  });

  it("the CLI takes --trace-from and --trace-until", () => {
    const file = join(tempDir(), "s.jsonl");
    const r = hs2stg([
      "run",
      FAC,
      "--trace-json",
      file,
      "--trace-from",
      "fac",
      "--trace-until",
      "20",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /holds steps \d+-20 \(from the first entry of fac\) \(until step 20\)/,
    );
  });
});

describe("output and outcome", () => {
  it("program output is on the step that wrote it", () => {
    const { recs } = record(
      {},
      `main = THUNK(case writeStdout# "hi" of { x -> case writeStdout# 10 of { y -> one }});\none = CON(I 1);`,
    );
    const wrote = recs.filter((r) => r.output !== undefined);
    expect(
      wrote.map((r) => r.output!.map((o) => o.text).join("")).join(""),
    ).toBe("hi\n");
    for (const r of wrote) expect(r.rule).toBe("PRIMOP");
  });

  it("says how a translated program ended in Haskell terms", () => {
    expect(outcomeText({ kind: "value", text: "(Z1H Unit)" }, true)).toBe(
      "main returned (); exit code 0",
    );
    expect(outcomeText({ kind: "exit", exitCode: 3 }, true)).toBe(
      "the program exited (exitWith); exit code 3",
    );
    expect(outcomeText({ kind: "value", text: "(I 6)" })).toBe("value (I 6)");
  });
});

describe("-t pages", () => {
  it("say what each step did", () => {
    const dir = join(tempDir(), "t");
    const r = hs2stg(["run", FAC, "-t", "--tracedir", dir]);
    expect(r.code).toBe(0);
    const page1 = readFileSync(join(dir, "step1.html"), "utf8");
    expect(page1).toContain(
      '<ul id="story"><li>entered main</li><li>main is now a BLACKHOLE (under evaluation)</li><li>pushed an update frame for main</li></ul>',
    );
    expect(readFileSync(join(dir, "step0.html"), "utf8")).not.toContain(
      'id="story"',
    );
  });
});

describe("default caps", () => {
  it("--trace-until STEP lifts the HTML formats' cap as -m does", async () => {
    const { traceObserver } = await import("../../src/trace/index.js");
    const { DEFAULT_PAGE_LIMIT } =
      await import("../../src/trace/step-pages.js");
    const dir = join(tempDir(), "p");
    const capped = traceObserver({
      program: "x.stg",
      style: "PE",
      gc: true,
      callStack: false,
      traceDir: dir,
    }) as unknown as { sinks: { limit: number }[] };
    expect(capped.sinks[0]!.limit).toBe(DEFAULT_PAGE_LIMIT);
    const lifted = traceObserver({
      program: "x.stg",
      style: "PE",
      gc: true,
      callStack: false,
      traceDir: join(tempDir(), "q"),
      until: { kind: "step", step: 9000 },
    }) as unknown as { sinks: { limit: number }[] };
    expect(lifted.sinks[0]!.limit).toBe(Infinity);
  });
});

describe("the notice of a capped trace", () => {
  it("names the format and its default cap", () => {
    const sink: TraceSink = {
      limit: 3,
      name: "--trace-html",
      begin: () => {},
      step: () => {},
      end: () => {},
    };
    const notices: string[] = [];
    const observer = new TraceRecorder(
      { program: "fac.stg", style: "PE", gc: true, callStack: false },
      [sink],
      { progressEvery: 0, notice: (l) => void notices.push(l) },
    );
    runStgSource(readFileSync(FAC, "utf8"), {
      file: FAC,
      style: "PE",
      prelude: true,
      annotate: false,
      callStack: false,
      observer,
    });
    expect(notices.join("\n")).toContain(
      "holds only steps 0-2 (--trace-html records at most 3 states by default; use -m N",
    );
  });
});
