// The miniSTG abstract syntax, shared by the miniSTG parser, the printer, the
// lowering from GHC STG and the interpreter. One AST serves both dialects:
// the `ministg` dialect is the subset that Bernie Pope's ministg accepts
// (see docs/dialects.md); `checkMinistgDialect` decides membership.

/** Where a node came from in a source file (1-based line and column). */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export type Dialect = "ministg" | "extended";

// ---------------------------------------------------------------- literals

/**
 * An unboxed literal.
 * - `int`: Int# (ministg: non-negative only). Held as bigint so values beyond
 *   2^53 survive; the interpreter picks its own runtime representation.
 * - `word`: Word# (extended), printed `17w`.
 * - `integer`: an unboxed big integer (extended), the payload of Integer,
 *   printed `123n`.
 * - `double`: Double# (extended), printed with a `.` or exponent: `2.5`.
 * - `float`: Float# (extended), printed `2.5f`.
 * - `char`: Char# (extended) as a Unicode code point, printed `'a'`.
 * - `string`: Addr# byte string (extended): each element of `bytes` is 0..255,
 *   printed `"..."` with escapes.
 */
export type Literal =
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "word"; readonly value: bigint }
  | { readonly kind: "integer"; readonly value: bigint }
  | { readonly kind: "double"; readonly value: number }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "char"; readonly value: number }
  | { readonly kind: "string"; readonly bytes: readonly number[] };

// ---------------------------------------------------------------- atoms

export type Atom =
  | { readonly kind: "var"; readonly name: string; readonly pos?: Pos }
  | { readonly kind: "lit"; readonly lit: Literal; readonly pos?: Pos };

// ---------------------------------------------------------------- expressions

export type Expr =
  /** An atom on its own: `x`, `3`. */
  | { readonly kind: "atom"; readonly atom: Atom; readonly pos?: Pos }
  /** A function application `f a1 ... an` (n >= 1). */
  | {
      readonly kind: "app";
      readonly fn: string;
      readonly args: readonly Atom[];
      readonly pos?: Pos;
    }
  /** A saturated primop application `plus# a b`. */
  | {
      readonly kind: "primop";
      readonly op: string;
      readonly args: readonly Atom[];
      readonly pos?: Pos;
    }
  /**
   * `let { b1; ...; bn } in e`. Non-recursive (`rec: false`): a chain, each
   * binding sees the ones before it (ministg's meaning). Recursive
   * (`rec: true`, extended only, printed `letrec`): all bindings see each other.
   */
  | {
      readonly kind: "let";
      readonly rec: boolean;
      readonly binds: readonly Binding[];
      readonly body: Expr;
      readonly pos?: Pos;
    }
  | {
      readonly kind: "case";
      readonly scrutinee: Expr;
      readonly alts: readonly Alt[];
      readonly pos?: Pos;
    }
  /** ministg's call-stack annotation `stack "name" e`. */
  | {
      readonly kind: "stack";
      readonly label: string;
      readonly body: Expr;
      readonly pos?: Pos;
    };

export type Alt =
  /** `C x1 ... xn -> e` */
  | {
      readonly kind: "con";
      readonly con: string;
      readonly vars: readonly string[];
      readonly body: Expr;
      readonly pos?: Pos;
    }
  /** `3 -> e`, `'a' -> e` (extended only) */
  | {
      readonly kind: "lit";
      readonly lit: Literal;
      readonly body: Expr;
      readonly pos?: Pos;
    }
  /** `x -> e`: matches anything, binding the value to x. */
  | {
      readonly kind: "default";
      readonly binder: string;
      readonly body: Expr;
      readonly pos?: Pos;
    };

// ---------------------------------------------------------------- heap objects

export type HeapObject =
  | {
      readonly kind: "FUN";
      readonly params: readonly string[];
      readonly body: Expr;
      readonly pos?: Pos;
    }
  | {
      readonly kind: "PAP";
      readonly fn: string;
      readonly args: readonly Atom[];
      readonly pos?: Pos;
    }
  | {
      readonly kind: "CON";
      readonly con: string;
      readonly args: readonly Atom[];
      readonly pos?: Pos;
    }
  | { readonly kind: "THUNK"; readonly body: Expr; readonly pos?: Pos }
  | { readonly kind: "ERROR"; readonly pos?: Pos }
  /**
   * A global literal (extended dialect, top level only): `x = "text";`. GHC
   * allows exactly one kind of unlifted top-level binding, an Addr# string
   * literal (`GHC.Show.showList__4 = "[]"#`); `x` then stands for that
   * literal wherever it is used, as the literal itself would.
   */
  | { readonly kind: "LIT"; readonly lit: Literal; readonly pos?: Pos };

export interface Binding {
  readonly name: string;
  readonly object: HeapObject;
  readonly pos?: Pos;
}

/** A whole program: top-level bindings, all mutually recursive. */
export interface Program {
  readonly bindings: readonly Binding[];
}
