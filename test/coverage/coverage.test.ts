// The surface inventory (inventory/surface.json, from GHC's interface files)
// against the preludes as they are: docs/coverage.md must be up to date and
// no figure may drop below inventory/floor.json.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COVERAGE_MD,
  COVERAGE_O1_MD,
  FLOOR_JSON,
  SURFACE_JSON,
  currentCoverage,
} from "../../src/coverage/files.js";
import { dropsBelow, type Floor } from "../../src/coverage/report.js";
import type { Surface } from "../../src/coverage/surface.js";
import { refusedNames } from "../../src/preludes/refused.js";
import { formatMissing } from "../../src/preludes/base.js";
import { globalName } from "../../src/lower/index.js";

const ROOT = join(import.meta.dirname, "../..");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8");
const { report, markdown, markdownO1 } = currentCoverage(ROOT);

describe("library coverage", () => {
  it("holds every figure at or above inventory/floor.json", () => {
    const floor = JSON.parse(read(FLOOR_JSON)) as Floor;
    expect(dropsBelow(report, floor)).toEqual([]);
  });

  it("has docs/coverage.md up to date and coverage-o1.md up to date (npm run surface writes them)", () => {
    expect(read(COVERAGE_MD) === markdown).toBe(true);
    expect(read(COVERAGE_O1_MD) === markdownO1).toBe(true);
  });

  it("refuses only names of the surface, each with a reason", () => {
    const surface = JSON.parse(read(SURFACE_JSON)) as Surface;
    const known = new Set([
      ...Object.values(surface.o0).flat(),
      ...Object.keys(surface.refs),
    ]);
    const refused = [...refusedNames()];
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.filter(([n, why]) => !known.has(n) || why === "")).toEqual(
      [],
    );
  });

  it("names a refused function and its reason when a program needs it", () => {
    const msg = formatMissing([
      globalName("Control.Concurrent", "forkOS"),
      globalName("Data.Foo", "bar"),
    ]);
    expect(msg).toContain(
      "Control.Concurrent.forkOS is not supported by hs2stg: bound (OS) threads",
    );
    expect(msg).toContain("the program needs 1 name that no prelude defines:");
    expect(msg).toContain("Data.Foo.bar");
  });
});
