// Address arithmetic and comparisons (src/ministg/primops/bytearray.ts):
// within one buffer they work on offsets, and a buffer without a machine
// address compares with small numbers (nullPtr) without getting one, so a
// program comparing pointers in a loop does not keep every buffer alive.
// Expected values are worked out by hand.
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../../src/ministg/run-stg.js";

function value(body: string): string {
  const r = runStgSource(
    `main = THUNK(case malloc# 16 of { b -> case plusAddr# b 8 of { a -> ${body} } });`,
    {
      file: "addresses.stg",
      prelude: false,
      annotate: false,
      callStack: false,
      maxSteps: 10_000,
      style: "EA",
    },
  );
  expect(r.stderr).toBe("");
  return r.stdout.trim();
}

describe("address primops", () => {
  it("subtract and compare addresses within one buffer", () => {
    expect(value("minusAddr# a b")).toBe("8");
    expect(value("minusAddr# b a")).toBe("-8");
    expect(value("ltAddr# b a")).toBe("1");
    expect(value("geAddr# b a")).toBe("0");
    expect(value("case plusAddr# b 8 of { c -> eqAddr# a c }")).toBe("1");
  });

  it("compare a buffer with nullPtr and small numbers", () => {
    expect(value("eqAddr# b 0")).toBe("0");
    expect(value("neAddr# 0 b")).toBe("1");
    expect(value("gtAddr# b 0")).toBe("1");
    expect(value("ltAddr# 4096 a")).toBe("1");
  });

  it("agree with machine addresses once a buffer has one", () => {
    expect(value("case addr2Int# a of { n -> eqAddr# n a }")).toBe("1");
    expect(
      value("case addr2Int# b of { n -> case ltAddr# n a of { r -> r } }"),
    ).toBe("1");
    expect(
      value(
        "case addr2Int# b of { n -> case plusAddr# n 8 of { m -> minusAddr# m a } }",
      ),
    ).toBe("0");
  });
});
