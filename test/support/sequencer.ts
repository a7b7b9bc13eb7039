// The order test files start in: the longest first, so that on a few cores
// none of them starts last and runs alone. Vitest's own order (by the last
// run's durations, which a clean clone does not have; else by file size)
// comes after the files named here.
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The longest files, longest first (per-file durations of a full run). */
const LONGEST = [
  "test/programs/programs-1.test.ts",
  "test/programs/programs-2.test.ts",
  "test/ministg/machine/differential.test.ts",
  "test/preludes/regenerate.test.ts",
  "test/parse-ghc-dump/corpus.test.ts",
  "test/pipeline/corpus/corpus.test.ts",
  "test/pipeline/runtime/runtime.test.ts",
  "test/trace/viewer/viewer.test.ts",
];

export default class LongestFirst extends BaseSequencer {
  override async sort(
    files: TestSpecification[],
  ): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((l) => f.moduleId.endsWith(l));
      return i < 0 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
