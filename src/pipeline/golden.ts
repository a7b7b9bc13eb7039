// The golden cases (golden/NAME/): each checked-in GHC dump must convert to
// exactly the checked-in miniSTG. Used by `hs2stg golden` and the tests.
//
// golden/NAME/NAME.hs               the Haskell program
// golden/NAME/NAME.dump-stg-final   its dump (GHC 9.0.2, -O0 unless case.json says)
// golden/NAME/extended.stg          expected lowering, extended dialect
// golden/NAME/ministg.stg           expected lowering, ministg dialect (once that pass exists)
// golden/NAME/expected.stdout       what the GHC-compiled program prints
// golden/NAME/case.json             optional: { "entry": "NAME", "ministgEntry": "NAME",
//                                   "ghcOptions": ["-O1"], "about": "..." }
//
// The ministg dialect has no IO, so ministg.stg exists for cases with an
// entry: `entry` (both dialects) or `ministgEntry` (the ministg dialect
// only; extended.stg then keeps the IO main).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTwoFilesPatch } from "diff";
import type { Dialect } from "../ministg/ast.js";
import { UserError } from "../errors.js";
import { dumpsToText } from "./golden-convert.js";
import { parseStg, stripPositions } from "../ministg/parse.js";

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  readonly hsFile: string;
  readonly dumpFile: string;
  readonly entry?: string;
  /** The entry for the ministg dialect when the extended one runs main. */
  readonly ministgEntry?: string;
  readonly ghcOptions: readonly string[];
  readonly about?: string;
}

export type FileStatus = "same" | "differs" | "missing" | "updated";

export interface GoldenFileResult {
  readonly file: string;
  readonly dialect: Dialect;
  readonly status: FileStatus;
  readonly expected: string;
  readonly actual: string;
}

export interface GoldenResult {
  readonly case: GoldenCase;
  readonly files: readonly GoldenFileResult[];
  /** A conversion error (the message), instead of files. */
  readonly error?: string;
}

/** The repository's golden/ directory, found from this module's location. */
export function defaultGoldenDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && existsSync(join(dir, "golden"))) {
      return join(dir, "golden");
    }
    const up = dirname(dir);
    if (up === dir) throw new UserError("cannot find the golden/ directory");
    dir = up;
  }
}

interface CaseJson {
  entry?: unknown;
  ministgEntry?: unknown;
  ghcOptions?: unknown;
  about?: unknown;
}

/** Every case under `root`, sorted by name. */
export function listGoldenCases(root: string): GoldenCase[] {
  if (!existsSync(root)) throw new UserError(`${root}: no such directory`);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readCase(root, name));
}

function readCase(root: string, name: string): GoldenCase {
  const dir = join(root, name);
  const jsonFile = join(dir, "case.json");
  let meta: CaseJson = {};
  if (existsSync(jsonFile)) {
    try {
      meta = JSON.parse(readFileSync(jsonFile, "utf8")) as CaseJson;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new UserError(`${jsonFile}: ${why}`);
    }
  }
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  return {
    name,
    dir,
    hsFile: join(dir, `${name}.hs`),
    dumpFile: join(dir, `${name}.dump-stg-final`),
    ghcOptions: strings(meta.ghcOptions),
    ...(typeof meta.entry === "string" ? { entry: meta.entry } : {}),
    ...(typeof meta.ministgEntry === "string"
      ? { ministgEntry: meta.ministgEntry }
      : {}),
    ...(typeof meta.about === "string" ? { about: meta.about } : {}),
  };
}

/** The dialects whose expected files are checked: ministg once its pass exists. */
export async function goldenDialects(): Promise<Dialect[]> {
  return ["extended", "ministg"];
}

/**
 * Converts the case's dump in each dialect and compares with the expected
 * files; with `update`, rewrites those that differ or are missing (never
 * the .hs, the dump or expected.stdout).
 */
export async function checkGoldenCase(
  c: GoldenCase,
  dialects: readonly Dialect[],
  update: boolean,
): Promise<GoldenResult> {
  if (!existsSync(c.dumpFile)) {
    return { case: c, files: [], error: `${c.dumpFile}: missing dump` };
  }
  const text = readFileSync(c.dumpFile, "utf8");
  const files: GoldenFileResult[] = [];
  for (const dialect of dialects) {
    const file = join(c.dir, `${dialect}.stg`);
    // The ministg dialect has no IO: only cases with an entry have a
    // ministg.stg (and must have one).
    const entry = dialect === "ministg" ? (c.ministgEntry ?? c.entry) : c.entry;
    if (dialect === "ministg" && entry === undefined) continue;
    let actual: string;
    try {
      actual = dumpsToText([{ name: c.dumpFile, text }], {
        dialect,
        ...(entry !== undefined ? { entry } : {}),
      });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      return { case: c, files, error: err.message };
    }
    const exists = existsSync(file);
    const expected = exists ? readFileSync(file, "utf8") : "";
    let status: FileStatus = !exists
      ? "missing"
      : expected === actual
        ? "same"
        : "differs";
    if (update && status !== "same") {
      writeFileSync(file, actual);
      status = "updated";
    }
    files.push({ file, dialect, status, expected, actual });
  }
  return { case: c, files };
}

const COLOURS = {
  add: "\x1b[32m",
  del: "\x1b[31m",
  hunk: "\x1b[36m",
  head: "\x1b[1m",
  reset: "\x1b[0m",
};

/** A unified diff from the expected to the actual text, coloured for a terminal if asked. */
export function unifiedDiff(
  file: string,
  expected: string,
  actual: string,
  colour: boolean,
): string {
  const patch = createTwoFilesPatch(
    `${file} (expected)`,
    `${file} (actual)`,
    expected,
    actual,
  );
  const lines = patch.split("\n").filter((l) => !/^=+$/.test(l));
  if (!colour) return lines.join("\n");
  return lines
    .map((l) => {
      if (l.startsWith("+++") || l.startsWith("---"))
        return COLOURS.head + l + COLOURS.reset;
      if (l.startsWith("+")) return COLOURS.add + l + COLOURS.reset;
      if (l.startsWith("-")) return COLOURS.del + l + COLOURS.reset;
      if (l.startsWith("@@")) return COLOURS.hunk + l + COLOURS.reset;
      return l;
    })
    .join("\n");
}

/**
 * Whether two printed programs are the same program laid out differently
 * (a printer change rather than a lowering change).
 */
export function sameProgram(
  expected: string,
  actual: string,
  dialect: Dialect,
): boolean {
  try {
    const a = stripPositions(parseStg(expected, { file: "expected", dialect }));
    const b = stripPositions(parseStg(actual, { file: "actual", dialect }));
    return JSON.stringify(a, bigints) === JSON.stringify(b, bigints);
  } catch {
    return false;
  }
}

function bigints(_k: string, v: unknown): unknown {
  return typeof v === "bigint" ? `${v}n` : v;
}
