// The step-profile hook (`hs2stg run --profile`): after every step a machine
// tells the hook which rule fired and which code node the new state runs
// (an EVAL or `case v of alts` state), or null (a value returned, an unknown
// call). The hook charges steps to the code that was running.
// Off by default. The fast engine calls it from its periodic-event branch,
// made due after every step only when a hook is given, so plain runs pay
// nothing; the reference machine calls it after each step.
import type { Code } from "./code.js";
import type { CompiledProgram } from "./program.js";

/** What the hook reads of the primops' context (prim-context.ts PrimCtx). */
export interface PrimAllocations {
  /** Constructors primops built so far. */
  readonly allocCon: number;
}

export interface StepProfileHook {
  /** Called with the compiled program and the primops' context before the run. */
  prepare(prog: CompiledProgram, prim: PrimAllocations): void;
  /**
   * After step number `steps` (rule `rule`, rules.ts), the machine runs
   * `code` (EVAL or CASEV), or null (RET, CALL).
   */
  step(steps: number, rule: number, code: Code | null): void;
  /** The run ended after `steps` steps. */
  finish(steps: number): void;
}
