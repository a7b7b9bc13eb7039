// `hs2stg step FILE [options] [-- program args]`: the machine state by state
// in the terminal (src/stepper). Input and machine options are run's; the
// stepper adds --from, --rule, --max and colour. On a terminal the states
// are browsed with keys; otherwise (a pipe, a file, a pager) they are
// printed one after another.
import { extname } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { writeAllSync } from "../pipeline/unbuffered-io.js";
import { runFile } from "./run-file.js";
import { parseFrom, parseRules, type StepFilter } from "../stepper/filters.js";
import type { FormatOptions } from "../stepper/format.js";
import { browse } from "../stepper/interactive.js";
import { haskellText } from "../trace/haskell-names.js";
import {
  CollectingStepper,
  StopStepping,
  StreamingStepper,
} from "../stepper/observer.js";
import { COLOR, PLAIN, wantColor } from "../stepper/style.js";
import {
  parseSize,
  parseSteps,
  parseStyle,
  addGhcOptions,
  parentRawArgs,
  splitStgFiles,
  toRunCliOptions,
  type RawRunOptions,
} from "./run-command.js";

/** States printed (not on a terminal) unless --max says otherwise. */
export const DEFAULT_MAX_STATES = 1000;
/** States recorded for browsing on a terminal unless --max says otherwise. */
export const DEFAULT_RECORDED_STATES = 10_000;

interface RawStepOptions extends RawRunOptions {
  from?: string;
  rule: string[];
  max?: number;
  color?: boolean;
  batch?: boolean;
}

function parseMax(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1)
    throw new InvalidArgumentError("expected a positive number of states");
  return Number(v);
}

export function registerStepCommand(program: Command): void {
  const step = program
    .command("step")
    .description(
      "show the run state by state in the terminal (rule, code, stack, heap objects touched); keys on a terminal, plain text in a pipe",
    )
    .argument(
      "<file>",
      "FILE.stg, FILE.hs, FILE.lhs or a -ddump-stg-final dump",
    )
    .argument(
      "[args...]",
      "more .stg files of the same program, then (after --) arguments for the program",
    )
    .option(
      "--from <step|name>",
      "start at this step, or where the code first enters this function (miniSTG or Haskell name)",
    )
    .option(
      "--rule <rule>",
      "show only states this rule produced (repeatable, or comma-separated)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option(
      "--max <n>",
      `print at most N states (default ${DEFAULT_MAX_STATES}); on a terminal, record at most N (default ${DEFAULT_RECORDED_STATES})`,
      parseMax,
    )
    .option("--color", "colour even when not on a terminal")
    .option("--no-color", "no colour (as NO_COLOR=1)")
    .option("--batch", "print the states one after another even on a terminal")
    .option(
      "-s, --style <style>",
      "evaluation style: EA or PE",
      parseStyle,
      "PE",
    )
    .option("-m, --maxsteps <n>", "stop the run after N steps", parseSteps)
    .option("--max-stack <size>", "maximum machine stack (as run)", parseSize)
    .option("--max-heap <size>", "maximum heap (as run)", parseSize)
    .option("--nogc", "show every top-level object in the heap")
    .option("--noprelude", "do not load the Prelude (.stg)")
    .option("-a, --annotate", "annotate top-level bindings with stack markers")
    .option("-c, --callstack", "show the call stack in each state")
    .option("--entry <name>", "evaluate this top-level binding instead of main")
    .option(
      "--prelude <file.stg>",
      "a prelude of your own (repeatable, as run)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    );
  addGhcOptions(step).action(
    async (file: string, args: string[], raw: RawStepOptions, cmd: Command) => {
      const { files, programArgs } = splitStgFiles(
        file,
        args,
        parentRawArgs(cmd),
      );
      process.exitCode = await stepFile(file, raw, files, programArgs);
    },
  );
}

async function stepFile(
  file: string,
  raw: RawStepOptions,
  files: readonly string[],
  programArgs: string[],
): Promise<number> {
  const interactive =
    raw.batch !== true &&
    process.stdout.isTTY === true &&
    process.stdin.isTTY === true;
  const filter: StepFilter = {
    from: parseFrom(raw.from),
    rules: parseRules(raw.rule),
    max:
      raw.max ?? (interactive ? DEFAULT_RECORDED_STATES : DEFAULT_MAX_STATES),
  };
  // commander gives `color: false` for --no-color and true for --color;
  // absent, it defaults to true, so look at the command line itself.
  const dashes = process.argv.indexOf("--");
  const argv = dashes < 0 ? process.argv : process.argv.slice(0, dashes);
  const flag = argv.includes("--no-color")
    ? false
    : argv.includes("--color")
      ? true
      : undefined;
  const color = wantColor(flag, process.stdout.isTTY === true, process.env);
  const format: FormatOptions = {
    style: color ? COLOR : PLAIN,
    names: extname(file).toLowerCase() === ".stg" ? (t) => t : haskellText,
    maxFrames: 12,
  };
  const out = (text: string): void =>
    writeAllSync(1, new TextEncoder().encode(text));
  const opts = toRunCliOptions({ ...raw, tracedir: "trace" }, programArgs);
  const callStack = opts.callStack;
  if (!interactive) {
    const stepper = new StreamingStepper(filter, callStack, format, out);
    try {
      return await runFile(file, { ...opts, observer: stepper }, files);
    } catch (e) {
      if (!(e instanceof StopStepping)) throw e;
      process.stderr.write(
        `hs2stg: step: stopped after ${e.shown} states (--max N to see more)\n`,
      );
      return 0;
    }
  }
  const stepper = new CollectingStepper(filter, callStack, format.names);
  let code = 0;
  try {
    code = await runFile(file, { ...opts, observer: stepper }, files);
  } catch (e) {
    if (!(e instanceof StopStepping)) throw e;
  }
  await browse(stepper.states, stepper.outcome, filter, format, {
    input: process.stdin,
    write: out,
  });
  return code;
}
