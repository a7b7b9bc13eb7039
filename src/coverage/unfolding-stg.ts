// A simple unfolding (unfolding.ts) as an extended-dialect miniSTG binding:
// a lambda becomes a FUN, anything else a THUNK (a top-level string literal
// a literal binding); nested applications are let-bound thunks, constructor
// applications CONs, exactly as the lowering would build them.
import {
  constructorName,
  constructorValueName,
  globalName,
  splitQualified,
} from "../lower/names.js";
import type { Unfolding } from "./unfolding.js";

/** The empty list's name, which the reader takes for an id's. */
export const NIL = "GHC.Types.[]";

/** The binding `name = ...;` for an unfolding, or null if it cannot be one. */
export function unfoldingBinding(name: string, u: Unfolding): string | null {
  if (u.kind === "lit")
    return u.text.startsWith('"') ? `${name} = ${u.text};` : null;
  if (u.kind === "integer") return `${name} = ${integer(u.value)};`;
  const params = new Map<string, string>();
  let body: Unfolding = u;
  if (u.kind === "lam") {
    u.params.forEach((p, i) => params.set(p, `a${i + 1}`));
    body = u.body;
  }
  const fresh = { n: 0 };
  const e = expression(body, params, fresh);
  if (e === null) return null;
  return u.kind === "lam" && u.params.length > 0
    ? `${name} = FUN(${[...params.values()].join(" ")} -> ${e});`
    : `${name} = THUNK(${e});`;
}

/** A small Integer: ghc-bignum's `IS` constructor. */
function integer(value: string): string {
  return `CON(IS_GHCziNumziInteger ${value})`;
}

function con(q: string): string {
  const { module, occ } = splitQualified(q);
  return constructorName(module, occ);
}

function expression(
  u: Unfolding,
  params: ReadonlyMap<string, string>,
  fresh: { n: number },
): string | null {
  const binds: string[] = [];
  const atom = (a: Unfolding): string | null => {
    switch (a.kind) {
      case "global": {
        // the empty list reads as an id (its name is not capitalised)
        if (a.name === NIL) return "nil";
        const { module, occ } = splitQualified(a.name);
        return globalName(module, occ);
      }
      case "con":
        return constructorValueName(con(a.name));
      case "param":
        return params.get(a.name) ?? null;
      case "lit":
        return a.text;
      case "integer": {
        const v = `u${++fresh.n}`;
        binds.push(`${v} = ${integer(a.value)}`);
        return v;
      }
      case "app": {
        const obj = object(a);
        if (obj === null) return null;
        const v = `u${++fresh.n}`;
        binds.push(`${v} = ${obj}`);
        return v;
      }
      case "lam":
        return null;
    }
  };
  // A constructor application is a CON, any other a THUNK of the call.
  const object = (a: Unfolding & { kind: "app" }): string | null => {
    if (a.fn.kind === "con") {
      const args = a.args.map(atom);
      return args.includes(null)
        ? null
        : `CON(${con(a.fn.name)} ${args.join(" ")})`;
    }
    const inner = expression(a, params, fresh);
    return inner === null ? null : `THUNK(${inner})`;
  };
  let e: string | null;
  if (u.kind === "app" && u.fn.kind !== "con") {
    const fn = atom(u.fn);
    const args = u.args.map(atom);
    e = fn === null || args.includes(null) ? null : `${fn} ${args.join(" ")}`;
  } else {
    e = atom(u);
  }
  if (e === null) return null;
  return binds.length === 0 ? e : `let { ${binds.join("; ")} } in ${e}`;
}
