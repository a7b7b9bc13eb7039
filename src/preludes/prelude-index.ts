// The base prelude's index, kept between runs: for every definition of
// preludes/base, the file that defines it and where in the file. With it a
// run parses only the prelude definitions its program reaches (a hello
// world needs a few hundred of some 25,000) instead of every file
// (definition-slices.ts).
//
// The index is stored in the user's cache directory (src/cache/), keyed by
// every prelude file's name, size and modification time and by the same of
// hs2stg's code (code-fingerprint.ts): any edit of a prelude or a rebuild
// builds it again (from a full parse, which also reports
// syntax errors and duplicate definitions as before).
import {
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { cacheKey, readJsonEntry, writeEntry } from "../cache/store.js";
import { codeFingerprint } from "../cache/code-fingerprint.js";

const KIND = "prelude-index";
export const PRELUDE_INDEX_FORMAT = "hs2stg-prelude-index-3";
const FORMAT = PRELUDE_INDEX_FORMAT;

export interface PreludeIndexData {
  readonly format: string;
  /** The files, as labelled (`preludes/base/GHC.Show.stg`), in load order. */
  readonly files: readonly string[];
  /**
   * For each file, the names it defines, separated by spaces (names never
   * hold one): one string a file keeps reading the index cheap.
   */
  readonly names: readonly string[];
  /**
   * For each file, where each of its definitions starts (offsets separated
   * by spaces, parallel to `names`), or "" when the file is parsed whole.
   */
  readonly starts: readonly string[];
  /**
   * Every name, sorted (by `<`), separated by spaces, and for each where it
   * is (file number * 65536 + position in the file): looked up by binary
   * search, so that a run builds no map of all 25,000 names.
   */
  readonly sorted?: { readonly names: string; readonly at: ArrayLike<number> };
  /** Only in a shipped index: where its compiled definitions are. */
  readonly compiled?: CompiledDefinitions;
}

/**
 * The shipped index's compiled definitions: every definition's binding and
 * free names, v8-serialised one after the other in file and definition
 * order into one file (SHIPPED_DEFINITIONS), so that a run deserialises the
 * few hundred it links instead of parsing their text.
 */
export interface CompiledDefinitions {
  /** The file's size and time when the index was written: it counts only while they match. */
  readonly bytes: number;
  readonly mtimeMs: number;
  /** For each prelude file, where its first definition starts. */
  readonly offsets: readonly number[];
  /** For each prelude file, each definition's length in bytes (separated by spaces, parallel to `names`). */
  readonly sizes: readonly string[];
}

// src/preludes/ and dist/preludes/ are both two levels below the package root.
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** preludes/base: where it is, and what messages call it. */
export const BASE_PRELUDE = {
  dir: join(PACKAGE_ROOT, "preludes/base"),
  label: "preludes/base",
} as const;

/** The prelude files of `dir`: its `.stg` files, sorted. */
export function preludeFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".stg"))
    .sort();
}

let baseStats: string | undefined;
let baseDirTime: number | undefined;

/** preludeStats of preludes/base as it is now (memoised; undefined when it cannot be read). */
export function basePreludeStats(): string | undefined {
  if (baseStats !== undefined) return baseStats;
  try {
    // The directory's time first: a file added meanwhile changes it after.
    const dirTime = statSync(BASE_PRELUDE.dir).mtimeMs;
    baseStats = preludeStats(BASE_PRELUDE.dir, preludeFiles(BASE_PRELUDE.dir));
    baseDirTime = dirTime;
  } catch {
    return undefined;
  }
  return baseStats;
}

/**
 * What a translation took from preludes/base, to tell later whether it
 * changed: the stats of the files its definitions came from and the
 * directory's time (which a file added, removed or renamed changes), or,
 * when the program also used definitions built from the inventory (a
 * prelude file could come to define them), the whole directory's key.
 */
export type PreludeDeps =
  | { readonly kind: "key"; readonly key: string }
  | {
      readonly kind: "files";
      readonly dirTime: number;
      /** preludeStats of the files, sorted. */
      readonly stats: string;
    };

/** Whether preludes/base is still as `deps` recorded it (a stat a file, not a thousand). */
export function basePreludeUnchanged(deps: PreludeDeps): boolean {
  return deps.kind === "key"
    ? deps.key === basePreludeKey()
    : filesUnchanged(BASE_PRELUDE.dir, deps);
}

/**
 * The "files" deps of the directory labelled `label` whose preludeStats
 * were `stats` and time `dirTime`, for the labelled `files` (others are
 * left out); undefined when one of them is not in `stats`. Exposed for tests.
 */
export function filesDeps(
  label: string,
  stats: string,
  dirTime: number,
  files: Iterable<string>,
): PreludeDeps | undefined {
  const prefix = `${label}/`;
  const wanted = new Set<string>();
  for (const f of files)
    if (f.startsWith(prefix)) wanted.add(f.slice(prefix.length));
  const lines = stats
    .split("\n")
    .filter((line) => line !== "" && wanted.has(statsLineFile(line)));
  if (lines.length !== wanted.size) return undefined;
  return {
    kind: "files",
    dirTime,
    stats: lines.map((l) => `${l}\n`).join(""),
  };
}

