// Small helpers for the miniSTG syntax tests.
import { expect } from "vitest";
import type {
  Dialect,
  Expr,
  HeapObject,
  Program,
} from "../../../src/ministg/ast.js";
import { parseStg, stripPositions } from "../../../src/ministg/parse.js";
import { LocatedError } from "../../../src/errors.js";

export function parse(text: string, dialect: Dialect = "ministg"): Program {
  return stripPositions(parseStg(text, { file: "t.stg", dialect }));
}

/** The body of `m = THUNK(<text>)`, positions stripped. */
export function parseExpr(text: string, dialect: Dialect = "ministg"): Expr {
  const o = parseObject(`THUNK(${text})`, dialect);
  if (o.kind !== "THUNK") throw new Error("not a thunk");
  return o.body;
}

/** The object of `m = <text>`, positions stripped. */
export function parseObject(
  text: string,
  dialect: Dialect = "ministg",
): HeapObject {
  return parse(`m = ${text}`, dialect).bindings[0]!.object;
}

/** The LocatedError parsing `text` throws. */
export function parseError(
  text: string,
  dialect: Dialect = "ministg",
  file = "t.stg",
): LocatedError {
  try {
    parseStg(text, { file, dialect });
  } catch (e) {
    expect(e).toBeInstanceOf(LocatedError);
    return e as LocatedError;
  }
  throw new Error(`expected a parse error for ${JSON.stringify(text)}`);
}

export const v = (name: string) => ({ kind: "var", name }) as const;
export const int = (n: bigint) =>
  ({ kind: "lit", lit: { kind: "int", value: n } }) as const;
export const atomE = (a: ReturnType<typeof v> | ReturnType<typeof int>) =>
  ({ kind: "atom", atom: a }) as const;
