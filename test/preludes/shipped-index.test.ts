// The index of preludes/base that `npm run build` ships in dist/, with its
// compiled definitions (src/preludes/prelude-index.ts,
// scripts/ship-prelude-index.mjs): it answers as the full parse does, and
// counts only while every prelude file has the size and time it records and
// it is newer than the compiled code; an unreadable or garbled file is
// simply not used, and changed compiled definitions are parsed instead.
import { describe, expect, it, afterAll } from "vitest";
import {
  copyFileSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { serialize } from "node:v8";
import {
  BASE_PRELUDE,
  basePreludeStats,
  preludeStats,
  readShippedIndex,
} from "../../src/preludes/prelude-index.js";
import {
  baseIndexFromData,
  loadBaseDirectory,
  shipBasePreludeIndex,
} from "../../src/preludes/base.js";

describe("the shipped prelude index", () => {
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-shipped-index-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const shipped = join(dir, "prelude-index.bin");
  const definitions = join(dir, "prelude-definitions.bin");
  // Stands for dist/cli-main.js: the index must be at least as new.
  const compiled = join(dir, "cli-main.js");
  writeFileSync(compiled, "");
  utimesSync(compiled, new Date(2000, 0, 1), new Date(2000, 0, 1));
  shipBasePreludeIndex(shipped, definitions);
  const full = loadBaseDirectory(BASE_PRELUDE.dir, BASE_PRELUDE.label);

  /** The names whose definition (binding, file or free names) differs from the full parse's. */
  const differing = (index: ReturnType<typeof baseIndexFromData>) =>
    [...full.definitions].filter(([name, a]) => {
      const b = index.definitions.get(name);
      return (
        b === undefined ||
        b.file !== a.file ||
        !isDeepStrictEqual(b.binding, a.binding) ||
        !isDeepStrictEqual([...b.refs], [...a.refs])
      );
    });

  it("answers as the full parse does, for every definition", () => {
    const stats = basePreludeStats()!;
    const data = readShippedIndex(shipped, compiled, stats, definitions);
    expect(data?.compiled).toBeDefined();
    const index = baseIndexFromData(data!, definitions);
    expect(index.files).toEqual(full.files);
    expect(index.definitions.size).toBe(full.definitions.size);
    expect(full.definitions.size).toBeGreaterThan(10_000);
    expect(differing(index).map(([n]) => n)).toEqual([]);
    // Names are found by binary search, and listed in the files' order.
    expect(data!.sorted).toBeDefined();
    expect([...index.definitions.keys()]).toEqual([...full.definitions.keys()]);
    expect(index.definitions.has("no_such_name")).toBe(false);
    expect(index.definitions.get("no_such_name")).toBeUndefined();
    // An index without the sorted names (an older one) answers the same.
    const { sorted: _, ...unsorted } = data!;
    const plain = baseIndexFromData(unsorted, definitions);
    expect(plain.definitions.size).toBe(full.definitions.size);
    expect([...plain.definitions.keys()]).toEqual([...full.definitions.keys()]);
    expect(plain.definitions.get("map_GHCziBase")?.binding).toEqual(
      full.definitions.get("map_GHCziBase")?.binding,
    );
  });

  it("parses the text when the compiled definitions changed", () => {
    const stats = basePreludeStats()!;
    // A compiled definitions file of another build: its size or time differ.
    const other = join(dir, "other.bin");
    writeFileSync(other, "garbage");
    const data = readShippedIndex(shipped, compiled, stats, other);
    expect(data).toBeDefined();
    expect(data!.compiled).toBeUndefined();
    expect(
      readShippedIndex(shipped, compiled, stats)?.compiled,
    ).toBeUndefined();
    // Garbled contents of the right size and time: each definition that does
    // not deserialise to its binding is parsed.
    const d = readShippedIndex(shipped, compiled, stats, definitions)!;
    const garbled = join(dir, "garbled.bin");
    writeFileSync(garbled, Buffer.alloc(d.compiled!.bytes, 7));
    const index = baseIndexFromData(d, garbled);
    for (const name of ["putStrLn_SystemziIO", "map_GHCziBase"])
      expect(index.definitions.get(name)?.binding).toEqual(
        full.definitions.get(name)?.binding,
      );
  });

  it("does not count once a prelude file changes", () => {
    // A copy of two prelude files stands for preludes/base.
    const files = ["GHC.Base.stg", "GHC.Show.stg"];
    for (const f of files) {
      copyFileSync(join(BASE_PRELUDE.dir, f), join(dir, f));
    }
    const before = preludeStats(dir, files)!;
    // Same size, new time (a checkout, an editor's save) ...
    utimesSync(join(dir, files[0]!), new Date(), new Date(2001, 0, 1));
    const touched = preludeStats(dir, files)!;
    expect(touched).not.toBe(before);
    // ... and an edit of the text.
    writeFileSync(join(dir, files[1]!), "x = CON(I 1);\n");
    const edited = preludeStats(dir, files)!;
    expect(edited).not.toBe(touched);
    expect(preludeStats(dir, [...files, "Gone.stg"])).toBeUndefined();
    // The shipped index records the real files' stats, not these.
    expect(readShippedIndex(shipped, compiled, before)).toBeUndefined();
    expect(readShippedIndex(shipped, compiled, edited)).toBeUndefined();
  });

  it("does not count when older than the compiled code", () => {
    const stats = basePreludeStats()!;
    const later = join(dir, "later.js");
    writeFileSync(later, "");
    utimesSync(later, new Date(), new Date(Date.now() + 60_000));
    expect(readShippedIndex(shipped, later, stats)).toBeUndefined();
  });

  it("is not used when missing, garbled or of another format", () => {
    const stats = basePreludeStats()!;
    expect(
      readShippedIndex(join(dir, "absent.json"), compiled, stats),
    ).toBeUndefined();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"format": "hs2stg-prelude-index-3", "files": [');
    expect(readShippedIndex(bad, compiled, stats)).toBeUndefined();
    writeFileSync(
      bad,
      serialize({
        format: "other",
        files: [],
        names: [],
        starts: [],
        stats,
      }),
    );
    expect(readShippedIndex(bad, compiled, stats)).toBeUndefined();
  });
});
