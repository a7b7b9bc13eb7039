// What a straight-line stretch of compiled code counts besides its steps
// (rules, allocations by kind, allocations per LET site), kept once per
// flush point of the generated code instead of written out there: compiled
// code adds 1 to the point's `n` (one store, not one per counter), and the
// counters are multiplied out when the run ends (collectTallies). Steps are
// still added where they are taken: every event check reads them.

import type { CompiledProgram } from "../compile.js";
import type { AllocSpec } from "../code.js";

export class Tally {
  /** Times compiled code passed this point since the last collection. */
  n = 0;
  constructor(
    /** Pairs (rule, count) for the machine's rule counters. */
    readonly rules: readonly number[],
    /** Allocations by values.ts tag (FUN, PAP, CON, THUNK, BLACKHOLE, ERROR). */
    readonly allocs: readonly number[],
    /** LET sites and their allocation counts. */
    readonly sites: readonly AllocSpec[],
    readonly siteCounts: readonly number[],
  ) {}
}

/** The counters a collection adds to (jit/state.ts JitState). */
export interface TallyTarget {
  readonly rc: Float64Array;
  allocFun: number;
  allocPap: number;
  allocCon: number;
  allocThunk: number;
  allocError: number;
}

const registries = new WeakMap<CompiledProgram, Tally[]>();

/**
 * Every flush point compiled for `prog`'s code (its compiled functions stay
 * on its code nodes from one run to the next, so the points are the
 * program's, not a run's).
 */
export function talliesOf(prog: CompiledProgram): Tally[] {
  let r = registries.get(prog);
  if (r === undefined) {
    r = [];
    registries.set(prog, r);
  }
  return r;
}

/** Adds what every point counted since the last collection to `to`, and starts again. */
export function collectTallies(list: readonly Tally[], to: TallyTarget): void {
  const rc = to.rc;
  for (const t of list) {
    const n = t.n;
    if (n === 0) continue;
    t.n = 0;
    const rs = t.rules;
    for (let i = 0; i < rs.length; i += 2) rc[rs[i]!]! += rs[i + 1]! * n;
    const a = t.allocs;
    to.allocFun += a[0]! * n;
    to.allocPap += a[1]! * n;
    to.allocCon += a[2]! * n;
    to.allocThunk += a[3]! * n;
    to.allocError += a[5]! * n;
    t.sites.forEach((s, i) => (s.count += t.siteCounts[i]! * n));
  }
}

/** Forgets what the points counted (a new run starts). */
export function resetTallies(list: readonly Tally[]): void {
  for (const t of list) t.n = 0;
}
