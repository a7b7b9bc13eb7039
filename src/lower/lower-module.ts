// Lowers one module's GHC STG to miniSTG bindings (docs/lowering.md):
// annotations go, names become readable, constructor applications move into
// `let`-bound CONs, case binders become nested cases where they are used,
// primops get our names.
import type * as G from "../parse-ghc-dump/ast.js";
import type * as M from "../ministg/ast.js";
import { LocatedError } from "../errors.js";
import { lowerLiteral } from "./literals.js";
import { lookupGhcPrimOp } from "./primop-names.js";
import { preludePrimop } from "./prelude-primops.js";
import { TUPLE_PRIMOPS } from "./tuple-primops.js";
import { Scope } from "./scope.js";
import {
  Globals,
  isConstructorOcc,
  topBindings,
  type ModuleInput,
} from "./globals.js";
import { Constructors } from "./constructors.js";
import { mentions, referencedLocals } from "./ghc-refs.js";
import { findLostBinders, type LostBinders } from "./lost-binders.js";
import {
  constructorName,
  globalName,
  stripUnique,
  wellKnownConstructor,
} from "./names.js";
import { BOOL_TYPE, EnumTypes, resultType } from "./types.js";

/** What all modules of one program share while being lowered. */
export interface ProgramContext {
  readonly globals: Globals;
  readonly cons: Constructors;
  /** Top-level literal bindings: Addr# strings stay global literals, others are substituted where used. */
  readonly topLits: Map<string, M.Literal>;
  readonly enums: EnumTypes;
  /** Enumeration types whose `tagToEnum#` helper the program needs. */
  readonly tagToEnumTypes: Set<string>;
}

/** GHC's state-token values, which carry nothing: lowered to the Int# 0. */
const TOKENS: ReadonlySet<string> = new Set([
  "GHC.Prim.void#",
  "GHC.Prim.realWorld#",
  "GHC.Prim.coercionToken#",
  "GHC.Prim.proxy#",
]);

/** Whether `GHC.Prim.name` is a state token the lowering erases (to 0). */
export function isErasedToken(qualified: string): boolean {
  return TOKENS.has(qualified);
}

const ZERO: M.Atom = { kind: "lit", lit: { kind: "int", value: 0n } };

/**
 * A static C call `pkg:sym` becomes a call of `FFI.sym` (`sym_FFI`), which
 * the base prelude may define (GHC's unicode predicates `u_iswupper`, …): it
 * takes the C arguments and the state token and returns `Z1H result`, as the
 * dump's code expects. Dynamic calls and odd callees are not supported.
 */
function foreignFunction(
  convention: string,
  callee: string,
): string | undefined {
  // `__primcall pkg name [args]`: a Cmm primitive of a package
  // (GHC.Float's stg_word32ToFloatzh): no state token, an unboxed result.
  if (convention === "__primcall") {
    const p = /^\S+\s+([A-Za-z_][A-Za-z0-9_]*)$/.exec(callee.trim());
    return p === null ? undefined : globalName(FFI_MODULE, p[1]!);
  }
  if (!/static/.test(convention)) return undefined;
  const m = /^(?:[^\s:]+:)?([A-Za-z_][A-Za-z0-9_]*)$/.exec(callee.trim());
  return m === null ? undefined : globalName(FFI_MODULE, m[1]!);
}

/** The pseudo-module of C functions reached by foreign calls. */
export const FFI_MODULE = "FFI";

export class ModuleLowering {
  private readonly used: Set<string>;
  private readonly lost: LostBinders;
  /** The Haskell name of the top-level binding being lowered, for messages. */
  private current = "";

  constructor(
    private readonly ctx: ProgramContext,
    private readonly index: number,
    private readonly input: ModuleInput,
  ) {
    this.used = referencedLocals(topBindings(input.module));
    this.lost = findLostBinders(topBindings(input.module));
  }

  /** Records the module's top-level literals (before any module is lowered). */
  collectLiterals(): void {
    for (const b of topBindings(this.input.module)) {
      if (b.rhs.kind !== "lit") continue;
      this.current = this.haskellName(b.name);
      const lit = lowerLiteral(b.rhs.lit);
      if (!lit.ok) throw this.error(b.rhs.pos, lit.reason);
      this.ctx.topLits.set(
        this.ctx.globals.binderName(this.index, b.name),
        lit.lit,
      );
    }
  }

