// Every identifier a program mentions (binders, variables, constructors), so
// that generated names never capture or clash with existing ones.
import type { Alt, Expr, HeapObject, Program } from "../ministg/ast.js";

export function identifiersOf(p: Program): Set<string> {
  const out = new Set<string>();
  for (const b of p.bindings) {
    out.add(b.name);
    objectIds(b.object, out);
  }
  return out;
}

function objectIds(o: HeapObject, out: Set<string>): void {
  switch (o.kind) {
    case "FUN":
      o.params.forEach((x) => out.add(x));
      exprIds(o.body, out);
      return;
    case "PAP":
      out.add(o.fn);
      o.args.forEach((a) => a.kind === "var" && out.add(a.name));
      return;
    case "CON":
      out.add(o.con);
      o.args.forEach((a) => a.kind === "var" && out.add(a.name));
      return;
    case "THUNK":
      exprIds(o.body, out);
      return;
    case "ERROR":
    case "LIT":
      return;
    default: {
      const never: never = o;
      return never;
    }
  }
}

function exprIds(e: Expr, out: Set<string>): void {
  switch (e.kind) {
    case "atom":
      if (e.atom.kind === "var") out.add(e.atom.name);
      return;
    case "app":
      out.add(e.fn);
      e.args.forEach((a) => a.kind === "var" && out.add(a.name));
      return;
    case "primop":
      e.args.forEach((a) => a.kind === "var" && out.add(a.name));
      return;
    case "let":
      for (const b of e.binds) {
        out.add(b.name);
        objectIds(b.object, out);
      }
      exprIds(e.body, out);
      return;
    case "case":
      exprIds(e.scrutinee, out);
      e.alts.forEach((a) => altIds(a, out));
      return;
    case "stack":
      exprIds(e.body, out);
      return;
    default: {
      const never: never = e;
      return never;
    }
  }
}

function altIds(a: Alt, out: Set<string>): void {
  if (a.kind === "con") {
    out.add(a.con);
    a.vars.forEach((x) => out.add(x));
  } else if (a.kind === "default") out.add(a.binder);
  exprIds(a.body, out);
}
