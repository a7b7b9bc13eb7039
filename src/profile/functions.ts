// The function profiler behind `hs2stg run --profile`: per top-level
// binding, how often it was entered, the steps its own code took and the
// objects its code allocated (GHC's "individual" costs: callees' steps are
// theirs). A step is charged to the binding whose code the machine was
// running when it took it: a code node's owner (`f`, or `f/local` for the
// closures and thunks defined inside f, which count as f); a returned value
// or an unknown call runs no code, so those steps go to the binding that
// ran last (the one returning or calling). Entries: calls of a top-level
// function (KNOWNCALL, FENTER, EXACT, CALLK into its body) and evaluations
// of a top-level thunk (THUNK). Both machines report the same steps, so the
// same profile.
import type { Code } from "../ministg/machine/code.js";
import type { CompiledProgram } from "../ministg/machine/program.js";
import {
  R_CALLK,
  R_EXACT,
  R_FENTER,
  R_KNOWNCALL,
  R_PAP1,
  R_PAP2,
  R_THUNK,
  RULE_NAMES,
} from "../ministg/machine/rules.js";
import type {
  PrimAllocations,
  StepProfileHook,
} from "../ministg/machine/step-profile.js";
import { FUN, THUNK } from "../ministg/machine/values.js";
import type { ClosureKind } from "../ministg/run-api.js";

/** Steps before the first code runs (entering `main`) are charged here. */
export const START = "(start)";

const KINDS: readonly ClosureKind[] = ["FUN", "PAP", "CON", "THUNK", "ERROR"];

/** One top-level binding's costs. */
export interface FunctionCost {
  /** The binding as miniSTG names it. */
  readonly binding: string;
  entries: number;
  steps: number;
  /** Objects allocated by its code, by kind. */
  readonly alloc: Record<ClosureKind, number>;
}

export interface FunctionProfile {
  readonly steps: number;
  /** Every binding that took a step or allocated, most steps first. */
  readonly functions: readonly FunctionCost[];
}

function newCost(binding: string): FunctionCost {
  return {
    binding,
    entries: 0,
    steps: 0,
    alloc: { FUN: 0, PAP: 0, CON: 0, THUNK: 0, ERROR: 0 },
  };
}

/** The top-level binding a code owner (`f` or `f/local/...`) belongs to. */
export function topLevelOf(owner: string): string {
  const slash = owner.indexOf("/");
  return slash < 0 ? owner : owner.slice(0, slash);
}

/** Objects allocated in all. */
export function allocated(c: FunctionCost): number {
  const a = c.alloc;
  return a.FUN + a.PAP + a.CON + a.THUNK + a.ERROR;
}

export class FunctionProfiler implements StepProfileHook {
  private readonly costs = new Map<string, FunctionCost>();
  /** The body of each top-level FUN or THUNK: entering it is an entry. */
  private readonly bodies = new Map<Code, FunctionCost>();
  private readonly entering = new Uint8Array(RULE_NAMES.length);
  private prog: CompiledProgram | null = null;
  private prim: PrimAllocations | null = null;
  private siteBase: number[] = [];
  private current: FunctionCost = this.cost(START);
  private lastSteps = 0;
  private lastPrimAlloc = 0;
  private lastCode: Code | null = null;
  private lastCost: FunctionCost = this.current;
  private total = 0;

  constructor() {
    for (const r of [R_KNOWNCALL, R_FENTER, R_EXACT, R_CALLK, R_THUNK])
      this.entering[r] = 1;
  }

  private cost(binding: string): FunctionCost {
    let c = this.costs.get(binding);
    if (c === undefined) this.costs.set(binding, (c = newCost(binding)));
    return c;
  }

  prepare(prog: CompiledProgram, prim: PrimAllocations): void {
    this.prog = prog;
    this.prim = prim;
    this.lastPrimAlloc = prim.allocCon;
    // Sites count for the program's life (a program may run more than once).
    this.siteBase = prog.sites.map((a) => a.count);
    prog.globals.forEach((g, i) => {
      if (g.tag !== FUN && g.tag !== THUNK) return;
      const info = g.info as { body?: Code } | null;
      if (info?.body !== undefined)
        this.bodies.set(info.body, this.cost(prog.globalNames[i]!));
    });
  }

  step(steps: number, rule: number, code: Code | null): void {
    const cur = this.current;
    cur.steps += steps - this.lastSteps;
    this.lastSteps = steps;
    if (rule === R_PAP1 || rule === R_PAP2) cur.alloc.PAP++;
    const pa = this.prim!.allocCon;
    if (pa !== this.lastPrimAlloc) {
      cur.alloc.CON += pa - this.lastPrimAlloc;
      this.lastPrimAlloc = pa;
    }
    if (code === null) return;
    if (code !== this.lastCode) {
      this.lastCode = code;
      this.lastCost = this.cost(topLevelOf(code.owner));
    }
    this.current = this.lastCost;
    if (this.entering[rule] === 1) {
      const f = this.bodies.get(code);
      if (f !== undefined) f.entries++;
    }
  }

  finish(steps: number): void {
    this.step(steps, -1, null);
    this.total = steps;
    const sites = this.prog?.sites ?? [];
    sites.forEach((a, i) => {
      const n = a.count - (this.siteBase[i] ?? 0);
      if (n > 0) this.cost(topLevelOf(a.name)).alloc[KINDS[a.tag]!] += n;
    });
  }

  result(): FunctionProfile {
    const functions = [...this.costs.values()]
      .filter((c) => c.steps > 0 || c.entries > 0 || allocated(c) > 0)
      .sort(
        (a, b) =>
          b.steps - a.steps ||
          allocated(b) - allocated(a) ||
          a.binding.localeCompare(b.binding),
      );
    return { steps: this.total, functions };
  }
}