  /**
   * The module's bindings in miniSTG. A top-level string literal
   * (`Main.main2 = "hi"#;`) becomes a global literal binding
   * (`main2_Main = "hi";`); any other top-level literal is substituted
   * where it is used.
   */
  lowerBindings(): M.Binding[] {
    const out: M.Binding[] = [];
    for (const b of topBindings(this.input.module)) {
      const name = this.ctx.globals.binderName(this.index, b.name);
      if (b.rhs.kind === "lit") {
        const lit = this.ctx.topLits.get(name);
        if (lit?.kind === "string")
          out.push({ name, object: { kind: "LIT", lit } });
        continue;
      }
      this.current = this.haskellName(b.name);
      out.push({ name, object: this.rhs(b.rhs, b.type, Scope.root()) });
    }
    return out;
  }

  // ---------------------------------------------------------- errors

  private haskellName(n: G.Name): string {
    return n.module !== null || n.text.startsWith(":")
      ? n.text
      : `${this.input.name}.${stripUnique(n.text)}`;
  }

  private error(pos: G.SrcPos, message: string): LocatedError {
    return new LocatedError(
      { file: this.input.file, line: pos.line, column: pos.column },
      `${message} (in ${this.current})`,
    );
  }

  // ---------------------------------------------------------- atoms

  private conName(n: G.Name): string {
    return constructorName(n.module, n.occ);
  }

  private varAtom(n: G.Name, scope: Scope): M.Atom {
    if (n.module === null) {
      const local = scope.lookup(n.text);
      if (local !== undefined) return { kind: "var", name: local };
    } else if (TOKENS.has(n.text)) {
      return ZERO;
    }
    const global = this.ctx.globals.reference(this.index, n);
    if (global === undefined) {
      throw this.error(n.pos, `\`${n.text}\` is not in scope`);
    }
    const lit = this.ctx.topLits.get(global);
    if (lit !== undefined && lit.kind !== "string") return { kind: "lit", lit };
    const isCon =
      n.module === null
        ? wellKnownConstructor(null, n.occ) !== undefined
        : isConstructorOcc(n.occ);
    if (isCon) this.ctx.cons.usedAsValue(this.conName(n));
    return { kind: "var", name: global };
  }

  private atom(a: G.Arg, scope: Scope): M.Atom {
    if (a.kind === "var") return this.varAtom(a.name, scope);
    const lit = lowerLiteral(a.lit);
    if (!lit.ok) throw this.error(a.pos, lit.reason);
    return { kind: "lit", lit: lit.lit };
  }

  private atoms(as: readonly G.Arg[], scope: Scope): M.Atom[] {
    return as.map((a) => this.atom(a, scope));
  }

  // ---------------------------------------------------------- heap objects

  /**
   * `seq# a s` (evaluate's primop): `(# s, a #)` once `a` is evaluated:
   * `case a of { x -> let { t = CON(Z1H x) } in t }`.
   */
  private seqPrimop(e: G.Expr & { kind: "primApp" }, scope: Scope): M.Expr {
    const [a] = this.atoms(e.args, scope);
    const s = scope.child();
    const x = s.fresh("x");
    const t = s.fresh("t");
    return {
      kind: "case",
      scrutinee: { kind: "atom", atom: a! },
      alts: [
        {
          kind: "default",
          binder: x,
          body: letCon(t, "Z1H", [x]),
        },
      ],
    };
  }

  /**
   * `dataToTag# a`: GHC's evaluates `a` first, and -O1 code passes it
   * thunks (derived Eq/Ord/Enum of an enumeration), so
   * `case a of { x -> dataToTag# x }`.
   */
  private dataToTagPrimop(
    e: G.Expr & { kind: "primApp" },
    scope: Scope,
  ): M.Expr {
    const [a] = this.atoms(e.args, scope);
    const x = scope.child().fresh("x");
    return {
      kind: "case",
      scrutinee: { kind: "atom", atom: a! },
      alts: [
        {
          kind: "default",
          binder: x,
          body: {
            kind: "primop",
            op: "dataToTag#",
            args: [{ kind: "var", name: x }],
          },
        },
      ],
    };
  }

