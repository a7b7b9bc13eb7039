// The miniSTG parser for both dialects: Parsimmon parsers over the tokens of
// ./syntax/lexer.ts. In the `ministg` dialect it accepts exactly the grammar
// of ministg 0.3 (src/Ministg/Parser.hs); `extended` adds what
// docs/dialects.md lists. Errors are LocatedErrors: `file:line:col`, the line
// with a caret, "found X, expected Y".

import P from "parsimmon";
import type {
  Alt,
  Atom,
  Binding,
  Dialect,
  Expr,
  HeapObject,
  Pos,
  Program,
} from "./ast.js";
import { LocatedError, TooDeepError, UserError } from "../errors.js";
import { tokenize, type TokenStream } from "./syntax/token-stream.js";
import {
  type Grammar,
  type Step,
  alt,
  atPos,
  fail,
  failWith,
  many,
  ok,
  run,
  seqMap,
  step,
  tok,
  tokText,
} from "./syntax/token-parsers.js";
import { describeToken, type Token } from "./syntax/lexer.js";

export interface ParseOptions {
  /** Shown in error messages. */
  readonly file: string;
  readonly dialect: Dialect;
}

export function parseStg(text: string, opts: ParseOptions): Program {
  const stream = tokenize(text, opts.file, opts.dialect);
  let reply: P.Reply<Program>;
  try {
    reply = run(grammarFor(opts.dialect), stream.tokens, 0);
  } catch (e) {
    // The parser recurses once per nesting level; only absurdly deep
    // nesting (thousands of levels) exhausts the JavaScript stack.
    if (e instanceof RangeError && /call stack/i.test(e.message))
      throw new TooDeepError(
        `${opts.file}: the program is nested too deeply to parse (thousands of nested let/case/THUNK levels)`,
      );
    throw e;
  }
  return result(reply, stream, text, opts.file);
}

function result(
  reply: P.Reply<Program>,
  stream: TokenStream,
  text: string,
  file: string,
): Program {
  const at = reply.status ? stream.tokens.length - 1 : reply.furthest;
  // The lexer stopped at a bad token: report it once the parser gets there
  // (an earlier syntax error is reported first, as with a lazy lexer).
  if (stream.lexError !== undefined && at >= stream.tokens.length - 1)
    throw stream.lexError;
  if (reply.status) return reply.value;
  const t = stream.tokens[at]!;
  const expected = reply.expected[reply.expected.length - 1] ?? "a token";
  throw new LocatedError(
    { file, line: t.line, column: t.column },
    `found ${describeToken(t)}, expected ${expected}`,
    text,
  );
}

const grammars = new Map<Dialect, P.Parser<Program>>();

function grammarFor(dialect: Dialect): P.Parser<Program> {
  let g = grammars.get(dialect);
  if (g === undefined) {
    g = grammar(dialect === "extended");
    grammars.set(dialect, g);
  }
  return g;
}

// ------------------------------------------------------------ grammar

const isPunct = (t: Token, p: string) => t.kind === "punct" && t.text === p;

