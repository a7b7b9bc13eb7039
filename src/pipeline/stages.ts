// The lowering stage as the pipeline calls it (GHC-STG AST -> miniSTG AST,
// src/lower/); running is execute.ts, which does not load the lowering.
import type { Dump } from "../parse-ghc-dump/ast.js";
import type { Program } from "../ministg/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { lowerProgram } from "../lower/index.js";

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
