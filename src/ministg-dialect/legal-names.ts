// Makes every identifier a legal ministg name: no `'` or leading `_`, no
// keyword or primop name, no keyword followed by `_` (ministg mis-lexes
// `let_x`). Each bad name gets one deterministic replacement, used for all
// its occurrences; replacements are fresh, so scoping is unchanged.
import type {
  Alt,
  Atom,
  Binding,
  Expr,
  HeapObject,
  Program,
} from "../ministg/ast.js";
import { ministgNameProblem } from "../ministg/syntax/lexical-rules.js";
import type { NameSupply } from "./fresh.js";

type Role = "variable" | "constructor";

/** A legal spelling of `name` (not yet checked for clashes). */
export function legalSpelling(name: string, role: Role): string {
  const prefix = role === "variable" ? "v" : "K";
  let s = name.replace(/'/g, "q").replace(/[^A-Za-z0-9_]/g, "z");
  const first = role === "variable" ? /^[a-z]/ : /^[A-Z]/;
  if (!first.test(s)) s = prefix + s;
  if (ministgNameProblem(s, role) !== undefined) s = prefix + s;
  return s;
}

export function legalizeNames(p: Program, names: NameSupply): Program {
  const renames = new Map<string, string>();
  return renameAll(p, (name, role) => {
    if (ministgNameProblem(name, role) === undefined) return name;
    const key = `${role}:${name}`;
    let to = renames.get(key);
    if (to === undefined) {
      to = names.fresh(legalSpelling(name, role));
      renames.set(key, to);
    }
    return to;
  });
}

/**
 * Renames every identifier occurrence by `fix` (binders included). With an
 * injective `fix` whose new names are fresh, scoping is unchanged.
 */
export function renameAll(
  p: Program,
  fix: (name: string, role: Role) => string,
): Program {
  const v = (n: string) => fix(n, "variable");
  const c = (n: string) => fix(n, "constructor");
  const atom = (a: Atom): Atom =>
    a.kind === "var" ? { ...a, name: v(a.name) } : a;
  const object = (o: HeapObject): HeapObject => {
    switch (o.kind) {
      case "FUN":
        return { ...o, params: o.params.map(v), body: expr(o.body) };
      case "PAP":
        return { ...o, fn: v(o.fn), args: o.args.map(atom) };
      case "CON":
        return { ...o, con: c(o.con), args: o.args.map(atom) };
      case "THUNK":
        return { ...o, body: expr(o.body) };
      case "ERROR":
      case "LIT":
        return o;
      default: {
        const never: never = o;
        return never;
      }
    }
  };
  const binding = (b: Binding): Binding => ({
    ...b,
    name: v(b.name),
    object: object(b.object),
  });
  const alt = (a: Alt): Alt => {
    switch (a.kind) {
      case "con":
        return { ...a, con: c(a.con), vars: a.vars.map(v), body: expr(a.body) };
      case "default":
        return { ...a, binder: v(a.binder), body: expr(a.body) };
      case "lit":
        return { ...a, body: expr(a.body) };
      default: {
        const never: never = a;
        return never;
      }
    }
  };
  const expr = (e: Expr): Expr => {
    switch (e.kind) {
      case "atom":
        return { ...e, atom: atom(e.atom) };
      case "app":
        return { ...e, fn: v(e.fn), args: e.args.map(atom) };
      case "primop":
        return { ...e, args: e.args.map(atom) };
      case "let":
        return { ...e, binds: e.binds.map(binding), body: expr(e.body) };
      case "case":
        return { ...e, scrutinee: expr(e.scrutinee), alts: e.alts.map(alt) };
      case "stack":
        return { ...e, body: expr(e.body) };
      default: {
        const never: never = e;
        return never;
      }
    }
  };
  return { bindings: p.bindings.map(binding) };
}
