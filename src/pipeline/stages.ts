// The two stages the pipeline calls that live elsewhere: the lowering
// (GHC-STG AST -> miniSTG AST, src/lower/) and the interpreter
// (src/ministg/). Kept in one place so the pipeline's shape does not depend
// on their internals.
import type { Dump } from "../parse-ghc-dump/ast.js";
import type { Program } from "../ministg/ast.js";
import type { RunOptions, RunResult } from "../ministg/run-api.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { lowerProgram } from "../lower/index.js";
import { runBindings } from "../ministg/run-stg.js";

export type { SourceBinding };

export interface LowerRequest {
  /** Every dump of the program (one or more modules each), linked into one miniSTG program. */
  readonly dumps: readonly Dump[];
  /** `--entry NAME`: a top-level binding of the main module; default `:Main.main`. */
  readonly entry?: string;
}

/** Lowers the program; its `main` binding is the entry the interpreter evaluates. */
export function lowerModules(req: LowerRequest): Program {
  return lowerProgram(
    req.dumps,
    req.entry !== undefined ? { entry: req.entry } : {},
  ).program;
}

/** Runs linked bindings (program and prelude) in our interpreter, from `main`. */
export function runProgram(
  bindings: readonly SourceBinding[],
  opts: RunOptions,
): RunResult {
  return runBindings(bindings, opts);
}
