// The base prelude: loading preludes/base/*.stg (our own extended-dialect
// versions of the parts of GHC's `base` that translated programs call) and
// linking a program with exactly the definitions it reaches.
//
// API (see docs/preludes.md):
//   loadBasePrelude(): BaseIndex            index every prelude file once (cached; files parsed on use)
//   linkBase(program, index, extraRoots?)   tree-shaken link; user definitions win
//   formatMissing(missing)                  one message naming every missing name

import { openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Binding, Program } from "../ministg/ast.js";
import { readStgText } from "../ministg/stg-file.js";
import { parseStg } from "../ministg/parse.js";
import { definitionStarts, parseDefinition } from "./definition-slices.js";
import { UserError } from "../errors.js";
import { bindingFreeVars } from "../ministg/traversal.js";
import { displayName } from "./display-name.js";
import { refusedNames } from "./refused.js";
import { synthesizeDefinition } from "./library-constructors.js";
import {
  BASE_PRELUDE,
  basePreludeDirTime,
  basePreludeKey,
  basePreludeKeyOf,
  basePreludeStats,
  filesDeps,
  shippedBaseIndexOnTrust,
  statsLineFile,
  preludeFiles,
  PRELUDE_INDEX_FORMAT,
  preludeIndexKey,
  preludeStats,
  readPreludeIndex,
  SHIPPED_DEFINITIONS,
  shippedBaseIndex,
  writePreludeIndex,
  writeShippedIndex,
  type CompiledDefinitions,
  type PreludeDeps,
  type PreludeIndexData,
} from "./prelude-index.js";

/** One prelude definition and where it came from. */
export interface BaseDefinition {
  readonly binding: Binding;
  /** The prelude file, relative to the package root (`preludes/base/GHC.Show.stg`). */
  readonly file: string;
  /** Its free (global) names, computed once. */
  readonly refs: ReadonlySet<string>;
}

/** Every definition of preludes/base, by encoded name. */
export interface BaseIndex {
  readonly definitions: ReadonlyMap<string, BaseDefinition>;
  /** The files loaded, relative to the package root, in load order. */
  readonly files: readonly string[];
}

export interface LinkResult {
  /** The program's own bindings, then the prelude bindings it reaches. */
  readonly program: Program;
  /** Names referenced (by the program or a linked definition) that nothing defines, sorted. */
  readonly missing: string[];
}

let cached: BaseIndex | undefined;

/**
 * Set while `cached` is the shipped index taken on trust for a link
 * (loadBasePreludeForLink): the stats it records, by file, and the
 * directory's time it was checked against.
 */
let provisional:
  | { readonly stats: string; readonly byFile: Map<string, string>; readonly dirTime: number }
  | undefined;

/** Set when a link found the shipped index wrong (confirmBaseLink). */
let distrusted = false;

/**
 * The index of every `preludes/base/*.stg`, built once per process (and kept
 * between runs, prelude-index.ts); a definition's file is parsed when its
 * binding is first asked for.
 */
export function loadBasePrelude(): BaseIndex {
  if (provisional !== undefined) {
    // Taken on trust for a link: every file is checked now.
    const ok = basePreludeStats() === provisional.stats;
    provisional = undefined;
    if (!ok) {
      cached = undefined;
      distrusted = true;
    }
  }
  cached ??= loadIndexedDirectory(BASE_PRELUDE.dir, BASE_PRELUDE.label);
  return cached;
}

/**
 * The index for linking a program (translate.ts), which says afterwards
 * which prelude files the link used (confirmBaseLink). The shipped index
 * counts here while preludes/base's directory has the time it records (no
 * file added, removed or renamed): the thousand files are not stat'ed, only
 * those a link reads, by confirmBaseLink.
 */
export function loadBasePreludeForLink(): BaseIndex {
  if (cached !== undefined) return cached;
  const shipped = distrusted ? undefined : shippedBaseIndexOnTrust();
  if (shipped === undefined) return loadBasePrelude();
  const byFile = new Map<string, string>();
  for (const line of shipped.stats.split("\n"))
    if (line !== "") byFile.set(statsLineFile(line), `${line}\n`);
  cached = indexFromData(BASE_PRELUDE.dir, shipped.index, SHIPPED_DEFINITIONS);
  provisional = { stats: shipped.stats, byFile, dirTime: shipped.dirTime };
  return cached;
}