function grammar(ext: boolean): P.Parser<Program> {
  const punct = (p: string, context = "") =>
    tok((t) => isPunct(t, p), `\`${p}\`${context}`);
  const kw = (k: string) =>
    tok((t) => t.kind === "kw" && t.text === k, `\`${k}\``);
  const varName = (what: string) => tokText((t) => t.kind === "var", what);
  const isAtomStart = (t: Token) =>
    t.kind === "var" || t.kind === "lit" || (t.kind === "str" && ext);
  const atom = step((ts, i): P.Reply<Atom> => {
    const t = ts[i]!;
    if (!isAtomStart(t)) return fail(i, ["an atom (a variable or a literal)"]);
    return ok(
      i + 1,
      t.kind === "var"
        ? { kind: "var", name: t.text, pos: atPos(t) }
        : { kind: "lit", lit: t.lit!, pos: atPos(t) },
    );
  });
  const atoms = many(atom);
  const vars = many(varName("a variable"));

  // Recursion goes through these, filled in below.
  let exprStep: Step<Expr> = (_ts, i) => fail(i, []);
  const expr: Grammar<Expr> = step((ts, i) => exprStep(ts, i));
  let objectStep: Step<HeapObject> = (_ts, i) => fail(i, []);
  const object: Grammar<HeapObject> = step((ts, i) => objectStep(ts, i));

  const binding = (what: string) =>
    seqMap(
      [varName(what), punct("="), object] as const,
      (name, _eq, obj, pos): Binding => ({ name, object: obj, pos }),
    );
  // Extended, top level only: `x = "text";`, a global Addr# literal.
  const globalLiteral = step((ts, i): P.Reply<HeapObject> => {
    const t = ts[i]!;
    if (!ext || t.kind !== "str") return fail(i, []);
    return ok(i + 1, { kind: "LIT", lit: t.lit!, pos: atPos(t) });
  });
  const topBinding = (what: string) =>
    seqMap(
      [varName(what), punct("="), alt(globalLiteral, object)] as const,
      (name, _eq, obj, pos): Binding => ({ name, object: obj, pos }),
    );

  /** After `{`: `item (; item)* ;? }`, ministg's braces and semicolons. */
  const block = <T>(item: Grammar<T>): Grammar<T[]> => {
    const itemStep = step.of(item);
    return step((ts, i) => {
      const out: T[] = [];
      for (;;) {
        const r = itemStep(ts, i);
        if (!r.status) return r;
        out.push(r.value);
        i = r.index;
        if (isPunct(ts[i]!, ";")) i++;
        else if (!isPunct(ts[i]!, "}")) return fail(i, ["`;` or `}`"]);
        if (isPunct(ts[i]!, "}")) return ok(i + 1, out);
      }
    });
  };

  // Parameters up to `->`; ministg's FUN needs one.
  const funParams = step((ts, i): P.Reply<string[]> => {
    const r = run(vars, ts, i);
    if (!r.status) return r;
    const params = r.value;
    const j = r.index;
    if (params.length === 0 && !ext)
      return fail(j, ["a parameter (ministg's FUN needs at least one)"]);
    if (!isPunct(ts[j]!, "->"))
      return fail(j, [
        params.length === 0 ? "`->`" : "`->` or another parameter",
      ]);
    return ok(j + 1, params);
  });

  /** Arguments; ministg needs at least one (`need` says which). */
  const args = (need: string) =>
    step((ts, i): P.Reply<Atom[]> => {
      const r = run(atoms, ts, i);
      if (r.status && r.value.length === 0 && !ext) return fail(i, [need]);
      return r;
    });

  objectStep = step.of(
    alt<HeapObject>(
      seqMap(
        [
          kw("FUN"),
          punct("("),
          funParams,
          expr,
          punct(")", " closing FUN("),
        ] as const,
        (_k, _o, params, body, _c, pos): HeapObject => ({
          kind: "FUN",
          params,
          body,
          pos,
        }),
      ),
      seqMap(
        [
          kw("PAP"),
          punct("("),
          varName("the function of the PAP (a variable)"),
          args("an argument (ministg's PAP needs at least one)"),
          punct(")", " or another argument"),
        ] as const,
        (_k, _o, fn, as, _c, pos): HeapObject => ({
          kind: "PAP",
          fn,
          args: as,
          pos,
        }),
      ),
      seqMap(
        [
          kw("CON"),
          punct("("),
          tokText((t) => t.kind === "con", "a constructor name"),
          atoms,
          punct(")", " or another argument"),
        ] as const,
        (_k, _o, con, as, _c, pos): HeapObject => ({
          kind: "CON",
          con,
          args: as,
          pos,
        }),
      ),
      seqMap(
        [kw("THUNK"), punct("("), expr, punct(")", " closing THUNK(")] as const,
        (_k, _o, body, _c, pos): HeapObject => ({ kind: "THUNK", body, pos }),
      ),
      seqMap([kw("ERROR")] as const, (_k, pos): HeapObject => ({
        kind: "ERROR",
        pos,
      })),
      failWith("a heap object (FUN, PAP, CON, THUNK or ERROR)"),
    ),
  );

  // `Con x y ->`: the arrow's message depends on whether variables came.
  const conPattern = step((ts, i): P.Reply<{ con: string; vars: string[] }> => {
    const t = ts[i]!;
    if (t.kind !== "con") return fail(i, ["a constructor"]);
    const r = run(vars, ts, i + 1);
    if (!r.status) return r;
    const j = r.index;
    if (!isPunct(ts[j]!, "->"))
      return fail(j, [
        r.value.length === 0
          ? "`->` or a variable"
          : "`->` or another variable",
      ]);
    return ok(j + 1, { con: t.text, vars: r.value });
  });
  const arrow = punct("->");
  const noAlt = ext
    ? "an alternative (`Con x ... ->`, `literal ->` or `x ->`)"
    : "an alternative (`Con x ... ->` or `x ->`)";
  const caseAlt = alt<Alt>(
    seqMap([conPattern, expr] as const, (c, body, pos): Alt => ({
      kind: "con",
      con: c.con,
      vars: c.vars,
      body,
      pos,
    })),
    seqMap(
      [varName("a variable"), arrow, expr] as const,
      (binder, _a, body, pos): Alt => ({ kind: "default", binder, body, pos }),
    ),
    ...(ext
      ? [
          seqMap(
            [
              tok((t) => t.lit !== undefined, "a literal"),
              arrow,
              expr,
            ] as const,
            (t, _a, body, pos): Alt => ({
              kind: "lit",
              lit: t.lit!,
              body,
              pos,
            }),
          ),
          failWith<Alt>(noAlt),
        ]
      : [
          step((ts, i) =>
            fail(i, [
              ts[i]!.kind === "lit"
                ? "a constructor or variable pattern (literal alternatives need the extended dialect)"
                : noAlt,
            ]),
          ),
        ]),
  );

  const letExpr = seqMap(
    [
      tokText(
        (t) => t.kind === "kw" && (t.text === "let" || t.text === "letrec"),
        "`let`",
      ),
      punct("{"),
      block(binding("a binding `name = object`")),
      kw("in"),
      expr,
    ] as const,
    (k, _o, binds, _in, body, pos): Expr => ({
      kind: "let",
      rec: k === "letrec",
      binds,
      body,
      pos,
    }),
  );
  const caseExpr = seqMap(
    [kw("case"), expr, kw("of"), punct("{"), block(caseAlt)] as const,
    (_k, scrutinee, _of, _o, alts, pos): Expr => ({
      kind: "case",
      scrutinee,
      alts,
      pos,
    }),
  );
  const stackExpr = seqMap(
    [
      kw("stack"),
      tok((t) => t.kind === "str", 'a string label `"..."`'),
      expr,
    ] as const,
    (_k, t, body, pos): Expr => ({ kind: "stack", label: t.label!, body, pos }),
  );
  const appExpr = seqMap(
    [varName("a variable"), atoms] as const,
    (fn, as, pos): Expr =>
      as.length === 0
        ? { kind: "atom", atom: { kind: "var", name: fn, pos }, pos }
        : { kind: "app", fn, args: as, pos },
  );
  const atomExpr = seqMap([atom] as const, (a, pos): Expr => ({
    kind: "atom",
    atom: a,
    pos,
  }));
  const primExpr = seqMap(
    [
      tokText((t) => t.kind === "prim", "a primop"),
      args("an argument of the primop"),
    ] as const,
    (op, as, pos): Expr => ({ kind: "primop", op, args: as, pos }),
  );
  const noExpr = failWith<Expr>(
    ext
      ? "an expression (atom, application, primop, let, letrec, case or stack)"
      : "an expression (atom, application, primop, let, case or stack)",
  );
  // LL(1): the first token picks the production, which keeps the JavaScript
  // stack shallow per nesting level.
  const app = step.of(appExpr);
  const atomE = step.of(atomExpr);
  const prim = step.of(primExpr);
  const letE = step.of(letExpr);
  const caseE = step.of(caseExpr);
  const stackE = step.of(stackExpr);
  const none = step.of(noExpr);
  exprStep = (ts, i) => {
    const t = ts[i]!;
    switch (t.kind) {
      case "var":
        return app(ts, i);
      case "lit":
        return atomE(ts, i);
      case "str":
        return ext ? atomE(ts, i) : none(ts, i);
      case "prim":
        return prim(ts, i);
      case "kw":
        switch (t.text) {
          case "let":
          case "letrec":
            return letE(ts, i);
          case "case":
            return caseE(ts, i);
          case "stack":
            return stackE(ts, i);
        }
        return none(ts, i);
      default:
        return none(ts, i);
    }
  };

  const endOrSemi = step((ts, i): P.Reply<null> => {
    const t = ts[i]!;
    if (isPunct(t, ";")) return ok(i + 1, null);
    if (t.kind === "eof") return ok(i, null);
    return fail(i, ["`;` or end of file"]);
  });
  return seqMap(
    [
      many(
        seqMap(
          [
            topBinding("a top-level binding `name = object` or end of file"),
            endOrSemi,
          ] as const,
          (b) => b,
        ),
      ),
      tok(
        (t) => t.kind === "eof",
        "a top-level binding `name = object` or end of file",
      ),
    ] as const,
    (bindings): Program => ({ bindings }),
  );
}

export { stripPositions } from "./syntax/strip-positions.js";
