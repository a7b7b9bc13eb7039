// Free variables of miniSTG terms: the global names a binding refers to.
// The linker follows them to decide which prelude definitions a program
// reaches. Constructors and primops are not variables and never appear.

import type { Atom, Binding, Expr, HeapObject } from "../ministg/ast.js";

/** Adds to `out` every variable of `obj` not bound inside it (nor in `bound`). */
export function objectFreeVars(
  obj: HeapObject,
  out: Set<string>,
  bound: ReadonlySet<string> = new Set(),
): void {
  switch (obj.kind) {
    case "FUN": {
      const inner = extend(bound, obj.params);
      exprFreeVars(obj.body, out, inner);
      return;
    }
    case "PAP":
      addVar(obj.fn, out, bound);
      atomsFreeVars(obj.args, out, bound);
      return;
    case "CON":
      atomsFreeVars(obj.args, out, bound);
      return;
    case "THUNK":
      exprFreeVars(obj.body, out, bound);
      return;
    case "ERROR":
    case "LIT":
      return;
    default: {
      const never: never = obj;
      throw new Error(`unknown heap object ${String(never)}`);
    }
  }
}

/** The free variables of a top-level binding (its own name is global, so it counts if used). */
export function bindingFreeVars(binding: Binding): Set<string> {
  const out = new Set<string>();
  objectFreeVars(binding.object, out);
  return out;
}

function exprFreeVars(
  expr: Expr,
  out: Set<string>,
  bound: ReadonlySet<string>,
): void {
  switch (expr.kind) {
    case "atom":
      atomsFreeVars([expr.atom], out, bound);
      return;
    case "app":
      addVar(expr.fn, out, bound);
      atomsFreeVars(expr.args, out, bound);
      return;
    case "primop":
      atomsFreeVars(expr.args, out, bound);
      return;
    case "let": {
      if (expr.rec) {
        const inner = extend(
          bound,
          expr.binds.map((b) => b.name),
        );
        for (const b of expr.binds) objectFreeVars(b.object, out, inner);
        exprFreeVars(expr.body, out, inner);
      } else {
        // A chain: each binding sees the ones before it.
        let inner = bound;
        for (const b of expr.binds) {
          objectFreeVars(b.object, out, inner);
          inner = extend(inner, [b.name]);
        }
        exprFreeVars(expr.body, out, inner);
      }
      return;
    }
    case "case":
      exprFreeVars(expr.scrutinee, out, bound);
      for (const alt of expr.alts) {
        switch (alt.kind) {
          case "con":
            exprFreeVars(alt.body, out, extend(bound, alt.vars));
            break;
          case "lit":
            exprFreeVars(alt.body, out, bound);
            break;
          case "default":
            exprFreeVars(alt.body, out, extend(bound, [alt.binder]));
            break;
          default: {
            const never: never = alt;
            throw new Error(`unknown alternative ${String(never)}`);
          }
        }
      }
      return;
    case "stack":
      exprFreeVars(expr.body, out, bound);
      return;
    default: {
      const never: never = expr;
      throw new Error(`unknown expression ${String(never)}`);
    }
  }
}

function atomsFreeVars(
  atoms: readonly Atom[],
  out: Set<string>,
  bound: ReadonlySet<string>,
): void {
  for (const a of atoms) if (a.kind === "var") addVar(a.name, out, bound);
}

function addVar(
  name: string,
  out: Set<string>,
  bound: ReadonlySet<string>,
): void {
  if (!bound.has(name)) out.add(name);
}

function extend(
  bound: ReadonlySet<string>,
  names: readonly string[],
): ReadonlySet<string> {
  if (names.length === 0) return bound;
  const next = new Set(bound);
  for (const n of names) next.add(n);
  return next;
}
