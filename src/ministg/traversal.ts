// Walking miniSTG terms: free variables and substitution, in one place for
// every stage that needs them.
//   - bindingFreeVars / objectFreeVars: the global names a binding refers
//     to, in the order they first occur -- the linker follows them, and the
//     order keeps its output deterministic (src/preludes/, ministg-dialect/).
//   - freeVars: the free variables of any node (top-level names included),
//     memoised per node -- the machine's loader asks at every closure and
//     case (src/ministg/machine/compile.ts).
//   - substObject / substExpr: scope-respecting substitution, what the
//     lambda-lifter uses to point references of a local recursive binding
//     at its lifted top-level version (ministg-dialect/lift.ts).
// Constructors and primops are not variables and never appear.
import type { Alt, Atom, Binding, Expr, HeapObject, Pos } from "./ast.js";

// ---- Free variables in order of occurrence (linking) ----

/**
 * Called for each occurrence of a free variable, in order, with the
 * position of the atom, call or partial application that names it (a PAP
 * without one: its binding's).
 */
export type FreeVarNote = (name: string, pos: Pos | undefined) => void;

/** Notes every variable of `obj` not bound inside it (nor in `bound`). */
export function visitObjectFreeVars(
  obj: HeapObject,
  note: FreeVarNote,
  bound: ReadonlySet<string> = new Set(),
  binding?: Binding,
): void {
  visitObject(obj, note, new Bound(bound), binding);
}

/**
 * The names bound around the node being visited, entered and left as the
 * walk passes binders: O(1) per binder, where a copy of the set per binder
 * made a chain of n nested lets (a long list literal) cost O(n^2). Counted,
 * so that leaving a binder that shadows another keeps the outer one.
 */
class Bound {
  private readonly inner = new Map<string, number>();
  constructor(private readonly outer: ReadonlySet<string>) {}
  has(name: string): boolean {
    return this.inner.has(name) || this.outer.has(name);
  }
  enter(names: readonly string[]): void {
    for (const n of names) this.inner.set(n, (this.inner.get(n) ?? 0) + 1);
  }
  leave(names: readonly string[]): void {
    for (const n of names) {
      const c = this.inner.get(n)!;
      if (c === 1) this.inner.delete(n);
      else this.inner.set(n, c - 1);
    }
  }
}

