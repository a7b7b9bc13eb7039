// `hs2stg run FILE [options] [-- program args]`: ministg's flags plus ours,
// collected into RunCliOptions and dispatched on the file's kind: `.stg`
// runs on the bundled machine, `.hs`/`.lhs` go through GHC, anything else is
// taken for a GHC STG dump.
import { extname } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { decodeName } from "../lower/names.js";
import { traceObserver } from "../trace/index.js";
import type { RunCliOptions } from "./run-options.js";
import { runStgFiles } from "../pipeline/run-stg-files.js";
import { runHaskellFile } from "../pipeline/run-haskell.js";
import { runDumpFile } from "../pipeline/run-dump.js";
import { DEFAULT_PREEMPT_STEPS } from "../ministg/machine/scheduler.js";

interface RawRunOptions {
  style: string;
  maxsteps?: number;
  maxStack?: number;
  maxHeap?: number;
  preemptSteps?: number;
  nogc?: boolean;
  noprelude?: boolean;
  annotate?: boolean;
  callstack?: boolean;
  dump?: "ast" | "parsed" | "arity";
  stats?: boolean;
  trace?: boolean;
  tracedir: string;
  traceHtml?: string;
  traceJson?: string;
  traceWindow?: number;
  force?: boolean;
  entry?: string;
  ghc?: string;
  ghcOption: string[];
  prelude: string[];
}

function parseStyle(v: string): "EA" | "PE" {
  const s = v.toUpperCase();
  if (s === "EA" || s === "PE") return s;
  throw new InvalidArgumentError("expected EA (eval/apply) or PE (push/enter)");
}

function parseSteps(v: string): number {
  if (!/^\d+$/.test(v))
    throw new InvalidArgumentError("expected a non-negative number of steps");
  return Number(v);
}

/** A size as GHC's RTS flags take it: bytes, or with a k, m or g suffix. */
function parseSize(v: string): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(v);
  if (m === null || Number(m[1]) === 0)
    throw new InvalidArgumentError(
      "expected a positive size in bytes, optionally with k, m or g (as 512m)",
    );
  const unit = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[
    m[2]!.toLowerCase() as "" | "k" | "m" | "g"
  ];
  return Number(m[1]) * unit;
}

function parseWindow(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1)
    throw new InvalidArgumentError("expected a positive number of steps");
  return Number(v);
}

/** Turns commander's raw options into the shared RunCliOptions. */
export function toRunCliOptions(
  raw: RawRunOptions,
  programArgs: string[],
): RunCliOptions {
  return {
    style: parseStyle(raw.style),
    ...(raw.maxsteps !== undefined ? { maxSteps: raw.maxsteps } : {}),
    ...(raw.maxStack !== undefined ? { maxStackBytes: raw.maxStack } : {}),
    ...(raw.maxHeap !== undefined ? { maxHeapBytes: raw.maxHeap } : {}),
    ...(raw.preemptSteps !== undefined
      ? { preemptSteps: raw.preemptSteps }
      : {}),
    gc: raw.nogc !== true,
    prelude: raw.noprelude !== true,
    annotate: raw.annotate === true,
    callStack: raw.callstack === true,
    ...(raw.dump !== undefined ? { dump: raw.dump } : {}),
    stats: raw.stats === true,
    trace: raw.trace === true,
    traceDir: raw.tracedir,
    ...(raw.traceHtml !== undefined ? { traceHtml: raw.traceHtml } : {}),
    ...(raw.traceJson !== undefined ? { traceJson: raw.traceJson } : {}),
    ...(raw.traceWindow !== undefined ? { traceWindow: raw.traceWindow } : {}),
    ...(raw.force === true ? { force: true } : {}),
    ...(raw.entry !== undefined ? { entry: raw.entry } : {}),
    ...(raw.ghc !== undefined ? { ghc: raw.ghc } : {}),
    ghcOptions: raw.ghcOption,
    ...(raw.prelude.length > 0 ? { preludeFiles: raw.prelude } : {}),
    programArgs,
  };
}

/** Runs FILE according to its extension; resolves to the exit code. */
export async function runFile(
  file: string,
  opts: RunCliOptions,
  moreStgFiles: readonly string[] = [],
): Promise<number> {
  const ext = extname(file).toLowerCase();
  const observer = traceObserver({
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
    // Translated programs show Haskell names next to miniSTG ones.
    ...(ext !== ".stg" ? { decode: decodeName } : {}),
  });
  if (observer !== undefined) opts = { ...opts, observer };
  switch (ext) {
    case ".stg":
      return runStgFiles([file, ...moreStgFiles], opts, opts.preludeFiles);
    case ".hs":
    case ".lhs":
      return runHaskellFile(file, opts);
    default:
      return runDumpFile(file, opts);
  }
}