/**
 * After a link with loadBasePreludeForLink's index, which read the prelude
 * files `used` (labelled); `complete` when it found every name it reached
 * in a prelude or the program (none missing, none built from the
 * inventory). Whether the index was right for it: the files it read are as
 * the index records them, and when the link was not complete, every file
 * (a name it lacked could have been added to one). When not, the index is
 * dropped and the link must be done again with loadBasePreludeForLink's.
 */
export function confirmBaseLink(
  used: Iterable<string>,
  complete: boolean,
): boolean {
  const trusted = provisional;
  if (trusted === undefined) return true;
  if (!complete) {
    const ok = cached === loadBasePrelude();
    return ok;
  }
  const prefix = `${BASE_PRELUDE.label}/`;
  const files: string[] = [];
  let recorded = "";
  for (const f of new Set(used)) {
    if (!f.startsWith(prefix)) continue;
    const name = f.slice(prefix.length);
    const line = trusted.byFile.get(name);
    if (line === undefined) return drop();
    files.push(name);
    recorded += line;
  }
  if (preludeStats(BASE_PRELUDE.dir, files) === recorded) return true;
  return drop();
}

/**
 * What a translation that linked definitions from the prelude files `files`
 * (labelled; other files are left out) took from preludes/base, for the
 * program cache (prelude-index.ts: PreludeDeps): those files' stats and the
 * directory's time, or when `wholeDirectory` (it also used definitions
 * built from the inventory, which a prelude could come to define) the key
 * of every file. From basePreludeSnapshot: a file edited since the index
 * was checked makes the deps differ. Undefined when preludes/base cannot
 * be read.
 */
export function basePreludeDeps(
  files: Iterable<string>,
  wholeDirectory: boolean,
): PreludeDeps | undefined {
  const snapshot = basePreludeSnapshot();
  if (snapshot === undefined) return undefined;
  return wholeDirectory
    ? { kind: "key", key: basePreludeKeyOf(snapshot.stats) }
    : filesDeps(BASE_PRELUDE.label, snapshot.stats, snapshot.dirTime, files);
}

function drop(): false {
  provisional = undefined;
  cached = undefined;
  // Not trusted again in this process: the next load checks every file.
  distrusted = true;
  return false;
}

/**
 * The stats of preludes/base that the index in use was checked against and
 * the directory's time: those recorded by a shipped index taken on trust
 * (its used files confirmed), else those taken before it was loaded.
 * Undefined when preludes/base cannot be read.
 */
export function basePreludeSnapshot():
  | { readonly stats: string; readonly dirTime: number }
  | undefined {
  if (provisional !== undefined)
    return { stats: provisional.stats, dirTime: provisional.dirTime };
  const stats = basePreludeStats();
  const dirTime = basePreludeDirTime();
  return stats === undefined || dirTime === undefined
    ? undefined
    : { stats, dirTime };
}

/**
 * Loads a directory of extended-dialect prelude files, parsing every file
 * now. `label` is the directory as error messages name it. Exposed for tests.
 */
export function loadBaseDirectory(dir: string, label: string): BaseIndex {
  return indexFromParse(dir, label, preludeFiles(dir)).index;
}

/**
 * Writes the index of preludes/base that `npm run build` ships (to `path`,
 * prelude-index.ts), with its compiled definitions (to `definitionsPath`),
 * from a full parse of every file.
 */
export function shipBasePreludeIndex(
  path: string,
  definitionsPath: string = SHIPPED_DEFINITIONS,
): void {
  const { dir, label } = BASE_PRELUDE;
  const files = preludeFiles(dir);
  // Taken before parsing: a file edited meanwhile makes the index not count.
  const dirTime = statSync(dir).mtimeMs;
  const stats = preludeStats(dir, files);
  if (stats === undefined) throw new Error(`cannot read ${label}`);
  const { index, data } = indexFromParse(dir, label, files);
  const blobs = data.names.map((line) =>
    line === ""
      ? []
      : line.split(" ").map((name) => {
          const def = index.definitions.get(name)!;
          return serialize([def.binding, [...def.refs]] satisfies Compiled);
        }),
  );
  writeShippedIndex(
    path,
    data,
    stats,
    { path: definitionsPath, blobs },
    dirTime,
  );
}

