// Building a native executable with GHC, for the corpus tests and the
// benchmarks that compare our interpreter with the real thing.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { invokeGhc, toStderr } from "./invoke.js";
import { locateGhc } from "./locate.js";
import { DEFAULT_OPTIMISATION, type GhcDriverOptions } from "./options.js";
import { locateSource } from "./source.js";

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
  const src = locateSource(file);
  const ghc = await locateGhc(opts.ghc);
  const outDir = resolve(opts.outDir);
  const build = join(outDir, "build");
  await mkdir(build, { recursive: true });
  const exe = join(outDir, opts.exeName ?? "prog");
  await invokeGhc(
    ghc.path,
    [
      "--make",
      "-v0",
      DEFAULT_OPTIMISATION,
      "-outputdir",
      build,
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
  return exe;
}
