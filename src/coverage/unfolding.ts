// The simplest exposed unfoldings of an interface file, read as expressions:
// an optional lambda over an application tree of ids, constructors and
// literals (types and casts dropped, as STG drops them). -O1 code calls
// many small internal ids whose unfolding is just that (`$fReadWord12 =
// list $fReadWord13 $fRead()9 $fApplicativeP_$cpure`, a floated-out CAF);
// scripts/gen-o1-unfoldings.mjs defines the ones no prelude has from these
// facts of GHC's interface. Anything else (case, let, primops, non-trivial
// literals) is not read: null.
import type { QName } from "./qname.js";

export type Unfolding =
  | { readonly kind: "global"; readonly name: QName }
  | { readonly kind: "con"; readonly name: QName }
  | { readonly kind: "param"; readonly name: string }
  /** A literal as the extended dialect writes it (`3`, `"abc"`). */
  | { readonly kind: "lit"; readonly text: string }
  /** An Integer literal (GHC prints it as a bare number) of Int range. */
  | { readonly kind: "integer"; readonly value: string }
  | {
      readonly kind: "app";
      readonly fn: Unfolding;
      readonly args: readonly Unfolding[];
    }
  | {
      readonly kind: "lam";
      readonly params: readonly string[];
      readonly body: Unfolding;
    };

const MODULE = String.raw`(?:[A-Z][A-Za-z0-9_']*\.)+`;
const QUALIFIED = new RegExp(`^(${MODULE})(.+)$`);
const KEYWORDS = new Set([
  "case",
  "of",
  "let",
  "letrec",
  "in",
  "join",
  "joinrec",
  "jump",
  "{",
  "}",
  "=",
  ";",
  "|>",
]);

function tokenize(text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if ("()[],\\".includes(c)) {
      out.push(c);
      i++;
    } else if (c === '"') {
      const m = /^"((?:[^"\\]|\\.)*)"#?/.exec(text.slice(i));
      if (m === null) return null;
      out.push(m[0]);
      i += m[0].length;
    } else if (c === "`") {
      const m = /^`[^`]*`/.exec(text.slice(i));
      if (m === null) return null;
      out.push(m[0]);
      i += m[0].length;
    } else {
      // A name may hold built-in syntax: `$fRead()9`, `$fShow[]`, `$fEq(,)`.
      // A comma ends a name (`(f @a, x)`: the type argument `@a` is one).
      const m = /^(?:[^\s()[\],"`]|\(,*\)|\(#,*#\)|\[\])+/.exec(text.slice(i))!;
      out.push(m[0]);
      i += m[0].length;
    }
  }
  return out;
}

class Reader {
  private at = 0;
  constructor(
    private readonly toks: readonly string[],
    private readonly module: string,
    private readonly localIds: ReadonlySet<string>,
    private readonly params: Set<string> = new Set(),
  ) {}

  private peek(): string | undefined {
    return this.toks[this.at];
  }

  /** Skips a parenthesised or bracketed group, or one token. */
  private skipItem(): void {
    const open = this.toks[this.at++];
    if (open !== "(" && open !== "[") return;
    let depth = 1;
    while (depth > 0 && this.at < this.toks.length) {
      const t = this.toks[this.at++]!;
      if (t === "(" || t === "[") depth++;
      else if (t === ")" || t === "]") depth--;
    }
  }

  /** A type argument `@T`, `@(T a)`, `@[T]`, or a cast: gone in STG. */
  private skipTypesAndCasts(): void {
    for (;;) {
      const t = this.peek();
      if (t === "`cast`" || t === "@") {
        // the coercion, or the type after a lone `@`
        this.at++;
        this.skipItem();
      } else if (t !== undefined && t.startsWith("@")) {
        this.at++;
      } else return;
    }
  }

  expr(): Unfolding | null {
    this.skipTypesAndCasts();
    if (this.peek() === "\\") return this.lambda();
    const items: Unfolding[] = [];
    for (;;) {
      this.skipTypesAndCasts();
      const t = this.peek();
      if (t === undefined || t === ")" || t === "]" || t === ",") break;
      const item = this.item();
      if (item === null) return null;
      items.push(item);
    }
    if (items.length === 0) return null;
    const [fn, ...args] = items;
    if (args.length === 0) return fn!;
    if (fn!.kind === "lit" || fn!.kind === "integer" || fn!.kind === "lam")
      return null;
    // `((f a) b) c` is one call `f a b c`
    if (fn!.kind === "app")
      return { kind: "app", fn: fn!.fn, args: [...fn!.args, ...args] };
    return { kind: "app", fn: fn!, args };
  }