/** A compiled definition: its binding and its free names, in bindingFreeVars's order. */
type Compiled = [Binding, string[]];

/** preludes/base through stored index data (a shipped index). Exposed for tests. */
export function baseIndexFromData(
  data: PreludeIndexData,
  definitionsPath: string = SHIPPED_DEFINITIONS,
): BaseIndex {
  return indexFromData(BASE_PRELUDE.dir, data, definitionsPath);
}

/** As loadBaseDirectory, through the shipped or cached index when it is up to date. */
function loadIndexedDirectory(dir: string, label: string): BaseIndex {
  if (dir === BASE_PRELUDE.dir) {
    const shipped = shippedBaseIndex();
    if (shipped !== undefined)
      return indexFromData(dir, shipped, SHIPPED_DEFINITIONS);
  }
  const files = preludeFiles(dir);
  const key =
    dir === BASE_PRELUDE.dir
      ? basePreludeKey()
      : preludeIndexKey(dir, label, files);
  const stored = key === undefined ? undefined : readPreludeIndex(key);
  if (stored !== undefined) return indexFromData(dir, stored);
  const { index, data } = indexFromParse(dir, label, files);
  if (key !== undefined) writePreludeIndex(key, data);
  return index;
}

/** Reads one prelude file. */
function preludeText(dir: string, f: string): string {
  return readStgText(join(dir, f), "the prelude");
}

/** Parses one prelude file (syntax errors are LocatedErrors naming `file`). */
function parsePrelude(text: string, file: string): Program {
  return parseStg(text, { file, dialect: "extended" });
}

/** Parses every file: the index, and the same as data to store. */
function indexFromParse(
  dir: string,
  label: string,
  files: readonly string[],
): { index: BaseIndex; data: PreludeIndexData } {
  const definitions = new Map<string, BaseDefinition>();
  const names: string[] = [];
  const starts: string[] = [];
  const loaded: string[] = [];
  for (const f of files) {
    const file = `${label}/${f}`;
    const text = preludeText(dir, f);
    const program = parsePrelude(text, file);
    for (const binding of program.bindings) {
      const previous = definitions.get(binding.name);
      if (previous !== undefined) {
        throw new UserError(
          `${file}: ${binding.name} is already defined in ${previous.file}`,
        );
      }
      definitions.set(binding.name, {
        binding,
        file,
        refs: bindingFreeVars(binding),
      });
    }
    names.push(program.bindings.map((b) => b.name).join(" "));
    starts.push(definitionStarts(text, program.bindings)?.join(" ") ?? "");
    loaded.push(file);
  }
  return {
    index: { definitions, files: loaded },
    data: {
      format: PRELUDE_INDEX_FORMAT,
      files: loaded,
      names,
      starts,
      sorted: sortedNames(names),
    },
  };
}

/**
 * The index from stored data: a definition is made when first looked up,
 * parsing only its own text (or, for a file whose definitions could not be
 * told apart, the whole file, kept for its other definitions).
 */
