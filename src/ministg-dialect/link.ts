// Which definitions a program uses: everything reachable from `main` through
// free variables, each taken from the first source that defines it (the
// program's own bindings first, then the libraries in order).
import type { Binding } from "../ministg/ast.js";
import { bindingFreeVars } from "../ministg/traversal.js";

export interface DefinitionSource {
  /** How reports name the source (`program`, `support`, `base`, `prelude`). */
  readonly label: string;
  lookup(name: string): Binding | undefined;
}

export interface Reached {
  readonly binding: Binding;
  readonly source: string;
}

export interface ReachResult {
  /** In discovery order (breadth-first from the roots). */
  readonly reached: readonly Reached[];
  /** Names used that no source defines, sorted. */
  readonly missing: string[];
}

export function reach(
  roots: readonly string[],
  sources: readonly DefinitionSource[],
): ReachResult {
  const seen = new Set<string>(roots);
  const work = [...roots];
  const reached: Reached[] = [];
  const missing: string[] = [];
  for (let i = 0; i < work.length; i++) {
    const name = work[i]!;
    let found: Reached | undefined;
    for (const s of sources) {
      const b = s.lookup(name);
      if (b !== undefined) {
        found = { binding: b, source: s.label };
        break;
      }
    }
    if (found === undefined) {
      missing.push(name);
      continue;
    }
    reached.push(found);
    for (const n of bindingFreeVars(found.binding)) {
      if (!seen.has(n)) {
        seen.add(n);
        work.push(n);
      }
    }
  }
  return { reached, missing: missing.sort() };
}

export function mapSource(
  label: string,
  bindings: Iterable<Binding>,
): DefinitionSource {
  const map = new Map<string, Binding>();
  for (const b of bindings) if (!map.has(b.name)) map.set(b.name, b);
  return { label, lookup: (n) => map.get(n) };
}
