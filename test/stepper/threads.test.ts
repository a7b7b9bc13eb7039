// The stepper's thread lines (src/stepper/format.ts): which thread runs, one
// line per suspended thread, their code and stacks where threads change hands.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { formatState } from "../../src/stepper/format.js";
import { PLAIN } from "../../src/stepper/style.js";
import type { StepRecord } from "../../src/trace/record.js";
import { haskellText } from "../../src/trace/haskell-names.js";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "hs2stg");
const HANDOFF = join(
  import.meta.dirname,
  "..",
  "programs",
  "concurrent",
  "mvar-handoff.hs",
);

const frame = (text: string) => ({ kind: "case" as const, text, refs: [] });

function rec(rule: StepRecord["rule"]): StepRecord {
  return {
    step: 7,
    rule,
    code: "$3",
    codeRefs: [],
    stack: [frame("upd * $3")],
    heap: [],
    thread: 2,
    threads: [
      {
        id: 1,
        status: "blocked on an MVar",
        code: "",
        stack: [
          frame("case * of {\n   Z1H a -> $4_? a 0\n}"),
          frame("upd * main"),
        ],
      },
      { id: 3, status: "not started", code: "$9 0", stack: [] },
    ],
  };
}

const opts = { style: PLAIN, names: haskellText, maxFrames: 12 };

describe("the stepper's threads", () => {
  it("on a switch: who runs, and each suspended thread's code and stack", () => {
    const out = formatState(rec("SWITCH"), new Map(), opts);
    expect(out).toContain(
      [
        "threads thread 2 runs; 2 suspended",
        "  thread 1: blocked on an MVar (2 frames)",
        "    case * of { GHC.Prim.Unit# a -> $4_? a 0 }",
        "    upd * main",
        "  thread 3: not started (0 frames)",
        "    $9 0",
      ].join("\n"),
    );
  });

  it("on other steps: one line per suspended thread", () => {
    const out = formatState(rec("LET"), new Map(), opts);
    expect(out).toContain(
      [
        "threads thread 2 runs; 2 suspended",
        "  thread 1: blocked on an MVar (2 frames)",
        "  thread 3: not started (0 frames)",
        "heap touched",
      ].join("\n"),
    );
  });

  it.skipIf(!HAVE_GHC)(
    "hs2stg step on a forkIO program shows the threads",
    () => {
      const r = spawnSync(
        BIN,
        ["step", HANDOFF, "--rule", "SWITCH", "--max", "2"],
        { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
      );
      const states = r.stdout.split(/\n(?=step \d+ )/);
      expect(states).toHaveLength(2);
      expect(states[0]).toMatch(/^threads thread 2 runs; 1 suspended$/m);
      expect(states[0]).toMatch(
        /^ {2}thread 1: blocked on an MVar \(\d+ frames\)$/m,
      );
      expect(states[1]).toMatch(/^threads thread 1 runs; 1 suspended$/m);
      expect(states[1]).toMatch(/^ {2}thread 2: blocked on an MVar/m);
    },
    120_000,
  );
});
