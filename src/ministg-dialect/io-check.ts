// IO programs have no ministg form: ministg's only output is the final
// value. This finds the bindings that perform IO effects (the IO primops).
import type { Binding, Expr, HeapObject } from "../ministg/ast.js";
import { primRule } from "./support.js";

/** The IO primops each binding uses, for those that use any. */
export function ioUses(
  bindings: readonly Binding[],
): Array<{ binding: string; primops: string[] }> {
  const out: Array<{ binding: string; primops: string[] }> = [];
  for (const b of bindings) {
    const found = new Set<string>();
    object(b.object, found);
    if (found.size > 0)
      out.push({ binding: b.name, primops: [...found].sort() });
  }
  return out;
}

function object(o: HeapObject, found: Set<string>): void {
  if (o.kind === "FUN" || o.kind === "THUNK") expr(o.body, found);
}

function expr(e: Expr, found: Set<string>): void {
  switch (e.kind) {
    case "atom":
    case "app":
      return;
    case "primop":
      if (primRule(e.op).kind === "io") found.add(e.op);
      return;
    case "let":
      e.binds.forEach((b) => object(b.object, found));
      expr(e.body, found);
      return;
    case "case":
      expr(e.scrutinee, found);
      e.alts.forEach((a) => expr(a.body, found));
      return;
    case "stack":
      expr(e.body, found);
      return;
    default: {
      const never: never = e;
      return never;
    }
  }
}
