// Running miniSTG: load (parse, link with the prelude, annotate, compile)
// and run on the machine, then say what `hs2stg run file.stg` prints and
// exits with. The pipelines (src/pipeline/: .stg files, dumps, Haskell) and
// the tests all go through here; the process's IO is theirs.

import { noteRunStarted } from "./run-started.js";
import { UserError } from "../errors.js";
import { parseStgFile } from "./stg-file.js";
import { annotateBinding } from "./machine/annotate.js";
import {
  compileProgram,
  type CompiledProgram,
  type SourceBinding,
} from "./machine/compile.js";
import { runMachine } from "./machine/machine.js";
import { observedIO } from "./reference/observed-io.js";
import { runReference } from "./reference/run.js";
import { linkWithPrelude } from "./prelude.js";
import type {
  MachineStats,
  ProgramIO,
  RunOptions,
  RunOutcome,
  RunResult,
  RunStgSourceOptions,
  RunStgSourceResult,
} from "./run-api.js";

// Kept here too: the pipelines and tests load it with the runner.
export { parseStgFile };

export interface LoadOptions {
  readonly annotate: boolean;
  readonly entry?: string;
  readonly conTags?: ReadonlyMap<string, number>;
}

/** Compiles linked bindings (later bindings of a name override earlier ones). */
export function loadBindings(
  bindings: readonly SourceBinding[],
  opts: LoadOptions,
): CompiledProgram {
  const annotated = opts.annotate
    ? bindings.map((sb) => ({ ...sb, binding: annotateBinding(sb.binding) }))
    : bindings;
  return compileProgram(annotated, {
    ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
    ...(opts.conTags !== undefined ? { conTags: opts.conTags } : {}),
  });
}

/** Output discarded, no input, no arguments. */
export function silentIO(): ProgramIO {
  return {
    writeStdout: () => {},
    writeStderr: () => {},
    readStdinByte: () => -1,
    args: [],
    progName: "main",
  };
}

export interface RunProgramOptions extends RunOptions {
  /** Sample the live heap for MachineStats.peakLiveObjects (a little slower). */
  readonly sampleLiveHeap?: boolean;
}

/** Runs a loaded program. */
export function runCompiled(
  prog: CompiledProgram,
  opts: RunProgramOptions,
): RunResult {
  noteRunStarted();
  const common = {
    style: opts.style,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    io: opts.io ?? silentIO(),
    ...(opts.stuckIsError === true ? { stuckIsError: true } : {}),
    ...(opts.maxStackBytes !== undefined
      ? { maxStackBytes: opts.maxStackBytes }
      : {}),
    ...(opts.maxHeapBytes !== undefined
      ? { maxHeapBytes: opts.maxHeapBytes }
      : {}),
    ...(opts.census !== undefined ? { census: opts.census } : {}),
    ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
    ...(opts.preemptSteps !== undefined
      ? { preemptSteps: opts.preemptSteps }
      : {}),
  };
  const engine =
    opts.engine ??
    (opts.observer !== undefined || opts.sampleLiveHeap === true
      ? "reference"
      : "fast");
  if (engine === "fast") return runMachine(prog, common);
  return runReference(prog, {
    ...common,
    // Traces show program output on the step that wrote it.
    io: observedIO(common.io, opts.observer ?? null),
    gc: opts.gc,
    ...(opts.observer !== undefined ? { observer: opts.observer } : {}),
    ...(opts.sampleLiveHeap !== undefined
      ? { sampleLiveHeap: opts.sampleLiveHeap }
      : {}),
  });
}

/** Loads and runs bindings (e.g. a lowered program with its prelude) in one go. */
export function runBindings(
  bindings: readonly SourceBinding[],
  opts: RunProgramOptions,
): RunResult {
  const prog = loadBindings(bindings, {
    annotate: opts.annotate,
    ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
    ...(opts.conTags !== undefined ? { conTags: opts.conTags } : {}),
  });
  return runCompiled(prog, opts);
}

