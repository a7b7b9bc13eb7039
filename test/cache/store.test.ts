// src/cache/store.ts: entries round-trip, a torn or edited entry reads as a
// miss, the directory is pruned to its budget oldest first, and an
// unwritable or disabled cache only means nothing is kept.
import { describe, expect, it, beforeEach, afterEach } from "vitest";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  cacheKey,
  readEntry,
  readJsonEntry,
  writeEntry,
} from "../../src/cache/store.js";
import { cacheDir } from "../../src/cache/cache-dir.js";

describe("the cache store", () => {
  let root = "";
  const saved = {
    dir: process.env["HS2STG_CACHE_DIR"],
    off: process.env["HS2STG_NO_CACHE"],
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "hs2stg-store-test-"));
    process.env["HS2STG_CACHE_DIR"] = root;
    delete process.env["HS2STG_NO_CACHE"];
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    for (const [k, v] of [
      ["HS2STG_CACHE_DIR", saved.dir],
      ["HS2STG_NO_CACHE", saved.off],
    ] as const)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  it("keys differ when the parts are split differently", () => {
    expect(cacheKey(["ab", "c"])).not.toBe(cacheKey(["a", "bc"]));
    expect(cacheKey(["ab", "c"])).toBe(cacheKey(["ab", Buffer.from("c")]));
  });

  it("gives back what was stored, and nothing for another key", () => {
    writeEntry("k", "one", "payload");
    expect(readEntry("k", "one")?.toString()).toBe("payload");
    expect(readEntry("k", "two")).toBeUndefined();
    expect(cacheDir("k")).toBe(join(root, "k"));
  });

  it("reads a torn or edited entry as a miss", () => {
    writeEntry("k", "torn", "a longer payload");
    const path = join(root, "k", "torn");
    const full = readFileSync(path);
    writeFileSync(path, full.subarray(0, full.length - 3));
    expect(readEntry("k", "torn")).toBeUndefined();
    writeFileSync(
      path,
      Buffer.concat([full.subarray(0, full.length - 1), Buffer.from("X")]),
    );
    expect(readEntry("k", "torn")).toBeUndefined();
    writeEntry("j", "json", "{not json");
    expect(
      readJsonEntry("j", "json", (v): v is unknown => true),
    ).toBeUndefined();
    writeEntry("j", "shape", JSON.stringify({ a: 1 }));
    expect(
      readJsonEntry(
        "j",
        "shape",
        (v): v is { b: number } => typeof (v as { b?: unknown }).b === "number",
      ),
    ).toBeUndefined();
  });

  it("prunes the oldest entries beyond the budget", () => {
    const blob = "x".repeat(1000);
    for (const [i, name] of ["a", "b", "c"].entries()) {
      writeEntry("p", name, blob, 10_000);
      const t = new Date(Date.UTC(2020, 0, 1 + i));
      utimesSync(join(root, "p", name), t, t);
    }
    writeEntry("p", "d", blob, 2_200);
    expect(readdirSync(join(root, "p")).sort()).toEqual(["c", "d"]);
  });

  it("keeps nothing when the directory cannot be made, or when turned off", () => {
    const file = join(root, "a-file");
    writeFileSync(file, "");
    process.env["HS2STG_CACHE_DIR"] = join(file, "below");
    expect(() => writeEntry("k", "x", "payload")).not.toThrow();
    expect(readEntry("k", "x")).toBeUndefined();
    process.env["HS2STG_CACHE_DIR"] = root;
    process.env["HS2STG_NO_CACHE"] = "1";
    writeEntry("k", "y", "payload");
    expect(existsSync(join(root, "k"))).toBe(false);
    expect(cacheDir("k")).toBeNull();
  });
});
