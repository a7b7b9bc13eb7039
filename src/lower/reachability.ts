// The top-level bindings reachable from the entry point: everything else (Typeable metadata, dead code) is dropped.
import type * as M from "../ministg/ast.js";
import { bindingFreeVars } from "../ministg/traversal.js";

/**
 * The bindings reachable from `roots`, in their original order, and the
 * names referred to that no binding defines (left for the prelude).
 */
export function reachable(
  bindings: readonly M.Binding[],
  roots: readonly string[],
): { bindings: M.Binding[]; free: string[] } {
  const byName = new Map(bindings.map((b) => [b.name, b]));
  const seen = new Set<string>();
  const free = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    const b = byName.get(n);
    if (b === undefined) {
      free.add(n);
      continue;
    }
    for (const v of bindingFreeVars(b)) if (!seen.has(v)) todo.push(v);
  }
  return {
    bindings: bindings.filter((b) => seen.has(b.name)),
    free: [...free].sort(),
  };
}
