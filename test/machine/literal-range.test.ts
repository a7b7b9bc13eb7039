// Int# and Word# are 64-bit on our machine (GHC's sizes). ministg's syntax
// allows any size, so the parser keeps big literals exactly, and the loader
// refuses one that does not fit (file:line:col) instead of wrapping it.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const MAX = 2n ** 63n - 1n;

describe("Int#/Word# literals beyond 64 bits", () => {
  it("runs the extremes unchanged", () => {
    const r = run(
      `main = THUNK(case plus# 0 ${MAX} of { x -> case sub# x ${MAX} of { y -> y } });`,
      "EA",
    );
    expect(r.stdout).toBe("0\n");
    expect(r.exitCode).toBe(0);
  });

  it("refuses 2^63 with its position and binding instead of wrapping", () => {
    const r = run(`main = THUNK(plus# 1\n   ${MAX + 1n});`, "EA");
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "test.stg:2:4: the Int# literal 9223372036854775808 (in main) does not fit in 64 bits",
    );
  });

  it("refuses a Word# literal of 2^64 and a case alternative beyond range", () => {
    expect(
      run(`main = THUNK(plusWord# 1w ${2n ** 64n}w);`, "PE").stderr,
    ).toContain("Word# literal 18446744073709551616w (in main)");
    expect(
      run(
        `main = THUNK(case 1 of { 99999999999999999999 -> 1; x -> 2 });`,
        "EA",
      ).stderr,
    ).toContain("Int# literal 99999999999999999999 (in main)");
  });
});
