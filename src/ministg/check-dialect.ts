// Decides whether a miniSTG program lies within a dialect: the `ministg`
// dialect (what ministg 0.3 reads and runs, docs/dialects.md) or the syntax
// the extended dialect can write at all. The printer refuses programs that
// fail these checks, so printed files always parse back.

import type {
  Alt,
  Atom,
  Binding,
  Expr,
  HeapObject,
  Literal,
  Pos,
  Program,
} from "./ast.js";
import {
  EXTENDED_PRIMOP,
  MINISTG_PRIMOPS,
  extendedNameProblem,
  ministgNameProblem,
} from "./syntax/lexical-rules.js";

export interface DialectViolation {
  readonly message: string;
  readonly pos?: Pos;
  /** The offending name, when the violation is about one. */
  readonly name?: string;
}

/** Every way `p` falls outside the ministg dialect (empty if it is inside). */
export function checkMinistgDialect(p: Program): DialectViolation[] {
  return new Checker(ministgRules).run(p);
}

/** Every way `p` cannot be written in the extended dialect's syntax. */
export function checkExtendedDialect(p: Program): DialectViolation[] {
  return new Checker(extendedRules).run(p);
}

interface Rules {
  name(name: string, role: "variable" | "constructor"): string | undefined;
  primop(op: string, arity: number): string | undefined;
  literal(lit: Literal): string | undefined;
  letrec: string | undefined;
  literalAlt: string | undefined;
  emptyFun: string | undefined;
  emptyPap: string | undefined;
  stackLabel(label: string): string | undefined;
  /** A top-level `x = "text"` binding. */
  globalLiteral: string | undefined;
}

const ministgRules: Rules = {
  name: ministgNameProblem,
  primop(op, arity) {
    const want = MINISTG_PRIMOPS.get(op);
    if (want === undefined)
      return `primop \`${op}\` is not one of ministg's (${[...MINISTG_PRIMOPS.keys()].join(" ")})`;
    if (arity !== want)
      return `primop \`${op}\` takes ${want} argument${want === 1 ? "" : "s"}, here it has ${arity}`;
    return undefined;
  },
  literal(lit) {
    if (lit.kind !== "int")
      return `${lit.kind} literals are not in the ministg dialect (only non-negative integers)`;
    if (lit.value < 0n)
      return `negative literal ${lit.value} is not in the ministg dialect (write \`sub# 0 n\`)`;
    return undefined;
  },
  letrec: "recursive let (letrec) is not in the ministg dialect",
  literalAlt: "literal alternatives are not in the ministg dialect",
  emptyFun: "a FUN needs at least one parameter in the ministg dialect",
  emptyPap: "a PAP needs at least one argument in the ministg dialect",
  globalLiteral:
    'a top-level literal binding (`x = "text"`) is not in the ministg dialect',
  stackLabel: (label) =>
    label.includes('"')
      ? `stack label ${JSON.stringify(label)} contains \`"\`, which ministg cannot read`
      : undefined,
};

const extendedRules: Rules = {
  name: extendedNameProblem,
  primop: (op) =>
    EXTENDED_PRIMOP.test(op)
      ? undefined
      : `\`${op}\` is not a primop name (primops match [a-z][A-Za-z0-9_]*#)`,
  literal(lit) {
    if (lit.kind === "word" && lit.value < 0n)
      return `Word# literal ${lit.value} is negative`;
    if (lit.kind === "char" && !(lit.value >= 0 && lit.value <= 0x10ffff))
      return `character code ${lit.value} is not a Unicode code point`;
    if (
      lit.kind === "string" &&
      lit.bytes.some((b) => !Number.isInteger(b) || b < 0 || b > 255)
    )
      return "a string literal holds a value that is not a byte";
    return undefined;
  },
  letrec: undefined,
  literalAlt: undefined,
  emptyFun: undefined,
  emptyPap: undefined,
  globalLiteral: undefined,
  stackLabel: (label) =>
    /[\uD800-\uDFFF]/u.test(label)
      ? `stack label ${JSON.stringify(label)} holds a lone surrogate, which has no UTF-8 form`
      : undefined,
};

