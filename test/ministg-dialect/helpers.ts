// Shared steps of the ministg-dialect tests: run a program in our
// interpreter, and convert an extended program to the ministg dialect the
// way `hs2stg convert --dialect ministg` does (print, parse back in the
// ministg dialect, check), then run the printed text in both styles.
import { expect } from "vitest";
import type { Program } from "../../src/ministg/ast.js";
import { parseStg } from "../../src/ministg/parse.js";
import { printStg } from "../../src/print/print-stg.js";
import { checkMinistgDialect } from "../../src/ministg/check-dialect.js";
import { runStgSource } from "../../src/ministg/run-stg.js";
import { runBindings } from "../../src/ministg/run-stg.js";
import type { RunOutcome } from "../../src/ministg/run-api.js";
import {
  toMinistgDialect,
  type MinistgDialectOptions,
} from "../../src/ministg-dialect/index.js";

/** What a run printed: the value, or how it failed. */
export function describeOutcome(o: RunOutcome): string {
  switch (o.kind) {
    case "value":
      return o.text;
    case "exception":
      return "Exception raised!";
    case "error":
      return `error: ${o.message}`;
    case "exit":
      return `exit ${o.exitCode}`;
    case "stepLimit":
      return "step limit";
    default: {
      const never: never = o;
      return never;
    }
  }
}

/** Runs `.stg` text without any prelude (EA unless told). */
export function runText(text: string, style: "EA" | "PE" = "EA"): string {
  const r = runStgSource(text, {
    file: "test.stg",
    style,
    prelude: false,
    annotate: false,
    callStack: false,
  });
  return describeOutcome(r.outcome);
}

/** Runs a program (AST) as it is, extended dialect allowed. */
export function runProgram(p: Program, style: "EA" | "PE" = "EA"): string {
  const r = runBindings(
    p.bindings.map((binding) => ({ binding, file: "program" })),
    { style, gc: true, callStack: false, annotate: false },
  );
  return describeOutcome(r.outcome);
}

export interface Converted {
  readonly program: Program;
  readonly text: string;
  /** The printed file's value in eval/apply and push/enter. */
  readonly ea: string;
  readonly pe: string;
}

/**
 * toMinistgDialect, then the checks every output must pass: it prints in
 * the ministg dialect, parses back with the ministg lexer, has no checker
 * violations, and gives the same result in both evaluation styles.
 */
export function convert(
  p: Program,
  opts: MinistgDialectOptions = {},
): Converted {
  const program = toMinistgDialect(p, opts);
  const text = printStg(program, { dialect: "ministg" });
  const back = parseStg(text, { file: "out.stg", dialect: "ministg" });
  expect(checkMinistgDialect(back)).toEqual([]);
  const ea = runText(text, "EA");
  const pe = runText(text, "PE");
  expect(pe).toBe(ea);
  return { program, text, ea, pe };
}

/** Parses extended-dialect source text. */
export function extended(text: string): Program {
  return parseStg(text, { file: "input.stg", dialect: "extended" });
}
