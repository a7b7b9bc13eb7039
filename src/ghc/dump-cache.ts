// GHC's dumps of a program, kept between runs in the user's cache directory
// (src/cache/): a second `hs2stg run` of unchanged source does not run GHC.
// The key is everything GHC's answer depends on that we can name: GHC's
// path and version, the arguments (our flags and the user's), the source's
// directory, name and text. The program's other modules are found by GHC
// itself (`-i.`), so the entry records the text of each module file beside
// the source and is used only while every one of them is unchanged.
// GHC's messages (warnings) are stored too and shown again on a hit.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheKey, readJsonEntry, writeEntry } from "../cache/store.js";
import type { StgDumpFile } from "./dump-file.js";
import type { GhcInstallation } from "./locate.js";
import type { SourceLocation } from "./source.js";

const KIND = "dumps";
const FORMAT = "hs2stg-dumps-2";

export interface CachedDumps {
  /** What GHC printed (warnings), shown again on a hit. */
  readonly ghcOutput: string;
  readonly dumps: StgDumpFile[];
}

interface Entry extends CachedDumps {
  readonly format: string;
  /** Module files beside the source (relative path, sha256 of the text or null when absent). */
  readonly deps: ModuleFileHash[];
}

/** The key of one GHC invocation; `args` as given to GHC, the output directory left out. */
export function dumpCacheKey(
  ghc: GhcInstallation,
  src: SourceLocation,
  args: readonly string[],
): string | undefined {
  let text: Buffer;
  try {
    text = readFileSync(join(src.dir, src.name));
  } catch {
    return undefined;
  }
  return cacheKey([
    FORMAT,
    ghc.path,
    ghc.version,
    args.join("\0"),
    src.dir,
    src.name,
    text,
  ]);
}

/** The dumps stored under `key`, when every module file is as it was. */
export function readCachedDumps(
  key: string,
  src: SourceLocation,
): CachedDumps | undefined {
  const entry = readJsonEntry(KIND, key, isEntry);
  if (entry === undefined || !unchanged(src.dir, entry.deps)) return undefined;
  return { ghcOutput: entry.ghcOutput, dumps: entry.dumps };
}

export function writeCachedDumps(
  key: string,
  src: SourceLocation,
  value: CachedDumps,
  ghcOptions: readonly string[] = [],
): void {
  const entry: Entry = {
    format: FORMAT,
    ghcOutput: value.ghcOutput,
    dumps: value.dumps,
    deps: moduleFileHashes(
      src.dir,
      value.dumps.map((d) => d.name),
      ghcOptions,
    ),
  };
  writeEntry(KIND, key, JSON.stringify(entry));
}

/** A module file beside the source and the sha256 of its text (null: absent). */
export type ModuleFileHash = [file: string, hash: string | null];

/**
 * The files the dumps named `dumpNames` may come from, with their hashes:
 * `Bank/Ledger.dump-stg-final` was compiled from `Bank/Ledger.hs` or
 * `.lhs`, and `Bank/Ledger.hs-boot` (`.lhs-boot`) if there is one (the
 * main source's dump is named after its file), in the source's directory
 * or any directory a `-i` option of `ghcOptions` adds to GHC's search path:
 * every candidate is recorded, so a module appearing or changing in any of
 * them invalidates the entry.
 */
export function moduleFileHashes(
  dir: string,
  dumpNames: readonly string[],
  ghcOptions: readonly string[] = [],
): ModuleFileHash[] {
  const roots = searchDirs(ghcOptions);
  return dumpNames.flatMap((name) => {
    const stem = name.replace(/\.dump-stg-final$/, "");
    // With its boot file, if any: importing modules compile against it.
    const files = [".hs", ".lhs", ".hs-boot", ".lhs-boot"].flatMap((ext) =>
      roots.map((root) => (root === "" ? "" : `${root}/`) + stem + ext),
    );
    return files.map((f): ModuleFileHash => [f, fileHash(join(dir, f))]);
  });
}

/** GHC's module search path beyond `.`: the directories of `-iDIR[:DIR]` options. */
function searchDirs(ghcOptions: readonly string[]): string[] {
  const dirs = ghcOptions
    .filter((o) => o.startsWith("-i") && o.length > 2)
    .flatMap((o) => o.slice(2).split(":"))
    .filter((d) => d !== "" && d !== ".");
  return ["", ...new Set(dirs)];
}

/** Whether every module file in `dir` still has its recorded hash. */
export function unchanged(
  dir: string,
  deps: readonly ModuleFileHash[],
): boolean {
  return deps.every(([file, hash]) => fileHash(join(dir, file)) === hash);
}

function fileHash(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

/** Whether `v` is a list of ModuleFileHash. */
export function isModuleFileHashes(v: unknown): v is ModuleFileHash[] {
  return (
    Array.isArray(v) &&
    v.every(
      (d) =>
        Array.isArray(d) &&
        d.length === 2 &&
        typeof d[0] === "string" &&
        (d[1] === null || typeof d[1] === "string"),
    )
  );
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Partial<Entry>;
  return (
    e.format === FORMAT &&
    typeof e.ghcOutput === "string" &&
    Array.isArray(e.dumps) &&
    e.dumps.every(
      (d) =>
        typeof d === "object" &&
        d !== null &&
        typeof d.name === "string" &&
        typeof d.text === "string" &&
        (d.interface === undefined || typeof d.interface === "string"),
    ) &&
    isModuleFileHashes(e.deps)
  );
}
