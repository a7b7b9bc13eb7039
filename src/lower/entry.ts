// The program's `main`: for `main :: IO ()` programs it runs GHC's
// `:Main.main` (which applies runMainIO to Main.main) on the state token;
// for `--entry NAME` it evaluates NAME fully through a generated `force`.
import type * as M from "../ministg/ast.js";
import { FORCE_BASE, UNBOXED_FIELDS } from "./constructors.js";

const v = (name: string): M.Atom => ({ kind: "var", name });

/**
 * `main = THUNK(root 0)`: GHC's IO actions are functions of the state token
 * (docs/lowering.md), so applying `:Main.main` to the token 0 runs the
 * program; main's value is then the final `Z1H result`.
 */
export function ioMain(root: string): M.Binding {
  return {
    name: "main",
    object: {
      kind: "THUNK",
      body: {
        kind: "app",
        fn: root,
        args: [{ kind: "lit", lit: { kind: "int", value: 0n } }],
      },
    },
  };
}

/** `main = THUNK(force target)`. */
export function entryMain(target: string): M.Binding {
  return {
    name: "main",
    object: {
      kind: "THUNK",
      body: { kind: "app", fn: "force", args: [v(target)] },
    },
  };
}

/**
 * `force`: evaluates its argument and, for every constructor with boxed
 * fields that the program can build, each field (recursively), then returns
 * the argument, so that printing it shows the whole value:
 *
 *     force = FUN(x -> case x of {
 *       Cons a b -> case force a of { fa -> case force b of { fb -> x } };
 *       y -> y });
 */
export function forceBinding(
  constructors: ReadonlyArray<{ con: string; arity: number }>,
): M.Binding {
  const alts: M.Alt[] = [...constructors]
    .filter((c) => c.arity > 0 && !UNBOXED_FIELDS.has(c.con))
    .sort((a, b) => (a.con < b.con ? -1 : a.con > b.con ? 1 : 0))
    .map(({ con, arity }) => {
      const vars = fieldNames(arity);
      let body: M.Expr = { kind: "atom", atom: v("x") };
      for (let i = arity - 1; i >= 0; i--) {
        body = {
          kind: "case",
          scrutinee: { kind: "app", fn: "force", args: [v(vars[i]!)] },
          alts: [{ kind: "default", binder: "f" + vars[i]!, body }],
        };
      }
      return { kind: "con", con, vars, body };
    });
  alts.push({
    kind: "default",
    binder: "y",
    body: { kind: "atom", atom: v("y") },
  });
  return {
    name: "force",
    object: {
      kind: "FUN",
      params: ["x"],
      body: { kind: "case", scrutinee: { kind: "atom", atom: v("x") }, alts },
    },
  };
}

function fieldNames(arity: number): string[] {
  // a, b, … skipping x and y (force's own), then a26, a27, …
  const letters = "abcdeghijklmnopqrstuvwz";
  return Array.from({ length: arity }, (_, i) =>
    i < letters.length ? letters[i]! : `a${i}`,
  );
}

/**
 * The constructors `force` must know: those the program's bindings build or
 * match, and base's common ones with boxed fields (FORCE_BASE).
 */
export function forceableConstructors(
  bindings: readonly M.Binding[],
): Array<{ con: string; arity: number }> {
  const found = new Map<string, number>(FORCE_BASE);
  const expr = (e: M.Expr): void => {
    switch (e.kind) {
      case "atom":
      case "app":
      case "primop":
        return;
      case "let":
        e.binds.forEach((b) => object(b.object));
        expr(e.body);
        return;
      case "case":
        expr(e.scrutinee);
        for (const a of e.alts) {
          if (a.kind === "con") found.set(a.con, a.vars.length);
          expr(a.body);
        }
        return;
      case "stack":
        expr(e.body);
        return;
      default: {
        const never: never = e;
        return never;
      }
    }
  };
  const object = (o: M.HeapObject): void => {
    if (o.kind === "CON") found.set(o.con, o.args.length);
    else if (o.kind === "FUN" || o.kind === "THUNK") expr(o.body);
  };
  bindings.forEach((b) => object(b.object));
  return [...found].map(([con, arity]) => ({ con, arity }));
}
