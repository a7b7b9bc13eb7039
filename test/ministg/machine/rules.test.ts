// The rules of the machine, step by step. Every expected rule sequence below
// was worked out by hand from the fast-curry rules in ministg's order
// (src/Ministg/Eval.hs), not taken from our own output.
import { describe, expect, it } from "vitest";
import { rulesOf, run } from "./helpers.js";

describe("eval/apply and push/enter on ministg's apply example", () => {
  const src =
    "twentytwo = CON(I 22);\nmain = THUNK(apply const true twentytwo);\n";

  it("EA: CALLK leaves an argument for the PAP that PAP2 builds", () => {
    expect(rulesOf(src, "EA")).toEqual([
      "THUNK",
      "CALLK",
      "PAP2",
      "RETFUN",
      "PCALL",
      "EXACT",
      "UPDATE",
    ]);
    expect(run(src, "EA").stdout).toBe("True\n");
  });

  it("PE: arguments are pushed and functions entered", () => {
    expect(rulesOf(src, "PE")).toEqual([
      "THUNK",
      "PUSH",
      "FENTER",
      "PUSH",
      "FENTER",
      "UPDATE",
    ]);
    expect(run(src, "PE").stdout).toBe("True\n");
  });
});

describe("a function that is a thunk", () => {
  // g evaluates to const; g is applied to two arguments.
  const src = "g = THUNK(const);\nmain = THUNK(g one two);\n";

  it("EA: TCALL evaluates it, RETFUN applies the result", () => {
    expect(rulesOf(src, "EA")).toEqual([
      "THUNK",
      "TCALL",
      "THUNK",
      "UPDATE",
      "RETFUN",
      "EXACT",
      "UPDATE",
    ]);
    expect(run(src, "EA").stdout).toBe("(I 1)\n");
  });

  it("PE: the pushed arguments wait below the update frame", () => {
    expect(rulesOf(src, "PE")).toEqual([
      "THUNK",
      "PUSH",
      "THUNK",
      "UPDATE",
      "FENTER",
      "UPDATE",
    ]);
    expect(run(src, "PE").stdout).toBe("(I 1)\n");
  });
});

describe("partial applications", () => {
  const src = "p = PAP(const one);\nmain = THUNK(p two);\n";

  it("EA: PCALL prepends the PAP's arguments", () => {
    expect(rulesOf(src, "EA")).toEqual(["THUNK", "PCALL", "EXACT", "UPDATE"]);
  });

  it("PE: PENTER pushes them", () => {
    expect(rulesOf(src, "PE")).toEqual([
      "THUNK",
      "PUSH",
      "PENTER",
      "FENTER",
      "UPDATE",
    ]);
  });

  it("PE: PAP1 builds a PAP when arguments run out", () => {
    // f is unknown to the arity analysis (a parameter), so `f one` is PUSHed.
    const s = "app1 = FUN(f -> f one);\nmain = THUNK(app1 const);\n";
    expect(rulesOf(s, "PE")).toEqual([
      "THUNK",
      "KNOWNCALL",
      "PUSH",
      "PAP1",
      "UPDATE",
    ]);
    expect(run(s, "PE").stdout).toBe("<pap>\n");
    expect(rulesOf(s, "EA")).toEqual(["THUNK", "KNOWNCALL", "PAP2", "UPDATE"]);
    expect(run(s, "EA").stdout).toBe("<pap>\n");
  });
});

describe("case, let and primops", () => {
  // plusInt one two: KNOWNCALL, then for each argument CASECON directly
  // (both are evaluated constructors), PRIMOP inside a CASE, RET, CASEANY,
  // LET, then the result returns to main's update frame.
  const src = "main = THUNK(plusInt one two);\n";
  it("takes the same steps in both styles", () => {
    const expected = [
      "THUNK",
      "KNOWNCALL",
      "CASECON",
      "CASECON",
      "CASE",
      "PRIMOP",
      "RET",
      "CASEANY",
      "LET",
      "UPDATE",
    ];
    expect(rulesOf(src, "EA")).toEqual(expected);
    expect(rulesOf(src, "PE")).toEqual(expected);
    expect(run(src, "EA").stdout).toBe("(I 3)\n");
  });

  it("CASE pushes a continuation when the scrutinee is a thunk", () => {
    const s = "t = THUNK(one);\nmain = THUNK(case t of { I n -> two });\n";
    expect(rulesOf(s, "PE")).toEqual([
      "THUNK",
      "CASE",
      "THUNK",
      "UPDATE",
      "RET",
      "CASECON",
      "UPDATE",
    ]);
    expect(run(s, "EA").stdout).toBe("(I 2)\n");
  });

  it("allocation sites are counted per let binding", () => {
    // sum [3,2,1]: foldl allocates one accumulator thunk per element and
    // plusInt one boxed result per addition.
    const s =
      "l1 = CON(Cons one nil);\nl2 = CON(Cons two l1);\nl3 = CON(Cons three l2);\nmain = THUNK(sum l3);\n";
    const sites = run(s, "EA").stats.allocationSites;
    expect(sites).toContainEqual({
      site: "foldl/acc1",
      kind: "THUNK",
      count: 3,
    });
    expect(sites).toContainEqual({
      site: "plusInt/boxed",
      kind: "CON",
      count: 3,
    });
  });

  it("a let chain takes one LET step per binding", () => {
    const s = "main = THUNK(let { a = CON(I 1); b = CON(Cons a nil) } in b);\n";
    expect(rulesOf(s, "EA")).toEqual(["THUNK", "LET", "LET", "UPDATE"]);
    expect(run(s, "EA").stdout).toBe("(Cons (I 1) Nil)\n");
  });
});

describe("what ends a run", () => {
  it("a thunk that needs itself stops on its blackhole", () => {
    const s = "main = THUNK(main);\n";
    expect(rulesOf(s, "EA")).toEqual(["THUNK"]);
    expect(run(s, "PE").stdout).toBe("<blackhole>\n");
  });

  it("ERROR prints ministg's message and exits 0", () => {
    const s = "main = THUNK(case error of { x -> one });\n";
    expect(rulesOf(s, "EA")).toEqual(["THUNK", "CASE"]);
    for (const st of ["EA", "PE"] as const) {
      const r = run(s, st);
      expect(r.stdout).toBe("Exception raised!\n");
      expect(r.exitCode).toBe(0);
    }
  });

  it("unevaluated and functional values print as ministg prints them", () => {
    expect(run("main = THUNK(const);\n", "EA").stdout).toBe("<function>\n");
    expect(run("t = THUNK(one);\nmain = CON(Cons t nil);\n", "EA").stdout).toBe(
      "(Cons <thunk> Nil)\n",
    );
    expect(
      run("main = THUNK(let { p = PAP(plusInt one) } in p);\n", "PE").stdout,
    ).toBe("<pap>\n");
    expect(run("main = THUNK(3);\n", "PE").stdout).toBe("3\n");
  });

  it("the step limit stops a run with exit code 2", () => {
    const r = run("loop = FUN(x -> loop x);\nmain = THUNK(loop one);\n", "EA", {
      maxSteps: 1000,
    });
    expect(r.exitCode).toBe(2);
    expect(r.stats.steps).toBe(1000);
    expect(r.stderr).toContain("step limit");
  });

  it("a run that needs exactly the limit finishes normally", () => {
    // plusInt one two takes 10 steps (see above).
    const r = run("main = THUNK(plusInt one two);\n", "EA", { maxSteps: 10 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("(I 3)\n");
  });
});