/** Whether `dir` and the files of `deps` have the time and stats it recorded. Exposed for tests. */
export function filesUnchanged(
  dir: string,
  deps: PreludeDeps & { kind: "files" },
): boolean {
  try {
    if (statSync(dir).mtimeMs !== deps.dirTime) return false;
  } catch {
    return false;
  }
  const files = deps.stats
    .split("\n")
    .filter((line) => line !== "")
    .map(statsLineFile);
  return preludeStats(dir, files) === deps.stats;
}

/** The file a preludeStats line is about (`${f.length}:${f}${size} ${time}`). */
export function statsLineFile(line: string): string {
  const colon = line.indexOf(":");
  return line.slice(colon + 1, colon + 1 + Number(line.slice(0, colon)));
}

/** preludes/base's time, taken with basePreludeStats (undefined before it, or when it cannot be read). */
export function basePreludeDirTime(): number | undefined {
  return baseStats === undefined ? undefined : baseDirTime;
}

/** The key of preludes/base as it is now (undefined when it cannot be read). */
export function basePreludeKey(): string | undefined {
  const stats = basePreludeStats();
  return stats === undefined
    ? undefined
    : statsKey(BASE_PRELUDE.label, stats);
}

/**
 * The name, size and modification time of each of `files` (sorted base
 * names) in `dir`, as one string; undefined when a file cannot be stat'ed.
 */
export function preludeStats(
  dir: string,
  files: readonly string[],
): string | undefined {
  try {
    // One string for a thousand files: hashing a part each costs more than the stats.
    let stats = "";
    for (const f of files) {
      const st = statSync(join(dir, f));
      stats += `${f.length}:${f}${st.size} ${st.mtimeMs}\n`;
    }
    return stats;
  } catch {
    return undefined;
  }
}

/** The key of the index of `files` (sorted base names) in `dir`, or undefined when a file cannot be stat'ed. */
export function preludeIndexKey(
  dir: string,
  label: string,
  files: readonly string[],
): string | undefined {
  const stats = preludeStats(dir, files);
  return stats === undefined ? undefined : statsKey(label, stats);
}

/** The key basePreludeKey gives for these preludeStats of preludes/base. */
export function basePreludeKeyOf(stats: string): string {
  return statsKey(BASE_PRELUDE.label, stats);
}

function statsKey(label: string, stats: string): string {
  return cacheKey([FORMAT, label, ...codeFingerprint(), stats]);
}

// The index `npm run build` ships (scripts/ship-prelude-index.mjs), so that
// the first run after a build does not parse all of preludes/base (~1 s).
// It counts only for the code it was built with: when this module runs from
// dist/, the file was written after the last compile of dist/ (tsc rewrites
// dist/cli-main.js each time), and the prelude files' stats are those it
// records. Anything else (under vitest, an old or unreadable file, an edited
// prelude) falls back to the index in the cache directory.
// v8-serialised (its names are long strings, which v8 reads as they are,
// where JSON.parse scans them: some 10 ms less of a new program's run).
export const SHIPPED_INDEX = join(PACKAGE_ROOT, "dist/prelude-index.bin");
export const SHIPPED_DEFINITIONS = join(
  PACKAGE_ROOT,
  "dist/prelude-definitions.bin",
);
const COMPILED_ENTRY = join(PACKAGE_ROOT, "dist/cli-main.js");
const RUNNING_FROM_DIST = fileURLToPath(import.meta.url).startsWith(
  join(PACKAGE_ROOT, "dist") + sep,
);

/**
 * The shipped index of preludes/base, with the stats it records, when it
 * was made by this build and preludes/base's directory has the time it
 * records: its files are then taken to be as recorded until a link checks
 * those it reads (base.ts: loadBasePreludeForLink, confirmBaseLink).
 */
export function shippedBaseIndexOnTrust():
  | { index: PreludeIndexData; stats: string; dirTime: number }
  | undefined {
  if (!RUNNING_FROM_DIST) return undefined;
  let dirTime: number;
  try {
    dirTime = statSync(BASE_PRELUDE.dir).mtimeMs;
  } catch {
    return undefined;
  }
  const index = readShippedIndex(
    SHIPPED_INDEX,
    COMPILED_ENTRY,
    (v) => v.dirTime === dirTime && typeof v.stats === "string",
    SHIPPED_DEFINITIONS,
  );
  const stats = (index as { stats?: unknown } | undefined)?.stats;
  return index === undefined || typeof stats !== "string"
    ? undefined
    : { index, stats, dirTime };
}

/** The shipped index of preludes/base when it is valid for this run (see above). */
export function shippedBaseIndex(): PreludeIndexData | undefined {
  const stats = basePreludeStats();
  return RUNNING_FROM_DIST && stats !== undefined
    ? readShippedIndex(SHIPPED_INDEX, COMPILED_ENTRY, stats, SHIPPED_DEFINITIONS)
    : undefined;
}

