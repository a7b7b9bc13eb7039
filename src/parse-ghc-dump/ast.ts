// The GHC-STG abstract syntax: what `ghc -ddump-stg-final` / `-ddump-stg`
// prints, with the annotations GHC prints kept as opaque text where a later
// stage might want them, and source positions in the dump file.
import type { InterfaceDataTypes } from "./interface-data-types.js";

export interface SrcPos {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
}

/**
 * A name as printed. `module` is the qualifying module (`GHC.Base`) or null
 * for unqualified names (locals and non-exported top-levels, which carry a
 * unique suffix such as `_s1DH`, and built-in syntax such as `:`).
 * `occ` is the occurrence name (`map`, `$fNumInt`, `:`, `[]`, `(,)`, `I#`).
 * `text` is the name exactly as printed.
 */
export interface Name {
  readonly text: string;
  readonly module: string | null;
  readonly occ: string;
  readonly pos: SrcPos;
}

export type Literal =
  | { readonly kind: "int"; readonly value: bigint; readonly size?: number } // 1#, -1#, 9.2+: 1#8
  | { readonly kind: "word"; readonly value: bigint; readonly size?: number } // 17##
  | { readonly kind: "double"; readonly value: number; readonly text: string } // 2.5##
  | { readonly kind: "float"; readonly value: number; readonly text: string } // 1.5#
  | { readonly kind: "char"; readonly value: number } // 'q'# as a code point
  /** Addr# string literal, decoded to bytes (escapes, gaps and \NNN undone). */
  | { readonly kind: "string"; readonly bytes: readonly number[] }
  | { readonly kind: "null" } // __NULL
  | {
      readonly kind: "label";
      readonly label: string;
      readonly labelKind: string;
    } // __label "free" (function)
  | { readonly kind: "rubbish"; readonly text: string }; // __RUBBISH / __RUBBISH(lifted)

export type Arg =
  | { readonly kind: "var"; readonly name: Name }
  | { readonly kind: "lit"; readonly lit: Literal; readonly pos: SrcPos };

/** A binder occurrence in a lambda, case alternative or case binder. */
export interface Binder {
  readonly name: Name; // `_` for dead binders printed bare
  readonly info: string | null; // the `[Occ=Once1]` text, without brackets
}

export type Expr =
  | {
      readonly kind: "app"; // f a1 ... an (n >= 0): StgApp
      readonly fn: Name;
      readonly args: readonly Arg[];
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "conApp"; // C [a1 ... an]: StgConApp
      readonly con: Name;
      readonly conNumber?: number; // 9.4+ -fdistinct-constructor-tables
      readonly args: readonly Arg[];
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "primApp"; // +# [a b]: StgOpApp (StgPrimOp)
      readonly op: string;
      readonly args: readonly Arg[];
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "foreignCall"; // __ffi_static_ccall_unsafe main:sin :: [..]
      readonly callee: string; // the text between __ffi_… and ::
      readonly convention: string; // e.g. __ffi_static_ccall_unsafe
      readonly args: readonly Arg[];
      readonly pos: SrcPos;
    }
  | { readonly kind: "lit"; readonly lit: Literal; readonly pos: SrcPos }
  | {
      readonly kind: "let";
      readonly noEscape: boolean; // let-no-escape
      readonly binds: BindGroup;
      readonly body: Expr;
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "case";
      readonly scrutinee: Expr;
      readonly binder: Binder | null; // omitted when dead
      readonly alts: readonly Alt[];
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "tick"; // hpc<...>, src<...>, scc<...>, ...
      readonly tick: string;
      readonly body: Expr;
      readonly pos: SrcPos;
    };

export type AltCon =
  | { readonly kind: "default" } // __DEFAULT
  | { readonly kind: "con"; readonly con: Name }
  | { readonly kind: "lit"; readonly lit: Literal };

export interface Alt {
  readonly con: AltCon;
  readonly binders: readonly Binder[];
  readonly body: Expr;
  readonly pos: SrcPos;
}

export type Rhs =
  | {
      readonly kind: "closure";
      readonly ccs: string | null; // only with -prof
      readonly freeVars: readonly Name[] | null; // absent in -ddump-stg
      readonly updateFlag: "r" | "u" | "s"; // \r re-entrant, \u updatable, \s single-entry
      readonly params: readonly Binder[];
      readonly body: Expr;
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "con"; // CCS_DONT_CARE GHC.Types.I#! [10#]
      readonly ccs: string;
      readonly con: Name;
      readonly conNumber?: number;
      readonly args: readonly Arg[];
      readonly pos: SrcPos;
    }
  | {
      readonly kind: "lit"; // top-level string literal: "Hello"#
      readonly lit: Literal;
      readonly pos: SrcPos;
    };

export interface Binding {
  readonly name: Name;
  readonly binderInfo: string | null; // text of the [...] after the name
  readonly type: string; // kept as text
  readonly idInfo: string; // text inside the IDINFO brackets: "GblId, Arity=1, ..."
  readonly rhs: Rhs;
  readonly pos: SrcPos;
}

export type BindGroup =
  | { readonly kind: "nonrec"; readonly bind: Binding }
  | { readonly kind: "rec"; readonly binds: readonly Binding[] };

/** One module's dump (one `==================== ... ====================` section). */
export interface Module {
  readonly title: string; // "Final STG:" or "STG:"
  readonly timestamp: string | null;
  readonly bindings: readonly BindGroup[];
  readonly pos: SrcPos;
  /**
   * The module the section belongs to, from its qualified top-level binders
   * (`Main`, `M01Arith`); null when none is qualified. Set by the parser.
   */
  readonly name?: string | null;
}

/** A dump file: one or more module sections. */
export interface Dump {
  readonly file: string;
  readonly modules: readonly Module[];
  /**
   * The data types of the dumped modules, read from GHC's interface dumps
   * (`-ddump-hi`) when the pipeline has them: STG itself does not declare
   * them, and `dataToTag#` needs constructor order.
   */
  readonly dataTypes?: readonly InterfaceDataTypes[];
}