function indexFromData(
  dir: string,
  data: PreludeIndexData,
  definitionsPath?: string,
): BaseIndex {
  const compiled =
    data.compiled !== undefined && definitionsPath !== undefined
      ? compiledDefinitions(definitionsPath, data.compiled)
      : undefined;
  // name -> file number * 65536 + position among the file's definitions
  const where: NameTable =
    data.sorted !== undefined &&
    data.sorted.at.length === data.sorted.names.split(" ").length
      ? new SortedNames(data.sorted.names.split(" "), data.sorted.at, data.names)
      : namesInFiles(data.names);
  const texts = new Map<number, string>();
  const textOf = (fileNo: number): string => {
    let t = texts.get(fileNo);
    if (t === undefined) {
      const file = data.files[fileNo]!;
      t = preludeText(dir, file.slice(file.lastIndexOf("/") + 1));
      texts.set(fileNo, t);
    }
    return t;
  };
  const startsOf = new Map<number, number[] | null>();
  const made = new Map<string, BaseDefinition | undefined>();
  const define = (
    binding: Binding,
    file: string,
    known?: ReadonlySet<string>,
  ): BaseDefinition => {
    let refs: ReadonlySet<string> | undefined = known;
    const def: BaseDefinition = {
      binding,
      file,
      get refs(): ReadonlySet<string> {
        refs ??= bindingFreeVars(binding);
        return refs;
      },
    };
    made.set(binding.name, def);
    return def;
  };
  const lookup = (name: string): BaseDefinition | undefined => {
    if (made.has(name)) return made.get(name);
    const at = where.get(name);
    if (at === undefined) return undefined;
    const fileNo = Math.floor(at / 65536);
    const i = at % 65536;
    const file = data.files[fileNo]!;
    const c = compiled?.(fileNo, i);
    if (c !== undefined && c[0].name === name)
      return define(c[0], file, new Set(c[1]));
    const text = textOf(fileNo);
    let starts = startsOf.get(fileNo);
    if (starts === undefined) {
      const line = data.starts[fileNo]!;
      starts = line === "" ? null : line.split(" ").map(Number);
      startsOf.set(fileNo, starts);
    }
    const one =
      starts === null
        ? undefined
        : parseDefinition(
            text,
            starts[i]!,
            starts[i + 1] ?? text.length,
            file,
            name,
          );
    if (one !== undefined) return define(one, file);
    // The whole file, once: every definition of it is made now.
    for (const b of parsePrelude(text, file).bindings)
      if (!made.has(b.name)) define(b, file);
    if (!made.has(name)) made.set(name, undefined);
    return made.get(name);
  };
  return {
    definitions: new LazyDefinitions(where, lookup),
    files: data.files,
  };
}

/**
 * Reads compiled definitions (prelude-index.ts): the `i`th definition of
 * file `fileNo`, or undefined when it cannot be read (it is then parsed).
 * The file stays open for the process, as the index does.
 */
