// A primop whose result is an unevaluated thunk (stablePtrDeref# of a
// pointer to one): returned to its case frame, the thunk is evaluated by
// RET's rules (THUNK, then UPDATE and RET) before the alternative sees it,
// on both machines. The fast engine's fused CASE/PRIMOP/RET once bound the
// thunk itself, one CASE and one RET more at the next `case v of`.
// Worked out by hand: THUNK main, CASE, PRIMOP, RET, CASEANY p; CASE,
// PRIMOP, THUNK t, LET r, UPDATE t, RET, CASEANY v; CASECON (I x), LET r,
// UPDATE main: 15 steps.
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../../src/ministg/run-stg.js";

const SRC = `
t = THUNK(let { r = CON(I 7) } in r);
main = THUNK(case stablePtrNew# t of { p -> case stablePtrDeref# p of { v -> case v of { I x -> let { r = CON(I x) } in r } } });
`;

describe.each(["PE", "EA"] as const)(
  "a primop returning a thunk (%s)",
  (style) => {
    it.each(["reference", "fast"] as const)(
      "evaluates it on return (%s engine)",
      (engine) => {
        const r = runStgSource(SRC, {
          file: "t.stg",
          prelude: false,
          annotate: false,
          callStack: false,
          maxSteps: 1000,
          style,
          engine,
        });
        expect(r.stdout.trim()).toBe("(I 7)");
        expect(r.stats?.steps).toBe(15);
        expect(r.stats?.rules).toEqual({
          THUNK: 2,
          CASE: 2,
          PRIMOP: 2,
          RET: 2,
          CASEANY: 2,
          LET: 2,
          UPDATE: 2,
          CASECON: 1,
        });
      },
    );
  },
);
