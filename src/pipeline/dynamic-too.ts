// GHC compiles a module twice when it must also build the dynamic object
// (`-dynamic-too`, which Template Haskell turns on): the dump then holds the
// module's section twice, the same code with other uniques. The pipeline
// keeps the first section of each module.
import type { Dump, Module } from "../parse-ghc-dump/ast.js";

/** The dumps without a module's repeated sections (`name` null ones are all kept). */
export function withoutRepeatedModules(dumps: readonly Dump[]): Dump[] {
  const seen = new Set<string>();
  const first = (m: Module): boolean => {
    if (m.name === undefined || m.name === null) return true;
    if (seen.has(m.name)) return false;
    seen.add(m.name);
    return true;
  };
  return dumps.map((d) => {
    const modules = d.modules.filter(first);
    return modules.length === d.modules.length ? d : { ...d, modules };
  });
}
