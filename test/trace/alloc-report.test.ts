// --stats for translated programs: allocations summed per enclosing
// top-level binding and shown under Haskell names.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import type { MachineStats } from "../../src/ministg/run-api.js";
import {
  formatAllocatingFunctions,
  topAllocatingFunctions,
} from "../../src/trace/alloc-report.js";
import { HAVE_GHC, NO_GHC_REASON } from "../support/ghc.js";
import { hs2stg, tempDir } from "./support.js";

function stats(sites: MachineStats["allocationSites"]): MachineStats {
  return {
    steps: 0,
    rules: {},
    allocations: { FUN: 0, PAP: 0, CON: 0, THUNK: 0, ERROR: 0 },
    allocationSites: sites,
    updates: 0,
    peakStackDepth: 0,
    peakLiveObjects: 0,
    liveSampleInterval: 1,
    wallMs: 0,
  };
}

const upper = (n: string) => n.toUpperCase();

describe("top allocating functions", () => {
  it("sums the let sites of each top-level binding, most first", () => {
    const s = stats([
      { site: "f/a", kind: "THUNK", count: 4 },
      { site: "g/x", kind: "CON", count: 5 },
      { site: "f/b/c", kind: "CON", count: 3 }, // nested let inside f
      { site: "h", kind: "FUN", count: 1 },
    ]);
    expect(topAllocatingFunctions(s, upper)).toEqual([
      { binding: "f", haskell: "F", count: 7, byKind: { THUNK: 4, CON: 3 } },
      { binding: "g", haskell: "G", count: 5, byKind: { CON: 5 } },
      { binding: "h", haskell: "H", count: 1, byKind: { FUN: 1 } },
    ]);
    expect(formatAllocatingFunctions(s, upper)).toBe(
      "[stats] top allocating Haskell functions: F 7 (THUNK 4, CON 3); G 5 (CON 5); H 1 (FUN 1)\n",
    );
    expect(formatAllocatingFunctions(stats([]), upper)).toBe("");
  });

  it.skipIf(!HAVE_GHC)(
    `names GHC.Base.map for map over a 5-element list${HAVE_GHC ? "" : ` (${NO_GHC_REASON})`}`,
    () => {
      const dir = tempDir();
      writeFileSync(
        join(dir, "Squares.hs"),
        "main :: IO ()\nmain = print (sum (map (\\x -> x * x) [1 .. 5 :: Int]))\n",
      );
      const r = hs2stg(["run", "Squares.hs", "--stats"], dir);
      expect(r.stdout).toBe("55\n");
      const line = r.stderr
        .split("\n")
        .find((l) => l.startsWith("[stats] top allocating Haskell functions:"));
      // Each of the 5 cons cells map builds: a thunk for `f x`, a thunk for
      // `map f xs` and the cons itself.
      expect(line).toContain("GHC.Base.map 15 (");
      expect(line).toMatch(
        /GHC\.Base\.map 15 \((THUNK 10, CON 5|CON 5, THUNK 10)\)/,
      );
    },
  );
});
