// Lambda-lifting recursive local bindings (`letrec`), which ministg does not
// have: only top-level bindings may refer to themselves.
//
// A letrec is split into strongly connected components; a component that is
// not recursive becomes an ordinary (non-recursive) let binding. A recursive
// component moves to top level:
//
// - closed (no free local variables): each member becomes a top-level
//   binding of the same kind under a fresh global name, and references are
//   renamed. Sharing is exactly preserved: a recursive THUNK becomes a CAF,
//   a cyclic CON a static cyclic CON.
// - open (free locals y1..yk): each member m becomes a top-level FUN m' whose
//   first parameters are y1..yk. At the let, a FUN member is bound to
//   `PAP(m' y1..yk)` and any other member to `THUNK(m' y1..yk)`; calls
//   `m a` are rewritten to `m' y1..yk a`. Inside m', the members it refers
//   to as values are bound the same way first. A recursive THUNK (or cyclic
//   CON) with free variables cannot stay one self-referencing heap object -
//   without letrec nothing can point to itself - so each self-reference is
//   a fresh thunk computing the same value: results are equal, but the
//   cycle is unrolled on demand (`let xs = 1 : xs` allocates a cell per
//   element walked, and `fibs = 0 : 1 : zipWith (+) fibs (tail fibs)`
//   recomputes instead of sharing). docs/ministg-dialect.md says more.
import { objectFreeVars } from "../ministg/traversal.js";
import type { Atom, Binding, Expr, HeapObject } from "../ministg/ast.js";
import {
  extend,
  varAtom,
  wrapAll,
  type ObjectConverter,
  type Scope,
  type Wrap,
} from "./scope.js";
import { substExpr, substObject, type Subst } from "../ministg/traversal.js";

interface Member {
  readonly name: string;
  object: HeapObject;
}

export function liftLetrec(
  conv: ObjectConverter,
  e: Expr & { kind: "let" },
  scope: Scope,
): Expr {
  const names = e.binds.map((b) => b.name);
  const inner = extend(scope, names);
  const wraps: Wrap[] = [];
  const members: Member[] = e.binds.map((b) => ({
    name: b.name,
    object: conv.object(b.object, inner, wraps),
  }));
  let body = conv.expr(e.body, inner);
  // Variables the wraps bind are locals too (a lifted binding must take them).
  const wrapNames = wrapBinders(wraps);
  const locals = extend(inner, wrapNames);

  const subst = new Map<string, Subst>();
  const chain: Binding[] = [];
  const siteBindings = new Set<string>();
  for (const scc of components(members)) {
    for (const m of scc) m.object = substObject(m.object, subst);
    const groupNames = scc.map((m) => m.name);
    const single =
      scc.length === 1 && !freeVars(scc[0]!.object).has(scc[0]!.name);
    if (single) {
      chain.push({ name: scc[0]!.name, object: scc[0]!.object });
      continue;
    }
    const free = new Set<string>();
    for (const m of scc)
      for (const x of freeVars(m.object))
        if (locals.has(x) && !groupNames.includes(x)) free.add(x);
    const ys = [...free].sort();
    const lifted = new Map(
      scc.map((m) => [m.name, conv.ctx.names.fresh(`${conv.top}_${m.name}`)]),
    );
    if (ys.length === 0) {
      for (const m of scc)
        subst.set(m.name, { kind: "rename", to: lifted.get(m.name)! });
      for (const m of scc)
        conv.lifted.push({
          name: lifted.get(m.name)!,
          object: substObject(m.object, subst),
        });
      continue;
    }
    const calls = new Map<string, Subst>();
    for (const m of scc)
      if (m.object.kind === "FUN")
        calls.set(m.name, { kind: "call", fn: lifted.get(m.name)!, extra: ys });
    const bindMember = (m: Member): Binding => {
      const target = lifted.get(m.name)!;
      const args: Atom[] = ys.map(varAtom);
      return {
        name: m.name,
        object:
          m.object.kind === "FUN"
            ? { kind: "PAP", fn: target, args }
            : { kind: "THUNK", body: { kind: "app", fn: target, args } },
      };
    };
    // Inside a lifted body, bind the members it still uses as values.
    const prologue = (b: Expr): Expr => {
      const used = freeVarsExpr(b);
      const binds = scc.filter((m) => used.has(m.name)).map(bindMember);
      return binds.length === 0
        ? b
        : { kind: "let", rec: false, binds, body: b };
    };
    for (const m of scc) {
      const target = lifted.get(m.name)!;
      conv.lifted.push({
        name: target,
        object: liftedObject(conv, m, ys, calls, prologue),
      });
    }
    for (const m of scc) {
      chain.push(bindMember(m));
      siteBindings.add(m.name);
      subst.set(m.name, calls.get(m.name) ?? { kind: "rename", to: m.name });
    }
    // later members and the body call FUN members directly
    for (const [k, s] of calls) subst.set(k, s);
  }
  // The body sees the renames and calls the FUN members directly.
  body = substExpr(body, subst);
  // Drop site bindings nothing uses any more (calls went straight to m').
  const kept: Binding[] = [];
  let needed = freeVarsExpr(body);
  for (let i = chain.length - 1; i >= 0; i--) {
    const b = chain[i]!;
    if (siteBindings.has(b.name) && !needed.has(b.name)) continue;
    kept.unshift(b);
    needed = new Set([...needed, ...freeVars(b.object)]);
  }
  const result: Expr =
    kept.length === 0 ? body : { kind: "let", rec: false, binds: kept, body };
  return wrapAll(wraps, result);
}

