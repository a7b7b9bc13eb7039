// Where the inventory lives in the repository, and the coverage of the
// preludes as they are now (shared by `npm run surface` and the test).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadBasePrelude } from "../preludes/base.js";
import { refusedNames } from "../preludes/refused.js";
import { coverageReport, type CoverageReport } from "./coverage.js";
import { EVERYDAY_MODULES } from "./everyday.js";
import { coverageMarkdown, coverageO1Markdown } from "./report.js";
import type { Surface } from "./surface.js";

export const SURFACE_JSON = "inventory/surface.json";
export const FLOOR_JSON = "inventory/floor.json";
export const COVERAGE_MD = "docs/coverage.md";
export const COVERAGE_O1_MD = "docs/coverage-o1.md";
export const EXERCISED_TXT = "inventory/exercised.txt";

/** The checked-in surface inventory. */
export function readSurface(root: string): Surface {
  return JSON.parse(readFileSync(join(root, SURFACE_JSON), "utf8")) as Surface;
}

/** The prelude names programs of ours that matched GHC were linked with. */
export function readExercised(root: string): Set<string> {
  const path = join(root, EXERCISED_TXT);
  return new Set(
    existsSync(path)
      ? readFileSync(path, "utf8")
          .split("\n")
          .filter((l) => l !== "")
      : [],
  );
}

export function currentCoverage(root: string): {
  report: CoverageReport;
  markdown: string;
  markdownO1: string;
} {
  const surface = readSurface(root);
  const defined = new Set(loadBasePrelude().definitions.keys());
  const refused = refusedNames();
  const exercised = readExercised(root);
  const report = coverageReport(surface, defined, refused, exercised);
  return {
    report,
    markdown:
      coverageMarkdown(report, refused, EVERYDAY_MODULES, surface.uncallable) +
      "\n",
    markdownO1: coverageO1Markdown(report) + "\n",
  };
}
