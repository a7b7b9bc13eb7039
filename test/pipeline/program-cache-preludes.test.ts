// The program cache and preludes/base (src/pipeline/program-cache.ts): an
// entry records what it took from preludes/base (basePreludeDeps: the files
// its definitions came from) and is a hit only while that is unchanged
// (then replaced, not added to). The deps are mocked here as a key (a test
// must not edit preludes/base; test/preludes/prelude-deps.test.ts checks
// them on a directory of its own); GHC is reached through a wrapper that
// counts its compilations.
import { describe, expect, it, beforeAll, afterAll, vi } from "vitest";
import {
  chmod,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

let preludeKey: string | undefined = "prelude-key-1";
const depsAsked: [string[], boolean][] = [];
vi.mock("../../src/preludes/base.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/preludes/base.js")>()),
  basePreludeDeps: (files: Iterable<string>, whole: boolean) => {
    depsAsked.push([[...files], whole]);
    return preludeKey === undefined
      ? undefined
      : { kind: "key", key: preludeKey };
  },
}));
vi.mock("../../src/preludes/prelude-index.js", async (importOriginal) => ({
  ...(await importOriginal<
    typeof import("../../src/preludes/prelude-index.js")
  >()),
  basePreludeUnchanged: (d: { kind: string; key?: string }) =>
    d.kind === "key" && d.key === preludeKey,
}));

const { cachedProgramForRun } =
  await import("../../src/pipeline/program-cache.js");

describe.skipIf(!HAVE_GHC)("the program cache and preludes/base", () => {
  let dir = "";
  let ghc = "";
  let log = "";
  let saved: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hs2stg-program-cache-test-"));
    ghc = join(dir, "ghc-counting");
    log = join(dir, "ghc.log");
    await writeFile(
      ghc,
      `#!/bin/sh\ncase "$1" in --numeric-version) ;; *) echo compile >> ${log} ;; esac\nexec ghc "$@"\n`,
    );
    await chmod(ghc, 0o755);
    await writeFile(join(dir, "Main.hs"), 'main = putStrLn "cached"\n');
    saved = process.env["HS2STG_CACHE_DIR"];
    process.env["HS2STG_CACHE_DIR"] = join(dir, "cache");
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env["HS2STG_CACHE_DIR"];
    else process.env["HS2STG_CACHE_DIR"] = saved;
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  const compilations = async (): Promise<number> =>
    existsSync(log)
      ? (await readFile(log, "utf8")).split("\n").filter((l) => l !== "").length
      : 0;

  /**
   * Translates Main.hs: how many times GHC compiled, and the program's
   * binding names. The dumps entry is removed first, so that every miss of
   * the program cache shows as a compile.
   */
  async function translate(opts: { cache?: false } = {}) {
    await rm(join(dir, "cache", "dumps"), { recursive: true, force: true });
    const before = await compilations();
    const r = await cachedProgramForRun(
      join(dir, "Main.hs"),
      { ghc, ...opts },
      [],
    );
    return {
      compiled: (await compilations()) - before,
      names: r.program.program.bindings.map((b) => b.name),
    };
  }

  it("is a hit only while the prelude key is the one it recorded", async () => {
    const programs = join(dir, "cache", "programs");
    const entries = async () => (await readdir(programs)).length;
    const first = await translate();
    expect(first.compiled).toBe(1);
    expect(first.names).toContain("main");
    expect(await entries()).toBe(1);
    // Asked for the files the program's definitions came from: its own and
    // the prelude files, none built from the inventory.
    const [files, whole] = depsAsked[depsAsked.length - 1]!;
    expect(files).toContain(join(dir, "Main.hs"));
    expect(files.some((f) => f.startsWith("preludes/base/"))).toBe(true);
    expect(whole).toBe(false);
    expect(await translate()).toEqual({ ...first, compiled: 0 });

    preludeKey = "prelude-key-2"; // a prelude file edited
    expect(await translate()).toEqual({ ...first, compiled: 1 });
    // The entry was replaced, not added to.
    expect(await entries()).toBe(1);
    expect(await translate()).toEqual({ ...first, compiled: 0 });

    preludeKey = undefined; // preludes/base cannot be read: nothing is kept
    expect((await translate()).compiled).toBe(1);
    expect((await translate()).compiled).toBe(1);
    preludeKey = "prelude-key-2";
    expect((await translate()).compiled).toBe(0);
  });

  it("translates without the cache when asked", async () => {
    const r = await translate({ cache: false });
    expect(r.compiled).toBe(1);
    expect(r.names).toContain("main");
  });
});
