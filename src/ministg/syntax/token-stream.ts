// The whole token sequence of a miniSTG text, for the Parsimmon grammar in
// ../parse.ts. The lexer throws at the first bad token; that error is kept
// and reported only if the parser gets that far, so an earlier syntax error
// still wins (as it would with a lexer pulled token by token).

import type { Dialect } from "../ast.js";
import { LocatedError } from "../../errors.js";
import { lexer, type Token } from "./lexer.js";

export interface TokenStream {
  /** Ends with an `eof` token (standing in for the bad token on a lex error). */
  readonly tokens: readonly Token[];
  readonly lexError: LocatedError | undefined;
}

export function tokenize(
  text: string,
  file: string,
  dialect: Dialect,
): TokenStream {
  const tokens: Token[] = [];
  let lexError: LocatedError | undefined;
  try {
    const lx = lexer(text, file, dialect);
    const t = lx.token;
    for (;;) {
      // The lexer reuses its token object: copy it.
      tokens.push({
        kind: t.kind,
        text: t.text,
        line: t.line,
        column: t.column,
        lit: t.lit,
        label: t.label,
      });
      if (t.kind === "eof") break;
      lx.advance();
    }
  } catch (e) {
    if (!(e instanceof LocatedError)) throw e;
    lexError = e;
    const last = tokens[tokens.length - 1];
    tokens.push({
      kind: "eof",
      text: "",
      line: last?.line ?? 1,
      column: last?.column ?? 1,
      lit: undefined,
      label: undefined,
    });
  }
  return { tokens, lexError };
}
