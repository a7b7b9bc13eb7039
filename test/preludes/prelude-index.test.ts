// The base prelude through its cached index (src/preludes/prelude-index.ts,
// definition-slices.ts): every definition parsed on its own is exactly the
// one the whole file gives (positions included), and an index read back
// from the cache answers as the full parse does.
import { describe, expect, it, afterAll, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStg } from "../../src/ministg/parse.js";
import {
  definitionStarts,
  parseDefinition,
} from "../../src/preludes/definition-slices.js";
import {
  BASE_PRELUDE,
  preludeFiles,
} from "../../src/preludes/prelude-index.js";
import { loadBaseDirectory } from "../../src/preludes/base.js";

describe("prelude definitions parsed one by one", () => {
  it("are those of the whole file, in every preludes/base file", () => {
    let sliced = 0;
    const whole: string[] = [];
    for (const f of preludeFiles(BASE_PRELUDE.dir)) {
      const file = `${BASE_PRELUDE.label}/${f}`;
      const text = readFileSync(join(BASE_PRELUDE.dir, f), "utf8");
      const { bindings } = parseStg(text, { file, dialect: "extended" });
      const starts = definitionStarts(text, bindings);
      if (starts === undefined) {
        whole.push(f);
        continue;
      }
      bindings.forEach((b, i) => {
        const one = parseDefinition(
          text,
          starts[i]!,
          starts[i + 1] ?? text.length,
          file,
          b.name,
        );
        expect(one, `${file}: ${b.name}`).toEqual(b);
        sliced++;
      });
    }
    // Files parsed whole are allowed, but should stay exceptions.
    expect(whole).toEqual([]);
    expect(sliced).toBeGreaterThan(10_000);
  });

  it("refuses a slice that is not exactly the named binding", () => {
    const text = "a = CON(I 1);\nb = CON(I 2);\n";
    const { bindings } = parseStg(text, { file: "t", dialect: "extended" });
    const starts = definitionStarts(text, bindings)!;
    expect(starts).toEqual([0, 14]);
    expect(parseDefinition(text, 0, text.length, "t", "a")).toBeUndefined();
    expect(parseDefinition(text, 0, 14, "t", "b")).toBeUndefined();
    expect(parseDefinition(text, 14, text.length, "t", "b")).toEqual(
      bindings[1],
    );
  });
});

describe("the cached index", () => {
  const cache = mkdtempSync(join(tmpdir(), "hs2stg-index-test-"));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it("answers as the full parse does", async () => {
    const saved = process.env["HS2STG_CACHE_DIR"];
    process.env["HS2STG_CACHE_DIR"] = cache;
    try {
      const full = loadBaseDirectory(BASE_PRELUDE.dir, BASE_PRELUDE.label);
      // A fresh module instance: the first builds and stores the index, the
      // second reads it back.
      const load = async () => {
        vi.resetModules();
        const m = await import("../../src/preludes/base.js");
        return m.loadBasePrelude();
      };
      await load();
      const cached = await load();
      expect(cached.files).toEqual(full.files);
      expect(cached.definitions.size).toBe(full.definitions.size);
      expect(readdirSync(join(cache, "prelude-index"))).toHaveLength(1);
      for (const name of [
        "putStrLn_SystemziIO",
        "zdfShowInt_GHCziShow",
        "map_GHCziBase",
      ]) {
        const a = full.definitions.get(name);
        const b = cached.definitions.get(name);
        expect(a, name).toBeDefined();
        expect(b?.file).toBe(a?.file);
        expect(b?.binding).toEqual(a?.binding);
        expect(b && [...b.refs]).toEqual(a && [...a.refs]);
      }
    } finally {
      if (saved === undefined) delete process.env["HS2STG_CACHE_DIR"];
      else process.env["HS2STG_CACHE_DIR"] = saved;
    }
  });
});
