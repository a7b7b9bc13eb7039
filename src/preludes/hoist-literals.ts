// Constant boxes made global. GHC's -O0 code builds a literal's box where it
// uses it: `let { sat = CON(I 200) } in case i >= sat of ...` allocates the
// same `I 200` on every call of a loop (and, alone in its let, takes a LET
// step). A constructor whose arguments are all numeric or character
// literals is immutable and holds nothing, so one global copy serves every
// use: the let loses the binding (the let itself when it was its only one)
// and the name becomes the global's. Values, forcing and errors are the
// same; only pointer identity (reallyUnsafePtrEquality#, StableName) of
// such boxes could tell, as GHC's own -O1 floating of constants would.
// Used on the program's own code by known-methods.ts.
import type { Binding, Expr, HeapObject, Literal } from "../ministg/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import {
  type Subst,
  type SubstMap,
  substExpr,
  substObject,
  under,
} from "../ministg/traversal.js";

const HOISTED: ReadonlySet<Literal["kind"]> = new Set([
  "int",
  "word",
  "integer",
  "double",
  "float",
  "char",
]);

/** The key of a constant box, or null: `CON(K lits)`, every lit numeric. */
function constantKey(o: HeapObject): string | null {
  if (o.kind !== "CON" || o.args.length === 0) return null;
  const parts = [o.con];
  for (const a of o.args) {
    if (a.kind !== "lit" || !HOISTED.has(a.lit.kind)) return null;
    const l = a.lit as Literal & { readonly value: bigint | number };
    // -0.0 and 0.0 differ; Object.is tells them apart where === does not.
    const v = Object.is(l.value, -0) ? "-0" : String(l.value);
    parts.push(`${l.kind}:${v}`);
  }
  return parts.join(" ");
}

/**
 * `bindings` (those `rewrite` picks) with their local constant boxes made
 * globals, and the globals added (named apart from `taken`).
 */
export function hoistLiterals(
  sources: readonly SourceBinding[],
  rewrite: (sb: SourceBinding) => boolean,
): SourceBinding[] {
  const taken = new Set(sources.map((sb) => sb.binding.name));
  const globals = new Map<string, Binding>();
  let file = "";
  let counter = 0;
  const globalFor = (o: HeapObject, key: string): string => {
    let g = globals.get(key);
    if (g === undefined) {
      let name: string;
      do name = `hs2stgLit${counter++}_Main`;
      while (taken.has(name));
      taken.add(name);
      g = { name, object: o };
      globals.set(key, g);
    }
    return g.name;
  };

  const expr = (e: Expr): Expr => {
    switch (e.kind) {
      case "atom":
      case "app":
      case "primop":
        return e;
      case "let": {
        // A letrec's bindings all see its names; a let's each see the
        // earlier ones only (a later one may shadow an outer name).
        let cur: SubstMap = new Map();
        const renames = new Map<string, Subst>();
        const kept: Binding[] = [];
        for (const b of e.binds) {
          const key = constantKey(b.object);
          if (key !== null && !e.binds.some((c) => c !== b && c.name === b.name)) {
            const r: Subst = { kind: "rename", to: globalFor(b.object, key) };
            renames.set(b.name, r);
            cur = new Map([...cur, [b.name, r]]);
          } else {
            kept.push({ ...b, object: e.rec ? b.object : substObject(b.object, cur) });
            if (!e.rec) cur = under(cur, [b.name]);
          }
        }
        if (renames.size === 0)
          return {
            ...e,
            binds: e.binds.map((b) => ({ ...b, object: object(b.object) })),
            body: expr(e.body),
          };
        const binds = kept.map((b) => ({
          ...b,
          object: object(e.rec ? substObject(b.object, renames) : b.object),
        }));
        const body = expr(substExpr(e.body, e.rec ? renames : cur));
        return binds.length === 0 ? body : { ...e, binds, body };
      }
      case "case":
        return {
          ...e,
          scrutinee: expr(e.scrutinee),
          alts: e.alts.map((a) => ({ ...a, body: expr(a.body) })),
        };
      case "stack":
        return { ...e, body: expr(e.body) };
    }
  };
  const object = (o: HeapObject): HeapObject => {
    switch (o.kind) {
      case "FUN":
      case "THUNK":
        return { ...o, body: expr(o.body) };
      case "PAP":
      case "CON":
      case "ERROR":
      case "LIT":
        return o;
    }
  };

  const out = sources.map((sb) => {
    if (!rewrite(sb)) return sb;
    file = sb.file;
    return { ...sb, binding: { ...sb.binding, object: object(sb.binding.object) } };
  });
  for (const binding of globals.values()) out.push({ binding, file });
  return out;
}
