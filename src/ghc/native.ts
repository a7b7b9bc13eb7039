// Building a native executable with GHC, for the corpus tests and the
// benchmarks that compare our interpreter with the real thing. The same
// build can keep its STG dumps, so a test compiles each program only once.
import { mkdir, readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { invokeGhc, toStderr } from "./invoke.js";
import { locateGhc } from "./locate.js";
import { DEFAULT_OPTIMISATION, type GhcDriverOptions } from "./options.js";
import { locateSource } from "./source.js";
import { DUMP_SUFFIX, readDumpFile, type StgDumpFile } from "./dump-stg.js";

export interface NativeBuildOptions extends GhcDriverOptions {
  /** Directory for the executable and GHC's object files (created if needed). */
  outDir: string;
  /** The executable's file name inside outDir; default `prog`. */
  exeName?: string;
}

/**
 * Compiles `file` (with `-O0` unless `ghcOptions` says otherwise) into
 * `outDir` and resolves to the executable's absolute path. Object and
 * interface files go to `outDir/build`, never beside the source.
 */
export async function compileNative(
  file: string,
  opts: NativeBuildOptions,
): Promise<string> {
  return (await build(file, opts, false)).exe;
}

/**
 * Like compileNative, and also returns the STG dumps of that very
 * compilation (the same flags `dumpStg` uses), sorted by name.
 */
export async function compileNativeWithDumps(
  file: string,
  opts: NativeBuildOptions,
): Promise<{ exe: string; dumps: StgDumpFile[] }> {
  return build(file, opts, true);
}

async function build(
  file: string,
  opts: NativeBuildOptions,
  withDumps: boolean,
): Promise<{ exe: string; dumps: StgDumpFile[] }> {
  const src = locateSource(file);
  const ghc = await locateGhc(opts.ghc);
  const outDir = resolve(opts.outDir);
  const buildDir = join(outDir, "build");
  await mkdir(buildDir, { recursive: true });
  const exe = join(outDir, opts.exeName ?? "prog");
  const dumpFlags = withDumps
    ? ["-ddump-stg-final", "-ddump-hi", "-ddump-to-file", "-dumpdir", buildDir]
    : [];
  await invokeGhc(
    ghc.path,
    [
      "--make",
      "-v0",
      DEFAULT_OPTIMISATION,
      ...dumpFlags,
      "-outputdir",
      buildDir,
      "-i.",
      ...(opts.ghcOptions ?? []),
      "-o",
      exe,
      src.name,
    ],
    src.dir,
    opts.onGhcOutput ?? toStderr,
    src.display,
  );
  if (!withDumps) return { exe, dumps: [] };
  const entries = await readdir(buildDir, {
    recursive: true,
    withFileTypes: true,
  });
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith(DUMP_SUFFIX))
    .map((e) =>
      relative(buildDir, join(e.parentPath, e.name)).split(sep).join("/"),
    )
    .sort();
  const dumps = await Promise.all(
    names.map((name) => readDumpFile(join(buildDir, name), name)),
  );
  return { exe, dumps };
}
