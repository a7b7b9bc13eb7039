// The caches of `hs2stg run Prog.hs` (src/cache/, src/ghc/dump-cache.ts,
// src/pipeline/program-cache.ts): a second run of unchanged input does not
// run GHC and prints exactly what the first printed; a changed source,
// imported module, GHC option or corrupt entry makes it compile again; an
// unwritable cache directory or HS2STG_NO_CACHE=1 / --no-cache still run.
// GHC is reached through a wrapper script that counts its compilations.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { execa } from "execa";
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";
import { dumpStg } from "../../src/ghc/index.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");

describe.skipIf(!HAVE_GHC)("the caches of hs2stg run", () => {
  let dir = "";
  let ghc = "";
  let log = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hs2stg-cache-test-"));
    ghc = join(dir, "ghc-counting");
    log = join(dir, "ghc.log");
    // Logs every compilation (not the version probe), then is GHC.
    await writeFile(
      ghc,
      `#!/bin/sh\ncase "$1" in --numeric-version) ;; *) echo compile >> ${log} ;; esac\nexec ghc "$@"\n`,
    );
    await chmod(ghc, 0o755);
    await writeFile(
      join(dir, "Main.hs"),
      'import Helper (greet)\nmain :: IO ()\nmain = putStrLn (greet "cache")\n',
    );
    await writeFile(
      join(dir, "Helper.hs"),
      'module Helper (greet) where\ngreet :: String -> String\ngreet s = "hello " ++ s\n',
    );
    // -Wall warns about the missing signature: shown on every run.
    await writeFile(join(dir, "Warn.hs"), 'main = putStrLn "warned"\n');
  });
  afterAll(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  const compilations = async (): Promise<number> =>
    existsSync(log)
      ? (await readFile(log, "utf8")).split("\n").filter((l) => l !== "").length
      : 0;

  async function run(
    file: string,
    cache: string,
    extra: string[] = [],
    env: Record<string, string> = {},
  ) {
    const before = await compilations();
    const r = await execa(
      BIN,
      ["run", join(dir, file), "--ghc", ghc, ...extra],
      {
        reject: false,
        stripFinalNewline: false,
        env: { HS2STG_CACHE_DIR: cache, ...env },
      },
    );
    return {
      stdout: r.stdout,
      stderr: r.stderr,
      exitCode: r.exitCode,
      compiled: (await compilations()) - before,
    };
  }

  it("runs a program a second time from the cache, printing the same", async () => {
    const cache = join(dir, "c1");
    const first = await run("Main.hs", cache);
    expect(first).toMatchObject({
      stdout: "hello cache\n",
      stderr: "",
      exitCode: 0,
      compiled: 1,
    });
    const second = await run("Main.hs", cache);
    expect(second).toEqual({ ...first, compiled: 0 });
    expect(await readdir(join(cache, "programs"))).toHaveLength(1);
    expect(await readdir(join(cache, "dumps"))).toHaveLength(1);
  });

  it("compiles again when the source, an imported module or an option changes", async () => {
    const cache = join(dir, "c2");
    expect((await run("Main.hs", cache)).compiled).toBe(1);
    await writeFile(
      join(dir, "Helper.hs"),
      'module Helper (greet) where\ngreet :: String -> String\ngreet s = "hi " ++ s\n',
    );
    expect(await run("Main.hs", cache)).toMatchObject({
      stdout: "hi cache\n",
      compiled: 1,
    });
    await writeFile(
      join(dir, "Main.hs"),
      'import Helper (greet)\nmain :: IO ()\nmain = putStrLn (greet "again")\n',
    );
    expect(await run("Main.hs", cache)).toMatchObject({
      stdout: "hi again\n",
      compiled: 1,
    });
    expect(await run("Main.hs", cache, ["--ghc-option", "-O1"])).toMatchObject({
      stdout: "hi again\n",
      compiled: 1,
    });
    expect(await run("Main.hs", cache, ["--ghc-option", "-O1"])).toMatchObject({
      stdout: "hi again\n",
      compiled: 0,
    });
    expect(await run("Main.hs", cache)).toMatchObject({
      stdout: "hi again\n",
      compiled: 0,
    });
  });

  it("compiles again when a module in a hierarchy, on a -i path or a boot file changes", async () => {
    const cache = join(dir, "c-multi");
    const sub = join(dir, "multi");
    await mkdir(join(sub, "Text", "Deep"), { recursive: true });
    await mkdir(join(sub, "lib"), { recursive: true });
    await writeFile(
      join(sub, "Main.hs"),
      "import Text.Deep.Name (name)\nimport Extra (extra)\nmain :: IO ()\nmain = putStrLn (name ++ extra)\n",
    );
    const deep = (s: string) =>
      `module Text.Deep.Name (name) where\nimport {-# SOURCE #-} Extra (extra)\nname :: String\nname = "${s}" ++ extra\n`;
    await writeFile(join(sub, "Text", "Deep", "Name.hs"), deep("deep"));
    await writeFile(
      join(sub, "lib", "Extra.hs-boot"),
      "module Extra where\nextra :: String\n",
    );
    const extra = (s: string) =>
      `module Extra (extra) where\nimport Text.Deep.Name ()\nextra :: String\nextra = "${s}"\n`;
    await writeFile(join(sub, "lib", "Extra.hs"), extra("!"));
    const go = () => run("multi/Main.hs", cache, ["--ghc-option", "-ilib"]);
    expect(await go()).toMatchObject({ stdout: "deep!!\n", compiled: 1 });
    expect(await go()).toMatchObject({ compiled: 0 });
    await writeFile(join(sub, "Text", "Deep", "Name.hs"), deep("DEEP"));
    expect(await go()).toMatchObject({ stdout: "DEEP!!\n", compiled: 1 });
    await writeFile(join(sub, "lib", "Extra.hs"), extra("?"));
    expect(await go()).toMatchObject({ stdout: "DEEP??\n", compiled: 1 });
    await writeFile(
      join(sub, "lib", "Extra.hs-boot"),
      "module Extra where\n-- changed\nextra :: String\n",
    );
    expect(await go()).toMatchObject({ stdout: "DEEP??\n", compiled: 1 });
    expect(await go()).toMatchObject({ compiled: 0 });
  });

  it("shows GHC's warnings again on a cached run", async () => {
    const cache = join(dir, "c3");
    const first = await run("Warn.hs", cache, ["--ghc-option", "-Wall"]);
    expect(first.stderr).toMatch(/Top-level binding with no type signature/);
    expect(first.compiled).toBe(1);
    const second = await run("Warn.hs", cache, ["--ghc-option", "-Wall"]);
    expect(second).toEqual({ ...first, compiled: 0 });
  });

  it("ignores and rebuilds corrupt entries", async () => {
    const cache = join(dir, "c4");
    const first = await run("Warn.hs", cache);
    for (const kind of await readdir(cache))
      for (const f of await readdir(join(cache, kind))) {
        const path = join(cache, kind, f);
        const text = await readFile(path);
        // Truncated, then garbled entries: both are misses.
        await writeFile(
          path,
          kind === "programs" ? text.subarray(0, 100) : "garbage",
        );
      }
    const again = await run("Warn.hs", cache);
    expect(again).toEqual({ ...first, compiled: 1 });
    const third = await run("Warn.hs", cache);
    expect(third).toEqual({ ...first, compiled: 0 });
  });

  it("runs with an unwritable cache directory, and with the cache off", async () => {
    const blocker = join(dir, "not-a-directory");
    await writeFile(blocker, "");
    const cache = join(blocker, "cache");
    const a = await run("Warn.hs", cache);
    const b = await run("Warn.hs", cache);
    expect(a).toMatchObject({ stdout: "warned\n", stderr: "", compiled: 1 });
    expect(b).toEqual(a);

    const off = join(dir, "c5");
    expect(
      await run("Warn.hs", off, [], { HS2STG_NO_CACHE: "1" }),
    ).toMatchObject({ stdout: "warned\n", compiled: 1 });
    expect(await run("Warn.hs", off, ["--no-cache"])).toMatchObject({
      stdout: "warned\n",
      compiled: 1,
    });
    expect(existsSync(off)).toBe(false);
  });

  it("dumpStg gives the same dumps and GHC output from the cache", async () => {
    const cache = join(dir, "c6");
    const saved = process.env["HS2STG_CACHE_DIR"];
    process.env["HS2STG_CACHE_DIR"] = cache;
    try {
      const out: string[] = [];
      const opts = {
        ghc,
        ghcOptions: ["-Wall"],
        onGhcOutput: (t: string) => void out.push(t),
      };
      const before = await compilations();
      const first = await dumpStg(join(dir, "Warn.hs"), opts);
      const second = await dumpStg(join(dir, "Warn.hs"), opts);
      expect((await compilations()) - before).toBe(1);
      expect(second).toEqual(first);
      expect(out).toHaveLength(2);
      expect(out[1]).toBe(out[0]);
      await dumpStg(join(dir, "Warn.hs"), { ...opts, cache: false });
      expect((await compilations()) - before).toBe(2);
    } finally {
      if (saved === undefined) delete process.env["HS2STG_CACHE_DIR"];
      else process.env["HS2STG_CACHE_DIR"] = saved;
    }
  });
});
