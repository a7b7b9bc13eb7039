// Runs every golden case's dump through the whole pipeline (lower, link the
// base prelude, interpret) and compares its stdout with what the
// GHC-compiled program printed (expected.stdout, made by real GHC).
// NOT_RUNNING lists, honestly, the cases that cannot run yet and why; the
// test fails when that list is stale in either direction.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultGoldenDir, listGoldenCases } from "../../src/lower/golden.js";
import { convertDumps, runConverted } from "../../src/pipeline/in-memory.js";

const NOT_RUNNING: Record<string, string> = {
  doubles:
    "base prelude lacks Floating/RealFrac Double (sqrt, round, truncate)",
  "join-points":
    "base prelude lacks GHC.Show's -O1 internals (showList__1, $wshowSignedInt)",
  "strict-o1":
    "base prelude lacks GHC.Show's -O1 internals ($fShow(,)2, showList__1)",
  typeclass: "base prelude lacks GHC.Float.$fNumDouble and $fShowDouble",
};

const cases = listGoldenCases(defaultGoldenDir());

function run(
  name: string,
  dir: string,
  dumpFile: string,
): { ok: boolean; why: string } {
  const expected = readFileSync(join(dir, "expected.stdout"), "utf8");
  try {
    const program = convertDumps(
      [{ name: dumpFile, text: readFileSync(dumpFile, "utf8") }],
      `${name}.hs`,
    );
    const r = runConverted(program, { maxSteps: 200_000_000 });
    const stdout = new TextDecoder().decode(r.stdout);
    if (r.exitCode === 0 && stdout === expected) return { ok: true, why: "" };
    return {
      ok: false,
      why: `exit ${r.exitCode}; stdout ${JSON.stringify(stdout.slice(0, 200))}; stderr ${new TextDecoder().decode(r.stderr).slice(0, 300)}`,
    };
  } catch (err) {
    return { ok: false, why: err instanceof Error ? err.message : String(err) };
  }
}

describe("golden cases run like the GHC-compiled program", () => {
  it("lists only existing cases as not running", () => {
    const names = new Set(cases.map((c) => c.name));
    for (const n of Object.keys(NOT_RUNNING))
      expect(names.has(n), n).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const r = run(name, c.dir, c.dumpFile);
    if (name in NOT_RUNNING) {
      expect(r.ok, `${name} runs now: remove it from NOT_RUNNING`).toBe(false);
    } else {
      expect(r.ok, r.why).toBe(true);
    }
  });
});
