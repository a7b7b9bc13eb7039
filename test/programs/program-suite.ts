// The library programs: small programs of our own, one module group per
// directory (test/programs/GROUP/NAME.hs, with NAME.stdin and NAME.args when
// they need input), each built by GHC at -O0 and at -O1 and compared byte for
// byte with our run: stdout, stderr and exit code. Programs our tool cannot
// run yet are listed in known-failing.txt (`GROUP/NAME` or `GROUP/NAME@O1`,
// with a reason) and run as `it.fails`, so a listed program that starts
// passing fails the suite until the list is updated.
//
// The runs are split between programs-1.test.ts and programs-2.test.ts
// (alternate cases), so that two test workers share them: one file held the
// suite's longest stretch of a whole `npm test`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";
import {
  buildAndRunNative,
  comparisonTest,
  compareWithNative,
  inParallel,
  type NativeRun,
  type ProgramInput,
} from "../support/ghc-compare.js";
import { readIdList } from "../pipeline/corpus/corpus-programs.js";
import { allLibraryPrograms, selected } from "./library-programs.js";

const MAX_STEPS = 50_000_000;
const GHC_JOBS = 2;
const LEVELS = [
  { suffix: "", ghcOptions: [] },
  { suffix: "@O1", ghcOptions: ["-O1"] },
] as const;

interface Case {
  /** `GROUP/NAME` (-O0) or `GROUP/NAME@O1`. */
  readonly id: string;
  readonly input: ProgramInput;
  readonly ghcOptions: readonly string[];
}

// HS2STG_PROGRAMS=printf,lists/sortOn runs only matching groups or programs.
const all = allLibraryPrograms();
const allCases: Case[] = all
  .filter((p) => selected(p.id))
  .flatMap((p) =>
    LEVELS.map((l) => ({
      id: p.id + l.suffix,
      input: p.input,
      ghcOptions: l.ghcOptions,
    })),
  );
const knownFailing = readIdList("../../programs/known-failing.txt");

/** The checks of the program list itself (one shard runs them). */
export function wellFormedSuite(): void {
  describe("library programs: well-formed", () => {
    it("has at least 60 programs, each with main :: IO ()", () => {
      expect(all.length).toBeGreaterThanOrEqual(60);
      const bad = all
        .filter(
          (p) =>
            !/^main :: IO \(\)$/m.test(readFileSync(p.input.source, "utf8")),
        )
        .map((p) => p.id);
      expect(bad).toEqual([]);
    });

    it("lists only existing programs, each failure with a reason", () => {
      const ids = new Set(
        all.flatMap((p) => LEVELS.map((l) => p.id + l.suffix)),
      );
      const stale = [...knownFailing.keys()].filter((id) => !ids.has(id));
      const unexplained = [...knownFailing]
        .filter(([, r]) => r === "")
        .map(([id]) => id);
      expect({ stale, unexplained }).toEqual({ stale: [], unexplained: [] });
    });
  });
}

/** Shard `shard` (1-based) of `shards`: every shards-th run from its own. */
export function comparisonSuite(shard: number, shards: number): void {
  const cases = allCases.filter((_, i) => i % shards === shard - 1);
  describe.skipIf(!HAVE_GHC)(
    `library programs: hs2stg run vs the GHC-built program (-O0, -O1; part ${shard} of ${shards})`,
    () => {
      let work = "";
      const native = new Map<string, NativeRun | { error: string }>();
      const results = new Map<string, string>();

      beforeAll(async () => {
        work = await mkdtemp(join(tmpdir(), "hs2stg-programs-"));
        await inParallel(cases, GHC_JOBS, async (c) => {
          const dir = join(work, c.id.replace(/[/@]/g, "_"));
          native.set(c.id, await buildAndRunNative(c.input, c.ghcOptions, dir));
        });
      });

      afterAll(async () => {
        if (work !== "") await rm(work, { recursive: true, force: true });
        printSummary(cases, results);
      });

      for (const c of cases)
        comparisonTest(c.id, knownFailing, () =>
          compareWithNative(c.id, c.input, native.get(c.id), results, {
            maxSteps: MAX_STEPS,
            compareStderr: true,
          }),
        );
    },
  );
}

function printSummary(cases: Case[], results: Map<string, string>): void {
  if (results.size === 0) return;
  const rows = cases.filter((c) => results.has(c.id));
  const passing = rows.filter((c) => results.get(c.id) === "pass");
  const lines = [
    `library programs: ${passing.length}/${rows.length} runs match GHC`,
  ];
  for (const c of rows) {
    const r = results.get(c.id)!;
    const listed = knownFailing.has(c.id);
    if (r === "pass" && listed)
      lines.push(`  NOW PASSES (remove from known-failing.txt): ${c.id}`);
    else if (r !== "pass")
      lines.push(`  ${listed ? "known failing" : "FAILS"}: ${c.id}: ${r}`);
  }
  process.stderr.write(lines.join("\n") + "\n");
}
