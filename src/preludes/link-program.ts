// Linking a program from layers of definitions: user preludes (`--prelude
// FILE.stg`, highest precedence: user definitions win), then the program's
// own bindings, then the base prelude (preludes/base, with the constructor
// values and wrappers built from GHC's facts). Only what the roots reach is
// kept, each name taken from the first layer that defines it.
import type { Binding } from "../ministg/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { bindingFreeVars } from "../ministg/traversal.js";
import type { BaseIndex } from "./base.js";
import { synthesizeDefinition } from "./library-constructors.js";

/** The file a definition built from the inventory is said to come from. */
export const SYNTHESIZED_FILE = "inventory/constructors.json";

export interface LinkLayers {
  /** User prelude definitions, in precedence order (an earlier one wins). */
  readonly userPreludes: readonly SourceBinding[];
  /** The program's bindings; for a repeated name the last one wins (ministg's rule). */
  readonly program: readonly SourceBinding[];
  /** The base prelude, or undefined when the program links none. */
  readonly base?: BaseIndex;
}

export interface LinkedProgram {
  /** The program's reached bindings in their order, then the others in the order reached. */
  readonly bindings: readonly SourceBinding[];
  /** Names reached that no layer defines, sorted. */
  readonly missing: string[];
}

export function linkProgram(
  layers: LinkLayers,
  roots: readonly string[],
): LinkedProgram {
  const user = new Map<string, SourceBinding>();
  for (const sb of layers.userPreludes)
    if (!user.has(sb.binding.name)) user.set(sb.binding.name, sb);
  const own = new Map<string, SourceBinding>();
  for (const sb of layers.program) own.set(sb.binding.name, sb);
  const lookup = (name: string): SourceBinding | undefined => {
    const found = user.get(name) ?? own.get(name);
    if (found !== undefined || layers.base === undefined) return found;
    const def = layers.base.definitions.get(name);
    if (def !== undefined) return { binding: def.binding, file: def.file };
    const made: Binding | undefined = synthesizeDefinition(name);
    return made === undefined
      ? undefined
      : { binding: made, file: SYNTHESIZED_FILE };
  };
  const refs = (sb: SourceBinding): Iterable<string> =>
    layers.base?.definitions.get(sb.binding.name)?.binding === sb.binding
      ? layers.base.definitions.get(sb.binding.name)!.refs
      : bindingFreeVars(sb.binding);

  const seen = new Set<string>(roots);
  const work = [...roots];
  const reached = new Map<string, SourceBinding>();
  const missing: string[] = [];
  for (let i = 0; i < work.length; i++) {
    const name = work[i]!;
    const sb = lookup(name);
    if (sb === undefined) {
      missing.push(name);
      continue;
    }
    reached.set(name, sb);
    for (const n of refs(sb))
      if (!seen.has(n)) {
        seen.add(n);
        work.push(n);
      }
  }
  // The program's own bindings first, in its order (deterministic output).
  const first = layers.program.filter(
    (sb) => reached.get(sb.binding.name) === sb,
  );
  const firstSet = new Set(first);
  const rest = [...reached.values()].filter((sb) => !firstSet.has(sb));
  return { bindings: [...first, ...rest], missing: missing.sort() };
}
