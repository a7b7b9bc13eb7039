// `hs2stg run FILE`: dispatch on the file's kind. Loaded by the run command
// only when it runs, so that `--help` and `--version` load no pipeline.
import { extname } from "node:path";
import { decodeName } from "../lower/names.js";
import type { RunCliOptions } from "../pipeline/run-options.js";

/** Runs FILE according to its extension; resolves to the exit code. */
export async function runFile(
  file: string,
  opts: RunCliOptions,
  moreStgFiles: readonly string[] = [],
): Promise<number> {
  const ext = extname(file).toLowerCase();
  // Tracing and heap profiles load their modules only when asked for.
  const tracing =
    opts.trace || opts.traceHtml !== undefined || opts.traceJson !== undefined;
  const observer = tracing ? await traceFor(file, ext, opts) : undefined;
  if (observer !== undefined) opts = { ...opts, observer };
  const profile =
    opts.heapProfile === undefined
      ? undefined
      : (await import("../profile/index.js")).startHeapProfile(
          opts.heapProfile,
          file,
          ext !== ".stg" ? decodeName : (n) => n,
        );
  if (profile !== undefined) opts = { ...opts, census: profile.census };
  const steps =
    opts.profileOut === undefined
      ? undefined
      : (await import("../profile/function-report.js")).startFunctionProfile(
          opts.profileOut,
          ext !== ".stg" ? decodeName : (n) => n,
        );
  if (steps !== undefined) opts = { ...opts, profile: steps.hook };
  const code = await runByKind(file, ext, opts, moreStgFiles);
  profile?.write(code);
  steps?.write();
  return code;
}

/** The trace recorder the options ask for. */
async function traceFor(file: string, ext: string, opts: RunCliOptions) {
  const { traceObserver } = await import("../trace/index.js");
  const { programSources, sourceLocator } =
    await import("../pipeline/binding-comments.js");
  return traceObserver({
    program: file,
    style: opts.style,
    gc: opts.gc,
    callStack: opts.callStack,
    ...(opts.trace ? { traceDir: opts.traceDir } : {}),
    ...(opts.force === true ? { force: true } : {}),
    ...(opts.traceHtml !== undefined ? { traceHtml: opts.traceHtml } : {}),
    ...(opts.traceJson !== undefined ? { traceJson: opts.traceJson } : {}),
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    ...(opts.traceWindow !== undefined ? { window: opts.traceWindow } : {}),
    ...(opts.traceFrom !== undefined ? { from: opts.traceFrom } : {}),
    ...(opts.traceUntil !== undefined ? { until: opts.traceUntil } : {}),
    // Translated programs show Haskell names next to miniSTG ones.
    ...(ext !== ".stg" ? { decode: decodeName } : {}),
    // Haskell sources: where each of the program's functions is defined.
    ...(ext === ".hs" || ext === ".lhs"
      ? { locate: sourceLocator(programSources(file)) }
      : {}),
  });
}

/** Each kind loads only its own pipeline. */
async function runByKind(
  file: string,
  ext: string,
  opts: RunCliOptions,
  moreStgFiles: readonly string[],
): Promise<number> {
  switch (ext) {
    case ".stg": {
      const { runStgFiles } = await import("../pipeline/run-stg-files.js");
      return runStgFiles([file, ...moreStgFiles], opts, opts.preludeFiles);
    }
    case ".hs":
    case ".lhs": {
      const { runHaskellFile } = await import("../pipeline/run-haskell.js");
      return runHaskellFile(file, opts);
    }
    default: {
      const { runDumpFile } = await import("../pipeline/run-dump.js");
      return runDumpFile(file, opts);
    }
  }
}
