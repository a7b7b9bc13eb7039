// The expression-level rewrite of the ministg-dialect pass, one top-level
// binding at a time: literals ministg cannot write (negative, Word#,
// Integer, Char#, strings), literal alternatives, extended primops, FUNs
// without parameters and PAPs without arguments. Recursive lets are handed
// to the lambda-lifter (lift.ts). docs/ministg-dialect.md gives every rule.
import type {
  Alt,
  Atom,
  Binding,
  Expr,
  HeapObject,
  Literal,
} from "../ministg/ast.js";
import { UserError } from "../errors.js";
import { decodeName } from "../lower/names.js";
import { latin1Chars, utf8Chars } from "./strings.js";
import { primRule } from "./support.js";
import { liftLetrec } from "./lift.js";
import {
  extend,
  intAtom,
  varAtom,
  wrapAll,
  type ObjectConverter,
  type PassContext,
  type Scope,
  type Wrap,
} from "./scope.js";

export type { PassContext };

// String-consuming functions of GHC.CString that a literal argument lets us
// evaluate at conversion time.
type Decode = (bytes: readonly number[]) => number[];
const UNPACK = new Map<string, Decode>([
  ["unpackCStringzh_GHCziCString", latin1Chars],
  ["unpackCStringUtf8zh_GHCziCString", utf8Chars],
]);
const UNPACK_APPEND = new Map<string, Decode>([
  ["unpackAppendCStringzh_GHCziCString", latin1Chars],
  ["unpackAppendCStringUtf8zh_GHCziCString", utf8Chars],
]);
const UNPACK_FOLDR = new Map<string, Decode>([
  ["unpackFoldrCStringzh_GHCziCString", latin1Chars],
  ["unpackFoldrCStringUtf8zh_GHCziCString", utf8Chars],
]);

/** The nine's comparisons: their result is exactly 1 or 0. */
const COMPARISONS = new Set(["eq#", "lt#", "lte#", "gt#", "gte#"]);

/** Converts one top-level binding; `lifted` collects the bindings it adds. */
export class BindingConverter implements ObjectConverter {
  /** Top-level bindings made while converting (lambda-lifted functions). */
  readonly lifted: Binding[] = [];

  constructor(
    readonly ctx: PassContext,
    /** The top-level binding being converted (names lifted functions, errors). */
    readonly top: string,
  ) {}

  fail(what: string): never {
    throw new UserError(
      `the ministg dialect cannot express ${what}, used in ${decodeName(this.top)}${
        decodeName(this.top) === this.top ? "" : ` (${this.top})`
      }; use --dialect extended`,
    );
  }

  /** The converted object of a top-level binding (always without wraps). */
  topObject(o: HeapObject): HeapObject {
    const wraps: Wrap[] = [];
    const obj = this.object(o, new Set(), wraps);
    if (wraps.length === 0) return obj;
    // A literal a static object needs must be computed: make it a THUNK.
    const v = this.ctx.names.fresh("val");
    return {
      kind: "THUNK",
      body: wrapAll(wraps, {
        kind: "let",
        rec: false,
        binds: [{ name: v, object: obj }],
        body: { kind: "atom", atom: varAtom(v) },
      }),
    };
  }

  /** A heap object; computations its atoms need are added to `wraps`. */
  object(o: HeapObject, scope: Scope, wraps: Wrap[]): HeapObject {
    switch (o.kind) {
      case "FUN":
        if (o.params.length === 0)
          return { kind: "THUNK", body: this.expr(o.body, scope) };
        return {
          kind: "FUN",
          params: o.params,
          body: this.expr(o.body, extend(scope, o.params)),
        };
      case "PAP":
        if (o.args.length === 0)
          return {
            kind: "THUNK",
            body: { kind: "atom", atom: varAtom(o.fn) },
          };
        return {
          kind: "PAP",
          fn: o.fn,
          args: o.args.map((a) => this.atom(a, wraps)),
        };
      case "CON":
        return {
          kind: "CON",
          con: o.con,
          args: o.args.map((a) => this.atom(a, wraps)),
        };
      case "THUNK":
        return { kind: "THUNK", body: this.expr(o.body, scope) };
      case "ERROR":
        return { kind: "ERROR" };
      case "LIT":
        // A global literal (a string): a thunk of what the literal becomes.
        return {
          kind: "THUNK",
          body: { kind: "atom", atom: this.literal(o.lit, wraps) },
        };
      default: {
        const never: never = o;
        return never;
      }
    }
  }

  atom(a: Atom, wraps: Wrap[]): Atom {
    if (a.kind === "var") return varAtom(a.name);
    return this.literal(a.lit, wraps);
  }

  private literal(lit: Literal, wraps: Wrap[]): Atom {
    switch (lit.kind) {
      case "int":
      case "word":
      case "integer":
        return this.int(lit.value, wraps);
      case "char":
        return intAtom(lit.value);
      case "string":
        return varAtom(this.ctx.strings.bytes(lit.bytes));
      case "double":
      case "float":
        return this.fail(
          `the ${lit.kind === "double" ? "Double#" : "Float#"} literal ${lit.value} (ministg has only integers)`,
        );
      default: {
        const never: never = lit;
        return never;
      }
    }
  }

