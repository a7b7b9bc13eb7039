// The examples/ corpus compiled by real GHC at -O0 and -O1: every dump parses
// and agrees with its own text (names and literals where the parse says,
// as many closures, cases, lets and Rec groups as the text has).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { HAVE_GHC } from "../support/ghc.js";
import { compileCorpus, type CorpusDump, listPrograms } from "./corpus.js";
import { crossCheck } from "./walk.js";

// The parser's own fixture sources (Double/Float, FFI, MagicHash, ...) too.
const FIXTURES = join(import.meta.dirname, "..", "fixtures", "dumps");
const programs = [...listPrograms(), ...listPrograms(FIXTURES)];

describe.skipIf(!HAVE_GHC)("the examples corpus through GHC 9 dumps", () => {
  let dumps: CorpusDump[] = [];
  beforeAll(async () => {
    dumps = await compileCorpus(programs);
  }, 600_000);

  it("has a corpus with single- and multi-module programs", () => {
    expect(
      programs.filter((p) => p.kind === "single").length,
    ).toBeGreaterThanOrEqual(40);
    expect(programs.some((p) => p.kind === "make")).toBe(true);
  });

  it("got a dump for every program at both levels", () => {
    expect(dumps.length).toBe(programs.length * 2);
  });

  for (const level of ["O0", "O1"] as const)
    for (const program of programs)
      it(`parses ${program.name} at -${level}`, () => {
        const d = dumps.find((x) => x.program === program && x.level === level);
        expect(d, "dump").toBeDefined();
        const dump = parseGhcDump(d!.text, d!.file);
        if (program.kind === "make") {
          // One module section per module of the build, Main last.
          expect(dump.modules.length).toBeGreaterThan(1);
          expect(dump.modules.at(-1)!.name).toBe("Main");
        } else expect(dump.modules).toHaveLength(1);
        expect(crossCheck(d!.text, dump)).toEqual([]);
      });
});
