// Any exposed unfolding of an interface file read as a Core expression:
// lambdas, applications, case, let and letrec (join points are lets),
// literals; types, type lambdas and casts dropped (STG has none). An
// internal id the interface gives no simpler route to (a worker taking one
// field of a class dictionary, an instance's helper whose unfolding is real
// code) is defined from this reading (core-stg.ts turns it into STG for the
// lowering). Anything not read exactly is null: a wrong parse would be a
// wrong definition.
import type { Literal } from "../parse-ghc-dump/ast.js";
import { LITERAL, literalFromMatch } from "../parse-ghc-dump/literals.js";

export type CoreCon = { readonly module: string | null; readonly occ: string };

export type Core =
  | { readonly kind: "local"; readonly name: string }
  | { readonly kind: "global"; readonly module: string; readonly occ: string }
  | ({ readonly kind: "con" } & CoreCon)
  | { readonly kind: "prim"; readonly op: string }
  /** A foreign call `{__ffi_static_ccall_unsafe pkg:f :: T}` (the STG dump's parts). */
  | {
      readonly kind: "ffi";
      readonly convention: string;
      readonly callee: string;
    }
  | { readonly kind: "lit"; readonly lit: Literal }
  /** An Integer literal (printed as a bare number). */
  | { readonly kind: "integer"; readonly value: bigint }
  | { readonly kind: "app"; readonly fn: Core; readonly args: readonly Core[] }
  | {
      readonly kind: "lam";
      readonly params: readonly string[];
      /** Which parameters are state tokens (`State# s`): STG's void arguments. */
      readonly states: readonly boolean[];
      readonly body: Core;
    }
  | {
      readonly kind: "let";
      readonly rec: boolean;
      readonly binds: readonly { name: string; rhs: Core }[];
      readonly body: Core;
    }
  | {
      readonly kind: "case";
      readonly scrutinee: Core;
      readonly binder: string;
      readonly alts: readonly CoreAlt[];
    };

export type CoreAltCon =
  | { readonly kind: "default" }
  | ({ readonly kind: "con" } & CoreCon)
  | { readonly kind: "lit"; readonly lit: Literal };

export interface CoreAlt {
  readonly con: CoreAltCon;
  readonly vars: readonly string[];
  readonly body: Core;
}

