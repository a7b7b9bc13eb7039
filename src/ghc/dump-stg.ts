// Compiling a Haskell program with GHC and collecting its STG dumps
// (`-ddump-stg-final`), one per module, from a temporary directory that is
// removed afterwards: nothing is written beside the user's sources. The
// dumps are kept in the user's cache directory for the next run
// (dump-cache.ts).
import { mkdtempSync, readdirSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { UserError } from "../errors.js";
import { invokeGhc, toStderr } from "./invoke.js";
import { locateGhc, versionWarning } from "./locate.js";
import { DEFAULT_OPTIMISATION, type GhcDriverOptions } from "./options.js";
import { locateSource } from "./source.js";
import type { StgDumpFile } from "./dump-file.js";

export type { StgDumpFile };
import {
  dumpCacheKey,
  readCachedDumps,
  writeCachedDumps,
} from "./dump-cache.js";

export const DUMP_SUFFIX = ".dump-stg-final";

export const INTERFACE_SUFFIX = ".dump-hi";

/** The largest dump read: a quarter of V8's longest string, leaving room for what is built from it. */
const MAX_DUMP_BYTES = 128 * 2 ** 20;

/**
 * The dump at `path`, with the interface dump GHC wrote beside it if any:
 * `X.dump-stg-final` → `X.dump-hi` (any other name: `NAME.dump-hi`).
 */
export async function readDumpFile(
  path: string,
  name: string,
): Promise<StgDumpFile> {
  // GHC indents each nesting level, so a dump grows with the square of the
  // nesting (a do block of 2,000 statements at -O0: some 750 MB).
  const { size } = await stat(path);
  if (size > MAX_DUMP_BYTES)
    throw new UserError(
      `${name}: a ${Math.round(size / 2 ** 20)} MB STG dump, more than hs2stg reads (${MAX_DUMP_BYTES / 2 ** 20} MB); GHC indents each nesting level, so deeply nested code (a do block of thousands of statements at -O0) makes huge dumps: split it into smaller functions`,
    );
  const text = await readFile(path, "utf8");
  const hi = path.replace(/\.dump-stg(-final)?$/, "") + INTERFACE_SUFFIX;
  const iface = await readFile(hi, "utf8").catch(() => undefined);
  return iface === undefined
    ? { name, text }
    : { name, text, interface: iface };
}

/** The GHC arguments for dumping STG of `sourceName` into `tmp`. */
export function dumpArgs(
  sourceName: string,
  tmp: string,
  ghcOptions: readonly string[],
): string[] {
  return [...dumpingMake(tmp), ...ghcOptions, sourceName];
}

/**
 * `ghc --make` of the modules found from the current directory (`-i.`),
 * writing each one's STG and interface dumps and build products to `dir`,
 * without linking. The user's options and the sources follow.
 */
export function dumpingMake(dir: string): string[] {
  return [
    "--make",
    "-v0",
    DEFAULT_OPTIMISATION,
    "-ddump-stg-final",
    "-ddump-hi",
    "-ddump-to-file",
    "-dumpdir",
    dir,
    "-outputdir",
    dir,
    "-no-link",
    "-i.",
  ];
}

/**
 * Compiles `file` (and the modules it imports from its directory) with GHC
 * and returns every module's STG dump, sorted by name. GHC's messages go to
 * `opts.onGhcOutput`; a compile error throws a UserError (exit code 1).
 */
export async function dumpStg(
  file: string,
  opts: GhcDriverOptions = {},
): Promise<StgDumpFile[]> {
  const src = locateSource(file);
  const ghc = await locateGhc(opts.ghc);
  const warning = versionWarning(ghc);
  if (warning !== null) (opts.warn ?? defaultWarn)(warning);
  const sink = opts.onGhcOutput ?? toStderr;
  const key =
    opts.cache === false
      ? undefined
      : dumpCacheKey(
          ghc,
          src,
          dumpArgs(src.name, "<dir>", opts.ghcOptions ?? []),
        );
  const hit = key === undefined ? undefined : readCachedDumps(key, src);
  if (hit !== undefined) {
    if (hit.ghcOutput !== "") sink(hit.ghcOutput);
    return hit.dumps;
  }
  // Synchronously, so that GHC is spawned in this same turn: a caller that
  // goes on to load the translation while GHC runs (program-cache.ts) would
  // otherwise hold the event loop, and GHC's start, until that is done.
  const tmp = mkdtempSync(join(tmpdir(), "hs2stg-ghc-"));
  try {
    const ghcOutput = await invokeGhc(
      ghc.path,
      dumpArgs(src.name, tmp, opts.ghcOptions ?? []),
      src.dir,
      sink,
      src.display,
    );
    const names = listFiles(tmp).filter((f) => f.endsWith(DUMP_SUFFIX));
    if (names.length === 0) {
      throw new UserError(
        `${src.display}: GHC produced no STG dump (does a --ghc-option stop it before code generation?)`,
      );
    }
    names.sort();
    const dumps = await Promise.all(
      names.map((name) => readDumpFile(join(tmp, name), name)),
    );
    if (key !== undefined)
      writeCachedDumps(key, src, { ghcOutput, dumps }, opts.ghcOptions);
    return dumps;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function defaultWarn(message: string): void {
  process.stderr.write(`hs2stg: ${message}\n`);
}

/**
 * Every file below `root`, as `/`-separated paths relative to it. (Node
 * 20's asynchronous recursive readdir takes 10-15 ms on a first call, the
 * synchronous one well under 1 ms for GHC's few files.)
 */
function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(root, join(e.parentPath, e.name)).split(sep).join("/"),
    );
}
