// How a run of either machine ends: the runtime errors raised inside a
// loop, the outcome they and a final state become, and the statistics
// record. Shared so that the reference machine and the fast engine report
// every ending in the same words.

import { PrimError } from "../primops/table.js";
import type {
  ClosureKind,
  MachineStats,
  RuleName,
  RunOutcome,
} from "../run-api.js";
import type { AllocSpec, Alts, Code, ConInfo, EnumTagInfo } from "./code.js";
import { OP_CASE, OP_PRIM } from "./code.js";
import type { CompiledProgram } from "./program.js";
import { ResourceExhausted, STACK_WORD_BYTES } from "./limits.js";
import { printValue } from "./print-value.js";
import {
  CON,
  ERROR,
  callStackToArray,
  valueCount,
  type CallStack,
} from "./values.js";
import type { Obj, Value } from "./values.js";

/** The base prelude's uncaught-exception handler (GHC.TopHandler). */
export const TOP_HANDLER = "topHandler_GHCziTopHandler";
/**
 * Control.Exception.Base.nonTermination, what a thunk that demands itself
 * raises (GHC's `<<loop>>`); linked into every translated program.
 */
export const NON_TERMINATION = "nonTermination_ControlziExceptionziBase";

/** A runtime error raised inside the loop; turned into an outcome. */
export class MachineError extends Error {
  constructor(
    message: string,
    readonly closure?: string,
  ) {
    super(message);
  }
}

export function stackOverflow(words: number): ResourceExhausted {
  return new ResourceExhausted({
    kind: "stack",
    sizeBytes: words * STACK_WORD_BYTES,
  });
}

export function nonExhaustive(code: Code): MachineError {
  return new MachineError(
    "non exhaustive patterns in case expression",
    code.owner,
  );
}

export function arityMismatch(code: Code, v: Obj, bound: number): MachineError {
  return new MachineError(
    `constructor ${(v.info as ConInfo).name} has ${valueCount(v)} field(s) but the pattern binds ${bound}`,
    code.owner,
  );
}

/**
 * CASECON on an enumeration tag (enumTag#): the alternative whose
 * constructor has the tag, or -1 (then the default, as for any constructor
 * without an alternative).
 */
export function enumTagAlt(
  prog: CompiledProgram,
  alts: Alts,
  info: EnumTagInfo,
): number {
  const infos = alts.conInfos;
  for (let i = 0; i < infos.length; i++)
    if (prog.conTag(infos[i]!) === info.tag) return i;
  return -1;
}

/**
 * The error outcome for `e` (a MachineError or PrimError) raised while the
 * machine was at `where` (the expression under evaluation, or the CASE node
 * whose alternatives were being chosen: `choosing`).
 */
export function errorOutcome(
  e: MachineError | PrimError,
  where: Code | null,
  choosing: boolean,
  cs: CallStack,
): RunOutcome {
  const closure =
    e instanceof MachineError && e.closure !== undefined
      ? e.closure
      : where?.owner;
  const rule =
    choosing || (where !== null && where.op === OP_CASE)
      ? "CASEANY"
      : where !== null && where.op === OP_PRIM
        ? "PRIMOP"
        : undefined;
  const pos =
    where?.pos !== undefined
      ? `${where.file}:${where.pos.line}:${where.pos.column}`
      : undefined;
  return {
    kind: "error",
    message: e.message,
    exitCode: 1,
    rule,
    closure:
      closure === undefined
        ? undefined
        : pos === undefined
          ? closure
          : `${closure} at ${pos}`,
    callStack: callStackToArray(cs),
  };
}

/**
 * No rule applies, yet arguments wait on the stack: a constructor or a
 * literal was applied to more arguments than any function took.
 */
export function stuckError(val: Value): MachineError {
  const what =
    typeof val === "object" && val.tag === CON
      ? `the constructor ${(val.info as ConInfo).name}`
      : `the value ${printValue(val)}`;
  return new MachineError(
    `${what} was applied to arguments (a function returned it to a call with more arguments than its arity)`,
  );
}

/** The outcome of a machine that stopped because no rule applies. */
export function finalOutcome(returning: boolean, val: Value, cs: CallStack) {
  return returning && typeof val === "object" && val.tag === ERROR
    ? ({ kind: "exception", callStack: callStackToArray(cs) } as const)
    : ({ kind: "value", text: printValue(val) } as const);
}

export { PrimError };

/** What both machines count while they run. */
export interface Counters {
  readonly rules: ArrayLike<number>;
  steps: number;
  allocations: Record<ClosureKind, number>;
  updates: number;
  peakStackDepth: number;
  peakLiveObjects: number;
  liveSampleInterval: number;
}

const KINDS: ClosureKind[] = ["FUN", "PAP", "CON", "THUNK", "ERROR"];

export function buildStats(
  ruleNames: readonly RuleName[],
  c: Counters,
  sites: readonly AllocSpec[],
  started: number,
): MachineStats {
  const rules: MachineStats["rules"] = {};
  ruleNames.forEach((name, i) => {
    if (c.rules[i]! > 0) rules[name] = c.rules[i]!;
  });
  const allocationSites = sites
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((a) => ({
      site: a.name,
      kind: KINDS[a.tag] ?? "ERROR",
      count: a.count,
    }));
  return {
    allocationSites,
    steps: c.steps,
    rules,
    allocations: { ...c.allocations },
    updates: c.updates,
    peakStackDepth: c.peakStackDepth,
    peakLiveObjects: c.peakLiveObjects,
    liveSampleInterval: c.liveSampleInterval,
    wallMs: performance.now() - started,
  };
}