  /** A non-negative literal as is; a negative one computed as `sub# 0 n`. */
  private int(value: bigint, wraps: Wrap[]): Atom {
    if (value >= 0n) return intAtom(value);
    const t = this.ctx.names.fresh("neg");
    wraps.push((body) => ({
      kind: "case",
      scrutinee: {
        kind: "primop",
        op: "sub#",
        args: [intAtom(0), intAtom(-value)],
      },
      alts: [{ kind: "default", binder: t, body }],
    }));
    return varAtom(t);
  }

  expr(e: Expr, scope: Scope): Expr {
    switch (e.kind) {
      case "atom": {
        const wraps: Wrap[] = [];
        const a = this.atom(e.atom, wraps);
        return wrapAll(wraps, { kind: "atom", atom: a });
      }
      case "app":
        return this.app(e.fn, e.args, scope);
      case "primop":
        return this.primop(e.op, e.args);
      case "let":
        return e.rec ? liftLetrec(this, e, scope) : this.letChain(e, scope);
      case "case":
        return this.caseExpr(e.scrutinee, e.alts, scope);
      case "stack":
        // ministg reads a label up to the next `"`
        return {
          kind: "stack",
          label: e.label.replace(/"/g, "'"),
          body: this.expr(e.body, scope),
        };
      default: {
        const never: never = e;
        return never;
      }
    }
  }

  private app(fn: string, args: readonly Atom[], scope: Scope): Expr {
    const lit = args[0];
    if (!scope.has(fn) && lit?.kind === "lit" && lit.lit.kind === "string") {
      const bytes = lit.lit.bytes;
      const rest = args.slice(1);
      const unpack = UNPACK.get(fn);
      const wraps: Wrap[] = [];
      const conv = (as: readonly Atom[]) => as.map((a) => this.atom(a, wraps));
      if (unpack !== undefined) {
        const chars = this.ctx.strings.chars(unpack(bytes));
        return rest.length === 0
          ? { kind: "atom", atom: varAtom(chars) }
          : wrapAll(wraps, { kind: "app", fn: chars, args: conv(rest) });
      }
      const append = UNPACK_APPEND.get(fn);
      if (append !== undefined && rest.length === 1) {
        const chars = varAtom(this.ctx.strings.chars(append(bytes)));
        return wrapAll(wraps, {
          kind: "app",
          fn: "appendChars",
          args: [chars, ...conv(rest)],
        });
      }
      const foldr = UNPACK_FOLDR.get(fn);
      if (foldr !== undefined && rest.length === 2) {
        const chars = varAtom(this.ctx.strings.chars(foldr(bytes)));
        return wrapAll(wraps, {
          kind: "app",
          fn: "foldrChars",
          args: [...conv(rest), chars],
        });
      }
    }
    const wraps: Wrap[] = [];
    const as = args.map((a) => this.atom(a, wraps));
    return wrapAll(wraps, { kind: "app", fn, args: as });
  }

  private primop(op: string, args: readonly Atom[]): Expr {
    const rule = primRule(op);
    const wraps: Wrap[] = [];
    const as = args.map((a) => this.atom(a, wraps));
    const unary = (): Atom => {
      if (as.length !== 1) this.fail(`\`${op}\` with ${as.length} arguments`);
      return as[0]!;
    };
    let out: Expr;
    switch (rule.kind) {
      case "primop":
        out = { kind: "primop", op: rule.op, args: as };
        break;
      case "identity":
        out = { kind: "atom", atom: unary() };
        break;
      case "negate":
        out = { kind: "primop", op: "sub#", args: [intAtom(0), unary()] };
        break;
      case "call":
        out = { kind: "app", fn: rule.fn, args: as };
        break;
      case "io":
        return this.fail(
          `the IO primop \`${op}\` (ministg programs have no input or output besides the final value)`,
        );
      case "unsupported":
        return this.fail(rule.what);
      default: {
        const never: never = rule;
        return never;
      }
    }
    return wrapAll(wraps, out);
  }

  private letChain(e: Expr & { kind: "let" }, scope: Scope): Expr {
    const wraps: Wrap[] = [];
    let cur = scope;
    const binds = e.binds.map((b) => {
      const nb = { name: b.name, object: this.object(b.object, cur, wraps) };
      cur = extend(cur, [b.name]);
      return nb;
    });
    return wrapAll(wraps, {
      kind: "let",
      rec: false,
      binds,
      body: this.expr(e.body, cur),
    });
  }

  private caseExpr(scrutinee: Expr, alts: readonly Alt[], scope: Scope): Expr {
    const scrut = this.expr(scrutinee, scope);
    const firstDefault = alts.findIndex((a) => a.kind === "default");
    // alternatives after a default one are unreachable
    const live = firstDefault < 0 ? alts : alts.slice(0, firstDefault + 1);
    if (!live.some((a) => a.kind === "lit")) {
      return {
        kind: "case",
        scrutinee: scrut,
        alts: live.map((a) => this.alt(a, scope)),
      };
    }
    return this.literalCase(scrut, live, scope);
  }

  private alt(a: Alt, scope: Scope): Alt {
    switch (a.kind) {
      case "con":
        return {
          kind: "con",
          con: a.con,
          vars: a.vars,
          body: this.expr(a.body, extend(scope, a.vars)),
        };
      case "default":
        return {
          kind: "default",
          binder: a.binder,
          body: this.expr(a.body, extend(scope, [a.binder])),
        };
      case "lit":
        return this.fail("a literal alternative mixed with constructor ones");
      default: {
        const never: never = a;
        return never;
      }
    }
  }

  /**
   * A comparison gives 1 or 0, so alternatives 1 and/or 0 on it need no eq#:
   *   case lt# a b of { 1 -> p; x -> q }
   * becomes case lt# a b of { x -> case intToBool# x of { True -> p; False -> q } }.
   */
  private comparisonCase(
    scrut: Expr,
    alts: readonly Alt[],
    x: string,
    inner: Scope,
  ): Expr | undefined {
    if (scrut.kind !== "primop" || !COMPARISONS.has(scrut.op)) return undefined;
    let one: Alt | undefined;
    let zero: Alt | undefined;
    let dflt: Alt | undefined;
    for (const a of alts) {
      if (a.kind === "default") dflt = a;
      else if (a.kind === "lit" && a.lit.kind === "int" && a.lit.value === 1n)
        one = a;
      else if (a.kind === "lit" && a.lit.kind === "int" && a.lit.value === 0n)
        zero = a;
      else return undefined;
    }
    const ifTrue = one ?? (zero !== undefined ? dflt : undefined);
    const ifFalse = zero ?? dflt;
    const branches: Alt[] = [];
    if (ifTrue !== undefined)
      branches.push({
        kind: "con",
        con: "True",
        vars: [],
        body: this.expr(ifTrue.body, inner),
      });
    if (ifFalse !== undefined)
      branches.push({
        kind: "con",
        con: "False",
        vars: [],
        body: this.expr(ifFalse.body, inner),
      });
    return {
      kind: "case",
      scrutinee: scrut,
      alts: [
        {
          kind: "default",
          binder: x,
          body: {
            kind: "case",
            scrutinee: { kind: "primop", op: "intToBool#", args: [varAtom(x)] },
            alts: branches,
          },
        },
      ],
    };
  }

  /**
   * `case e of { 0 -> a; -1 -> b; x -> c }` becomes
   *   case e of { x -> case eq# x 0 of { t -> case intToBool# t of {
   *     True -> a;
   *     False -> case sub# 0 1 of { neg -> case eq# x neg of { t1 ->
   *       case intToBool# t1 of { True -> b; False -> c } } } } } }
   * Without a default alternative the last test has no False branch, so no
   * match is still ministg's "non exhaustive patterns" error.
   */
  private literalCase(scrut: Expr, alts: readonly Alt[], scope: Scope): Expr {
    const dflt = alts.find((a) => a.kind === "default");
    const x = dflt?.binder ?? this.ctx.names.fresh("lit");
    const inner = extend(scope, [x]);
    const test = this.comparisonCase(scrut, alts, x, inner);
    if (test !== undefined) return test;
    let rest: Expr | undefined =
      dflt !== undefined ? this.expr(dflt.body, inner) : undefined;
    const lits = alts.filter((a) => a.kind === "lit");
    for (let i = lits.length - 1; i >= 0; i--) {
      const a = lits[i]!;
      if (a.kind !== "lit") continue;
      const wraps: Wrap[] = [];
      if (
        a.lit.kind === "string" ||
        a.lit.kind === "double" ||
        a.lit.kind === "float"
      )
        this.fail(`a ${a.lit.kind} literal alternative`);
      const value = this.literal(a.lit, wraps);
      const t = this.ctx.names.fresh("t");
      const body = this.expr(a.body, inner);
      const branches: Alt[] = [{ kind: "con", con: "True", vars: [], body }];
      if (rest !== undefined)
        branches.push({ kind: "con", con: "False", vars: [], body: rest });
      rest = wrapAll(wraps, {
        kind: "case",
        scrutinee: { kind: "primop", op: "eq#", args: [varAtom(x), value] },
        alts: [
          {
            kind: "default",
            binder: t,
            body: {
              kind: "case",
              scrutinee: {
                kind: "primop",
                op: "intToBool#",
                args: [varAtom(t)],
              },
              alts: branches,
            },
          },
        ],
      });
    }
    return {
      kind: "case",
      scrutinee: scrut,
      alts: [{ kind: "default", binder: x, body: rest! }],
    };
  }
}
