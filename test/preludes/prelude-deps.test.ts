// What a cached program records of preludes/base (prelude-index.ts:
// filesDeps, filesUnchanged): the stats of the files its definitions came
// from and the directory's time. It stays valid while those hold, and an
// edit of a file it used, or a file added or removed, makes it stale. A
// temporary directory stands for preludes/base (a test must not touch it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appendFileSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  filesDeps,
  filesUnchanged,
  preludeFiles,
  preludeStats,
  type PreludeDeps,
} from "../../src/preludes/prelude-index.js";

describe("prelude deps of a cached program", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hs2stg-prelude-deps-"));
    for (const f of ["A.stg", "A+Part.stg", "B.stg", "C.stg"])
      writeFileSync(join(dir, f), `-- ${f}\n`);
  });
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  /** The deps of a translation that used `used` (labelled), taken now. */
  const take = (used: string[]): PreludeDeps & { kind: "files" } => {
    const dirTime = statSync(dir).mtimeMs;
    const stats = preludeStats(dir, preludeFiles(dir))!;
    const deps = filesDeps("preludes/base", stats, dirTime, [
      "Main.hs",
      ...used,
    ]);
    if (deps?.kind !== "files") throw new Error("no deps");
    return deps;
  };

  it("records only the prelude files used", () => {
    const deps = take(["preludes/base/A+Part.stg", "preludes/base/C.stg"]);
    expect(deps.stats.split("\n").filter((l) => l !== "")).toHaveLength(2);
    expect(deps.stats).toContain("A+Part.stg");
    expect(deps.stats).not.toContain("B.stg");
    expect(filesUnchanged(dir, deps)).toBe(true);
  });

  it("a file it did not use may change; one it used may not", () => {
    const deps = take(["preludes/base/A.stg"]);
    appendFileSync(join(dir, "B.stg"), "-- more\n");
    expect(filesUnchanged(dir, deps)).toBe(true);
    appendFileSync(join(dir, "A.stg"), "-- more\n");
    expect(filesUnchanged(dir, deps)).toBe(false);
  });

  it("a prelude file added or removed makes it stale", () => {
    const deps = take(["preludes/base/A.stg"]);
    writeFileSync(join(dir, "D.stg"), "-- new\n");
    expect(filesUnchanged(dir, deps)).toBe(false);
    const again = take(["preludes/base/A.stg"]);
    rmSync(join(dir, "D.stg"));
    expect(filesUnchanged(dir, again)).toBe(false);
  });

  it("a used file that is not in the stats gives no deps (nothing cached)", () => {
    const stats = preludeStats(dir, preludeFiles(dir))!;
    expect(
      filesDeps("preludes/base", stats, 0, ["preludes/base/Gone.stg"]),
    ).toBeUndefined();
  });
});
