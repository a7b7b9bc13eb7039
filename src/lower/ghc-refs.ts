// Which names a piece of GHC STG refers to (free-variable annotations aside).
import type * as G from "../parse-ghc-dump/ast.js";

/**
 * Calls `visit` with every name `e` refers to, in order, stopping early (and
 * returning true) as soon as `visit` returns true.
 */
export function someRef(e: G.Expr, visit: (n: G.Name) => boolean): boolean {
  const args = (as: readonly G.Arg[]) =>
    as.some((a) => a.kind === "var" && visit(a.name));
  switch (e.kind) {
    case "app":
      return visit(e.fn) || args(e.args);
    case "conApp":
    case "primApp":
    case "foreignCall":
      return args(e.args);
    case "lit":
      return false;
    case "let": {
      const binds = e.binds.kind === "nonrec" ? [e.binds.bind] : e.binds.binds;
      return (
        binds.some((b) => rhsSomeRef(b.rhs, visit)) || someRef(e.body, visit)
      );
    }
    case "case":
      return (
        someRef(e.scrutinee, visit) ||
        e.alts.some((a) => someRef(a.body, visit))
      );
    case "tick":
      return someRef(e.body, visit);
    default: {
      const never: never = e;
      return never;
    }
  }
}

export function rhsSomeRef(rhs: G.Rhs, visit: (n: G.Name) => boolean): boolean {
  switch (rhs.kind) {
    case "closure":
      return someRef(rhs.body, visit);
    case "con":
      return rhs.args.some((a) => a.kind === "var" && visit(a.name));
    case "lit":
      return false;
    default: {
      const never: never = rhs;
      return never;
    }
  }
}

/** Whether `e` refers to the binder printed `text`. */
export function mentions(e: G.Expr, text: string): boolean {
  return someRef(e, (n) => n.text === text);
}

/** The text of every unqualified name referred to anywhere in `bindings`. */
export function referencedLocals(bindings: readonly G.Binding[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: G.Name): boolean => {
    if (n.module === null) out.add(n.text);
    return false;
  };
  for (const b of bindings) rhsSomeRef(b.rhs, visit);
  return out;
}
