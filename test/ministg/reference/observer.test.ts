// The observer hook: one call per step with the rule and a view of the
// state, shown as ministg's traces show it (variables replaced by heap
// names). Expected states follow the rules by hand for `apply const true
// twentytwo` (see rules.test.ts for the rule sequences).
import { describe, expect, it } from "vitest";
import { run } from "../machine/helpers.js";
import type { MachineView, RuleName } from "../../../src/ministg/run-api.js";

interface Seen {
  rule: RuleName;
  step: number;
  code: string;
  stack: string[];
  heap: Map<string, string>;
}

function observe(src: string, style: "EA" | "PE", gc = true) {
  const seen: Seen[] = [];
  let start: string | undefined;
  let end: string | undefined;
  const snap = (rule: RuleName, v: MachineView): Seen => ({
    rule,
    step: v.step,
    code: v.code().text,
    stack: v.stack().map((f) => f.text),
    heap: new Map(v.heap().map((o) => [o.id, o.text])),
  });
  run(src, style, {
    gc,
    observer: {
      onStart: (v) => void (start = v.code().text),
      onStep: (r, v) => void seen.push(snap(r, v)),
      onEnd: (o) => void (end = o.kind),
    },
  });
  return { seen, start, end };
}

const apply =
  "twentytwo = CON(I 22);\nmain = THUNK(apply const true twentytwo);\n";

describe("machine views", () => {
  it("push/enter: code, stack and heap after each step", () => {
    const { seen, start, end } = observe(apply, "PE");
    expect(start).toBe("main");
    expect(end).toBe("value");
    expect(seen.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const [thunk, push, fenter] = seen;
    expect(thunk!.code).toBe("apply_2 const true twentytwo");
    expect(thunk!.stack).toEqual(["upd * main"]);
    expect(thunk!.heap.get("main")).toBe("BLACKHOLE");
    expect(thunk!.heap.get("twentytwo")).toBe("CON(I 22)");
    expect(push!.code).toBe("apply");
    expect(push!.stack).toEqual([
      "arg const",
      "arg true",
      "arg twentytwo",
      "upd * main",
    ]);
    // apply's body with its parameters replaced by the arguments.
    expect(fenter!.code).toBe("const_? true");
    expect(fenter!.stack).toEqual(["arg twentytwo", "upd * main"]);
    // apply is garbage once entered (the view shows what is reachable).
    expect(fenter!.heap.has("apply")).toBe(false);
  });

  it("eval/apply: the partial application gets a heap name", () => {
    const { seen } = observe(apply, "EA");
    const pap2 = seen[2]!;
    expect(pap2.rule).toBe("PAP2");
    expect(pap2.code).toMatch(/^\$\d+$/);
    expect(pap2.heap.get(pap2.code)).toBe("PAP(const true)");
    expect(pap2.stack).toEqual(["(* twentytwo)", "upd * main"]);
  });

  it("case continuations show their alternatives with the free variables replaced", () => {
    const { seen } = observe("main = THUNK(plusInt one two);\n", "EA");
    const afterCase = seen.find((s) => s.rule === "CASE")!;
    expect(afterCase.code).toBe("plus# 1 2");
    expect(afterCase.stack[0]).toBe(
      "case * of {\n   s -> let { boxed = CON(I s) } in boxed\n}",
    );
  });

  it("without gc every top-level object stays in the heap view", () => {
    const gcOn = observe(apply, "PE").seen.at(-1)!;
    const gcOff = observe(apply, "PE", false).seen.at(-1)!;
    expect(gcOn.heap.has("map")).toBe(false);
    expect(gcOff.heap.has("map")).toBe(true);
  });
});
