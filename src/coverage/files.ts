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

export function currentCoverage(root: string): {
  report: CoverageReport;
  markdown: string;
  markdownO1: string;
} {
  const surface = JSON.parse(
    readFileSync(join(root, SURFACE_JSON), "utf8"),
  ) as Surface;
  const defined = new Set(loadBasePrelude().definitions.keys());
  const refused = refusedNames();
  const exercisedPath = join(root, EXERCISED_TXT);
  const exercised = new Set(
    existsSync(exercisedPath)
      ? readFileSync(exercisedPath, "utf8")
          .split("\n")
          .filter((l) => l !== "")
      : [],
  );
  const report = coverageReport(surface, defined, refused, exercised);
  return {
    report,
    markdown:
      coverageMarkdown(report, refused, EVERYDAY_MODULES, surface.uncallable) +
      "\n",
    markdownO1: coverageO1Markdown(report) + "\n",
  };
}
