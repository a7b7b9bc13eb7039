// A THUNK whose value is unboxed: STG never builds one, but a lowered
// nullary join point (`$j = \r [] ... 0#`) is a THUNK returning an Int#.
// Its value passes its update frame on to the frame below, and forcing the
// thunk again gives the same literal (worked out by hand: 3 + 3 = 6).
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../../src/ministg/run-stg.js";

const SRC = `
j = THUNK(plus# 1 2);
main = THUNK(case j of { v -> case j of { w -> case plus# v w of { t -> let { r = CON(I t) } in r } } });
`;

describe.each(["PE", "EA"] as const)(
  "a thunk with an unboxed value (%s)",
  (style) => {
    it("returns its literal through the update frame, twice", () => {
      const r = runStgSource(SRC, {
        file: "j.stg",
        prelude: false,
        annotate: false,
        callStack: false,
        maxSteps: 1000,
        style,
      });
      expect(r.stdout.trim()).toBe("(I 6)");
    });
  },
);
