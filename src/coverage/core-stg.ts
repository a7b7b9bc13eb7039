// A Core unfolding (core-read.ts) as a top-level STG binding in the dump's
// syntax tree, for the lowering (src/lower) to turn into miniSTG as it does
// GHC's own STG: arguments become atoms (a lambda, a thunk or a saturated
// constructor let-bound first; a primop application, which Core allows as
// an argument only because it is cheap and cannot fail, case-bound),
// constructor applications saturated or calls of the constructor's
// function, types and casts gone. State tokens are unarised as GHC's STG
// shows them: a `State# s` parameter stays a (void) parameter, a token
// passed is `void#`, `(# s, a #)` is `Solo# a` (a pattern or a result), a
// case on a primop's bare State# result matches `(##)`, a token returned is
// `(##)`, and `runRW# f` is `f` applied to the token (a lambda's body with
// it). Which results carry a token is GHC's IO/ST convention: a call passed
// a token returns one first (primops always do). Other void arguments
// (`Void#`, `Proxy#`) are not taken: the caller leaves those out.
import type * as G from "../parse-ghc-dump/ast.js";
import type { Core, CoreAlt } from "./core-read.js";

export class Unsupported extends Error {}

export interface CoreFacts {
  /**
   * The number of arguments constructor `module.occ`'s worker takes in
   * Core, or null when not known (it is then not applied).
   */
  conArity(module: string | null, occ: string): number | null;
  /**
   * Whether the constructor has existential type variables or equality
   * evidence (a GADT's): an interface prints them as its patterns' leading
   * binders, which STG has not.
   */
  existential?(module: string | null, occ: string): boolean;
}

const POS: G.SrcPos = { line: 1, column: 1 };

// Identities in STG: GHC's magic ids that CorePrep removes.
const MAGIC = new Set(["lazy", "oneShot", "noinline", "inline"]);
// Primops whose result is lifted and may be bottom: never evaluated early.
const LAZY_PRIMOPS = new Set(["raise#", "raiseIO#"]);

