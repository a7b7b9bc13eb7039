// The pipeline as a library, with the program's input and output in memory:
// for tests and benchmarks, which convert once and run (and time) separately.
import type {
  EvalStyle,
  MachineStats,
  RunOutcome,
} from "../ministg/run-api.js";
import { dumpStg, type GhcDriverOptions } from "../ghc/index.js";
import { execute, runLimits } from "./execute.js";
import { reportOutcome } from "./outcome.js";
import { memoryIO } from "./program-io.js";
import { renderHaskellValue } from "./render-value.js";
import {
  parseDumps,
  translateDumps,
  type DumpText,
  type TranslatedProgram,
} from "./translate.js";
import { programName } from "./program-name.js";

export type { TranslatedProgram, DumpText };

export interface ConvertOptions extends GhcDriverOptions {
  /** `--entry NAME`; default the program's `main`. */
  entry?: string;
}

/** Haskell source to a linked miniSTG program (GHC, parse, lower, link). */
export async function convertHaskell(
  file: string,
  opts: ConvertOptions = {},
): Promise<TranslatedProgram> {
  return convertDumps(await dumpStg(file, opts), file, opts.entry);
}

/** Dump texts (one or more modules) to a linked miniSTG program. */
export function convertDumps(
  dumps: readonly DumpText[],
  programFile: string,
  entry?: string,
): TranslatedProgram {
  return translateDumps(parseDumps(dumps), programFile, entry);
}

export interface MemoryRunOptions {
  /** Run GHC's program as is: no direct calls of known methods (execute). */
  faithful?: boolean;
  stdin?: Uint8Array | string;
  args?: readonly string[];
  progName?: string;
  style?: EvalStyle;
  maxSteps?: number;
  /** RunOptions.maxStackBytes / maxHeapBytes. */
  maxStackBytes?: number;
  maxHeapBytes?: number;
  /** RunOptions.preemptSteps. */
  preemptSteps?: number;
  /** Print the final value to stdout, shown by the structural renderer (for `--entry` programs). */
  printValue?: boolean;
  /** ProgramIO.cwd / env: the program's working directory and environment. */
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export interface MemoryRunResult {
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  readonly exitCode: number;
  readonly outcome: RunOutcome;
  readonly stats: MachineStats;
}

/** Runs a converted program as `hs2stg run` would, collecting its output. */
export function runConverted(
  program: TranslatedProgram,
  opts: MemoryRunOptions = {},
): MemoryRunResult {
  const io = Object.assign(
    memoryIO(opts.stdin ?? "", opts.args ?? [], opts.progName ?? "main"),
    {
      ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}),
      ...(opts.env !== undefined ? { env: opts.env } : {}),
    },
  );
  const result = execute(
    program,
    {
      style: opts.style ?? "PE",
      ...runLimits(opts),
      gc: true,
      callStack: false,
      annotate: false,
      io,
    },
    opts.faithful === true,
  );
  const exitCode = reportOutcome(
    result.outcome,
    io,
    opts.printValue ?? false,
    renderHaskellValue,
  );
  return {
    stdout: io.stdout(),
    stderr: io.stderr(),
    exitCode,
    outcome: result.outcome,
    stats: result.stats,
  };
}

/** convertHaskell then runConverted. */
export async function runHaskellInMemory(
  file: string,
  opts: ConvertOptions & MemoryRunOptions = {},
): Promise<MemoryRunResult> {
  const program = await convertHaskell(file, opts);
  return runConverted(program, {
    progName: programName(file),
    ...opts,
    printValue: opts.printValue ?? opts.entry !== undefined,
  });
}
