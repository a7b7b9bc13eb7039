// `hs2stg step` without a terminal (a pipe): the states printed one after
// another, filtered by --from/--rule/--max, in colour only when asked. The
// golden files hold our own machine's states for a small program (they
// test the display, not Haskell results); refresh them with
// HS2STG_UPDATE_GOLDEN=1 after a deliberate change of the format.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { FAC } from "../trace/support.js";
import { HAVE_GHC } from "../support/ghc.js";

const RETAIN = join(
  import.meta.dirname,
  "..",
  "profile",
  "fixtures",
  "retain.hs",
);

const BIN = join(import.meta.dirname, "..", "..", "bin", "hs2stg");
const GOLDEN = join(import.meta.dirname, "golden");

function step(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(BIN, ["step", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env, NO_COLOR: env.NO_COLOR ?? "" },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.HS2STG_UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** The step numbers and rules of the states printed. */
function headers(out: string): string[] {
  return [...out.matchAll(/^step (\d+) {2}(\w+) /gm)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
}

describe("hs2stg step, not on a terminal", () => {
  it("prints the first states: rule and explanation, code, stack, heap touched", () => {
    const r = step([FAC, "--max", "6"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "hs2stg: step: stopped after 6 states (--max N to see more)\n",
    );
    golden("fac-max6.txt", r.stdout);
    expect(headers(r.stdout)).toEqual([
      "0 START",
      "1 THUNK",
      "2 KNOWNCALL",
      "3 CASECON",
      "4 CASEANY",
      "5 CASE",
    ]);
  });

  it("runs to the end with the outcome and the program's own output", () => {
    const r = step([FAC, "--rule", "UPDATE"]);
    expect(r.code).toBe(0);
    golden("fac-update.txt", r.stdout);
    expect(r.stdout).toMatch(/^end: the program's value: \(I 6\)\n\(I 6\)\n$/m);
  });

  it("--rule keeps only states those rules produced (repeatable, comma-separated)", () => {
    const r = step([FAC, "--rule", "let,update", "--rule", "THUNK"]);
    expect(r.code).toBe(0);
    const rules = new Set(headers(r.stdout).map((h) => h.split(" ")[1]));
    expect([...rules].sort()).toEqual(["LET", "THUNK", "UPDATE"]);
  });

  it("--from STEP starts there; --from NAME where the code first enters it", () => {
    const from10 = headers(step([FAC, "--from", "10", "--max", "2"]).stdout);
    expect(from10.map((h) => Number(h.split(" ")[0]))).toEqual([10, 11]);
    const all = step([FAC, "--max", "100"]).stdout;
    const states = all.split(/\n(?=step \d+ )/);
    const firstEnter = states.find((s) => /^code\n {2}fac_\S* /m.test(s))!;
    const fromName = step([FAC, "--from", "fac", "--max", "1"]).stdout;
    expect(headers(fromName)).toEqual(headers(firstEnter));
    // The first state shown lists the heap; later ones what changed.
    expect(fromName).toMatch(/^heap \(\d+ objects\)$/m);
  });

  it("shows Haskell names for a translated program's globals", async () => {
    // The viewer's names (src/trace/haskell-names.ts).
    const { haskellText } = await import("../../src/trace/haskell-names.js");
    // A call's arity marker is part of the name's piece, as in the viewer.
    expect(haskellText("foldlzq_GHCziList_? plus zero xs_Main")).toBe(
      "GHC.List.foldl' plus zero Main.xs",
    );
    expect(haskellText("fac_1 three sat_s1 $4_?")).toBe(
      "fac_1 three sat_s1 $4_?",
    );
    // Built-in constructors and allocation sites read as in the viewer.
    expect(haskellText("CON(Cons x nil)")).toBe(
      "CON(GHC.Types.: x GHC.Types.[])",
    );
    expect(haskellText("CON(Z2H s v)")).toBe("CON(GHC.Prim.(#,#) s v)");
    expect(haskellText("go_Main/PAP of f_Main")).toBe("Main.go/PAP of Main.f");
  });

  it("shows where each new object was allocated", () => {
    const r = step([FAC, "--rule", "LET", "--max", "1"]);
    expect(r.stdout).toMatch(/^ {2}\+ \$\d+ = CON\(I 2\) {2}<- fac\/m$/m);
  });

  it("colour on a terminal unless NO_COLOR; never in a pipe unless --color", async () => {
    const { wantColor } = await import("../../src/stepper/style.js");
    expect(wantColor(undefined, true, {})).toBe(true);
    expect(wantColor(undefined, true, { NO_COLOR: "1" })).toBe(false);
    expect(wantColor(undefined, false, {})).toBe(false);
    expect(wantColor(true, false, { NO_COLOR: "1" })).toBe(true);
    expect(wantColor(false, true, {})).toBe(false);
  });

  it("no colour in a pipe; --color forces it; --no-color turns it off", () => {
    const esc = /\x1b\[/;
    expect(step([FAC, "--max", "2"]).stdout).not.toMatch(esc);
    expect(step([FAC, "--max", "2", "--color"]).stdout).toMatch(esc);
    expect(step([FAC, "--max", "2", "--no-color"]).stdout).not.toMatch(esc);
  });

  it("says so when no state matches", () => {
    const r = step([FAC, "--from", "nosuch"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^no state of the run matched --from and --rule\nend: the program's value: \(I 6\)\n/,
    );
  });

  it("a rule that does not exist is a clear error", () => {
    const r = step([FAC, "--rule", "JUMP"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /^hs2stg: --rule JUMP: no such rule \(the rules: STACK, LET/,
    );
  });
});

describe.skipIf(!HAVE_GHC)("hs2stg step on a Haskell program", () => {
  it("--from a Haskell name; code, stack and heap in Haskell names", () => {
    const r = step([RETAIN, "--from", "GHC.List.sum", "--max", "2"]);
    expect(r.code).toBe(0);
    const states = r.stdout.split(/\n(?=step \d+ )/);
    expect(states).toHaveLength(2);
    expect(states[0]).toMatch(/^code\n {2}GHC\.List\.sum\b/m);
    expect(states[0]).toContain("arg Main.xs");
    expect(states[1]).toMatch(/GHC\.List\.foldl' plus zero Main\.xs/);
    expect(r.stdout).not.toMatch(/foldlzq_GHCziList/);
  }, 120_000);
});