function visitObject(
  obj: HeapObject,
  note: FreeVarNote,
  bound: Bound,
  binding?: Binding,
): void {
  switch (obj.kind) {
    case "FUN":
      bound.enter(obj.params);
      visitExpr(obj.body, note, bound);
      bound.leave(obj.params);
      return;
    case "PAP":
      if (!bound.has(obj.fn)) note(obj.fn, obj.pos ?? binding?.pos);
      visitAtoms(obj.args, note, bound);
      return;
    case "CON":
      visitAtoms(obj.args, note, bound);
      return;
    case "THUNK":
      visitExpr(obj.body, note, bound);
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

/** Adds to `out` every variable of `obj` not bound inside it (nor in `bound`). */
export function objectFreeVars(
  obj: HeapObject,
  out: Set<string>,
  bound: ReadonlySet<string> = new Set(),
): void {
  visitObjectFreeVars(obj, (name) => out.add(name), bound);
}

/** The free variables of a top-level binding (its own name is global, so it counts if used). */
export function bindingFreeVars(binding: Binding): Set<string> {
  const out = new Set<string>();
  objectFreeVars(binding.object, out);
  return out;
}

/**
 * Whether no binding of a group refers to itself or to a binding after it
 * (names distinct): then `letrec` binds what a chain of lets would
 * (Code.seqAlloc, src/preludes/letrec-groups.ts).
 */
export function sequentialBindings(binds: readonly Binding[]): boolean {
  const names = binds.map((b) => b.name);
  if (new Set(names).size !== names.length) return false;
  return binds.every((b, i) => {
    const fv = bindingFreeVars(b);
    return names.slice(i).every((n) => !fv.has(n));
  });
}

function visitExpr(expr: Expr, note: FreeVarNote, bound: Bound): void {
  switch (expr.kind) {
    case "atom":
      visitAtoms([expr.atom], note, bound);
      return;
    case "app":
      if (!bound.has(expr.fn)) note(expr.fn, expr.pos);
      visitAtoms(expr.args, note, bound);
      return;
    case "primop":
      visitAtoms(expr.args, note, bound);
      return;
    case "let": {
      // letrec: every binding sees all of them; let: a chain, each binding
      // sees the ones before it.
      const names = expr.binds.map((b) => b.name);
      if (expr.rec) bound.enter(names);
      for (const b of expr.binds) {
        visitObject(b.object, note, bound, b);
        if (!expr.rec) bound.enter([b.name]);
      }
      visitExpr(expr.body, note, bound);
      bound.leave(names);
      return;
    }
    case "case":
      visitExpr(expr.scrutinee, note, bound);
      for (const alt of expr.alts) {
        switch (alt.kind) {
          case "con":
            bound.enter(alt.vars);
            visitExpr(alt.body, note, bound);
            bound.leave(alt.vars);
            break;
          case "lit":
            visitExpr(alt.body, note, bound);
            break;
          case "default":
            bound.enter([alt.binder]);
            visitExpr(alt.body, note, bound);
            bound.leave([alt.binder]);
            break;
          default: {
            const never: never = alt;
            throw new Error(`unknown alternative ${String(never)}`);
          }
        }
      }
      return;
    case "stack":
      visitExpr(expr.body, note, bound);
      return;
    default: {
      const never: never = expr;
      throw new Error(`unknown expression ${String(never)}`);
    }
  }
}

function visitAtoms(
  atoms: readonly Atom[],
  note: FreeVarNote,
  bound: Bound,
): void {
  for (const a of atoms)
    if (a.kind === "var" && !bound.has(a.name)) note(a.name, a.pos);
}

// ---- Free variables of any node, memoised (the machine's loader) ----

type Node = Expr | Alt | HeapObject;

const memo = new WeakMap<Node, ReadonlySet<string>>();

export function freeVars(n: Node): ReadonlySet<string> {
  let s = memo.get(n);
  if (s === undefined) {
    s = compute(n);
    memo.set(n, s);
  }
  return s;
}

/**
 * The free variables of a non-recursive let chain `let {b0; ...} in e` from
 * each binding on (`let {bi; ...} in e`, index i), worked out together from
 * the last binding back: each binding scopes over the later ones and the body.
 */
export function letSuffixFreeVars(
  e: Extract<Expr, { kind: "let" }>,
): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = new Array(e.binds.length);
  let acc: ReadonlySet<string> = freeVars(e.body);
  for (let i = e.binds.length - 1; i >= 0; i--) {
    const b = e.binds[i]!;
    const next = new Set(acc);
    next.delete(b.name);
    for (const v of freeVars(b.object)) next.add(v);
    out[i] = acc = next;
  }
  return out;
}

function addAtoms(out: Set<string>, atoms: readonly Atom[]): void {
  for (const a of atoms) if (a.kind === "var") out.add(a.name);
}

function compute(n: Node): ReadonlySet<string> {
  const out = new Set<string>();
  switch (n.kind) {
    case "atom":
      addAtoms(out, [n.atom]);
      break;
    case "app":
      out.add(n.fn);
      addAtoms(out, n.args);
      break;
    case "primop":
      addAtoms(out, n.args);
      break;
    case "let":
      if (n.rec) {
        for (const b of n.binds) for (const v of freeVars(b.object)) out.add(v);
        for (const v of freeVars(n.body)) out.add(v);
        for (const b of n.binds) out.delete(b.name);
      } else {
        return letSuffixFreeVars(n)[0] ?? freeVars(n.body);
      }
      break;
    case "case":
      for (const v of freeVars(n.scrutinee)) out.add(v);
      for (const a of n.alts) for (const v of freeVars(a)) out.add(v);
      break;
    case "stack":
      return freeVars(n.body);
    case "con":
      for (const v of freeVars(n.body)) out.add(v);
      for (const v of n.vars) out.delete(v);
      break;
    case "lit":
      return freeVars(n.body);
    case "default":
      for (const v of freeVars(n.body)) out.add(v);
      out.delete(n.binder);
      break;
    case "FUN":
      for (const v of freeVars(n.body)) out.add(v);
      for (const p of n.params) out.delete(p);
      break;
    case "THUNK":
      return freeVars(n.body);
    case "PAP":
      out.add(n.fn);
      addAtoms(out, n.args);
      break;
    case "CON":
      addAtoms(out, n.args);
      break;
    case "ERROR":
    case "LIT":
      break;
    default: {
      const never: never = n;
      throw new Error(`unknown node ${JSON.stringify(never)}`);
    }
  }
  return out;
}

// ---- Substitution (the lambda-lifter) ----

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
