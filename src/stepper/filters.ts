// Which states the stepper shows: --from STEP|NAME (from that step, or from
// the first time the code enters the named function), --rule RULE (only
// states that rule produced; repeatable), --max N (at most N states).
import type { RuleName } from "../ministg/run-api.js";
import { ruleExplanations } from "../trace/explain.js";
import type { StepRecord } from "../trace/record.js";
import { UserError } from "../errors.js";

export type From =
  | { readonly kind: "start" }
  | { readonly kind: "step"; readonly step: number }
  | { readonly kind: "name"; readonly name: string };

export interface StepFilter {
  readonly from: From;
  /** Empty: every rule. */
  readonly rules: ReadonlySet<RuleName>;
  readonly max: number;
}

export function parseFrom(v: string | undefined): From {
  if (v === undefined) return { kind: "start" };
  if (/^\d+$/.test(v)) return { kind: "step", step: Number(v) };
  if (v.trim() === "") throw new UserError("--from: expected a step or a name");
  return { kind: "name", name: v };
}

const RULES = new Set(Object.keys(ruleExplanations()));

export function parseRules(vs: readonly string[]): Set<RuleName> {
  const out = new Set<RuleName>();
  for (const v of vs)
    for (const r of v.split(",")) {
      const u = r.trim().toUpperCase();
      if (!RULES.has(u))
        throw new UserError(
          `--rule ${r}: no such rule (the rules: ${[...RULES].join(", ")})`,
        );
      out.add(u as RuleName);
    }
  return out;
}

/**
 * Whether a state's code enters the function `name`: the code is a call
 * of it (`name args`, `name_? args`, `name_2 args`) or the name alone, by its miniSTG or
 * its Haskell name.
 */
export function entersFunction(
  code: string,
  name: string,
  names: (text: string) => string,
): boolean {
  const head = code.split(/[\s\n]/, 1)[0]!.replace(/_(\?|\d+)$/, "");
  return head === name || names(head) === name;
}

/** Tracks --from across states: true once the start has been reached. */
export class FromGate {
  private open: boolean;
  constructor(
    private readonly from: From,
    private readonly names: (text: string) => string,
  ) {
    this.open = from.kind === "start";
  }
  /** `code` is asked for only by --from NAME (printing it costs). */
  pass(step: number, code: () => string): boolean {
    if (this.open) return true;
    const f = this.from;
    this.open =
      f.kind === "step"
        ? step >= f.step
        : f.kind === "name"
          ? entersFunction(code(), f.name, this.names)
          : true;
    return this.open;
  }
}

export function ruleMatches(
  rec: StepRecord,
  rules: ReadonlySet<RuleName>,
): boolean {
  return rules.size === 0 || (rec.rule !== null && rules.has(rec.rule));
}