/** What a state token is in STG: the erased `void#`. */
const VOID: G.Name = name("GHC.Prim", "GHC.Prim.void#", "void#");
const UNBOXED_TUPLE = /^\(#(,*)#\)$/;

function isVoid(a: G.Arg): boolean {
  return a.kind === "var" && a.name === VOID;
}

/** The unboxed tuple of `n` components (after unarisation). */
function unboxedTuple(n: number): G.Name {
  const occ = n === 0 ? "(##)" : n === 1 ? "Solo#" : `(#${",".repeat(n - 1)}#)`;
  return name(null, occ, occ);
}

type Float =
  | { readonly kind: "let"; readonly group: G.BindGroup }
  | {
      readonly kind: "case";
      readonly name: G.Name;
      readonly scrutinee: G.Expr;
    };

class Converter {
  private n = 0;
  constructor(private readonly facts: CoreFacts) {}

  private fresh(base: string): G.Name {
    const occ = base.replace(/^\$+/, "") || "x";
    return name(null, `${occ}_c${++this.n}`, occ);
  }

  private global(module: string | null, occ: string): G.Name {
    return name(module, module === null ? occ : `${module}.${occ}`, occ);
  }

  /** The binding of a top-level id. */
  top(module: string, occ: string, core: Core): G.Binding {
    // a top-level Addr# literal is a literal binding; no other literal can be
    if (core.kind === "lit") {
      if (core.lit.kind !== "string")
        throw new Unsupported("top-level unboxed literal");
      return binding(this.global(module, occ), {
        kind: "lit",
        lit: core.lit,
        pos: POS,
      });
    }
    const floats: Float[] = [];
    const rhs = this.rhs(core, new Map(), floats);
    // a constructor whose arguments needed bindings: a thunk building it
    return binding(
      this.global(module, occ),
      floats.length === 0 ? rhs : closure("u", [], this.expr(core, new Map())),
    );
  }

  /** A right-hand side; floats needed by a constructor's arguments go to `out`. */
  private rhs(e: Core, env: ReadonlyMap<string, G.Name>, out: Float[]): G.Rhs {
    if (e.kind === "lam") {
      const env2 = new Map(env);
      const params = e.params.map((p, i) => {
        const state = e.states[i] === true;
        const v = this.fresh(state ? "void" : p);
        env2.set(p, state ? VOID : v);
        return { name: v, info: null };
      });
      return closure("r", params, this.expr(e.body, env2));
    }
    const sat = this.saturatedCon(e);
    if (sat !== null) {
      const args = sat.args.map((a) => this.atom(a, env, out));
      return {
        kind: "con",
        ccs: "CCS_DONT_CARE",
        con: this.global(sat.con.module, sat.con.occ),
        args,
        pos: POS,
      };
    }
    return closure("u", [], this.expr(e, env));
  }

  private saturatedCon(
    e: Core,
  ): { con: { module: string | null; occ: string }; args: Core[] } | null {
    const [fn, args] = e.kind === "app" ? [e.fn, e.args] : [e, []];
    if (fn.kind !== "con") return null;
    const n = this.facts.conArity(fn.module, fn.occ);
    if (n === null) throw new Unsupported(`constructor ${fn.occ}`);
    if (args.length > n) throw new Unsupported(`over-applied ${fn.occ}`);
    return args.length === n ? { con: fn, args: [...args] } : null;
  }

  private expr(e: Core, env: ReadonlyMap<string, G.Name>): G.Expr {
    const floats: Float[] = [];
    const body = this.tail(e, env, floats);
    return wrap(floats, body);
  }

  private tail(
    e: Core,
    env: ReadonlyMap<string, G.Name>,
    floats: Float[],
  ): G.Expr {
    switch (e.kind) {
      case "local":
        // a state token returned: the empty unboxed tuple
        if (env.get(e.name) === VOID)
          return { kind: "conApp", con: unboxedTuple(0), args: [], pos: POS };
        return this.app(e, [], env, floats);
      case "global":
      case "prim":
      case "con":
      case "ffi":
        return this.app(e, [], env, floats);
      case "lit":
        return { kind: "lit", lit: e.lit, pos: POS };
      case "integer":
      case "lam": {
        const a = this.atom(e, env, floats);
        if (a.kind !== "var") throw new Unsupported("atom");
        return { kind: "app", fn: a.name, args: [], pos: POS };
      }
      case "app":
        return this.app(e.fn, e.args, env, floats);
      case "let":
        return this.letExpr(e, env, floats);
      case "case": {
        // CorePrep drops a match on unsafeEqualityProof (its coercion is a type)
        const only = e.alts.length === 1 ? e.alts[0]! : null;
        if (
          only !== null &&
          e.scrutinee.kind === "global" &&
          e.scrutinee.module === "Unsafe.Coerce" &&
          e.scrutinee.occ === "unsafeEqualityProof" &&
          only.con.kind === "con" &&
          only.con.occ === "UnsafeRefl"
        )
          return this.tail(only.body, env, floats);
        // a token scrutinised: the token again
        if (
          e.scrutinee.kind === "local" &&
          env.get(e.scrutinee.name) === VOID
        ) {
          if (only === null || only.con.kind !== "default")
            throw new Unsupported("case of a state token");
          const env2 = new Map(env);
          env2.set(e.binder, VOID);
          return this.tail(only.body, env2, floats);
        }
        const state = this.stateResult(e.scrutinee, env);
        const scrutinee = this.expr(e.scrutinee, env);
        const env2 = new Map(env);
        const b = this.fresh(e.binder);
        // (an unarised tuple has no binder STG could name)
        if (state === null) env2.set(e.binder, b);
        const alts = e.alts.map((a) =>
          state === null
            ? this.alt(a, env2)
            : this.stateAlt(a, state, e.binder, env2),
        );
        return {
          kind: "case",
          scrutinee,
          binder: { name: b, info: null },
          alts,
          pos: POS,
        };
      }
    }
  }

  /**
   * Whether a scrutinee returns a state token (GHC's IO/ST convention: a
   * call passed one returns one first): "prim" for a primop's (which
   * returns a bare State# where it returns no tuple), "call" for another
   * call's (its tuple's first component), null when it passes none.
   */
  private stateResult(
    e: Core,
    env: ReadonlyMap<string, G.Name>,
  ): "prim" | "call" | null {
    if (e.kind !== "app") return null;
    let fn = e.fn;
    let args = e.args;
    while (
      fn.kind === "global" &&
      fn.module === "GHC.Magic" &&
      MAGIC.has(fn.occ) &&
      args.length > 0
    ) {
      const inner: Core = args[0]!;
      [fn, args] =
        inner.kind === "app"
          ? [inner.fn, [...inner.args, ...args.slice(1)]]
          : [inner, args.slice(1)];
    }
    if (
      fn.kind === "global" &&
      fn.module === "GHC.Magic" &&
      fn.occ === "runRW#"
    )
      return "call";
    const token = args.some(
      (a) =>
        (a.kind === "local" && env.get(a.name) === VOID) ||
        (a.kind === "prim" && a.op === "realWorld#"),
    );
    if (!token) return null;
    return fn.kind === "prim" && fn.op !== "keepAlive#" ? "prim" : "call";
  }

  /** An alternative of a case on a result carrying a state token. */
  private stateAlt(
    a: CoreAlt,
    state: "prim" | "call",
    binder: string,
    env: ReadonlyMap<string, G.Name>,
  ): G.Alt {
    const env2 = new Map(env);
    if (
      a.con.kind === "con" &&
      a.con.module === null &&
      a.con.occ === "Solo#" &&
      a.vars.length === 1
    ) {
      // `(# State# s #)`: the token alone, `(##)` in STG
      env2.set(a.vars[0]!, VOID);
      return {
        con: { kind: "con", con: unboxedTuple(0) },
        binders: [],
        body: this.expr(a.body, env2),
        pos: POS,
      };
    }
    if (a.con.kind === "con" && a.con.module === null) {
      const t = UNBOXED_TUPLE.exec(a.con.occ);
      if (t === null || a.vars.length !== t[1]!.length + 1)
        throw new Unsupported(`state pattern ${a.con.occ}`);
      const [s, ...rest] = a.vars;
      env2.set(s!, VOID);
      const binders = rest.map((v) => {
        const x = this.fresh(v);
        env2.set(v, x);
        return { name: x, info: null };
      });
      return {
        con: { kind: "con", con: unboxedTuple(rest.length) },
        binders,
        body: this.expr(a.body, env2),
        pos: POS,
      };
    }
    if (a.con.kind === "default" && state === "prim") {
      // a primop's bare State# result
      env2.set(binder, VOID);
      return {
        con: { kind: "con", con: unboxedTuple(0) },
        binders: [],
        body: this.expr(a.body, env2),
        pos: POS,
      };
    }
    throw new Unsupported("state result of unknown shape");
  }

  private alt(a: CoreAlt, env: ReadonlyMap<string, G.Name>): G.Alt {
    const env2 = new Map(env);
    let vars = a.vars;
    if (a.con.kind === "con") {
      const n = this.facts.conArity(a.con.module, a.con.occ);
      if (n === null || n > vars.length)
        throw new Unsupported(`pattern ${a.con.occ}/${vars.length}`);
      if (n < vars.length) {
        if (this.facts.existential?.(a.con.module, a.con.occ) !== true)
          throw new Unsupported(`pattern ${a.con.occ}/${vars.length}`);
        // (the type and coercion binders come first: no STG binders)
        vars = vars.slice(vars.length - n);
      }
    }
    const binders = vars.map((v) => {
      const x = this.fresh(v);
      env2.set(v, x);
      return { name: x, info: null };
    });
    let con: G.AltCon;
    switch (a.con.kind) {
      case "default":
        con = { kind: "default" };
        break;
      case "lit":
        con = { kind: "lit", lit: a.con.lit };
        break;
      case "con": {
        con = { kind: "con", con: this.global(a.con.module, a.con.occ) };
        break;
      }
    }
    return { con, binders, body: this.expr(a.body, env2), pos: POS };
  }

  private letExpr(
    e: Core & { kind: "let" },
    env: ReadonlyMap<string, G.Name>,
    floats: Float[],
  ): G.Expr {
    const env2 = new Map(env);
    if (!e.rec) {
      const { name: x, rhs } = e.binds[0]!;
      const v = this.fresh(x);
      if (
        rhs.kind === "lit" ||
        (rhs.kind === "app" &&
          rhs.fn.kind === "prim" &&
          !LAZY_PRIMOPS.has(rhs.fn.op))
      ) {
        // an unlifted let (ok for speculation): evaluated now
        floats.push({ kind: "case", name: v, scrutinee: this.expr(rhs, env) });
      } else {
        const object = this.rhs(rhs, env, floats);
        floats.push({
          kind: "let",
          group: { kind: "nonrec", bind: binding(v, object) },
        });
      }
      env2.set(x, v);
      return this.tail(e.body, env2, floats);
    }
    const names = e.binds.map((b) => {
      const v = this.fresh(b.name);
      env2.set(b.name, v);
      return v;
    });
    const binds = e.binds.map((b, i) => {
      const inner: Float[] = [];
      const object = this.rhs(b.rhs, env2, inner);
      // a recursive constructor whose arguments needed bindings: a thunk
      return binding(
        names[i]!,
        inner.length === 0 ? object : closure("u", [], this.expr(b.rhs, env2)),
      );
    });
    floats.push({ kind: "let", group: { kind: "rec", binds } });
    return this.tail(e.body, env2, floats);
  }

  private app(
    fn: Core,
    coreArgs: readonly Core[],
    env: ReadonlyMap<string, G.Name>,
    floats: Float[],
  ): G.Expr {
    if (
      fn.kind === "global" &&
      fn.module === "GHC.Magic" &&
      MAGIC.has(fn.occ) &&
      coreArgs.length > 0
    ) {
      const [f, ...rest] = coreArgs;
      return rest.length === 0
        ? this.tail(f!, env, floats)
        : this.app(f!, rest, env, floats);
    }
    if (
      fn.kind === "global" &&
      fn.module === "GHC.Magic" &&
      fn.occ === "runRW#" &&
      coreArgs.length === 1
    ) {
      // CorePrep: `runRW# f` is `f` applied to the token
      const f = coreArgs[0]!;
      if (f.kind === "lam") {
        if (f.params.length !== 1 || f.states[0] !== true)
          throw new Unsupported("runRW# of a lambda");
        const env2 = new Map(env);
        env2.set(f.params[0]!, VOID);
        return this.tail(f.body, env2, floats);
      }
      return this.app(f, [{ kind: "prim", op: "realWorld#" }], env, floats);
    }
    switch (fn.kind) {
      case "con": {
        const n = this.facts.conArity(fn.module, fn.occ);
        if (n === null) throw new Unsupported(`constructor ${fn.occ}`);
        if (coreArgs.length > n)
          throw new Unsupported(`over-applied ${fn.occ}`);
        const all = coreArgs.map((a) => this.atom(a, env, floats));
        if (fn.module === null && UNBOXED_TUPLE.test(fn.occ)) {
          // an unboxed tuple's tokens are gone in STG
          if (coreArgs.length !== n) throw new Unsupported(`partial ${fn.occ}`);
          const args = all.filter((a) => !isVoid(a));
          return {
            kind: "conApp",
            con: unboxedTuple(args.length),
            args,
            pos: POS,
          };
        }
        const args = all;
        const con = this.global(fn.module, fn.occ);
        if (coreArgs.length === n)
          return { kind: "conApp", con, args, pos: POS };
        return { kind: "app", fn: con, args, pos: POS };
      }
      case "prim": {
        const args = coreArgs.map((a) => this.atom(a, env, floats));
        return { kind: "primApp", op: fn.op, args, pos: POS };
      }
      case "ffi": {
        // as GHC's STG shows it: the state token stays an argument
        const args = coreArgs.map((a) => this.atom(a, env, floats));
        return {
          kind: "foreignCall",
          convention: fn.convention,
          callee: fn.callee,
          args,
          pos: POS,
        };
      }
      case "local": {
        const v = env.get(fn.name);
        if (v === undefined) throw new Unsupported(`unbound ${fn.name}`);
        if (v === VOID) throw new Unsupported(`applied token ${fn.name}`);
        const args = coreArgs.map((a) => this.atom(a, env, floats));
        return { kind: "app", fn: v, args, pos: POS };
      }
      case "global": {
        const args = coreArgs.map((a) => this.atom(a, env, floats));
        return {
          kind: "app",
          fn: this.global(fn.module, fn.occ),
          args,
          pos: POS,
        };
      }
      default: {
        // a computed function: bound first
        const f = this.atom(fn, env, floats);
        if (f.kind !== "var") throw new Unsupported("applied literal");
        const args = coreArgs.map((a) => this.atom(a, env, floats));
        return { kind: "app", fn: f.name, args, pos: POS };
      }
    }
  }

  /** An argument as an atom, binding what it needs in `floats`. */
  private atom(
    e: Core,
    env: ReadonlyMap<string, G.Name>,
    floats: Float[],
  ): G.Arg {
    switch (e.kind) {
      case "local": {
        const v = env.get(e.name);
        if (v === undefined) throw new Unsupported(`unbound ${e.name}`);
        return { kind: "var", name: v };
      }
      case "global":
        return { kind: "var", name: this.global(e.module, e.occ) };
      case "lit":
        return { kind: "lit", lit: e.lit, pos: POS };
      case "prim":
        if (e.op === "realWorld#") return { kind: "var", name: VOID };
        throw new Unsupported(`unapplied primop ${e.op}`);
      case "ffi":
        throw new Unsupported(`unapplied foreign call ${e.callee}`);
      case "con": {
        const n = this.facts.conArity(e.module, e.occ);
        if (n === null) throw new Unsupported(`constructor ${e.occ}`);
        return { kind: "var", name: this.global(e.module, e.occ) };
      }
      case "integer": {
        const v = this.fresh("integer");
        floats.push({
          kind: "let",
          group: {
            kind: "nonrec",
            bind: binding(v, {
              kind: "con",
              ccs: "CCS_DONT_CARE",
              con: this.global("GHC.Num.Integer", "IS"),
              args: [
                { kind: "lit", lit: { kind: "int", value: e.value }, pos: POS },
              ],
              pos: POS,
            }),
          },
        });
        return { kind: "var", name: v };
      }
      default: {
        if (
          e.kind === "app" &&
          e.fn.kind === "prim" &&
          !LAZY_PRIMOPS.has(e.fn.op)
        ) {
          const v = this.fresh("p");
          floats.push({ kind: "case", name: v, scrutinee: this.expr(e, env) });
          return { kind: "var", name: v };
        }
        if (
          e.kind === "app" &&
          e.fn.kind === "global" &&
          e.fn.module === "GHC.Magic" &&
          MAGIC.has(e.fn.occ) &&
          e.args.length === 1
        )
          return this.atom(e.args[0]!, env, floats);
        const v = this.fresh(e.kind === "lam" ? "f" : "t");
        const object = this.rhs(e, env, floats);
        floats.push({
          kind: "let",
          group: { kind: "nonrec", bind: binding(v, object) },
        });
        return { kind: "var", name: v };
      }
    }
  }
}

function name(module: string | null, text: string, occ: string): G.Name {
  return { text, module, occ, pos: POS };
}

function closure(flag: "r" | "u", params: G.Binder[], body: G.Expr): G.Rhs {
  return {
    kind: "closure",
    ccs: null,
    freeVars: null,
    updateFlag: flag,
    params,
    body,
    pos: POS,
  };
}

function binding(n: G.Name, rhs: G.Rhs): G.Binding {
  return { name: n, binderInfo: null, type: "", idInfo: "", rhs, pos: POS };
}

function wrap(floats: readonly Float[], body: G.Expr): G.Expr {
  let e = body;
  for (let i = floats.length - 1; i >= 0; i--) {
    const f = floats[i]!;
    e =
      f.kind === "let"
        ? { kind: "let", noEscape: false, binds: f.group, body: e, pos: POS }
        : {
            kind: "case",
            scrutinee: f.scrutinee,
            binder: { name: f.name, info: null },
            alts: [
              { con: { kind: "default" }, binders: [], body: e, pos: POS },
            ],
            pos: POS,
          };
  }
  return e;
}

/**
 * The STG binding of top-level id `module.occ` whose unfolding is `core`;
 * throws Unsupported for Core it does not turn into STG exactly.
 */
export function coreBinding(
  module: string,
  occ: string,
  core: Core,
  facts: CoreFacts,
): G.Binding {
  return new Converter(facts).top(module, occ, core);
}
