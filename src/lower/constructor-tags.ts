// Constructor tags for the machine's `dataToTag#` (derived Eq, Ord and Enum,
// GHC.Base.getTag): a constructor's position in its data type, from the data
// declarations GHC's interface dumps give (STG has none), keyed by the
// constructor's miniSTG name.
import type { Dump } from "../parse-ghc-dump/ast.js";
import { constructorName } from "./names.js";

export function constructorTags(dumps: readonly Dump[]): Map<string, number> {
  const tags = new Map<string, number>();
  for (const d of dumps)
    for (const iface of d.dataTypes ?? [])
      for (const t of iface.types)
        t.constructors.forEach((occ, i) =>
          tags.set(constructorName(iface.module, occ), i),
        );
  return tags;
}
