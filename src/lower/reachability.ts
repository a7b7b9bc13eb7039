// Free variables of miniSTG code and the top-level bindings reachable from
// the entry point: everything else (Typeable metadata, dead code) is dropped.
import type * as M from "../ministg/ast.js";

/** The variables `obj` refers to without binding them. */
export function freeVars(obj: M.HeapObject): Set<string> {
  const out = new Set<string>();
  objectFree(obj, new Set(), out);
  return out;
}

function atomFree(a: M.Atom, bound: ReadonlySet<string>, out: Set<string>) {
  if (a.kind === "var" && !bound.has(a.name)) out.add(a.name);
}

function with_(bound: ReadonlySet<string>, names: readonly string[]) {
  const s = new Set(bound);
  for (const n of names) s.add(n);
  return s;
}

function objectFree(
  obj: M.HeapObject,
  bound: ReadonlySet<string>,
  out: Set<string>,
): void {
  switch (obj.kind) {
    case "FUN":
      exprFree(obj.body, with_(bound, obj.params), out);
      return;
    case "PAP":
      if (!bound.has(obj.fn)) out.add(obj.fn);
      obj.args.forEach((a) => atomFree(a, bound, out));
      return;
    case "CON":
      obj.args.forEach((a) => atomFree(a, bound, out));
      return;
    case "THUNK":
      exprFree(obj.body, bound, out);
      return;
    case "ERROR":
    case "LIT":
      return;
    default: {
      const never: never = obj;
      return never;
    }
  }
}

function exprFree(
  e: M.Expr,
  bound: ReadonlySet<string>,
  out: Set<string>,
): void {
  switch (e.kind) {
    case "atom":
      atomFree(e.atom, bound, out);
      return;
    case "app":
      if (!bound.has(e.fn)) out.add(e.fn);
      e.args.forEach((a) => atomFree(a, bound, out));
      return;
    case "primop":
      e.args.forEach((a) => atomFree(a, bound, out));
      return;
    case "let": {
      if (e.rec) {
        const inner = with_(
          bound,
          e.binds.map((b) => b.name),
        );
        e.binds.forEach((b) => objectFree(b.object, inner, out));
        exprFree(e.body, inner, out);
        return;
      }
      // A chain: each binding sees the ones before it.
      let scope: ReadonlySet<string> = bound;
      for (const b of e.binds) {
        objectFree(b.object, scope, out);
        scope = with_(scope, [b.name]);
      }
      exprFree(e.body, scope, out);
      return;
    }
    case "case":
      exprFree(e.scrutinee, bound, out);
      for (const a of e.alts) {
        switch (a.kind) {
          case "con":
            exprFree(a.body, with_(bound, a.vars), out);
            break;
          case "lit":
            exprFree(a.body, bound, out);
            break;
          case "default":
            exprFree(a.body, with_(bound, [a.binder]), out);
            break;
          default: {
            const never: never = a;
            return never;
          }
        }
      }
      return;
    case "stack":
      exprFree(e.body, bound, out);
      return;
    default: {
      const never: never = e;
      return never;
    }
  }
}

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
    for (const v of freeVars(b.object)) if (!seen.has(v)) todo.push(v);
  }
  return {
    bindings: bindings.filter((b) => seen.has(b.name)),
    free: [...free].sort(),
  };
}
