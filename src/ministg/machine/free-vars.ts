// Free variables of miniSTG syntax (top-level names included), memoised per
// node: the loader asks for them at every closure and case.

import type { Alt, Atom, Expr, HeapObject } from "../ast.js";

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
        // A chain: each binding scopes over the later ones and the body.
        let acc = new Set(freeVars(n.body));
        for (let i = n.binds.length - 1; i >= 0; i--) {
          const b = n.binds[i]!;
          acc.delete(b.name);
          acc = new Set([...acc, ...freeVars(b.object)]);
        }
        return acc;
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