/** The top-level FUN for member `m` of an open group with free locals `ys`. */
function liftedObject(
  conv: ObjectConverter,
  m: Member,
  ys: readonly string[],
  calls: ReadonlyMap<string, Subst>,
  prologue: (b: Expr) => Expr,
): HeapObject {
  const o = m.object;
  if (o.kind === "FUN") {
    // A parameter that shadows one of ys gets a fresh name.
    const rename = new Map<string, Subst>();
    const params = o.params.map((p) => {
      if (!ys.includes(p)) return p;
      const q = conv.ctx.names.fresh(p);
      rename.set(p, { kind: "rename", to: q });
      return q;
    });
    const own = new Map(calls);
    for (const p of o.params) own.delete(p);
    const body = substExpr(substExpr(o.body, rename), own);
    return { kind: "FUN", params: [...ys, ...params], body: prologue(body) };
  }
  let body: Expr;
  if (o.kind === "THUNK") body = substExpr(o.body, calls);
  else {
    const r = conv.ctx.names.fresh(m.name);
    body = {
      kind: "let",
      rec: false,
      binds: [{ name: r, object: substObject(o, calls) }],
      body: { kind: "atom", atom: varAtom(r) },
    };
  }
  return { kind: "FUN", params: [...ys], body: prologue(body) };
}

function freeVars(o: HeapObject): Set<string> {
  const out = new Set<string>();
  objectFreeVars(o, out);
  return out;
}

function freeVarsExpr(e: Expr): Set<string> {
  return freeVars({ kind: "THUNK", body: e });
}

function wrapBinders(wraps: readonly Wrap[]): string[] {
  const out: string[] = [];
  for (const w of wraps) {
    const e = w({ kind: "atom", atom: varAtom("_") });
    if (e.kind === "case" && e.alts[0]?.kind === "default")
      out.push(e.alts[0].binder);
  }
  return out;
}

/** Strongly connected components, each after the ones it depends on (Tarjan). */
function components(members: readonly Member[]): Member[][] {
  const names = new Map(members.map((m, i) => [m.name, i]));
  const deps = members.map((m) =>
    [...freeVars(m.object)]
      .map((x) => names.get(x))
      .filter((i): i is number => i !== undefined),
  );
  const index: number[] = members.map(() => -1);
  const low: number[] = members.map(() => 0);
  const onStack: boolean[] = members.map(() => false);
  const stack: number[] = [];
  const out: Member[][] = [];
  let counter = 0;
  const visit = (v: number): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of deps[v]!) {
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v]!, low[w]!);
      } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
    }
    if (low[v] === index[v]) {
      const scc: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        scc.push(w);
      } while (w !== v);
      out.push(scc.sort((a, b) => a - b).map((i) => members[i]!));
    }
  };
  for (let i = 0; i < members.length; i++) if (index[i] === -1) visit(i);
  return out;
}
