// Every examples/ program, run through our pipeline and as a GHC-built native
// executable with the same stdin and arguments: stdout and exit code must be
// identical, byte for byte. Our side converts GHC's dumps to a miniSTG file,
// reads it back and runs it as `hs2stg run FILE.stg` does (a converted file
// runs on its own, docs/standalone.md); test/programs covers the in-memory path. Programs our tool cannot run yet are listed in
// known-failing.txt with a reason; they run as `it.fails`, so a listed
// program that starts passing fails the suite until the list is updated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  buildAndRunNative,
  comparisonTest,
  compareWithNative,
  inParallel,
  type NativeRun,
  type ProgramInput,
} from "../../support/ghc-compare.js";
import {
  corpusPrograms,
  readIdList,
  type CorpusProgram,
} from "./corpus-programs.js";

/** Generous for the corpus (each program takes well under a few million steps). */
const MAX_STEPS = 50_000_000;
const GHC_JOBS = 2;

interface CorpusCase {
  /** `NAME` (-O0) or `NAME@O1`. */
  readonly id: string;
  readonly program: CorpusProgram;
  readonly ghcOptions: readonly string[];
}

// HS2STG_CORPUS=fib,multi-bank runs only those programs (while debugging).
const only = process.env["HS2STG_CORPUS"]?.split(",").filter((n) => n !== "");
const programs = corpusPrograms();
const selected = programs.filter(
  (p) => only === undefined || only.includes(p.name),
);
const knownFailing = readIdList("known-failing.txt");
const o1Programs = readIdList("o1-programs.txt");
const cases: CorpusCase[] = [
  ...selected.map((p) => ({ id: p.name, program: p, ghcOptions: [] })),
  ...selected
    .filter((p) => o1Programs.has(p.name))
    .map((p) => ({ id: `${p.name}@O1`, program: p, ghcOptions: ["-O1"] })),
];

describe("examples corpus: well-formed", () => {
  it("has at least 60 programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(60);
  });

  it("keeps every program within 200 lines with main :: IO ()", () => {
    const bad: string[] = [];
    for (const p of programs) {
      for (const f of p.files) {
        const lines = readFileSync(f, "utf8").split("\n").length - 1;
        if (lines > 200) bad.push(`${f}: ${lines} lines`);
      }
      if (!/^main :: IO \(\)$/m.test(readFileSync(p.source, "utf8")))
        bad.push(`${p.source}: no main :: IO ()`);
    }
    expect(bad).toEqual([]);
  });

  it("lists only existing programs, each failure with a reason", () => {
    const ids = new Set([
      ...programs.map((p) => p.name),
      ...[...o1Programs.keys()].map((n) => `${n}@O1`),
    ]);
    const stale = [...knownFailing.keys()].filter((id) => !ids.has(id));
    const unexplained = [...knownFailing]
      .filter(([, r]) => r === "")
      .map(([id]) => id);
    const unknownO1 = [...o1Programs.keys()].filter(
      (n) => !programs.some((p) => p.name === n),
    );
    expect({ stale, unexplained, unknownO1 }).toEqual({
      stale: [],
      unexplained: [],
      unknownO1: [],
    });
  });
});

describe.skipIf(!HAVE_GHC)(
  "examples corpus: hs2stg run vs the GHC-built program",
  () => {
    let work = "";
    const expected = new Map<string, NativeRun | { error: string }>();
    const results = new Map<string, string>(); // id -> "pass" or why it failed

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), "hs2stg-corpus-"));
      await inParallel(cases, GHC_JOBS, async (c) => {
        expected.set(
          c.id,
          await buildAndRunNative(
            input(c.program),
            c.ghcOptions,
            join(work, c.id),
          ),
        );
      });
    });

    afterAll(async () => {
      if (work !== "") await rm(work, { recursive: true, force: true });
      printSummary(results);
    });

    for (const c of cases)
      comparisonTest(c.id, knownFailing, () =>
        compareWithNative(c.id, input(c.program), expected.get(c.id), results, {
          maxSteps: MAX_STEPS,
          compareStderr: false,
          // Through the converted file (issue 15): it must run on its own.
          viaFile: true,
        }),
      );
  },
);

function input(p: CorpusProgram): ProgramInput {
  return {
    source: p.source,
    stdin: p.stdin,
    args: p.args,
    progName: "prog",
    files: p.files,
  };
}

function printSummary(results: Map<string, string>): void {
  if (results.size === 0) return;
  const rows = cases.filter((c) => results.has(c.id));
  const passing = rows.filter((c) => results.get(c.id) === "pass");
  const listed = rows.filter((c) => knownFailing.has(c.id));
  const lines = [
    `corpus: ${passing.length}/${rows.length} programs match GHC; ${listed.length} on known-failing.txt`,
  ];
  for (const c of rows) {
    const r = results.get(c.id)!;
    const onList = knownFailing.has(c.id);
    if (r === "pass" && onList)
      lines.push(`  NOW PASSES (remove from known-failing.txt): ${c.id}`);
    else if (r !== "pass" && !onList)
      lines.push(`  FAILS (not on the list): ${c.id}: ${r}`);
    else if (r !== "pass") lines.push(`  known failing: ${c.id}: ${r}`);
  }
  process.stderr.write(lines.join("\n") + "\n");
}
