// `hs2stg run Prog.hs` a second time: the translated program (GHC's dumps
// lowered, linked with the preludes) comes from the user's cache directory
// (src/cache/), so neither GHC nor the translation runs, nor is loaded.
//
// The key holds everything the translation reads: GHC's path and version,
// the GHC options, the file as named and the source's directory, name and
// text, the user preludes' names and texts and hs2stg's own code and data
// (code-fingerprint.ts). preludes/base counts through the entry: it records
// the size and time of the prelude files the program's definitions came
// from and the directory's time (prelude-index.ts: basePreludeDeps), and is
// a hit only while those are unchanged; so neither a program never run nor
// a cached one stats the thousand prelude files before its work (a new
// program does while GHC runs). A program that also used definitions built
// from the inventory records every prelude file's, as a prelude could come
// to define them. The program's other modules are
// found by GHC, so the entry records their files' hashes and counts only
// while they are unchanged. What went to stderr while translating (GHC's
// warnings, our notices) is stored and said again on a hit, so a cached run
// looks exactly like the first.
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { cacheKey, readEntry, writeEntry } from "../cache/store.js";
import { codeFingerprint } from "../cache/code-fingerprint.js";
import {
  isModuleFileHashes,
  moduleFileHashes,
  unchanged,
  type ModuleFileHash,
} from "../ghc/dump-cache.js";
import { locateGhc } from "../ghc/locate.js";
import type { GhcDriverOptions } from "../ghc/options.js";
import { locateSource, type SourceLocation } from "../ghc/source.js";
import {
  basePreludeUnchanged,
  type PreludeDeps,
} from "../preludes/prelude-index.js";
import type { ProgramForRun } from "./o1-fallback.js";
import type { TranslatedProgram } from "./translate.js";

const KIND = "programs";
const FORMAT = "hs2stg-program-4";

interface Entry {
  readonly format: string;
  /** What it took from preludes/base when it was translated. */
  readonly base: PreludeDeps;
  readonly deps: ModuleFileHash[];
  /** Everything written to stderr while translating, in order. */
  readonly stderr: string[];
  readonly notice?: string;
  readonly program: TranslatedProgram;
}

/**
 * `file` translated for a run, from the cache when it is there; otherwise
 * translated (o1-fallback.ts) and stored. `opts.cache === false` skips it.
 */
export async function cachedProgramForRun(
  file: string,
  opts: GhcDriverOptions,
  preludeFiles: readonly string[],
): Promise<ProgramForRun> {
  const found =
    opts.cache === false
      ? undefined
      : await programKey(file, opts, preludeFiles);
  if (found !== undefined) {
    const entry = readProgram(found.key, found.src);
    const hit =
      entry !== undefined && basePreludeUnchanged(entry.base)
        ? entry
        : undefined;
    if (hit !== undefined) {
      for (const text of hit.stderr) process.stderr.write(text);
      return {
        program: hit.program,
        ...(hit.notice !== undefined ? { notice: hit.notice } : {}),
        modules: [],
      };
    }
  }
  const stderr: string[] = [];
  const say = (text: string): void => {
    stderr.push(text);
    process.stderr.write(text);
  };
  const ghcOpts: GhcDriverOptions = {
    ...opts,
    onGhcOutput: opts.onGhcOutput ?? say,
    warn: opts.warn ?? ((m) => say(`hs2stg: ${m}\n`)),
  };
  // A bad user prelude is reported before GHC runs, as always.
  const { loadUserPreludes } = await import("../preludes/user-prelude.js");
  const userPreludes = loadUserPreludes(preludeFiles);
  // GHC starts first: loading the translation and the prelude index (some
  // 100 ms) then happens while it compiles, on the other core.
  const { dumpStg } = await import("../ghc/dump-stg.js");
  const started = dumpStg(file, ghcOpts);
  // Its failure is reported where programForRun awaits it, not as unhandled.
  started.catch(() => undefined);
  const { programForRun, prepareTranslation } =
    await import("./o1-fallback.js");
  try {
    prepareTranslation();
  } catch {
    // Said again, after GHC's messages, where the translation needs it.
  }
  const result = await programForRun(file, ghcOpts, userPreludes, started);
  // From the stats the prelude index was checked against before the
  // translation read the files (base.ts): a prelude edited meanwhile makes
  // this entry miss. (base.js is loaded already: the translation uses it.)
  const { basePreludeDeps } = await import("../preludes/base.js");
  const { SYNTHESIZED_FILE } = await import("./translate.js");
  const files = result.program.sources.map((s) => s.file);
  const base =
    found === undefined
      ? undefined
      : basePreludeDeps(files, files.includes(SYNTHESIZED_FILE));
  if (found !== undefined && base !== undefined) {
    const entry: Entry = {
      format: FORMAT,
      base,
      deps: moduleFileHashes(found.src.dir, result.modules, opts.ghcOptions),
      stderr,
      ...(result.notice !== undefined ? { notice: result.notice } : {}),
      program: result.program,
    };
    try {
      writeEntry(KIND, found.key, serialize(entry));
    } catch {
      // A program v8 cannot serialise is simply not cached.
    }
  }
  return result;
}

/** The key, or undefined when something it needs cannot be read (the translation then says why). */
async function programKey(
  file: string,
  opts: GhcDriverOptions,
  preludeFiles: readonly string[],
): Promise<{ key: string; src: SourceLocation } | undefined> {
  try {
    const src = locateSource(file);
    const ghc = await locateGhc(opts.ghc);
    const parts: (string | Buffer)[] = [
      FORMAT,
      // As the user wrote it: messages name the program's bindings by it.
      file,
      ghc.path,
      ghc.version,
      (opts.ghcOptions ?? []).join("\0"),
      src.dir,
      src.name,
      readFileSync(`${src.dir}/${src.name}`),
      ...codeFingerprint(),
    ];
    for (const p of preludeFiles) parts.push(p, readFileSync(p));
    return { key: cacheKey(parts), src };
  } catch {
    return undefined;
  }
}

function readProgram(key: string, src: SourceLocation): Entry | undefined {
  const payload = readEntry(KIND, key);
  if (payload === undefined) return undefined;
  let entry: unknown;
  try {
    entry = deserialize(payload);
  } catch {
    return undefined;
  }
  if (!isEntry(entry) || !unchanged(src.dir, entry.deps)) return undefined;
  return entry;
}

function isPreludeDeps(v: unknown): v is PreludeDeps {
  if (typeof v !== "object" || v === null) return false;
  const d = v as Record<string, unknown>;
  return d["kind"] === "key"
    ? typeof d["key"] === "string"
    : d["kind"] === "files" &&
        typeof d["dirTime"] === "number" &&
        typeof d["stats"] === "string";
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Partial<Entry>;
  const p = e.program as Partial<TranslatedProgram> | undefined;
  return (
    e.format === FORMAT &&
    isPreludeDeps(e.base) &&
    isModuleFileHashes(e.deps) &&
    Array.isArray(e.stderr) &&
    e.stderr.every((s) => typeof s === "string") &&
    (e.notice === undefined || typeof e.notice === "string") &&
    typeof p === "object" &&
    p !== null &&
    Array.isArray(p.sources) &&
    typeof p.program === "object" &&
    p.conTags instanceof Map
  );
}
