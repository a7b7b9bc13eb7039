// Shared helpers of the machine tests: run miniSTG source text in one style
// or both, and record the rules a run applies (through the observer hook).
import { runStgSource } from "../../../src/ministg/run-stg.js";
import type {
  EvalStyle,
  RuleName,
  RunStgSourceOptions,
  RunStgSourceResult,
} from "../../../src/ministg/run-api.js";

export type RunOpts = Partial<Omit<RunStgSourceOptions, "style">>;

export function run(
  src: string,
  style: EvalStyle,
  opts: RunOpts = {},
): RunStgSourceResult {
  return runStgSource(src, {
    file: "test.stg",
    prelude: true,
    annotate: false,
    callStack: false,
    maxSteps: 50_000_000,
    ...opts,
    style,
  });
}

/** The rules applied, in order. */
export function rulesOf(
  src: string,
  style: EvalStyle,
  opts: RunOpts = {},
): RuleName[] {
  const rules: RuleName[] = [];
  run(src, style, { ...opts, observer: { onStep: (r) => void rules.push(r) } });
  return rules;
}