const QUALIFIED = /^((?:[A-Z][A-Za-z0-9_']*\.)+)(.+)$/;
const BUILTIN = /^(?:\(,*\)|\(#,*#\)|\(# #\)|\[\])$/;
const STOP = new Set([
  ")",
  "]",
  "}",
  "of",
  "in",
  ";",
  "=",
  "->",
  ",",
  "#",
  "ret_ty",
]);

function tokenize(text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ("()[]{};,\\".includes(c)) {
      // built-in syntax names: `()`, `(,)`, `(#,#)`, `[]`
      m = /^(?:\(,*\)|\(#,*#\)|\(# #\)|\[\])/.exec(rest);
      if (m !== null) {
        out.push(m[0]);
        i += m[0].length;
        continue;
      }
      out.push(c);
      i++;
      continue;
    }
    LITERAL.lastIndex = i;
    const lit = /['"\d_-]/.test(c) ? LITERAL.exec(text) : null;
    if (lit !== null) m = lit;
    else if (c === '"')
      // a type-level string (`'MetaCons "(,)"`), only ever skipped
      m = /^"(?:[^"\\]|\\.)*"/.exec(rest);
    else if (c === "`") m = /^`[^`]*`/.exec(rest);
    else
      m =
        /^(?:[^\s()[\]"`{};,\\]|\(,*\)|\(#,*#\)|\[\])(?:[^\s()[\]"`{};,]|\(,*\)|\(#,*#\)|\[\])*/.exec(
          rest,
        );
    if (m === null) {
      if (process.env["CORE_DEBUG"])
        console.error(`no token at: ${rest.slice(0, 60)}`);
      return null;
    }
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

/** A literal token as the STG dump's literal, or null. */
function literal(t: string): Literal | null | "integer" {
  LITERAL.lastIndex = 0;
  const lit = LITERAL.exec(t);
  if (lit !== null && lit[0].length === t.length) {
    const l = literalFromMatch(lit);
    // labels and rubbish have no place in a library's unfolding
    return l === null || l.kind === "label" || l.kind === "rubbish" ? null : l;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(-?\d+)##$/.exec(t)) !== null)
    return { kind: "word", value: BigInt(m[1]!) };
  if ((m = /^(-?\d+)#$/.exec(t)) !== null)
    return { kind: "int", value: BigInt(m[1]!) };
  if ((m = /^(-?\d+\.\d+(?:e-?\d+)?)##$/.exec(t)) !== null)
    return { kind: "double", value: Number(m[1]!), text: m[1]! };
  if ((m = /^(-?\d+\.\d+(?:e-?\d+)?)#$/.exec(t)) !== null)
    return { kind: "float", value: Number(m[1]!), text: m[1]! };
  if ((m = /^'(.)'#$/.exec(t)) !== null && m[1] !== "\\")
    return { kind: "char", value: m[1]!.codePointAt(0)! };
  if ((m = /^"([ !#-[\]-~]*)"#$/.exec(t)) !== null)
    return {
      kind: "string",
      bytes: [...m[1]!].map((ch) => ch.charCodeAt(0)),
    };
  if (/^-?\d+$/.test(t)) return "integer";
  return null;
}

/** How a token moves the bracket depth: +1 opens, -1 closes, 0 neither. */
function depthStep(u: string | undefined): number {
  if (u === "(" || u === "[" || u === "{") return 1;
  if (u === ")" || u === "]" || u === "}") return -1;
  return 0;
}

/** The index of `t` in `toks` outside brackets, or -1. */
function topIndex(toks: readonly string[], t: string): number {
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const step = depthStep(toks[i]);
    depth += step;
    if (step === 0 && depth === 0 && toks[i] === t) return i;
  }
  return -1;
}

/** The index of the bracket closing the one `toks` starts with. */
function closing(toks: readonly string[]): number {
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const step = depthStep(toks[i]);
    depth += step;
    if (step < 0 && depth === 0) return i;
  }
  return -1;
}

/**
 * Whether a printed coercion may start from a `Solo` type (so that the
 * parenthesised expression it casts may be `Solo e`): it names Solo and
 * its source is not plainly something else (a function, a newtype its
 * axiom unwraps, a reflexive coercion of another type).
 */
function maySoloSource(co: readonly string[]): boolean {
  if (!co.some((u) => /\bSolo\b/.test(u))) return false;
  let c = co;
  for (;;) {
    if (c[0] === "(" && closing(c) === c.length - 1) c = c.slice(1, -1);
    else if (topIndex(c, ";") >= 0) c = c.slice(0, topIndex(c, ";"));
    else break;
  }
  if (topIndex(c, "->_R") >= 0) return false;
  const head = c[0] ?? "";
  if (/^(?:[A-Z][\w']*\.)*N:/.test(head)) return false;
  if (head.startsWith("<")) return /^<(?:GHC\.Tuple\.)?Solo$/.test(head);
  return true;
}

/** `Solo e`: ghc-prim's boxed 1-tuple (wired in, printed unqualified). */
const solo = (field: Core): Core => ({
  kind: "app",
  fn: { kind: "con", module: null, occ: "Solo" },
  args: [field],
});

class Reader {
  private at = 0;
  private readonly scope: string[] = [];
  /** The expressions read from a parenthesised group `(e)`. */
  private readonly groups = new Set<Core>();
  constructor(
    private readonly toks: readonly string[],
    private readonly module: string,
    private readonly localIds: ReadonlySet<string>,
  ) {}

  private peek(k = 0): string | undefined {
    return this.toks[this.at + k];
  }

  private expect(t: string): void {
    if (this.toks[this.at++] !== t) throw new Fail();
  }

  /**
   * Skips a let binding's right-hand side: up to its `;`, the `}` or the
   * next binding's `name ::`.
   */
  private skipBinding(): void {
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t === undefined) throw new Fail();
      if (depth === 0 && (t === ";" || t === "}")) return;
      if (depth === 0 && !t.startsWith("@") && this.bindStart()) return;
      depth += depthStep(t);
      this.at++;
    }
  }

  /** Skips a bracketed group (or one token). */
  private skipItem(): void {
    let depth = depthStep(this.toks[this.at++]);
    if (depth <= 0) return;
    while (depth > 0) {
      const t = this.toks[this.at++];
      if (t === undefined) throw new Fail();
      depth += depthStep(t);
    }
  }

  /** Skips types and casts; whether a cast's coercion names `Solo`. */
  private skipTypesAndCasts(): { cast: boolean; solo: boolean } {
    const seen = { cast: false, solo: false };
    for (;;) {
      const t = this.peek();
      if (t === "`cast`" || t === "@" || t === "@~") {
        this.at++;
        const from = this.at;
        this.skipItem();
        if (t === "`cast`") {
          seen.cast = true;
          if (maySoloSource(this.toks.slice(from, this.at))) seen.solo = true;
        }
        // a coercion's role after its group: `(T Univ(...))_R`
        if (/^_[NRP]$/.test(this.peek() ?? "")) this.at++;
      } else if (t !== undefined && t.startsWith("@")) {
        this.at++;
      } else return seen;
    }
  }

  private bind(name: string): string {
    this.scope.push(name);
    return name;
  }

  private isLocal(t: string): boolean {
    return this.scope.includes(t);
  }

  /** Whether `(t)` is `Solo t`: t a variable's or constructor's name. */
  private soloField(t: string): boolean {
    if (this.isLocal(t) || BUILTIN.test(t)) return true;
    return literal(t) === null && (QUALIFIED.test(t) || this.localIds.has(t));
  }

  private isCon(t: string): boolean {
    if (BUILTIN.test(t) || t === ":" || t === "Solo#") return true;
    if (t === "Solo") return !this.isLocal(t);
    const q = QUALIFIED.exec(t);
    const occ = q !== null ? q[2]! : t;
    if (q === null && !this.localIds.has(t)) return false;
    return /^[A-Z:]/.test(occ) && !this.isLocal(t);
  }

  /** Whether an alternative (`Con x y ->`, `DEFAULT ->`, `1# ->`) starts here. */
  private altStart(): boolean {
    const t = this.peek();
    if (t === undefined) return false;
    if (t === "DEFAULT" || (literal(t) !== null && literal(t) !== "integer"))
      return this.peek(1) === "->";
    if (t === "(") {
      // `(a, b) ->`, `(# a, b #) ->`
      let k = this.peek(1) === "#" ? 2 : 1;
      for (;;) {
        if (!/^[a-z_$][\w'$#]*$/.test(this.peek(k) ?? "")) return false;
        if (this.peek(k + 1) !== ",") break;
        k += 2;
      }
      k++;
      if (this.peek(k) === "#") k++;
      return this.peek(k) === ")" && this.peek(k + 1) === "->";
    }
    if (!this.isCon(t)) return false;
    for (let k = 1; ; k++) {
      const u = this.peek(k);
      if (u === "->") return true;
      if (u === undefined || !/^@?[a-z_$][\w'$#]*$/.test(u)) return false;
    }
  }

  /** Whether a let binding `name ::` starts here. */
  private bindStart(): boolean {
    return this.peek(1) === "::";
  }

  /** An expression; `top`: the whole unfolding (GHC's parentheses round it). */
  expr(inAlt: boolean, top = false): Core {
    this.skipTypesAndCasts();
    const items: Core[] = [];
    let after = { cast: false, solo: false };
    for (;;) {
      after = this.skipTypesAndCasts();
      const t = this.peek();
      if (t === undefined || STOP.has(t)) break;
      if (inAlt && this.altStart()) break;
      if (this.bindStart()) break;
      if (t === "\\") {
        items.push(this.lambda(inAlt));
        break;
      }
      if (t === "case") {
        items.push(this.caseExpr());
        break;
      }
      if (t === "let" || t === "letrec") {
        items.push(this.letExpr(inAlt));
        break;
      }
      items.push(this.item());
    }
    if (items.length === 0) throw new Fail();
    const [fn, ...args] = items;
    if (args.length === 0) {
      // GHC prints `Solo e` as `(e)` wherever it is, and parenthesises an
      // expression only as an argument or a cast's operand: a group alone
      // where nothing is parenthesised (a body, a scrutinee, a right-hand
      // side) is a Solo; one under a cast is either, told apart by the
      // coercion's type (not read when it names Solo)
      if (top || !this.groups.has(fn!)) return fn!;
      if (!after.cast) return solo(fn!);
      if (after.solo) throw new Fail();
      return fn!;
    }
    if (fn!.kind === "app")
      return { kind: "app", fn: fn!.fn, args: [...fn!.args, ...args] };
    return { kind: "app", fn: fn!, args };
  }

  private item(): Core {
    const t = this.toks[this.at++]!;
    if (t === "{" && /^__ffi_/.test(this.peek() ?? "")) {
      // `{__ffi_static_ccall_unsafe pkg:f :: type}`: the type is skipped
      const convention = this.toks[this.at++]!;
      const callee = this.toks[this.at++] ?? "";
      if (!/^[^\s:]+:[A-Za-z_][A-Za-z0-9_]*$/.test(callee)) throw new Fail();
      this.expect("::");
      let depth = 1;
      while (depth > 0) {
        const u = this.toks[this.at++];
        if (u === undefined) throw new Fail();
        if (u === "(" || u === "[" || u === "{") depth++;
        else if (u === ")" || u === "]" || u === "}") depth--;
      }
      return { kind: "ffi", convention, callee };
    }
    if (t === "(") {
      // `(x)` of one name: GHC prints ghc-prim's `Solo x` so (a lone
      // variable or constructor is never parenthesised otherwise; a
      // negative literal `(-1#)` is, and stays a literal)
      if (this.peek(1) === ")" && this.soloField(this.peek() ?? "")) {
        const field = this.atom(this.toks[this.at++]!);
        this.at++;
        return solo(field);
      }
      // an unboxed tuple `(# a, b #)`, a tuple `(a, b)` or a parenthesis
      const unboxed = this.peek() === "#";
      if (unboxed) this.at++;
      const parts = [this.expr(false)];
      while (this.peek() === ",") {
        this.at++;
        parts.push(this.expr(false));
      }
      if (unboxed) this.expect("#");
      this.expect(")");
      if (!unboxed && parts.length === 1) {
        // (a negative literal's parentheses are its own)
        if (parts[0]!.kind !== "lit" && parts[0]!.kind !== "integer")
          this.groups.add(parts[0]!);
        return parts[0]!;
      }
      const commas = ",".repeat(parts.length - 1);
      // (`(# x #)` is the unboxed 1-tuple, a worker's boxed result)
      const occ = !unboxed
        ? `(${commas})`
        : parts.length === 1
          ? "Solo#"
          : `(#${commas}#)`;
      return {
        kind: "app",
        fn: { kind: "con", module: null, occ },
        args: parts,
      };
    }
    return this.atom(t);
  }

  private atom(t: string): Core {
    const lit = literal(t);
    if (lit === "integer") {
      const v = BigInt(t);
      if (v < -(2n ** 63n) || v >= 2n ** 63n) throw new Fail();
      return { kind: "integer", value: v };
    }
    if (lit !== null) return { kind: "lit", lit };
    if (/^['"\d-]/.test(t) || t.startsWith("__")) throw new Fail();
    if (this.isLocal(t)) return { kind: "local", name: t };
    // (ghc-prim's wired-in `Solo` is printed unqualified everywhere)
    if (BUILTIN.test(t) || t === ":" || t === "Solo#" || t === "Solo")
      return { kind: "con", module: null, occ: t };
    const q = QUALIFIED.exec(t);
    let module: string;
    let occ: string;
    if (q !== null) {
      module = q[1]!.slice(0, -1);
      occ = q[2]!;
    } else if (this.localIds.has(t) || /^\$W[A-Z:]/.test(t)) {
      // (a constructor's wrapper `$WK` is the module's too)
      module = this.module;
      occ = t;
    } else throw new Fail();
    if (module === "GHC.Prim") {
      if (/^[A-Z(]/.test(occ)) return { kind: "con", module: null, occ };
      return { kind: "prim", op: occ };
    }
    if (/^[A-Z:[(]/.test(occ)) return { kind: "con", module, occ };
    return { kind: "global", module, occ };
  }

  /** Whether `t`, after an arrow in a binder's kind, continues the kind. */
  private kindAfterArrow(t: string | undefined): boolean {
    if (t === "*") return true;
    return t !== undefined && /^k\d*$/.test(t) && !this.isLocal(t);
  }

  /** `\ @a (x['Many] :: T)[OneShot] @b :: k -> body` */
  private lambda(inAlt: boolean): Core {
    this.at++;
    const params: string[] = [];
    const states: boolean[] = [];
    const mark = this.scope.length;
    for (;;) {
      const t = this.peek();
      if (t === undefined) throw new Fail();
      if (t === "->") {
        this.at++;
        break;
      }
      if (t.startsWith("@")) {
        this.at++;
        if (t === "@") this.skipItem();
        if (this.peek() === "::") {
          // a kind: up to the next binder or the arrow ending the binders
          // (an arrow inside the kind goes to `*` or to a kind variable
          // `k`, `k1`, which no term variable in scope is called)
          this.at++;
          while (
            this.peek() !== undefined &&
            this.peek() !== "(" &&
            !this.peek()!.startsWith("@") &&
            !(this.peek() === "->" && !this.kindAfterArrow(this.peek(1)))
          )
            this.at++;
        }
        continue;
      }
      if (t !== "(") throw new Fail();
      const name = this.peek(1);
      if (name === undefined || this.peek(2) !== "[") throw new Fail();
      params.push(this.bind(name));
      // an unboxed tuple argument: STG passes its parts (unarised)
      const from = this.at;
      this.skipItem();
      const group = this.toks.slice(from, this.at);
      if (group.includes("#")) throw new Fail();
      // `(s['Many] :: GHC.Prim.State# GHC.Prim.RealWorld)`
      const typeAt = group.indexOf("::");
      states.push(typeAt >= 0 && group[typeAt + 1] === "GHC.Prim.State#");
      if (this.peek() === "[") this.skipItem(); // [OneShot]
    }
    if (params.length === 0) {
      const body = this.expr(inAlt);
      this.scope.length = mark;
      return body;
    }
    const body = this.expr(inAlt);
    this.scope.length = mark;
    return { kind: "lam", params, states, body };
  }

  private caseExpr(): Core {
    this.at++;
    const scrutinee = this.expr(false);
    if (this.peek() === "ret_ty") {
      // `case e ret_ty T of {}`: e diverges, and so does the case
      this.at++;
      this.skipItem();
      this.expect("of");
      this.expect("{");
      this.expect("}");
      return scrutinee;
    }
    this.expect("of");
    const mark = this.scope.length;
    const binder = this.bind(this.toks[this.at++] ?? "");
    if (!/^[a-z_$][\w'$#]*$/.test(binder)) throw new Fail();
    this.expect("{");
    const alts: CoreAlt[] = [];
    while (this.peek() !== "}") {
      const t = this.toks[this.at++];
      if (t === undefined) throw new Fail();
      const altMark = this.scope.length;
      let con: CoreAltCon;
      const lit = literal(t);
      const vars: string[] = [];
      if (t === "(") {
        // a tuple pattern `(a, b)` or `(# a, b #)`
        const unboxed = this.peek() === "#";
        if (unboxed) this.at++;
        for (;;) {
          const v = this.toks[this.at++];
          if (v === undefined || !/^[a-z_$][\w'$#]*$/.test(v)) throw new Fail();
          vars.push(this.bind(v));
          if (this.peek() !== ",") break;
          this.at++;
        }
        if (unboxed) this.expect("#");
        this.expect(")");
        const commas = ",".repeat(vars.length - 1);
        con = {
          kind: "con",
          module: null,
          occ: unboxed ? `(#${commas}#)` : `(${commas})`,
        };
      } else if (t === "DEFAULT") con = { kind: "default" };
      else if (lit !== null && lit !== "integer") con = { kind: "lit", lit };
      else if (this.isCon(t)) {
        const a = this.atom(t);
        if (a.kind !== "con") throw new Fail();
        con = { kind: "con", module: a.module, occ: a.occ };
      } else throw new Fail();
      while (this.peek() !== "->") {
        const v = this.toks[this.at++];
        if (v === undefined) throw new Fail();
        if (v.startsWith("@")) continue; // an existential type variable
        if (!/^[a-z_$][\w'$#]*$/.test(v)) throw new Fail();
        vars.push(this.bind(v));
      }
      this.at++;
      const body = this.expr(true);
      this.scope.length = altMark;
      alts.push({ con, vars, body });
    }
    this.at++;
    this.scope.length = mark;
    if (alts.length === 0) throw new Fail();
    return { kind: "case", scrutinee, binder, alts };
  }

  private letExpr(inAlt: boolean): Core {
    const rec = this.toks[this.at++] === "letrec";
    this.expect("{");
    const mark = this.scope.length;
    const names: string[] = [];
    const binds: { name: string; rhs: Core }[] = [];
    // the binders first (a letrec's are in scope in every right-hand side)
    const headers: { name: string; at: number }[] = [];
    while (this.peek() !== "}") {
      const name = this.toks[this.at++];
      if (name === undefined || this.peek() !== "::") throw new Fail();
      this.at++;
      // the type, a `<join n>` and an IdInfo, up to `=`
      let depth = 0;
      while (!(depth === 0 && this.peek() === "=")) {
        const t = this.toks[this.at++];
        if (t === undefined) throw new Fail();
        if (t === "(" || t === "[" || t === "{") depth++;
        else if (t === ")" || t === "]" || t === "}") depth--;
      }
      this.at++;
      headers.push({ name, at: this.at });
      // skip the right-hand side for now (it may call a later binder):
      // read it below
      if (rec) this.bind(name);
      this.skipBinding();
      if (this.peek() === ";") this.at++;
    }
    const end = this.at;
    for (const h of headers) {
      this.at = h.at;
      names.push(h.name);
      binds.push({ name: h.name, rhs: this.expr(false) });
    }
    this.at = end + 1;
    if (!rec) for (const n of names) this.bind(n);
    this.expect("in");
    const body = this.expr(inAlt);
    this.scope.length = mark;
    if (!rec && binds.length !== 1) throw new Fail();
    return { kind: "let", rec, binds, body };
  }

  pos(): number {
    return this.at;
  }

  done(): boolean {
    return this.at >= this.toks.length;
  }
}

class Fail extends Error {}

/**
 * The unfolding in an interface declaration's text (from `Unfolding:`,
 * an InlineRule's or a plain one), or null when it is not read exactly.
 */
export function readCore(
  text: string,
  module: string,
  localIds: ReadonlySet<string>,
): Core | null {
  const body = text
    .replace(/^[\s\S]*?Unfolding:\s*/, "")
    .replace(/^(?:InlineRule|Core:)\s*\([^)]*\)\s*/, "")
    .replace(/^<stable>\s*/, "")
    .replace(/\]\s*$/, "");
  if (body.startsWith("DFun:")) return null;
  const toks = tokenize(body);
  if (toks === null && process.env["CORE_DEBUG"]) console.error("no tokens");
  if (toks === null) return null;
  const r = new Reader(toks, module, localIds);
  try {
    const e = r.expr(false, true);
    if (!r.done() && process.env["CORE_DEBUG"])
      console.error(
        "not done",
        toks.slice(Math.max(0, r.pos() - 8), r.pos() + 4).join(" "),
      );
    return r.done() ? e : null;
  } catch (e) {
    if (e instanceof Fail) {
      if (process.env["CORE_DEBUG"])
        console.error(
          `fail at ${(e.stack ?? "").split("\n")[1]?.trim()}: ${toks.slice(Math.max(0, r.pos() - 8), r.pos() + 4).join(" ")}`,
        );
      return null;
    }
    throw e;
  }
}