function compiledDefinitions(
  path: string,
  c: CompiledDefinitions,
): (fileNo: number, i: number) => Compiled | undefined {
  let fd: number | undefined;
  const starts = new Map<number, number[]>();
  return (fileNo, i) => {
    try {
      let at = starts.get(fileNo);
      if (at === undefined) {
        at = [c.offsets[fileNo]!];
        for (const n of c.sizes[fileNo]!.split(" ").map(Number))
          at.push(at[at.length - 1]! + n);
        starts.set(fileNo, at);
      }
      const start = at[i]!;
      const buf = Buffer.alloc(at[i + 1]! - start);
      fd ??= openSync(path, "r");
      if (readSync(fd, buf, 0, buf.length, start) !== buf.length)
        return undefined;
      const v: unknown = deserialize(buf);
      return Array.isArray(v) && v.length === 2 ? (v as Compiled) : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Where each name is defined (file number * 65536 + position). */
interface NameTable {
  readonly size: number;
  has(name: string): boolean;
  get(name: string): number | undefined;
  /** In file and definition order. */
  keys(): MapIterator<string>;
}

/** The index's `sorted` field, from each file's names. */
function sortedNames(names: readonly string[]): {
  names: string;
  at: number[];
} {
  const all: [string, number][] = [];
  names.forEach((line, fileNo) => {
    if (line !== "")
      line.split(" ").forEach((n, i) => all.push([n, fileNo * 65536 + i]));
  });
  all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { names: all.map(([n]) => n).join(" "), at: all.map(([, w]) => w) };
}

/** A map of every name, in file order. */
function namesInFiles(names: readonly string[]): Map<string, number> {
  const where = new Map<string, number>();
  names.forEach((line, fileNo) => {
    if (line !== "")
      line.split(" ").forEach((n, i) => where.set(n, fileNo * 65536 + i));
  });
  return where;
}

/** Names looked up by binary search in a sorted array. */
class SortedNames implements NameTable {
  private inOrder: Map<string, number> | undefined;
  constructor(
    private readonly sorted: readonly string[],
    private readonly at: ArrayLike<number>,
    private readonly files: readonly string[],
  ) {}
  get size(): number {
    return this.sorted.length;
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
  get(name: string): number | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = this.sorted[mid]!;
      if (n === name) return this.at[mid];
      if (n < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  keys(): MapIterator<string> {
    this.inOrder ??= namesInFiles(this.files);
    return this.inOrder.keys();
  }
}

/** A read-only map whose values are made on first lookup. */
class LazyDefinitions implements ReadonlyMap<string, BaseDefinition> {
  constructor(
    private readonly names: NameTable,
    private readonly lookup: (name: string) => BaseDefinition | undefined,
  ) {}
  get size(): number {
    return this.names.size;
  }
  has(name: string): boolean {
    return this.names.has(name);
  }
  get(name: string): BaseDefinition | undefined {
    return this.lookup(name);
  }
  keys(): MapIterator<string> {
    return this.names.keys();
  }
  *entries(): MapIterator<[string, BaseDefinition]> {
    for (const name of this.names.keys()) yield [name, this.lookup(name)!];
  }
  *values(): MapIterator<BaseDefinition> {
    for (const name of this.names.keys()) yield this.lookup(name)!;
  }
  [Symbol.iterator](): MapIterator<[string, BaseDefinition]> {
    return this.entries();
  }
  forEach(
    fn: (value: BaseDefinition, key: string, map: ReadonlyMap<string, BaseDefinition>) => void,
  ): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/**
 * Adds to `program` the prelude definitions reachable from its free names
 * (and from `extraRoots`), in the order they are first reached. A name the
 * program defines itself is never taken from the prelude, even when a prelude
 * definition refers to it.
 */
export function linkBase(
  program: Program,
  index: BaseIndex,
  extraRoots: readonly string[] = [],
): LinkResult {
  const defined = new Set(program.bindings.map((b) => b.name));
  const linked: Binding[] = [];
  const missing = new Set<string>();
  const seen = new Set<string>(defined);
  const work: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    work.push(name);
  };
  for (const b of program.bindings) for (const n of bindingFreeVars(b)) visit(n);
  for (const n of extraRoots) visit(n);
  // Breadth-first in discovery order keeps the output deterministic.
  for (let i = 0; i < work.length; i++) {
    const name = work[i]!;
    const def = index.definitions.get(name);
    if (def !== undefined) {
      linked.push(def.binding);
      for (const n of def.refs) visit(n);
      continue;
    }
    // Constructor values and wrappers of library types, from GHC's facts.
    const made = synthesizeDefinition(name);
    if (made !== undefined) linked.push(made);
    else missing.add(name);
  }
  return {
    program: { bindings: [...program.bindings, ...linked] },
    missing: [...missing].sort(),
  };
}

/**
 * One message naming every missing name by its Haskell name (the encoded
 * name follows in parentheses), e.g.
 *   the program needs 2 names that no prelude defines:
 *     GHC.Float.$fShowDouble   (zdfShowDouble_GHCziFloat)
 * Names hs2stg refuses on purpose (preludes/refused.txt) come first, each
 * with the reason.
 */
export function formatMissing(
  missing: readonly string[],
  uses: ReadonlyMap<string, MissingUse> = new Map(),
): string {
  const refused = refusedNames();
  // Where the user's source uses a name (GHC's source notes), in that order.
  const at = (m: string) => {
    const u = uses.get(m);
    return u === undefined ? "" : `${u.file}:${u.line}:${u.column}: `;
  };
  const ordered = [...missing].sort((x, y) => compareUse(uses.get(x), uses.get(y)));
  const rows = ordered.map((m) => [displayName(m), m] as const);
  const why = rows.filter(([d]) => refused.has(d));
  const other = rows.filter(([d]) => !refused.has(d));
  const out = why.map(
    ([d, m]) => `${at(m)}${d} is not supported by hs2stg: ${refused.get(d)!}`,
  );
  if (other.length > 0) {
    const width = Math.max(0, ...other.map(([d, m]) => at(m).length + d.length));
    const noun = other.length === 1 ? "name" : "names";
    out.push(
      `the program needs ${other.length} ${noun} that no prelude defines:`,
      ...other.map(([d, m]) =>
        d === m ? `  ${at(m)}${d}` : `  ${(at(m) + d).padEnd(width)}   (${m})`,
      ),
    );
  }
  return out.join("\n");
}

/** Where the program's source uses a missing name (file:line:col). */
export interface MissingUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Located uses first, in source order; the others keep their order. */
function compareUse(a: MissingUse | undefined, b: MissingUse | undefined): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