export function registerRunCommand(program: Command): void {
  program
    .command("run")
    .description(
      "run a miniSTG program (.stg), a Haskell program (.hs/.lhs, through GHC) or a GHC STG dump",
    )
    .argument(
      "<file>",
      "FILE.stg, FILE.hs, FILE.lhs or a -ddump-stg-final dump",
    )
    .argument(
      "[args...]",
      "more .stg files of the same program, then (after --) arguments for the program",
    )
    .addOption(
      new Option(
        "-s, --style <style>",
        "evaluation style: EA (eval/apply) or PE (push/enter)",
      )
        .default("PE")
        .argParser((v) => parseStyle(v)),
    )
    .option(
      "-m, --maxsteps <n>",
      "stop after N steps (default: unlimited); also bounds traces",
      parseSteps,
    )
    .option(
      "--max-stack <size>",
      "maximum machine stack, as GHC's +RTS -K (default 512m); beyond it: GHC's stack overflow, exit 2",
      parseSize,
    )
    .option(
      "--max-heap <size>",
      "maximum heap the run may add to V8's, as GHC's +RTS -M (default: 80% of V8's limit); beyond it: GHC's heap exhausted, exit 251",
      parseSize,
    )
    .option(
      "--preempt-steps <n>",
      `steps between thread switches (green threads, round robin; default ${DEFAULT_PREEMPT_STEPS})`,
      parseSteps,
    )
    .option(
      "--nogc",
      "disable garbage collection in traces (shows every top-level object)",
    )
    .option("--noprelude", "do not load the Prelude")
    .option(
      "-a, --annotate",
      "annotate every top-level function and thunk with a stack marker",
    )
    .option(
      "-c, --callstack",
      "call-stack tracing: show the call stack on errors and in traces",
    )
    .addOption(
      new Option(
        "-d, --dump <what>",
        "print the program before running",
      ).choices(["ast", "parsed", "arity"]),
    )
    .option(
      "--stats",
      "print steps, rules, allocations, peak stack and heap to stderr",
    )
    .option(
      "-t, --trace",
      "record a trace of the evaluation (one HTML page per step)",
    )
    .option("--tracedir <dir>", "directory for trace files", "trace")
    .option(
      "--trace-html <file>",
      "write the whole run as one interactive HTML file",
    )
    .option("--trace-json <file>", "write the trace as JSON lines")
    .option(
      "--trace-window <n>",
      "traces keep only the last N states of the run",
      parseWindow,
    )
    .option(
      "--force",
      "write a -t trace into a directory that holds other files",
    )
    .option(
      "--entry <name>",
      "evaluate this top-level binding fully instead of main and print it as Haskell's show would",
    )
    .option(
      "--prelude <file.stg>",
      "a prelude of your own (repeatable): its definitions supply missing names and win over the program's and hs2stg's (docs/standalone.md)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--ghc <path>", "the GHC to use for .hs input")
    .option(
      "--ghc-option <opt>",
      "pass an option to GHC (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .action(
      async (
        file: string,
        args: string[],
        raw: RawRunOptions,
        cmd: Command,
      ) => {
        const { files, programArgs } = splitStgFiles(
          file,
          args,
          (cmd.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ??
            [],
        );
        const code = await runFile(
          file,
          toRunCliOptions(raw, programArgs),
          files,
        );
        process.exitCode = code;
      },
    );
}

/**
 * `run A.stg B.stg -- x y`: the `.stg` files given before `--` after a
 * `.stg` program are more files of it (ministg users run `Prelude.stg
 * prog.stg`); everything else is the program's arguments.
 */
export function splitStgFiles(
  file: string,
  args: readonly string[],
  rawArgs: readonly string[],
): { files: string[]; programArgs: string[] } {
  if (extname(file).toLowerCase() !== ".stg")
    return { files: [], programArgs: [...args] };
  const dashes = rawArgs.indexOf("--");
  const beforeDashes =
    dashes < 0 ? args.length : args.length - (rawArgs.length - dashes - 1);
  let n = 0;
  while (
    n < Math.max(0, beforeDashes) &&
    extname(args[n]!).toLowerCase() === ".stg"
  )
    n++;
  return { files: args.slice(0, n), programArgs: args.slice(n) };
}