class Checker {
  private readonly out: DialectViolation[] = [];

  constructor(private readonly rules: Rules) {}

  run(p: Program): DialectViolation[] {
    for (const b of p.bindings) this.binding(b, true);
    return this.out;
  }

  private report(message: string | undefined, pos?: Pos, name?: string) {
    if (message === undefined) return;
    this.out.push({
      message,
      ...(pos ? { pos } : {}),
      ...(name !== undefined ? { name } : {}),
    });
  }

  private var_(name: string, pos?: Pos) {
    this.report(this.rules.name(name, "variable"), pos, name);
  }

  private con(name: string, pos?: Pos) {
    this.report(this.rules.name(name, "constructor"), pos, name);
  }

  private binding(b: Binding, top: boolean) {
    this.var_(b.name, b.pos);
    this.object(b.object, top);
  }

  private atom(a: Atom, pos?: Pos) {
    if (a.kind === "var") this.var_(a.name, a.pos ?? pos);
    else this.report(this.rules.literal(a.lit), a.pos ?? pos);
  }

  private object(o: HeapObject, top: boolean) {
    switch (o.kind) {
      case "FUN":
        if (o.params.length === 0) this.report(this.rules.emptyFun, o.pos);
        for (const x of o.params) this.var_(x, o.pos);
        this.expr(o.body);
        return;
      case "PAP":
        this.var_(o.fn, o.pos);
        if (o.args.length === 0) this.report(this.rules.emptyPap, o.pos);
        for (const a of o.args) this.atom(a, o.pos);
        return;
      case "CON":
        this.con(o.con, o.pos);
        for (const a of o.args) this.atom(a, o.pos);
        return;
      case "THUNK":
        this.expr(o.body);
        return;
      case "ERROR":
        return;
      case "LIT":
        // GHC's one unlifted top-level binding: an Addr# string literal.
        if (!top)
          this.report("a literal binding is allowed only at top level", o.pos);
        if (o.lit.kind !== "string")
          this.report(
            `a top-level literal binding must be a string literal (here: ${o.lit.kind})`,
            o.pos,
          );
        this.report(this.rules.globalLiteral, o.pos);
        this.report(this.rules.literal(o.lit), o.pos);
        return;
      default: {
        const never: never = o;
        throw new Error(`unknown heap object ${JSON.stringify(never)}`);
      }
    }
  }

  private expr(e: Expr) {
    switch (e.kind) {
      case "atom":
        this.atom(e.atom, e.pos);
        return;
      case "app":
        this.var_(e.fn, e.pos);
        for (const a of e.args) this.atom(a, e.pos);
        return;
      case "primop":
        this.report(this.rules.primop(e.op, e.args.length), e.pos, e.op);
        for (const a of e.args) this.atom(a, e.pos);
        return;
      case "let":
        if (e.binds.length === 0)
          this.report("a let needs at least one binding", e.pos);
        if (e.rec) this.report(this.rules.letrec, e.pos);
        for (const b of e.binds) this.binding(b, false);
        this.expr(e.body);
        return;
      case "case":
        this.expr(e.scrutinee);
        if (e.alts.length === 0)
          this.report("a case needs at least one alternative", e.pos);
        for (const a of e.alts) this.alt(a);
        return;
      case "stack":
        this.report(this.rules.stackLabel(e.label), e.pos);
        this.expr(e.body);
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${JSON.stringify(never)}`);
      }
    }
  }

  private alt(a: Alt) {
    switch (a.kind) {
      case "con":
        this.con(a.con, a.pos);
        for (const x of a.vars) this.var_(x, a.pos);
        break;
      case "lit":
        this.report(this.rules.literalAlt, a.pos);
        this.report(this.rules.literal(a.lit), a.pos);
        break;
      case "default":
        this.var_(a.binder, a.pos);
        break;
      default: {
        const never: never = a;
        throw new Error(`unknown alternative ${JSON.stringify(never)}`);
      }
    }
    this.expr(a.body);
  }
}
