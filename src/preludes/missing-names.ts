// Undefined names, explained: each one with its Haskell name beside the
// encoded one, where the program first uses it (`file:line:col:`), and why
// it is undefined -- a base-prelude name in a file that links no prelude, a
// name no prelude defines (or one hs2stg refuses), or a probable typo with
// the nearest defined names.
import type { Pos } from "../ministg/ast.js";
import { visitObjectFreeVars } from "../ministg/traversal.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { decodeName } from "../lower/names.js";
import { refusedNames } from "./refused.js";
import { loadBasePrelude } from "./base.js";
import { synthesizeDefinition } from "./library-constructors.js";

export interface MissingContext {
  /** The bindings that may use the names (the program and user preludes). */
  readonly bindings: readonly SourceBinding[];
  /** Whether the base prelude was linked. */
  readonly baseLinked: boolean;
  /** Every name that is defined (for typo suggestions). */
  readonly defined: Iterable<string>;
  /** Why the base prelude was not linked, said after "not linked because". */
  readonly noBaseReason?: string;
  /** A prelude left out (ministg's, with --noprelude) and the names it defines. */
  readonly leftOut?: {
    readonly label: string;
    readonly names: ReadonlySet<string>;
    readonly why: string;
  };
}

/** One line a missing name, `file:line:col: ...` where the program uses it. */
export function explainMissing(
  missing: readonly string[],
  ctx: MissingContext,
): string {
  const uses = firstUses(ctx.bindings, new Set(missing));
  const defined = [...ctx.defined];
  const refused = refusedNames();
  // In the order the program uses them; names without a known use last.
  const ordered = [...missing].sort((x, y) => compareUses(uses.get(x), uses.get(y)));
  const lines = ordered.slice(0, MAX_SHOWN).map((name) => {
    const use = uses.get(name);
    const where = use === undefined ? "" : `${use.file}:${use.line}:${use.column}: `;
    const hs = decodeName(name);
    // ministg's words first, then the Haskell name and the reason.
    const shown = `undefined variable: ${JSON.stringify(name)}${hs === name ? "" : ` (${hs})`}`;
    return `${where}${shown}: ${reason(name, hs, ctx, refused, defined)}`;
  });
  if (ordered.length > MAX_SHOWN)
    lines.push(`... and ${ordered.length - MAX_SHOWN} more undefined names`);
  return lines.join("\n");
}

const MAX_SHOWN = 20;

function compareUses(a: Use | undefined, b: Use | undefined): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

function reason(
  name: string,
  hs: string,
  ctx: MissingContext,
  refused: ReadonlyMap<string, string>,
  defined: readonly string[],
): string {
  const why = refused.get(hs);
  if (why !== undefined) return `not supported by hs2stg: ${why}`;
  if (ctx.leftOut?.names.has(name))
    return `defined by ${ctx.leftOut.label}, which ${ctx.leftOut.why}`;
  if (!ctx.baseLinked) {
    const def = loadBasePrelude().definitions.get(name);
    if (def !== undefined || synthesizeDefinition(name) !== undefined)
      return (
        `defined by the base prelude${def !== undefined ? ` (${def.file})` : ""}, ` +
        `but not linked because ${ctx.noBaseReason ?? "the program names no prelude"}`
      );
  }
  const near = nearNames(name, defined);
  if (near.length > 0)
    return `defined nowhere; probably a typo: did you mean ${near.map((n) => `\`${n}\``).join(" or ")}?`;
  if (name.includes("_"))
    return ctx.baseLinked
      ? "defined in no prelude (hs2stg's base preludes do not cover it; docs/preludes.md)"
      : "defined in no prelude and not in the program";
  return "defined nowhere (not in the program nor in any prelude)";
}

/** Up to three defined names within a small edit distance of `name`. */
export function nearNames(name: string, defined: readonly string[]): string[] {
  const limit = name.length <= 4 ? 1 : 2;
  const scored: Array<[number, string]> = [];
  for (const d of defined) {
    if (Math.abs(d.length - name.length) > limit || d === name) continue;
    const dist = editDistance(name, d, limit);
    if (dist <= limit) scored.push([dist, d]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return scored.slice(0, 3).map(([, d]) => d);
}

/** Levenshtein distance, giving up (limit + 1) past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, cur[j]!);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

interface Use extends Pos {
  readonly file: string;
}

/** Where each of `names` is first used free (in binding order). */
export function firstUses(
  bindings: readonly SourceBinding[],
  names: ReadonlySet<string>,
): Map<string, Use> {
  const out = new Map<string, Use>();
  for (const { binding, file } of bindings) {
    const note = (name: string, pos: Pos | undefined) => {
      if (!names.has(name) || out.has(name)) return;
      const at = pos ?? binding.pos;
      if (at !== undefined) out.set(name, { file, ...at });
    };
    visitObjectFreeVars(binding.object, note, new Set(), binding);
  }
  return out;
}

