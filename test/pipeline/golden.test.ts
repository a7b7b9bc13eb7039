// Every golden case: its checked-in GHC dump converts to the checked-in
// miniSTG. The test compares programs (parsed, positions stripped), so a
// change of the printer's layout alone does not fail it; `hs2stg golden`
// compares the text exactly and `--update` rewrites it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkGoldenCase,
  defaultGoldenDir,
  goldenDialects,
  listGoldenCases,
  sameProgram,
  unifiedDiff,
} from "../../src/pipeline/golden.js";

const root = defaultGoldenDir();
const cases = listGoldenCases(root);

describe("golden cases", () => {
  it("has at least 25 cases, each with its source, dump and GHC's output", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) {
      expect(existsSync(c.hsFile), c.hsFile).toBe(true);
      expect(existsSync(c.dumpFile), c.dumpFile).toBe(true);
      expect(existsSync(join(c.dir, "expected.stdout")), c.name).toBe(true);
      expect(existsSync(join(c.dir, "extended.stg")), c.name).toBe(true);
    }
  });

  it("includes the factorial of the 2016 article", () => {
    const fac = cases.find((c) => c.name === "fac-article");
    expect(fac).toBeDefined();
    expect(readFileSync(fac!.hsFile, "utf8")).toContain("f n | n == 0");
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s converts to the expected miniSTG",
    async (_name, c) => {
      const r = await checkGoldenCase(c, await goldenDialects(), false);
      expect(r.error).toBeUndefined();
      for (const f of r.files) {
        if (
          f.status !== "same" &&
          !(
            f.status === "differs" &&
            sameProgram(f.expected, f.actual, f.dialect)
          )
        ) {
          expect.fail(
            `${f.file}: ${f.status}\n` +
              unifiedDiff(f.file, f.expected, f.actual, false),
          );
        }
      }
    },
  );
});