  /** A primop returning an unboxed tuple, one primop per component (tuple-primops.ts). */
  private tuplePrimop(
    e: G.Expr & { kind: "primApp" },
    parts: readonly string[],
    scope: Scope,
  ): M.Expr {
    const args = this.atoms(e.args, scope);
    const s = scope.child();
    const vars = parts.map(() => s.fresh("c"));
    const t = s.fresh("t");
    let body: M.Expr = letCon(t, `Z${parts.length}H`, vars);
    for (let i = parts.length - 1; i >= 0; i--) {
      const found = lookupGhcPrimOp(parts[i]!, args.length);
      if (!found.ok)
        throw this.error(e.pos, `${found.reason} (for \`${e.op}\`)`);
      body = {
        kind: "case",
        scrutinee: { kind: "primop", op: found.name, args },
        alts: [{ kind: "default", binder: vars[i]!, body }],
      };
    }
    return body;
  }

  /** A right-hand side; `type` is the binder's type as GHC prints it. */
  private rhs(rhs: G.Rhs, type: string, scope: Scope): M.HeapObject {
    switch (rhs.kind) {
      case "closure": {
        const s = scope.child();
        const ty = resultType(type, rhs.params.length);
        // `\r []` (a nullary join point) is pure, so sharing it as a THUNK
        // only saves recomputation; `\u` and `\s` are thunks anyway.
        if (rhs.params.length === 0) {
          return { kind: "THUNK", body: this.expr(rhs.body, s, ty) };
        }
        const params = rhs.params.map((p) => s.bind(p.name.text, "x"));
        return { kind: "FUN", params, body: this.expr(rhs.body, s, ty) };
      }
      case "con": {
        const con = this.conName(rhs.con);
        this.ctx.cons.seen(con, rhs.args.length);
        return { kind: "CON", con, args: this.atoms(rhs.args, scope) };
      }
      case "lit":
        throw this.error(
          rhs.pos,
          "a literal right-hand side is only allowed at top level",
        );
      default: {
        const never: never = rhs;
        return never;
      }
    }
  }

  // ---------------------------------------------------------- expressions

  /** `ty`: the expression's type where known (for tagToEnum#). */
  private expr(e: G.Expr, scope: Scope, ty: string | null): M.Expr {
    switch (e.kind) {
      case "app": {
        const fn = this.varAtom(e.fn, scope);
        if (e.args.length === 0) return { kind: "atom", atom: fn };
        if (fn.kind === "lit") {
          throw this.error(e.pos, `a literal cannot be applied`);
        }
        return {
          kind: "app",
          fn: fn.name,
          args: this.atoms(e.args, scope),
        };
      }
      case "conApp": {
        const con = this.conName(e.con);
        this.ctx.cons.seen(con, e.args.length);
        if (e.args.length === 0) {
          return {
            kind: "atom",
            atom: { kind: "var", name: this.ctx.cons.usedAsValue(con) },
          };
        }
        const s = scope.child();
        const r = s.fresh("r");
        return {
          kind: "let",
          rec: false,
          binds: [
            {
              name: r,
              object: { kind: "CON", con, args: this.atoms(e.args, scope) },
            },
          ],
          body: { kind: "atom", atom: { kind: "var", name: r } },
        };
      }
      case "primApp": {
        if (e.op === "tagToEnum#" && e.args.length === 1) {
          const helper = this.tagToEnum(e, ty);
          if (helper !== undefined) {
            return { kind: "app", fn: helper, args: this.atoms(e.args, scope) };
          }
          // At an unknown type or a library enumeration: the machine's
          // enumeration tag, which the first case on it turns into its
          // constructor (docs/lowering.md).
          if (ty !== BOOL_TYPE)
            return {
              kind: "primop",
              op: "enumTag#",
              args: this.atoms(e.args, scope),
            };
        }
        if (e.op === "seq#" && e.args.length === 2)
          return this.seqPrimop(e, scope);
        if (e.op === "dataToTag#" && e.args.length === 1)
          return this.dataToTagPrimop(e, scope);
        const parts = TUPLE_PRIMOPS.get(e.op);
        if (parts !== undefined) return this.tuplePrimop(e, parts, scope);
        // A prelude function stands for the primop even where the machine
        // has one of that name (catch#: the prelude's keeps the masking state).
        const fn = preludePrimop(e.op);
        if (fn !== undefined)
          return { kind: "app", fn, args: this.atoms(e.args, scope) };
        const found = lookupGhcPrimOp(e.op, e.args.length);
        if (!found.ok) throw this.error(e.pos, found.reason);
        return {
          kind: "primop",
          op: found.name,
          args: this.atoms(e.args, scope),
        };
      }
      case "foreignCall": {
        const fn = foreignFunction(e.convention, e.callee);
        if (fn === undefined) {
          throw this.error(
            e.pos,
            `foreign call \`${e.callee.trim()}\` is not supported`,
          );
        }
        return { kind: "app", fn, args: this.atoms(e.args, scope) };
      }
      case "lit": {
        const lit = lowerLiteral(e.lit);
        if (!lit.ok) throw this.error(e.pos, lit.reason);
        return { kind: "atom", atom: { kind: "lit", lit: lit.lit } };
      }
      case "let":
        return this.letExpr(e, scope, ty);
      case "case":
        return this.caseExpr(e, scope, ty);
      case "tick":
        return this.expr(e.body, scope, ty);
      default: {
        const never: never = e;
        return never;
      }
    }
  }