  private item(): Unfolding | null {
    const t = this.toks[this.at++]!;
    if (t === "(") {
      // `(x)` of a variable: GHC prints ghc-prim's `Solo x` so, not a
      // variable in parentheses (which it never prints): not read
      if (this.toks[this.at + 1] === ")" && this.params.has(this.peek() ?? ""))
        return null;
      // a parenthesis or a tuple `(a, b)`
      const parts: Unfolding[] = [];
      for (;;) {
        const e = this.expr();
        if (e === null) return null;
        parts.push(e);
        const u = this.toks[this.at++];
        if (u === ")") break;
        if (u !== ",") return null;
      }
      if (parts.length === 1) return parts[0]!;
      const commas = ",".repeat(parts.length - 1);
      return {
        kind: "app",
        fn: { kind: "con", name: `GHC.Tuple.(${commas})` },
        args: parts,
      };
    }
    if (t === "\\" || t === "[" || KEYWORDS.has(t)) return null;
    return this.atom(t);
  }

  private atom(t: string): Unfolding | null {
    if (/^-?\d+#$/.test(t)) return { kind: "lit", text: t.slice(0, -1) };
    const str = /^"([ !#-[\]-~]*)"#$/.exec(t);
    if (str !== null) return { kind: "lit", text: `"${str[1]!}"` };
    if (/^-?\d+$/.test(t)) {
      const v = BigInt(t);
      return v >= -(2n ** 63n) && v < 2n ** 63n
        ? { kind: "integer", value: t }
        : null;
    }
    if (/^['"\d-]/.test(t)) return null;
    if (this.params.has(t)) return { kind: "param", name: t };
    const q = QUALIFIED.exec(t);
    const [module, occ] =
      q !== null
        ? [q[1]!.slice(0, -1), q[2]!]
        : this.localIds.has(t)
          ? [this.module, t]
          : [null, null];
    if (module === null || occ === null) return null;
    if (module === "GHC.Prim") return null;
    const name = `${module}.${occ}`;
    return /^[A-Z:]/.test(occ)
      ? { kind: "con", name }
      : { kind: "global", name };
  }

  /** `\ @a (x['Many] :: T) @b :: k (y['Many] :: U) -> body` */
  private lambda(): Unfolding | null {
    this.at++;
    const params: string[] = [];
    for (;;) {
      const t = this.peek();
      if (t === undefined) return null;
      if (t === "->") {
        this.at++;
        break;
      }
      if (t.startsWith("@")) {
        // a type binder, perhaps with a kind `@t :: * -> *`
        this.at++;
        if (this.peek() === "::") {
          this.at++;
          while (
            this.peek() !== undefined &&
            this.peek() !== "(" &&
            !this.peek()!.startsWith("@") &&
            !(this.peek() === "->" && this.toks[this.at + 1] !== "*")
          )
            this.at++;
        }
        continue;
      }
      if (t !== "(") return null;
      const name = /^([^[\s]+)/.exec(this.toks[this.at + 1] ?? "")?.[1];
      if (name === undefined) return null;
      params.push(name);
      this.params.add(name);
      this.skipItem();
    }
    const body = this.expr();
    return body === null ? null : { kind: "lam", params, body };
  }

  done(): boolean {
    return this.at >= this.toks.length;
  }
}

/**
 * The unfolding of an interface declaration's text (from `Unfolding:`), if
 * it is a simple one; null otherwise.
 */
export function readUnfolding(
  text: string,
  module: string,
  localIds: ReadonlySet<string>,
): Unfolding | null {
  const body = text
    .replace(/^Unfolding:\s*/, "")
    .replace(/^(?:InlineRule|Core:)\s*\([^)]*\)\s*/, "")
    .replace(/\]\s*$/, "");
  if (body.startsWith("DFun:")) return null;
  const toks = tokenize(body);
  if (toks === null) return null;
  const r = new Reader(toks, module, localIds);
  const e = r.expr();
  return e !== null && r.done() ? e : null;
}
