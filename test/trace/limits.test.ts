// Long runs: traces stay within bounds (-m, --trace-window, the HTML
// formats' default limit) and say so; JSON streams a long run to the end.
import { describe, expect, it } from "vitest";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { runStgSource } from "../../src/ministg/run-stg.js";
import { readFileSync } from "node:fs";
import { TraceRecorder } from "../../src/trace/recorder.js";
import type { TraceSink, TraceSummary } from "../../src/trace/sink.js";
import type { StepRecord } from "../../src/trace/record.js";
import { COUNT, FAC, hs2stg, readTrace, tempDir } from "./support.js";

describe("trace limits", () => {
  it("--trace-window N keeps the last N states, with a notice", () => {
    const file = join(tempDir(), "w.jsonl");
    const r = hs2stg([
      "run",
      FAC,
      "--trace-json",
      file,
      "--trace-window",
      "10",
    ]);
    expect(r.code).toBe(0);
    const t = readTrace(file);
    const steps = t.end.steps;
    expect(t.states.map((s) => s.step)).toEqual(
      Array.from({ length: 10 }, (_, i) => steps - 9 + i),
    );
    // The last kept state is the final one: the stack is empty again.
    expect(t.states[9]!.stack).toEqual([]);
    expect(t.end).toMatchObject({ traced: { bounded: "window", count: 10 } });
    expect(r.stderr).toContain("--trace-window 10");
    expect(r.stderr).toContain(`the run took ${steps} steps`);
  });

  it("a format's limit stops recording and says how to bound the run", () => {
    const got: number[] = [];
    let summary: TraceSummary | undefined;
    const sink: TraceSink = {
      limit: 3,
      begin: () => {},
      step: (rec: StepRecord) => void got.push(rec.step),
      end: (s) => void (summary = s),
    };
    const notices: string[] = [];
    const observer = new TraceRecorder(
      { program: "fac.stg", style: "PE", gc: true, callStack: false },
      [sink],
      { progressEvery: 0, notice: (l) => void notices.push(l) },
    );
    const r = runStgSource(readFileSync(FAC, "utf8"), {
      file: FAC,
      style: "PE",
      prelude: true,
      annotate: false,
      callStack: false,
      observer,
    });
    expect(r.stdout).toBe("(I 6)\n");
    expect(got).toEqual([0, 1, 2]);
    expect(summary).toMatchObject({
      bounded: "limit",
      recorded: 3,
      first: 0,
      last: 2,
    });
    expect(notices.join("\n")).toMatch(
      /holds only steps 0-2 .*-m N.*--trace-window N/,
    );
  });

  it("streams a 200k-step run to JSON with progress on stderr", async () => {
    const file = join(tempDir(), "long.jsonl");
    const r = hs2stg(["run", COUNT, "--trace-json", file, "-m", "200000"]);
    expect(r.code).toBe(2); // stopped by -m
    expect(r.stderr).toContain("trace: 100,000 steps");
    expect(r.stderr).toContain("trace: 200,000 steps");
    let lines = 0;
    let last = "";
    let prevStep = -1;
    let ordered = true;
    for await (const l of createInterface({ input: createReadStream(file) })) {
      lines++;
      last = l;
      const m = /^\{"type":"step","step":(\d+)/.exec(l);
      if (m !== null) {
        if (Number(m[1]) !== prevStep + 1) ordered = false;
        prevStep = Number(m[1]);
      }
    }
    expect(ordered).toBe(true);
    expect(prevStep).toBe(200000);
    expect(lines).toBe(1 + 200001 + 1);
    expect(JSON.parse(last)).toMatchObject({
      type: "end",
      outcome: { kind: "stepLimit", steps: 200000 },
    });
  }, 60_000);
});
