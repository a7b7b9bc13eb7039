// A machine that stops with arguments still waiting (a constructor or a
// literal applied to arguments): ministg stops and prints the value, and so
// do we for .stg programs; translated programs (stuckIsError) report it as a
// runtime error instead of a silently wrong final value.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const CON_APPLIED = `f = FUN(a b -> let { r = CON(I a) } in r);
main = THUNK(f 1 2 0);`;
const LIT_APPLIED = `f = FUN(a b -> a);
main = THUNK(f 1 2 0);`;

describe("arguments left over when no rule applies", () => {
  for (const style of ["EA", "PE"] as const) {
    it(`-s ${style}: ministg's behaviour by default (print what it stopped at)`, () => {
      expect(run(CON_APPLIED, style)).toMatchObject({
        stdout: "(I 1)\n",
        exitCode: 0,
      });
      expect(run(LIT_APPLIED, style)).toMatchObject({
        stdout: "1\n",
        exitCode: 0,
      });
    });

    it(`-s ${style}: a runtime error for translated programs`, () => {
      const c = run(CON_APPLIED, style, { stuckIsError: true });
      expect(c.exitCode).toBe(1);
      expect(c.stdout).toBe("");
      expect(c.stderr).toContain("the constructor I was applied to arguments");
      const l = run(LIT_APPLIED, style, { stuckIsError: true });
      expect(l.exitCode).toBe(1);
      expect(l.stderr).toContain("the value 1 was applied to arguments");
    });
  }

  it("a program that ends normally is unaffected", () => {
    const ok = run(`main = THUNK(let { r = CON(I 7) } in r);`, "EA", {
      stuckIsError: true,
    });
    expect(ok).toMatchObject({ stdout: "(I 7)\n", exitCode: 0 });
  });
});
