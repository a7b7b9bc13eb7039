// dataToTag# on the program's own constructors (derived Ord/Enum at -O1,
// getTag at -O0) needs constructor order, which STG lacks: the pipeline
// reads it from GHC's interface dump. Running a bare dump works when the
// `.dump-hi` GHC wrote sits beside it, and says what is missing otherwise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

const SOURCE = [
  // Big enough that GHC -O1 compares and enumerates through dataToTag#.
  "data Dir = N | NE | E | SE | S | SW | W | NW | Up | Down | Here",
  "  deriving (Show, Eq, Ord, Enum, Bounded)",
  "main :: IO ()",
  "main = do",
  "  print (compare E W, maximum [S, N, E], [SW ..], [N, E ..])",
  "  print (map fromEnum [minBound .. maxBound :: Dir], succ S, E < Up)",
  "",
].join("\n");

describe.skipIf(!HAVE_GHC)("constructor tags from GHC's interface dump", () => {
  let dir = "";
  let native = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hs2stg-tags-"));
    await writeFile(join(dir, "Dirs.hs"), SOURCE);
    const flags = ["-O1", "-ddump-stg-final", "-ddump-hi", "-ddump-to-file"];
    await execa(
      "ghc",
      ["-v0", ...flags, "-outputdir", "out", "Dirs.hs", "-o", "dirs"],
      { cwd: dir },
    );
    native = (await execa(join(dir, "dirs"))).stdout + "\n";
  }, 120_000);
  afterAll(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  it("runs a -O1 dump with its .dump-hi beside it exactly as GHC's binary", async () => {
    const r = await execa(
      BIN,
      ["run", join(dir, "out", "Dirs.dump-stg-final")],
      {
        reject: false,
        stripFinalNewline: false,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(native);
    expect(r.exitCode).toBe(0);
  });

  it("runs the source at -O0 and -O1 exactly as GHC's binary", async () => {
    for (const opt of ["-O0", "-O1"]) {
      const r = await execa(
        BIN,
        ["run", join(dir, "Dirs.hs"), "--ghc-option", opt],
        {
          reject: false,
          stripFinalNewline: false,
        },
      );
      expect(r.stdout, opt).toBe(native);
    }
  });

  it("without the interface dump, names the constructor and the fix", async () => {
    await rename(
      join(dir, "out", "Dirs.dump-hi"),
      join(dir, "out", "away.txt"),
    );
    const r = await execa(
      BIN,
      ["run", join(dir, "out", "Dirs.dump-stg-final")],
      {
        reject: false,
      },
    );
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(
      /dataToTag#: no known tag for constructor \w+_Main/,
    );
    expect(r.stderr).toContain("-ddump-hi");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