  private letExpr(
    e: G.Expr & { kind: "let" },
    scope: Scope,
    ty: string | null,
  ): M.Expr {
    if (e.binds.kind === "rec") {
      const s = scope.child();
      const binds = e.binds.binds;
      const names = binds.map((b) => s.bind(b.name.text, "x"));
      const lowered: M.Binding[] = binds.map((b, i) => ({
        name: names[i]!,
        object: this.rhs(b.rhs, b.type, s),
      }));
      return {
        kind: "let",
        rec: true,
        binds: lowered,
        body: this.expr(e.body, s, ty),
      };
    }
    // ministg's `let` is a chain, so `let {a} in let {b} in e` is one let.
    // A run of nested lets is lowered in a loop: GHC writes a list literal
    // of n elements as 2n of them.
    const binds: M.Binding[] = [];
    let s = scope;
    let inner: G.Expr = e;
    while (inner.kind === "let" && inner.binds.kind === "nonrec") {
      const b = inner.binds.bind;
      s = s.child();
      // Binders are named before their right-hand sides are lowered, so
      // nested lets read `sat`, `sat1`, … rather than shadowing `sat`.
      const name = s.bind(b.name.text, "x");
      binds.push({ name, object: this.rhs(b.rhs, b.type, s) });
      inner = inner.body;
    }
    const body = this.expr(inner, s, ty);
    if (body.kind === "let" && !body.rec) {
      binds.push(...body.binds);
      return { kind: "let", rec: false, binds, body: body.body };
    }
    return { kind: "let", rec: false, binds, body };
  }

  private caseExpr(
    e: G.Expr & { kind: "case" },
    scope: Scope,
    ty: string | null,
  ): M.Expr {
    const scrutinee = this.expr(e.scrutinee, scope, this.scrutineeType(e));
    const text =
      e.binder !== null && e.binder.name.text !== "_"
        ? e.binder.name.text
        : (this.lost.caseBinders.get(e) ?? null);
    const used = text !== null && this.used.has(text);
    const named = e.alts.filter((a) => a.con.kind !== "default");
    if (used && named.some((a) => mentions(a.body, text))) {
      // case e of b { alts } → case e of { b -> case b of { alts } }
      const s = scope.child();
      const b = s.bind(text, "wild");
      const inner: M.Expr = {
        kind: "case",
        scrutinee: { kind: "atom", atom: { kind: "var", name: b } },
        alts: this.alts(e.alts, s, null, ty),
      };
      return {
        kind: "case",
        scrutinee,
        alts: [{ kind: "default", binder: b, body: inner }],
      };
    }
    // The binder, if needed at all, is the default alternative's.
    return {
      kind: "case",
      scrutinee,
      alts: this.alts(e.alts, scope, text, ty),
    };
  }

