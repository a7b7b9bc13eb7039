// Error paths: ministg's messages and exit codes, the rule and closure a
// runtime error names, and call stacks from `stack` annotations (-a, -c).
// Expected call stacks follow the STACK rule by hand: innermost first.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("ministg's messages", () => {
  it("undefined variable: exit 1, the name quoted, where it is used", () => {
    const r = run("main = THUNK(nosuch one);\n", "EA");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('undefined variable: "nosuch" (test.stg:1:14)');
    expect(r.stdout).toBe("");
  });

  it("an undefined name that the entry never reaches is no error (as with ministg's GC)", () => {
    const r = run("unused = THUNK(nosuch);\nmain = THUNK(one);\n", "PE");
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("(I 1)\n");
  });

  it("a missing entry is an undefined variable", () => {
    const r = run("x = CON(Nil);\n", "EA");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('undefined variable: "main"');
  });

  it("non-exhaustive case: exit 1, naming the rule and the closure", () => {
    const r = run(
      "f = FUN(x -> case x of { Nil -> one });\nmain = THUNK(f two);\n",
      "EA",
    );
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("non exhaustive patterns in case expression");
    expect(r.stderr).toContain("rule CASEANY");
    expect(r.stderr).toContain("closure f at test.stg:1:14");
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
  });

  it("parse errors are located", () => {
    const r = run("main = THUNK(case x of );\n", "EA");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^hs2stg: test\.stg:1:\d+: /);
  });
});

describe("call stacks", () => {
  const boom = "boom = FUN(x -> error);\nmain = THUNK(boom one);\n";

  it("-a: an exception shows the annotation stack, innermost first", () => {
    for (const st of ["EA", "PE"] as const) {
      const r = run(boom, st, { annotate: true });
      expect(r.stdout).toBe("Exception raised!\n\nCall stack:\nboom\nmain\n\n");
      expect(r.exitCode).toBe(0);
    }
  });

  it("without annotations there is no call stack", () => {
    expect(run(boom, "EA").stdout).toBe("Exception raised!\n");
  });

  it("hand-written stack annotations count too", () => {
    const src = 'main = THUNK(stack "outer" stack "inner" error);\n';
    expect(run(src, "PE").stdout).toBe(
      "Exception raised!\n\nCall stack:\ninner\nouter\n\n",
    );
  });

  it("a thunk runs under the call stack of where it was built", () => {
    // t is allocated under "maker" but forced under "user".
    const src =
      'maker = FUN(x -> stack "maker" let { t = THUNK(error) } in t);\n' +
      'main = THUNK(let { v = THUNK(maker one) } in stack "user" case v of { y -> y });\n';
    const r = run(src, "EA");
    expect(r.stdout).toBe("Exception raised!\n\nCall stack:\nmaker\n\n");
  });

  it("-c shows the call stack of a runtime error", () => {
    const src =
      "f = FUN(x -> case x of { Nil -> one });\nmain = THUNK(f two);\n";
    const r = run(src, "PE", { annotate: true, callStack: true });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("Call stack:\n  f\n  main\n");
  });
});
