// The examples/ corpus compiled by real GHC at -O0 and -O1: every dump parses
// and agrees with its own text (names and literals where the parse says,
// as many closures, cases, lets and Rec groups as the text has).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
        expect(d!.error, "GHC failed").toBeNull();
        const dump = parseGhcDump(d!.text, d!.file);
        if (program.kind === "make") {
          // One module section per module of the build, Main last.
          expect(dump.modules.length).toBeGreaterThan(1);
          expect(dump.modules.at(-1)!.name).toBe("Main");
        } else expect(dump.modules).toHaveLength(1);
        expect(crossCheck(d!.text, dump)).toEqual([]);
      });
});

describe.skipIf(!HAVE_GHC)("compiling a corpus with a broken program", () => {
  it("reports the broken one and still compiles the others", async () => {
    const root = mkdtempSync(join(tmpdir(), "hs2stg-corpus-root-"));
    try {
      writeFileSync(
        join(root, "good.hs"),
        "main :: IO ()\nmain = print (1 + 2 :: Int)\n",
      );
      writeFileSync(
        join(root, "bad.hs"),
        "main :: IO ()\nmain = print (1 + True)\n",
      );
      mkdirSync(join(root, "multi"));
      writeFileSync(
        join(root, "multi", "Main.hs"),
        "import Missing\nmain = missing\n",
      );
      const dumps = await compileCorpus(listPrograms(root));
      const status = dumps
        .filter((d) => d.level === "O0")
        .map((d) => [d.program.name, d.error === null ? "ok" : "error"]);
      expect(status).toEqual([
        ["bad.hs", "error"],
        ["good.hs", "ok"],
        ["multi", "error"],
      ]);
      const bad = dumps.find((d) => d.program.name === "bad.hs");
      expect(bad?.error).toMatch(/No instance for \(Num Bool\)/);
      const good = dumps.find(
        (d) => d.program.name === "good.hs" && d.level === "O1",
      );
      expect(parseGhcDump(good!.text, good!.file).modules[0]!.name).toBe(
        "Main",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
