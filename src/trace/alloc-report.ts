// --stats for translated programs: allocations attributed to the enclosing
// top-level binding (the machine counts per let site, `owner/binder`) and
// shown under their Haskell names.
import type { ClosureKind, MachineStats } from "../ministg/run-api.js";

export interface FunctionAllocations {
  /** The top-level binding as miniSTG names it. */
  readonly binding: string;
  /** Its Haskell name. */
  readonly haskell: string;
  readonly count: number;
  readonly byKind: Partial<Record<ClosureKind, number>>;
}

/** Top-level bindings by objects allocated in their bodies, most first. */
export function topAllocatingFunctions(
  stats: MachineStats,
  decode: (name: string) => string,
  limit = 5,
): FunctionAllocations[] {
  const by = new Map<
    string,
    { count: number; byKind: Partial<Record<ClosureKind, number>> }
  >();
  for (const s of stats.allocationSites) {
    const slash = s.site.indexOf("/");
    const binding = slash < 0 ? s.site : s.site.slice(0, slash);
    let e = by.get(binding);
    if (e === undefined) by.set(binding, (e = { count: 0, byKind: {} }));
    e.count += s.count;
    e.byKind[s.kind] = (e.byKind[s.kind] ?? 0) + s.count;
  }
  return [...by]
    .map(([binding, e]) => ({ binding, haskell: decode(binding), ...e }))
    .sort((a, b) => b.count - a.count || a.binding.localeCompare(b.binding))
    .slice(0, limit);
}

/** The `[stats]` line (with its newline), or "" when nothing was allocated by a let. */
export function formatAllocatingFunctions(
  stats: MachineStats,
  decode: (name: string) => string,
): string {
  const top = topAllocatingFunctions(stats, decode);
  if (top.length === 0) return "";
  const items = top.map((f) => {
    const kinds = Object.entries(f.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    return `${f.haskell} ${f.count} (${kinds})`;
  });
  return `[stats] top allocating Haskell functions: ${items.join("; ")}\n`;
}