  /** Alternatives, the default one last (ministg stops at a default). */
  private alts(
    alts: readonly G.Alt[],
    scope: Scope,
    caseBinder: string | null,
    ty: string | null,
  ): M.Alt[] {
    const out: M.Alt[] = [];
    let deflt: M.Alt | undefined;
    for (const a of alts) {
      const s = scope.child();
      switch (a.con.kind) {
        case "default": {
          const binder = s.bind(caseBinder, "wild");
          deflt = { kind: "default", binder, body: this.expr(a.body, s, ty) };
          break;
        }
        case "con": {
          const con = this.conName(a.con.con);
          this.ctx.cons.seen(con, a.binders.length);
          const lost = this.lost.altBinders.get(a);
          const vars = a.binders.map((b, i) =>
            s.bind(
              b.name.text === "_" ? (lost?.get(i) ?? null) : b.name.text,
              "ds",
            ),
          );
          out.push({ kind: "con", con, vars, body: this.expr(a.body, s, ty) });
          break;
        }
        case "lit": {
          const lit = lowerLiteral(a.con.lit);
          if (!lit.ok) throw this.error(a.pos, lit.reason);
          out.push({
            kind: "lit",
            lit: lit.lit,
            body: this.expr(a.body, s, ty),
          });
          break;
        }
        default: {
          const never: never = a.con;
          return never;
        }
      }
    }
    if (deflt !== undefined) out.push(deflt);
    return out;
  }

  /** The type a case scrutinee has, judged from its constructor alternatives. */
  private scrutineeType(e: G.Expr & { kind: "case" }): string | null {
    for (const a of e.alts) {
      if (a.con.kind !== "con") continue;
      const con = this.conName(a.con.con);
      if (con === "True" || con === "False") return BOOL_TYPE;
      return this.ctx.enums.typeOf(con) ?? null;
    }
    return null;
  }

  /**
   * The helper implementing `tagToEnum#` at an enumeration type `ty` of the
   * program, or undefined for Bool (the intToBool# primop) and for any other
   * type (the enumTag# primop: a library enumeration, or an unknown type);
   * GHC.Types' kinds, whose constructors the linker has no tags for, are an
   * error.
   */
  private tagToEnum(e: G.Expr, ty: string | null): string | undefined {
    if (ty === null || ty === BOOL_TYPE) return undefined;
    if (this.ctx.enums.isEnum(ty)) {
      this.ctx.tagToEnumTypes.add(ty);
      // The helper returns the constructors' static closures.
      for (const con of this.ctx.enums.constructors(ty)) {
        this.ctx.cons.seen(con, 0);
        this.ctx.cons.usedAsValue(con);
      }
      return this.ctx.enums.helperName(ty);
    }
    // GHC.Types' other kinds (RuntimeRep, ...) are not in the linker's
    // constructor facts (VecCount and VecElem are: src/coverage/surface.ts),
    // so no case could match their tags.
    if (ty.startsWith("GHC.Types.") && !TAGGED_GHC_TYPES.has(ty))
      throw this.error(
        e.pos,
        `tagToEnum# at type ${ty} is not supported (only Bool, Ordering, VecCount, VecElem, enumerations defined in the program and library enumerations outside GHC.Types)`,
      );
    // A library enumeration (GeneralCategory, GHC.Generics' Associativity,
    // ...): the enumTag# primop, resolved by the tags the linker knows.
    return undefined;
  }
}

/** GHC.Types' enumerations whose constructor tags the linker knows. */
const TAGGED_GHC_TYPES: ReadonlySet<string> = new Set([
  "GHC.Types.Ordering",
  "GHC.Types.VecCount",
  "GHC.Types.VecElem",
]);

/** `let { t = CON(con vars) } in t`: a constructor built and returned. */
function letCon(t: string, con: string, vars: readonly string[]): M.Expr {
  return {
    kind: "let",
    rec: false,
    binds: [
      {
        name: t,
        object: {
          kind: "CON",
          con,
          args: vars.map((name) => ({ kind: "var", name })),
        },
      },
    ],
    body: { kind: "atom", atom: { kind: "var", name: t } },
  };
}
