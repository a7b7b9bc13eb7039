// --trace-json: the JSON lines trace of a small program whose run is easy
// to reason about (fac 3), read back with an independent delta replayer.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { FAC, hs2stg, readTrace, tempDir } from "./support.js";

const dir = tempDir();

function trace(args: string[]) {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.jsonl`);
  const r = hs2stg(["run", FAC, "--trace-json", file, ...args]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe("(I 6)\n");
  return readTrace(file);
}

describe("--trace-json", () => {
  const t = trace([]);

  it("starts with a header and ends with the outcome", () => {
    expect(t.header).toMatchObject({
      type: "header",
      format: "hs2stg-trace",
      version: 1,
      program: FAC,
      style: "PE",
      gc: true,
      translated: false,
    });
    expect(t.end).toMatchObject({
      type: "end",
      outcome: { kind: "value", text: "(I 6)" },
    });
  });

  it("has one line per state, step 0 to the last step", () => {
    const steps = t.end.steps;
    expect(t.states.map((s) => s.step)).toEqual(
      Array.from({ length: steps + 1 }, (_, i) => i),
    );
  });

  it("records the rules fac 3 needs", () => {
    const count = (r: string) => t.states.filter((s) => s.rule === r).length;
    // m and res allocated for k = 3, 2, 1; sub# and mult# for each of them.
    expect(count("LET")).toBe(6);
    expect(count("PRIMOP")).toBe(6);
    // Only main is a thunk: entered once, updated once; fac called for 3, 2, 1, 0.
    expect(count("THUNK")).toBe(1);
    expect(count("UPDATE")).toBe(1);
    expect(count("KNOWNCALL")).toBe(4);
    const rules = t.end.stats.rules;
    expect(rules.LET).toBe(6);
  });

  it("rebuilds the states: initial state, thunk entry, final value", () => {
    const [s0, s1] = t.states;
    expect(s0!.rule).toBeNull();
    expect(s0!.code).toBe("main");
    expect(s0!.stack).toEqual([]);
    expect(s1!.rule).toBe("THUNK");
    expect(s1!.stack.map((f) => f.text)).toEqual(["upd * main"]);
    expect(s1!.heap.get("main")!.kind).toBe("BLACKHOLE");
    const last = t.states[t.states.length - 1]!;
    expect(last.stack).toEqual([]);
    expect([...last.heap.values()].map((o) => o.text)).toContain("CON(I 6)");
  });

  it("garbage-collects the heap view unless --nogc", () => {
    const globals = ["fac", "main", "three", "one"];
    // `three` is dead once fac has taken it apart.
    expect(t.states.some((s) => !s.heap.has("three"))).toBe(true);
    const all = trace(["--nogc"]);
    expect(all.header).toMatchObject({ gc: false });
    for (const s of all.states)
      for (const g of globals) expect(s.heap.has(g)).toBe(true);
  });

  it("-c records the call stack (with -a annotations)", () => {
    const c = trace(["-a", "-c"]);
    const depths = c.states.map(
      (s) => s.callStack!.filter((n) => n === "fac").length,
    );
    // fac is entered for 3, 2, 1 and 0.
    expect(Math.max(...depths)).toBe(4);
  });

  it("eval/apply traces say so", () => {
    const ea = trace(["-s", "EA"]);
    expect(ea.header).toMatchObject({ style: "EA" });
    // push/enter-only rules never occur under eval/apply.
    const peOnly = ["PUSH", "FENTER", "PAP1", "PENTER"];
    expect(ea.states.filter((s) => peOnly.includes(s.rule ?? ""))).toEqual([]);
    expect(ea.end).toMatchObject({ outcome: { text: "(I 6)" } });
  });
});
