// The heap-census hook (--heap-profile): at steps the hook chooses, a
// machine hands it the roots of its state (the current expression's values,
// the stack, the top-level objects) and the hook walks what they reach.
// Off by default; when on, the engines test it only at their periodic
// events, never per step, so plain runs pay nothing.
import type { CompiledProgram } from "./program.js";
import { frameWords, readFlatFrame, type Frame } from "./frames.js";
import type { Value } from "./values.js";

export interface CensusRoots {
  readonly prog: CompiledProgram;
  /** Values the current expression holds (its locals, the returned value...). */
  readonly current: readonly Value[];
  /** The stack, top first. */
  readonly stack: readonly Frame[];
  /** What the other threads hold: their saved registers and stacks, their pending values. */
  readonly suspended?: readonly Value[];
}

export interface CensusHook {
  /** Called with the compiled program before it runs (sites can be tagged then). */
  prepare(prog: CompiledProgram): void;
  /** The step of the first census (valid after prepare). */
  readonly first: number;
  /** Takes a census after `step` steps; returns the step of the next one. */
  take(step: number, roots: CensusRoots): number;
  /** The run ended after `step` steps: a last census of the final state. */
  finish(step: number, roots: CensusRoots): void;
}

/** The frames of the fast engine's flat stack (words below `sp`), top first. */
export function flatFrames(stk: readonly unknown[], sp: number): Frame[] {
  const out: Frame[] = [];
  for (let top = sp; top > 0;) {
    const f = readFlatFrame(stk, top);
    out.push(f);
    top -= frameWords(f);
  }
  return out;
}