/**
 * The index stored at `path` when it is at least as new as `builtAfter` and
 * was made from prelude files with these `stats` (or, given a function, is
 * one it accepts: the index's own `stats` and `dirTime` fields); else
 * undefined. Its compiled definitions are kept when `definitions` is the
 * file it wrote (same size and time), else dropped (definitions are then
 * parsed). The index keeps its `stats` and `dirTime` fields.
 */
export function readShippedIndex(
  path: string,
  builtAfter: string,
  stats: string | ((v: { stats?: unknown; dirTime?: unknown }) => boolean),
  definitions?: string,
): PreludeIndexData | undefined {
  let v: unknown;
  try {
    if (statSync(path).mtimeMs < statSync(builtAfter).mtimeMs)
      return undefined;
    v = deserialize(readFileSync(path));
  } catch {
    return undefined;
  }
  if (
    !isIndex(v) ||
    (typeof stats === "string"
      ? (v as { stats?: unknown }).stats !== stats
      : !stats(v as { stats?: unknown; dirTime?: unknown }))
  )
    return undefined;
  const { compiled, ...index } = v;
  return compiled !== undefined &&
    definitions !== undefined &&
    isCompiled(compiled, v.files.length) &&
    unchangedFile(definitions, compiled)
    ? v
    : index;
}

function isCompiled(c: unknown, files: number): c is CompiledDefinitions {
  if (typeof c !== "object" || c === null) return false;
  const d = c as Partial<CompiledDefinitions>;
  return (
    typeof d.bytes === "number" &&
    typeof d.mtimeMs === "number" &&
    Array.isArray(d.offsets) &&
    d.offsets.length === files &&
    d.offsets.every((o) => typeof o === "number") &&
    Array.isArray(d.sizes) &&
    d.sizes.length === files &&
    d.sizes.every((s) => typeof s === "string")
  );
}

function unchangedFile(path: string, c: CompiledDefinitions): boolean {
  try {
    const st = statSync(path);
    return st.size === c.bytes && st.mtimeMs === c.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Writes `index` of prelude files with these `stats` to `path`, and with
 * `definitions` the compiled definitions (`blobs`, each file's
 * definitions' serialised forms in order) to that file; each atomically,
 * the index last.
 */
export function writeShippedIndex(
  path: string,
  index: PreludeIndexData,
  stats: string,
  definitions?: { path: string; blobs: readonly (readonly Buffer[])[] },
  dirTime?: number,
): void {
  let compiled: CompiledDefinitions | undefined;
  if (definitions !== undefined) {
    writeAtomically(definitions.path, Buffer.concat(definitions.blobs.flat()));
    const st = statSync(definitions.path);
    let at = 0;
    compiled = {
      bytes: st.size,
      mtimeMs: st.mtimeMs,
      offsets: definitions.blobs.map((bs) => {
        const start = at;
        for (const b of bs) at += b.length;
        return start;
      }),
      sizes: definitions.blobs.map((bs) => bs.map((b) => b.length).join(" ")),
    };
  }
  writeAtomically(
    path,
    serialize({
      ...index,
      ...(index.sorted !== undefined
        ? {
            sorted: {
              names: oneByte(index.sorted.names),
              at: Int32Array.from(index.sorted.at),
            },
          }
        : {}),
      stats,
      ...(dirTime !== undefined ? { dirTime } : {}),
      ...(compiled ? { compiled } : {}),
    }),
  );
}

/**
 * `s` as a string of one-byte characters when it has no others: v8 then
 * stores it at a byte a character (the joined names come out two-byte).
 */
function oneByte(s: string): string {
  const latin1 = Buffer.from(s, "latin1").toString("latin1");
  return latin1 === s ? latin1 : s;
}

function writeAtomically(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function readPreludeIndex(key: string): PreludeIndexData | undefined {
  return readJsonEntry(KIND, key, isIndex);
}

export function writePreludeIndex(key: string, index: PreludeIndexData): void {
  // An index is some 1 MB; a few builds' worth is enough.
  writeEntry(KIND, key, JSON.stringify(index), 16 * 2 ** 20);
}

function isIndex(v: unknown): v is PreludeIndexData {
  if (typeof v !== "object" || v === null) return false;
  const i = v as Partial<PreludeIndexData>;
  return (
    i.format === FORMAT &&
    Array.isArray(i.files) &&
    Array.isArray(i.names) &&
    Array.isArray(i.starts) &&
    i.files.length === i.names.length &&
    i.files.length === i.starts.length &&
    i.files.every((f) => typeof f === "string") &&
    i.names.every((f) => typeof f === "string") &&
    i.starts.every((f) => typeof f === "string") &&
    (i.sorted === undefined ||
      (typeof i.sorted === "object" &&
        i.sorted !== null &&
        typeof i.sorted.names === "string" &&
        (Array.isArray(i.sorted.at) || i.sorted.at instanceof Int32Array)))
  );
}
