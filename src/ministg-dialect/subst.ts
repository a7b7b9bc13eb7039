// Substitution of variables in miniSTG terms, respecting scope: what the
// lambda-lifter uses to point references of a local recursive binding at
// its lifted top-level version.
import type { Alt, Atom, Expr, HeapObject } from "../ministg/ast.js";

export type Subst =
  /** every occurrence of the variable becomes `to` (a global) */
  | { readonly kind: "rename"; readonly to: string }
  /**
   * calls `x a b` become `fn e1 .. en a b` and `PAP(x a)` becomes
   * `PAP(fn e1 .. en a)`; other occurrences stay (the caller binds x)
   */
  | {
      readonly kind: "call";
      readonly fn: string;
      readonly extra: readonly string[];
    };

export type SubstMap = ReadonlyMap<string, Subst>;

const v = (name: string): Atom => ({ kind: "var", name });

/** `s` inside a scope that binds `names`: shadowed entries are dropped. */
export function under(s: SubstMap, names: readonly string[]): SubstMap {
  if (s.size === 0 || names.length === 0) return s;
  let out: Map<string, Subst> | undefined;
  for (const [x, sub] of s) {
    const shadowed =
      names.includes(x) ||
      (sub.kind === "call" && sub.extra.some((e) => names.includes(e)));
    if (shadowed) {
      out ??= new Map(s);
      out.delete(x);
    }
  }
  return out ?? s;
}

function atom(a: Atom, s: SubstMap): Atom {
  if (a.kind !== "var") return a;
  const sub = s.get(a.name);
  return sub?.kind === "rename" ? v(sub.to) : a;
}

const atoms = (as: readonly Atom[], s: SubstMap) => as.map((a) => atom(a, s));

/** The head and extra arguments a call of `fn` becomes. */
function head(fn: string, s: SubstMap): { fn: string; extra: Atom[] } {
  const sub = s.get(fn);
  if (sub === undefined) return { fn, extra: [] };
  if (sub.kind === "rename") return { fn: sub.to, extra: [] };
  return { fn: sub.fn, extra: sub.extra.map(v) };
}

export function substObject(o: HeapObject, s: SubstMap): HeapObject {
  if (s.size === 0) return o;
  switch (o.kind) {
    case "FUN":
      return { ...o, body: substExpr(o.body, under(s, o.params)) };
    case "PAP": {
      const h = head(o.fn, s);
      return { ...o, fn: h.fn, args: [...h.extra, ...atoms(o.args, s)] };
    }
    case "CON":
      return { ...o, args: atoms(o.args, s) };
    case "THUNK":
      return { ...o, body: substExpr(o.body, s) };
    case "ERROR":
    case "LIT":
      return o;
    default: {
      const never: never = o;
      return never;
    }
  }
}

export function substExpr(e: Expr, s: SubstMap): Expr {
  if (s.size === 0) return e;
  switch (e.kind) {
    case "atom":
      return { ...e, atom: atom(e.atom, s) };
    case "app": {
      const h = head(e.fn, s);
      return { ...e, fn: h.fn, args: [...h.extra, ...atoms(e.args, s)] };
    }
    case "primop":
      return { ...e, args: atoms(e.args, s) };
    case "let": {
      if (e.rec) {
        const inner = under(
          s,
          e.binds.map((b) => b.name),
        );
        return {
          ...e,
          binds: e.binds.map((b) => ({
            ...b,
            object: substObject(b.object, inner),
          })),
          body: substExpr(e.body, inner),
        };
      }
      let cur = s;
      const binds = e.binds.map((b) => {
        const nb = { ...b, object: substObject(b.object, cur) };
        cur = under(cur, [b.name]);
        return nb;
      });
      return { ...e, binds, body: substExpr(e.body, cur) };
    }
    case "case":
      return {
        ...e,
        scrutinee: substExpr(e.scrutinee, s),
        alts: e.alts.map((a) => substAlt(a, s)),
      };
    case "stack":
      return { ...e, body: substExpr(e.body, s) };
    default: {
      const never: never = e;
      return never;
    }
  }
}

function substAlt(a: Alt, s: SubstMap): Alt {
  switch (a.kind) {
    case "con":
      return { ...a, body: substExpr(a.body, under(s, a.vars)) };
    case "lit":
      return { ...a, body: substExpr(a.body, s) };
    case "default":
      return { ...a, body: substExpr(a.body, under(s, [a.binder])) };
    default: {
      const never: never = a;
      return never;
    }
  }
}
