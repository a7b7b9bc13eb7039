// What the ministg-dialect pass's converter (convert.ts) and its
// lambda-lifter (lift.ts) share: scopes, wraps, atoms, and the converter's
// face the lifter calls back into. Its own module so that the two do not
// import each other.
import type { Atom, Binding, Expr, HeapObject } from "../ministg/ast.js";
import type { NameSupply } from "./fresh.js";
import type { StaticStrings } from "./strings.js";

/** What every binding's conversion shares. */
export interface PassContext {
  readonly names: NameSupply;
  readonly strings: StaticStrings;
}

/** Local variables in scope. */
export type Scope = ReadonlySet<string>;

/** Code to run before an expression: `case sub# 0 5 of { neg -> [] }`. */
export type Wrap = (body: Expr) => Expr;

export const intAtom = (value: bigint | number): Atom => ({
  kind: "lit",
  lit: { kind: "int", value: BigInt(value) },
});
export const varAtom = (name: string): Atom => ({ kind: "var", name });

export function extend(scope: Scope, names: readonly string[]): Scope {
  if (names.length === 0) return scope;
  const out = new Set(scope);
  for (const n of names) out.add(n);
  return out;
}

export function wrapAll(wraps: readonly Wrap[], e: Expr): Expr {
  return wraps.reduceRight((body, w) => w(body), e);
}

/** What the lifter needs of the converter of one top-level binding. */
export interface ObjectConverter {
  readonly ctx: PassContext;
  /** The top-level binding being converted (names lifted functions). */
  readonly top: string;
  /** Top-level bindings made while converting. */
  readonly lifted: Binding[];
  object(o: HeapObject, scope: Scope, wraps: Wrap[]): HeapObject;
  expr(e: Expr, scope: Scope): Expr;
}
