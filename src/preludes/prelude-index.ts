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

/** preludeStats of preludes/base as it is now (memoised; undefined when it cannot be read). */
export function basePreludeStats(): string | undefined {
  if (baseStats !== undefined) return baseStats;
  try {
    baseStats = preludeStats(BASE_PRELUDE.dir, preludeFiles(BASE_PRELUDE.dir));
  } catch {
    return undefined;
  }
  return baseStats;
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
export const SHIPPED_INDEX = join(PACKAGE_ROOT, "dist/prelude-index.json");
const COMPILED_ENTRY = join(PACKAGE_ROOT, "dist/cli-main.js");
const RUNNING_FROM_DIST = fileURLToPath(import.meta.url).startsWith(
  join(PACKAGE_ROOT, "dist") + sep,
);

/** The shipped index of preludes/base when it is valid for this run (see above). */
export function shippedBaseIndex(): PreludeIndexData | undefined {
  const stats = basePreludeStats();
  return RUNNING_FROM_DIST && stats !== undefined
    ? readShippedIndex(SHIPPED_INDEX, COMPILED_ENTRY, stats)
    : undefined;
}

/**
 * The index stored at `path` when it is at least as new as `builtAfter` and
 * was made from prelude files with these `stats`; else undefined.
 */
export function readShippedIndex(
  path: string,
  builtAfter: string,
  stats: string,
): PreludeIndexData | undefined {
  try {
    if (statSync(path).mtimeMs < statSync(builtAfter).mtimeMs)
      return undefined;
    const v: unknown = JSON.parse(readFileSync(path, "utf8"));
    return isIndex(v) && (v as { stats?: unknown }).stats === stats
      ? v
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `index` of prelude files with these `stats` to `path`, atomically. */
export function writeShippedIndex(
  path: string,
  index: PreludeIndexData,
  stats: string,
): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...index, stats }));
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
    i.starts.every((f) => typeof f === "string")
  );
}
