// Runs every golden case's dump through the whole pipeline (lower, link the
// base prelude, interpret) and compares its stdout with what the
// GHC-compiled program printed (expected.stdout, made by real GHC).
// NOT_RUNNING lists, honestly, the cases that cannot run yet and why; the
// test fails when that list is stale in either direction.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  defaultGoldenDir,
  listGoldenCases,
} from "../../src/pipeline/golden.js";
import { convertDumps, runConverted } from "../../src/pipeline/in-memory.js";
import { parseStg } from "../../src/ministg/parse.js";
import { checkMinistgDialect } from "../../src/ministg/check-dialect.js";
import { runStgSource } from "../../src/ministg/run-stg.js";
import { showToMinistg } from "../lower/haskell-show.js";

const NOT_RUNNING: Record<string, string> = {};

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

describe("golden cases in the ministg dialect", () => {
  const pure = cases.filter((c) => existsSync(join(c.dir, "ministg.stg")));

  it("covers the cases with an entry", () => {
    expect(pure.map((c) => c.name)).toEqual(
      cases.filter((c) => c.entry ?? c.ministgEntry).map((c) => c.name),
    );
  });

  it.each(pure.map((c) => [c.name, c] as const))(
    "%s is strict ministg and evaluates to what GHC printed",
    (name, c) => {
      const file = join(c.dir, "ministg.stg");
      const text = readFileSync(file, "utf8");
      const program = parseStg(text, { file, dialect: "ministg" });
      expect(checkMinistgDialect(program)).toEqual([]);
      const ghc = readFileSync(join(c.dir, "expected.stdout"), "utf8").trim();
      for (const style of ["EA", "PE"] as const) {
        const r = runStgSource(text, {
          file: `${name}.stg`,
          style,
          prelude: false,
          annotate: false,
          callStack: false,
          maxSteps: 100_000_000,
        });
        expect(r.stderr).toBe("");
        expect(r.stdout).toBe(showToMinistg(ghc) + "\n");
      }
    },
  );
});
