// `hs2stg run FILE [options] [-- program args]`: ministg's flags plus ours,
// collected into RunCliOptions and dispatched on the file's kind: `.stg`
// runs on the bundled machine, `.hs`/`.lhs` go through GHC, anything else is
// taken for a GHC STG dump.
import { extname } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import type { RunCliOptions } from "../pipeline/run-options.js";
import type { TraceUntil } from "../trace/recorder.js";
import { DEFAULT_PREEMPT_STEPS } from "../ministg/machine/time-slice.js";

export interface RawRunOptions {
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
  traceFrom?: string;
  traceUntil?: TraceUntil;
  traceWindow?: number;
  heapProfile?: string;
  profile?: true | string;
  force?: boolean;
  entry?: string;
  ghc?: string;
  ghcOption: string[];
  prelude: string[];
  cache: boolean;
  faithful?: boolean;
}

export function parseStyle(v: string): "EA" | "PE" {
  const s = v.toUpperCase();
  if (s === "EA" || s === "PE") return s;
  throw new InvalidArgumentError("expected EA (eval/apply) or PE (push/enter)");
}

export function parseSteps(v: string): number {
  if (!/^\d+$/.test(v))
    throw new InvalidArgumentError("expected a non-negative number of steps");
  return Number(v);
}

/** A size as GHC's RTS flags take it: bytes, or with a k, m or g suffix. */
export function parseSize(v: string): number {
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

/** --trace-until: a step number, or a function's name. */
function parseUntil(v: string): TraceUntil {
  if (/^\d+$/.test(v)) return { kind: "step", step: Number(v) };
  if (v.trim() === "")
    throw new InvalidArgumentError("expected a function name or a step number");
  return { kind: "name", name: v };
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
    ...(raw.traceFrom !== undefined ? { traceFrom: raw.traceFrom } : {}),
    ...(raw.traceUntil !== undefined ? { traceUntil: raw.traceUntil } : {}),
    ...(raw.traceWindow !== undefined ? { traceWindow: raw.traceWindow } : {}),
    ...(raw.heapProfile !== undefined ? { heapProfile: raw.heapProfile } : {}),
    ...(raw.profile !== undefined
      ? { profileOut: raw.profile === "" ? true : raw.profile }
      : {}),
    ...(raw.force === true ? { force: true } : {}),
    ...(raw.entry !== undefined ? { entry: raw.entry } : {}),
    ...(raw.ghc !== undefined ? { ghc: raw.ghc } : {}),
    ghcOptions: raw.ghcOption,
    ...(raw.prelude.length > 0 ? { preludeFiles: raw.prelude } : {}),
    ...(raw.cache === false ? { cache: false } : {}),
    ...(raw.faithful === true ? { faithful: true } : {}),
    programArgs,
  };
}

/** The options naming the GHC to run and what to pass it (run and step). */
export function addGhcOptions(cmd: Command): Command {
  return cmd
    .option("--ghc <path>", "the GHC to use for .hs input")
    .option(
      "--ghc-option <opt>",
      "pass an option to GHC (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    );
}

/**
 * `--profile[=FILE]`: a bare `--profile` (before any `--`) becomes
 * `--profile=`, so that commander does not take the next word (the
 * program's file) for FILE.
 */
export function bareProfileFlag(argv: readonly string[]): string[] {
  const dashes = argv.indexOf("--");
  return argv.map((a, i) =>
    a === "--profile" && (dashes < 0 || i < dashes) ? "--profile=" : a,
  );
}

/** The whole command line as commander read it (for the .stg files after FILE). */
export function parentRawArgs(cmd: Command): string[] {
  return (
    (cmd.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? []
  );
}

export function registerRunCommand(program: Command): void {
  const run = program
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
      "record a trace of the evaluation (one HTML page per step, at most 5,000 unless -m, --trace-window or --trace-until STEP bounds it)",
    )
    .option("--tracedir <dir>", "directory for trace files", "trace")
    .option(
      "--trace-html <file>",
      "write the run as one interactive HTML file (at most 20,000 states unless -m, --trace-window or --trace-until STEP bounds it)",
    )
    .option("--trace-json <file>", "write the trace as JSON lines")
    .option(
      "--trace-from <name>",
      "traces start when this function (a Haskell name such as Main.go, or go) is first entered",
    )
    .option(
      "--trace-until <name|step>",
      "traces stop when this function is first entered, or at this step",
      parseUntil,
    )
    .option(
      "--trace-window <n>",
      "traces keep only the last N states of the run",
      parseWindow,
    )
    .option(
      "--heap-profile <file.html>",
      "write a heap profile of the run (live heap over steps by kind, function, site, constructor; retainers) as one HTML page",
    )
    .option(
      "--profile [file]",
      "print entries, steps and allocations per function (its own code, not its callees) to stderr, or write them to FILE (FILE.json: as JSON)",
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
    .option(
      "--faithful",
      "run GHC's program exactly as its dump has it: a plain run calls methods of known dictionaries directly ((+) $fNumInt x y as plusInt x y: fewer steps, same results); traces and profiles always run it as is",
    )
    .option(
      "--no-cache",
      "do not use or fill the cache of GHC's dumps and translated programs (also HS2STG_NO_CACHE=1)",
    );
  addGhcOptions(run).action(
    async (file: string, args: string[], raw: RawRunOptions, cmd: Command) => {
      const { files, programArgs } = splitStgFiles(
        file,
        args,
        parentRawArgs(cmd),
      );
      if (raw.cache === false) {
        const { disableCache } = await import("../cache/cache-dir.js");
        disableCache();
      }
      // The pipeline is loaded only when a file is run (fast --help/--version).
      const { runFile } = await import("./run-file.js");
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
