// The state of the reference machine, as a record: the paper's triple
// (expression, stack, heap) plus the annotation call stack.
//
// - The expression (`control`) is one of four forms. ministg substitutes
//   heap names for variables; here an expression is a compiled code node
//   together with the `locals` array its variables index, which is that
//   substitution without copying the code.
// - The stack is an array of `Frame`s, top last.
// - The heap is JavaScript's: objects (`Obj`) refer to each other directly
//   and are collected when nothing in the state reaches them. `heap` keeps
//   only what the rules need to allocate: the next object number and the
//   allocation counts.

import type { Code } from "../machine/code.js";
import type { CompiledProgram } from "../machine/compile.js";
import { frameWords, type Frame } from "../machine/frames.js";
import type { PrimCtx } from "../machine/prim-context.js";
import type { CallStack, Obj, Value } from "../machine/values.js";
import type { ClosureKind } from "../run-api.js";

// The control (what the machine is doing), shared with the fast engine's
// suspended threads: machine/suspension.ts.
import type { Control } from "../machine/suspension.js";
export type { Control };

/** Allocation: object numbers (`$n` in views) and counts by kind. */
export interface HeapCounters {
  FUN: number;
  PAP: number;
  CON: number;
  THUNK: number;
  ERROR: number;
  updates: number;
}

export interface State {
  control: Control;
  /** Top of stack last; changed only through push and pop (they keep `words`), or replaced by a thread switch. */
  stack: Frame[];
  /** The stack's size in words, as the fast engine lays frames out (stack limit). */
  words: number;
  /** The annotation call stack (`stack "f" e`), innermost first. */
  callStack: CallStack;
  readonly prog: CompiledProgram;
  readonly pushEnter: boolean;
  /** Primops' view of the machine; its `nextId` numbers every new object. */
  readonly prim: PrimCtx;
  readonly heap: HeapCounters;
  /** `raise# nonTermination`, entered on a blackhole (null: not linked). */
  readonly loop: Code | null;
  /** Traced runs: the let binding (`owner/binder`) each object was allocated by. */
  readonly sites: WeakMap<Obj, string> | null;
  /**
   * Runs with --stats: allocations by the sites no let names (PAP1/PAP2,
   * primops, woken threads), as `sites` names them.
   */
  readonly otherSites: Map<string, OtherSite> | null;
  /** `sites` or `otherSites` is kept: the loop keeps `owner`. */
  readonly tracking: boolean;
  /**
   * Traced runs: the top-level binding whose code ran last (kept by the
   * loop), owner of what PAP1/PAP2 build while no code runs.
   */
  owner: string | null;
  /**
   * The primop that just blocked the running thread (or was interrupted on
   * the way into blocking), run again if the thread's evaluation is frozen
   * there (scheduler.ts `again`); kept by the next SWITCH.
   */
  again: Control | null;
}

export interface OtherSite {
  readonly kind: ClosureKind;
  count: number;
}

const KIND_OF: readonly ClosureKind[] = ["FUN", "PAP", "CON", "THUNK"];

/** Records where `o` was allocated, for traces and statistics. */
export function noteSite(s: State, o: Obj, site: string): void {
  if (s.sites !== null) {
    if (s.sites.has(o)) return;
    s.sites.set(o, site);
  }
  if (s.otherSites !== null) {
    const c = s.otherSites.get(site);
    if (c !== undefined) c.count++;
    else s.otherSites.set(site, { kind: KIND_OF[o.tag] ?? "ERROR", count: 1 });
  }
}

export function evalState(code: Code, locals: Value[]): Control {
  return { kind: "eval", code, locals };
}

export function retState(value: Value): Control {
  return { kind: "ret", value };
}

/** Numbers a new heap object. */
export function freshId(s: State): number {
  return s.prim.nextId++;
}

export function push(s: State, ...frames: Frame[]): void {
  for (const f of frames) {
    s.stack.push(f);
    s.words += frameWords(f);
  }
}

export function pop(s: State): Frame | undefined {
  const f = s.stack.pop();
  if (f !== undefined) s.words -= frameWords(f);
  return f;
}

/** The frame on top of the stack. */
export function top(s: State): Frame | undefined {
  return s.stack[s.stack.length - 1];
}
