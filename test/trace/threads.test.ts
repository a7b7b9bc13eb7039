// Threads in traces: the JSON lines name the running thread and carry each
// suspended thread's code and stack (docs/trace-json.md), checked on a
// forkIO program against the trace itself: a thread's stack while it waits
// is the stack it had when it last ran, and the stack it resumes with.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { hs2stg, readTrace, tempDir, type State } from "./support.js";
import { HAVE_GHC } from "../support/ghc.js";

const HANDOFF = join(
  import.meta.dirname,
  "..",
  "programs",
  "concurrent",
  "mvar-handoff.hs",
);

describe.skipIf(!HAVE_GHC)("threads in the JSON trace", () => {
  const file = join(tempDir(), "handoff.jsonl");
  const r = hs2stg(["run", HANDOFF, "--trace-json", file]);
  const t = readTrace(file);
  const states = t.states;
  const texts = (s: State["stack"]) => s.map((f) => f.text);

  it("names the running thread and lists the others from the first fork on", () => {
    expect(r.code).toBe(0);
    expect(states[0]!.thread).toBeUndefined();
    const forked = states.findIndex((s) => s.thread !== undefined);
    expect(forked).toBeGreaterThan(0);
    const s = states[forked]!;
    expect(s.thread).toBe(1);
    expect(s.threads).toEqual([
      {
        id: 2,
        status: "not started",
        code: expect.stringMatching(/^\$\d+ 0$/),
        stack: [],
      },
    ]);
    // Lines carry the list only when it changes.
    const carrying = t.lines.filter((l) => "threads" in l).length;
    expect(carrying).toBeGreaterThan(2);
    expect(carrying).toBeLessThan(states.length / 10);
  });

  it("a switch suspends the running thread with the stack it had", () => {
    let switches = 0;
    for (let i = 1; i < states.length; i++) {
      const s = states[i]!;
      if (s.rule !== "SWITCH") continue;
      const before = states[i - 1]!;
      const from = before.thread ?? 1;
      const left = s.threads?.find((x) => x.id === from);
      if (left === undefined) continue; // it ended
      switches++;
      expect(s.thread).not.toBe(from);
      expect(texts(left.stack)).toEqual(texts(before.stack));
      expect(left.status).toMatch(
        /^(runnable|blocked on an MVar|sleeping \(threadDelay\))$/,
      );
    }
    expect(switches).toBeGreaterThan(5);
  });

  it("a thread resumes with the stack it waited with", () => {
    let resumed = 0;
    for (let i = 1; i < states.length; i++) {
      const s = states[i]!;
      if (s.rule !== "SWITCH") continue;
      const waiting = states[i - 1]!.threads?.find((x) => x.id === s.thread);
      if (waiting === undefined || waiting.status === "not started") continue;
      resumed++;
      expect(texts(s.stack)).toEqual(texts(waiting.stack));
      expect(s.threads?.some((x) => x.id === s.thread)).toBe(false);
    }
    expect(resumed).toBeGreaterThan(5);
  });
});