/** What the CLI shows for an outcome: stdout text, stderr text, exit code. */
export interface OutcomeReport {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Exit code when the step limit (-m) stops a run. */
export const STEP_LIMIT_EXIT = 2;

export function reportOutcome(
  outcome: RunOutcome,
  opts: { callStack: boolean; maxSteps?: number },
): OutcomeReport {
  switch (outcome.kind) {
    case "value":
      return { stdout: outcome.text + "\n", stderr: "", exitCode: 0 };
    case "exception": {
      // ministg: the message, then the call stack when there is one (exit 0).
      const cs = outcome.callStack;
      const tail =
        cs.length === 0
          ? ""
          : "\n\nCall stack:\n" + cs.map((l) => l + "\n").join("");
      return {
        stdout: "Exception raised!" + tail + "\n",
        stderr: "",
        exitCode: 0,
      };
    }
    case "error": {
      const where = [
        outcome.rule !== undefined ? `rule ${outcome.rule}` : undefined,
        outcome.closure !== undefined
          ? `closure ${outcome.closure}`
          : undefined,
      ].filter((x) => x !== undefined);
      let text = `hs2stg: ${outcome.message}\n`;
      if (where.length > 0) text += `  (${where.join(", ")})\n`;
      if (opts.callStack && outcome.callStack.length > 0) {
        text +=
          "Call stack:\n" + outcome.callStack.map((l) => `  ${l}\n`).join("");
      }
      return { stdout: "", stderr: text, exitCode: outcome.exitCode };
    }
    case "exit":
      return { stdout: "", stderr: "", exitCode: outcome.exitCode };
    case "stepLimit":
      return {
        stdout: "",
        stderr: `hs2stg: stopped after ${outcome.steps} steps: the step limit (-m ${opts.maxSteps ?? outcome.steps}) was reached\n`,
        exitCode: STEP_LIMIT_EXIT,
      };
    default: {
      const never: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(never)}`);
    }
  }
}

/** `--stats` text (stderr). */
export function formatStats(
  stats: MachineStats,
  /** Translated programs: an allocation site with Haskell names. */
  site: (site: string) => string = (x) => x,
): string {
  const lines = [`steps: ${stats.steps}`];
  const rules = Object.entries(stats.rules)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`);
  lines.push(`rules: ${rules.join(", ")}`);
  const allocs = Object.entries(stats.allocations)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  const total = Object.values(stats.allocations).reduce((a, b) => a + b, 0);
  lines.push(
    `allocations: ${total}${allocs.length > 0 ? ` (${allocs.join(", ")})` : ""}`,
  );
  const top = stats.allocationSites.slice(0, 5).map((a) => {
    const h = site(a.site);
    return `${h}${h !== a.site ? ` [${a.site}]` : ""} ${a.count} ${a.kind}`;
  });
  if (top.length > 0) lines.push(`top allocation sites: ${top.join(", ")}`);
  lines.push(`updates: ${stats.updates}`);
  lines.push(`peak stack depth: ${stats.peakStackDepth} frames`);
  if (stats.peakLiveObjects > 0) {
    const how =
      stats.liveSampleInterval === 1
        ? ""
        : ` (sampled every ${stats.liveSampleInterval} steps or more)`;
    lines.push(`peak live heap: ${stats.peakLiveObjects} objects${how}`);
  }
  const secs = stats.wallMs / 1000;
  const rate = secs > 0 ? Math.round(stats.steps / secs) : 0;
  lines.push(
    `time: ${stats.wallMs.toFixed(1)} ms (${rate.toLocaleString("en-US")} steps/s)`,
  );
  return lines.map((l) => `[stats] ${l}\n`).join("");
}

function bytesOf(input: string | Uint8Array | undefined): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  return typeof input === "string" ? new TextEncoder().encode(input) : input;
}

/** Collecting IO for tests: the program's output is kept in memory. */
export function bufferedIO(
  stdin: string | Uint8Array | undefined,
  args: readonly string[],
  progName: string,
) {
  const input = bytesOf(stdin);
  let pos = 0;
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const io: ProgramIO = {
    writeStdout: (c) => void out.push(c.slice()),
    writeStderr: (c) => void err.push(c.slice()),
    readStdinByte: () => (pos < input.length ? input[pos++]! : -1),
    args,
    progName,
  };
  const decode = (chunks: Uint8Array[]): string =>
    Buffer.concat(chunks).toString("utf8");
  return { io, stdout: () => decode(out), stderr: () => decode(err) };
}

const EMPTY_STATS: MachineStats = {
  allocationSites: [],
  steps: 0,
  rules: {},
  allocations: { FUN: 0, PAP: 0, CON: 0, THUNK: 0, ERROR: 0 },
  updates: 0,
  peakStackDepth: 0,
  peakLiveObjects: 0,
  liveSampleInterval: 1,
  wallMs: 0,
};

/** Exactly what `hs2stg run file.stg` prints and exits with (without --stats output). */
export function runStgSource(
  text: string,
  opts: RunStgSourceOptions,
): RunStgSourceResult {
  const buf = bufferedIO(opts.stdin, opts.args ?? [], opts.file);
  let prog: CompiledProgram;
  try {
    const program = parseStgFile(text, opts.file);
    prog = loadBindings(linkWithPrelude(program, opts.file, opts.prelude), {
      annotate: opts.annotate,
      ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
    });
  } catch (e) {
    if (e instanceof UserError) {
      const message = e.message;
      return {
        stdout: "",
        stderr: `hs2stg: ${message}\n`,
        exitCode: e.exitCode,
        stats: EMPTY_STATS,
        outcome: {
          kind: "error",
          message,
          exitCode: e.exitCode,
          callStack: [],
        },
      };
    }
    throw e;
  }
  const { outcome, stats } = runCompiled(prog, {
    style: opts.style,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
    gc: opts.gc ?? true,
    callStack: opts.callStack,
    annotate: opts.annotate,
    io: buf.io,
    ...(opts.observer !== undefined ? { observer: opts.observer } : {}),
    ...(opts.sampleLiveHeap !== undefined
      ? { sampleLiveHeap: opts.sampleLiveHeap }
      : {}),
    ...(opts.stuckIsError === true ? { stuckIsError: true } : {}),
    ...(opts.engine !== undefined ? { engine: opts.engine } : {}),
  });
  const rep = reportOutcome(outcome, {
    callStack: opts.callStack,
    ...(opts.maxSteps !== undefined ? { maxSteps: opts.maxSteps } : {}),
  });
  return {
    stdout: buf.stdout() + rep.stdout,
    stderr: buf.stderr() + rep.stderr,
    exitCode: rep.exitCode,
    stats,
    outcome,
  };
}
