// miniSTG shown the way ministg's pretty printer lays it out (Ministg/AST.hs),
// beside print-stg.ts (which lays programs out for reading and round trips):
// applications carry their arity annotation (`f_2`, `f_?`), nested let/case
// bodies are indented by 3, case alternatives one per line. Used for the
// `-d parsed` / `-d arity` dumps and for the machine views (code, stack and
// heap of traces), where variables are replaced by what they are bound to.

import type { Alt, Atom, Binding, Expr, HeapObject } from "../ministg/ast.js";
import { literalText } from "../ministg/syntax/literal-text.js";

export interface PrettyOptions {
  /** Replacement text of a free variable (substitution), or undefined to keep its name. */
  readonly rename?: (name: string) => string | undefined;
  /** Known arity of an application node, or undefined for `_?`. */
  readonly arity?: (app: Extract<Expr, { kind: "app" }>) => number | undefined;
}

type Lines = string[];

const INDENT = "   ";

function nest(lines: Lines): Lines {
  return lines.map((l) => INDENT + l);
}

/** `head body` on one line when body is one line, else body indented below. */
function hang(head: string, body: Lines, nested: boolean): Lines {
  if (!nested && body.length === 1) return [`${head} ${body[0]}`];
  return [head, ...nest(body)];
}

/** `head body` side by side (HughesPJ's <+>): later body lines keep their column. */
function beside(head: string, body: Lines): Lines {
  const pad = " ".repeat(head.length + 1);
  return body.map((l, i) => (i === 0 ? `${head} ${l}` : pad + l));
}

/** Appends `suffix` to the last line. */
function suffix(lines: Lines, s: string): Lines {
  const out = lines.slice();
  out[out.length - 1] += s;
  return out;
}

function prefix(p: string, lines: Lines): Lines {
  const out = lines.slice();
  out[0] = p + out[0];
  return out;
}

function isNested(e: Expr): boolean {
  return e.kind === "let" || e.kind === "case" || e.kind === "stack";
}

class Printer {
  private readonly bound: string[] = [];
  constructor(private readonly opts: PrettyOptions) {}

  private name(v: string): string {
    if (this.bound.includes(v)) return v;
    return this.opts.rename?.(v) ?? v;
  }

  private under<T>(names: readonly string[], f: () => T): T {
    this.bound.push(...names);
    try {
      return f();
    } finally {
      this.bound.length -= names.length;
    }
  }

  atom(a: Atom): string {
    return a.kind === "lit" ? literalText(a.lit) : this.name(a.name);
  }

  expr(e: Expr): Lines {
    switch (e.kind) {
      case "atom":
        return [this.atom(e.atom)];
      case "app": {
        const ar = this.opts.arity?.(e);
        const tag = ar === undefined ? "_?" : `_${ar}`;
        return [
          [this.name(e.fn) + tag, ...e.args.map((a) => this.atom(a))].join(" "),
        ];
      }
      case "primop":
        return [[e.op, ...e.args.map((a) => this.atom(a))].join(" ")];
      case "let":
        return this.letExpr(e);
      case "case": {
        const scrut = this.expr(e.scrutinee);
        const alts = e.alts.map((a, i) => {
          const lines = this.alt(a);
          return i < e.alts.length - 1 ? suffix(lines, ";") : lines;
        });
        return [
          ...suffix(prefix("case ", scrut), " of {"),
          ...nest(alts.flat()),
          "}",
        ];
      }
      case "stack":
        return hang(
          `stack ${JSON.stringify(e.label)}`,
          this.expr(e.body),
          isNested(e.body),
        );
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${JSON.stringify(never)}`);
      }
    }
  }

  private letExpr(e: Extract<Expr, { kind: "let" }>): Lines {
    const kw = e.rec ? "letrec" : "let";
    const names = e.binds.map((b) => b.name);
    const decls: Lines[] = [];
    // Non-recursive: each binding sees the earlier ones; letrec: all.
    const pushed: string[] = [];
    if (e.rec) this.bound.push(...names);
    e.binds.forEach((b, i) => {
      const lines = this.binding(b);
      decls.push(i < e.binds.length - 1 ? suffix(lines, ";") : lines);
      if (!e.rec) {
        this.bound.push(b.name);
        pushed.push(b.name);
      }
    });
    const body = this.expr(e.body);
    this.bound.length -= e.rec ? names.length : pushed.length;
    const flat = decls.flat();
    if (e.binds.length < 2 && flat.length === 1) {
      return prefix(`${kw} { ${flat[0]} } in `, body);
    }
    return [`${kw} {`, ...nest(flat), ...prefix("} in ", body)];
  }

  alt(a: Alt): Lines {
    switch (a.kind) {
      case "con": {
        const head = [a.con, ...a.vars, "->"].join(" ");
        return this.under(a.vars, () =>
          hang(head, this.expr(a.body), isNested(a.body)),
        );
      }
      case "lit":
        return hang(
          `${literalText(a.lit)} ->`,
          this.expr(a.body),
          isNested(a.body),
        );
      case "default":
        // ministg keeps a default alternative's body on its line.
        return this.under([a.binder], () =>
          beside(`${a.binder} ->`, this.expr(a.body)),
        );
      default: {
        const never: never = a;
        throw new Error(`unknown alternative ${JSON.stringify(never)}`);
      }
    }
  }

  object(o: HeapObject): Lines {
    switch (o.kind) {
      case "FUN": {
        const head = [...o.params, "->"].join(" ");
        const body = this.under(o.params, () => this.expr(o.body));
        return suffix(prefix("FUN(", hang(head, body, isNested(o.body))), ")");
      }
      case "PAP":
        return [
          `PAP(${[this.name(o.fn), ...o.args.map((a) => this.atom(a))].join(" ")})`,
        ];
      case "CON":
        return [
          `CON(${[o.con, ...o.args.map((a) => this.atom(a))].join(" ")})`,
        ];
      case "THUNK":
        return suffix(prefix("THUNK(", this.expr(o.body)), ")");
      case "ERROR":
        return ["ERROR"];
      case "LIT":
        return [literalText(o.lit)];
      default: {
        const never: never = o;
        throw new Error(`unknown object ${JSON.stringify(never)}`);
      }
    }
  }

  binding(b: Binding): Lines {
    return prefix(`${b.name} = `, this.object(b.object));
  }
}

export function prettyExpr(e: Expr, opts: PrettyOptions = {}): string {
  return new Printer(opts).expr(e).join("\n");
}

export function prettyAlts(
  alts: readonly Alt[],
  opts: PrettyOptions = {},
): string {
  const p = new Printer(opts);
  return alts
    .map((a, i) => {
      const lines = p.alt(a);
      return (i < alts.length - 1 ? suffix(lines, ";") : lines).join("\n");
    })
    .join("\n");
}

export function prettyObject(o: HeapObject, opts: PrettyOptions = {}): string {
  return new Printer(opts).object(o).join("\n");
}

/** A whole program: declarations separated by `;`. */
export function prettyProgram(
  bindings: readonly Binding[],
  opts: PrettyOptions = {},
): string {
  const p = new Printer(opts);
  return bindings
    .map((b, i) => {
      const lines = p.binding(b);
      return (i < bindings.length - 1 ? suffix(lines, ";") : lines).join("\n");
    })
    .join("\n");
}
