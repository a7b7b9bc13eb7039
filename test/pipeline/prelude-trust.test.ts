// A program's link takes the shipped prelude index on trust while
// preludes/base's directory has the time the index records (base.ts:
// loadBasePreludeForLink, confirmBaseLink): it checks only the prelude
// files it read. So a file it did not read may be edited in place unseen,
// while an edit of one it read, or a file added, makes it check (and
// parse) every file. Run on a copy of the built package (a test must not
// touch preludes/base), whose index is shipped again for the copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const ROOT = join(import.meta.dirname, "../..");
const GARBAGE = "\nthis is not stg (\n";

describe.skipIf(!HAVE_GHC)("the shipped prelude index taken on trust", () => {
  let dir = "";
  let pkg = "";
  let n = 0;
  const base = (f: string) => join(pkg, "preludes/base", f);
  /** Puts the two files back as they are in the package, and ships the copy's index. */
  const reset = () => {
    for (const f of ["Text.Printf.stg", "System.IO.stg"])
      writeFileSync(base(f), readFileSync(join(ROOT, "preludes/base", f)));
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { shipBasePreludeIndex } from ${JSON.stringify(join(pkg, "dist/preludes/base.js"))};\n` +
          `import { SHIPPED_INDEX, SHIPPED_DEFINITIONS } from ${JSON.stringify(join(pkg, "dist/preludes/prelude-index.js"))};\n` +
          "shipBasePreludeIndex(SHIPPED_INDEX, SHIPPED_DEFINITIONS);\n",
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hs2stg-prelude-trust-"));
    pkg = join(dir, "pkg");
    for (const d of ["bin", "dist", "inventory", "preludes"])
      cpSync(join(ROOT, d), join(pkg, d), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    // The unbundled modules the index is shipped with import npm packages.
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
  }, 300_000);
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  /** A hello world never run before, through the copy's bin/hs2stg. */
  const hello = () => {
    const file = join(dir, `Hello${n++}.hs`);
    writeFileSync(file, 'main :: IO ()\nmain = putStrLn "hello"\n');
    const r = spawnSync(join(pkg, "bin/hs2stg"), ["run", file], {
      encoding: "utf8",
      env: { ...process.env, HS2STG_CACHE_DIR: join(dir, "cache") },
    });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  };
  const ok = { stdout: "hello\n", stderr: "", status: 0 };
  const brokenPrintf = /preludes\/base\/Text\.Printf\.stg:\d+:\d+:/;

  it("checks the files a link read, and every file when one changed", () => {
    reset();
    expect(hello()).toEqual(ok);
    // Edited in place, and not read by a hello world: not seen.
    appendFileSync(base("Text.Printf.stg"), GARBAGE);
    expect(hello()).toEqual(ok);
    // Read by it, and written again (the same text, a new time): every
    // file is checked, and the edited one parsed.
    writeFileSync(base("System.IO.stg"), readFileSync(base("System.IO.stg")));
    const r = hello();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(brokenPrintf);
  }, 300_000);

  it("a prelude file added makes every file checked", () => {
    reset();
    expect(hello()).toEqual(ok);
    appendFileSync(base("Text.Printf.stg"), GARBAGE);
    writeFileSync(base("Zz.Added.stg"), "");
    const r = hello();
    rmSync(base("Zz.Added.stg"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(brokenPrintf);
  }, 300_000);
});
