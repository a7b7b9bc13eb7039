// The grammar of GHC's STG dumps (`-ddump-stg-final`, `-ddump-stg`), GHC
// 8.10 to 9.6, following ../../../shared/reference/ghc-stg-dump-syntax.md.
// Layout is ignored. Alternatives are chosen by looking at the next token
// (`dispatch`) rather than by backtracking, which keeps it fast.
import P from "parsimmon";
import type {
  Alt,
  AltCon,
  Arg,
  BindGroup,
  Binder,
  Binding,
  Expr,
  Literal,
  Module,
  Name,
  Rhs,
  SrcPos,
} from "./ast.js";
import {
  bracketed,
  dispatch,
  fail,
  keyword,
  ok,
  type Parser,
  pos,
  positionAt,
  skipSpace,
  spaces,
  sym,
  textToken,
  token,
} from "./lexeme.js";
import { between, many, map, sepBy, seqMap } from "./combinators.js";
import { LITERAL, literalFromMatch } from "./literals.js";
import {
  isConstructorName,
  makeName,
  NAME,
  PAREN_NAME,
  withoutTag,
} from "./names.js";

// ---------------------------------------------------------------- tokens

/** Words that end an application's argument list rather than being arguments. */
const NOT_AN_ARGUMENT = new Set(["of", "in", "->", "=", "::"]);

const name: Parser<Name> = textToken(NAME, "a name", (text, start, input) =>
  makeName(withoutTag(text), positionAt(input, start)),
);

/** A name that is not one of the reserved words (rejected where it starts). */
function nameExcept(expected: string): Parser<Name> {
  return textToken(NAME, expected, (text, start, input) => {
    const t = withoutTag(text);
    return NOT_AN_ARGUMENT.has(t)
      ? null
      : makeName(t, positionAt(input, start));
  });
}

/** A binding's name; operators are parenthesised there: `(M.:+:)`. */
const bindingName: Parser<Name> = token(
  new RegExp(`${PAREN_NAME.source}|${NAME.source}`, "y"),
  "a binding",
  (m, start, input) =>
    makeName(m[1] ?? m[2]!, positionAt(input, start + (m[1] ? 1 : 0))),
);

const literal: Parser<Literal> = token(LITERAL, "a literal", (m) =>
  literalFromMatch(m),
);

/** Whether a literal may start at `c` (a cheap test before the regexp). */
function mayStartLiteral(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    c === 45 || // -
    c === 39 || // '
    c === 34 || // "
    c === 95 || // _ (__NULL, __label, __RUBBISH)
    c === 73 || // I (Infinity##, constant-folded)
    c === 78 // N (NaN##)
  );
}

/** Whether a literal starts at `i`. */
function startsLiteral(input: string, i: number): boolean {
  if (!mayStartLiteral(input.charCodeAt(i))) return false;
  LITERAL.lastIndex = i;
  return LITERAL.test(input);
}

const WANT_LITERAL = ["a well-formed literal"];
const WANT_ARGUMENT = ["an argument"];
const WANT_STRING_END = ["a string literal ending in '\"#'"];

/** A literal or a variable, as in `f x 1#` or `[x 1#]`. */
const atom: Parser<Arg> = P<Arg>((input, i) => {
  if (mayStartLiteral(input.charCodeAt(i))) {
    LITERAL.lastIndex = i;
    const lm = LITERAL.exec(input);
    if (lm !== null) {
      const lit = literalFromMatch(lm);
      if (lit === null) return fail(i, WANT_LITERAL);
      const arg: Arg = { kind: "lit", lit, pos: positionAt(input, i) };
      return ok(skipSpace(input, i + lm[0].length), arg);
    }
  }
  if (input.charCodeAt(i) === 34 /* " */) return fail(i, WANT_STRING_END);
  NAME.lastIndex = i;
  if (!NAME.test(input)) return fail(i, WANT_ARGUMENT);
  const end = NAME.lastIndex;
  const text = withoutTag(input.slice(i, end));
  if (NOT_AN_ARGUMENT.has(text)) return fail(i, WANT_ARGUMENT);
  const arg: Arg = { kind: "var", name: makeName(text, positionAt(input, i)) };
  return ok(skipSpace(input, end), arg);
});

/** `[a b c]`: the arguments of a constructor, primop or foreign call. */
const argList: Parser<Arg[]> = between(sym("["), many(atom), sym("]"));

/** Optional `[...]` annotation text after a binder. */
const binderInfo: Parser<string | null> = dispatch("binder info", (input, i) =>
  input.charCodeAt(i) === 91 ? bracketed : NO_INFO,
);
const NO_INFO: Parser<string | null> = P.succeed(null);

/** `x_s1 [Occ=Once1]`: a binder with optional info; never `->`. */
const binder: Parser<Binder> = seqMap(
  [nameExcept("a binder"), binderInfo],
  (n, info) => ({ name: n, info }),
);

/** 9.4+ `-fdistinct-constructor-tables` prints a constructor number. */
const conNumber: Parser<number> = token(
  /#?(\d+)(?=\s)/y,
  "a constructor number",
  (m) => Number(m[1]),
);

// ----------------------------------------------------------- expressions

const expr: Parser<Expr> = P.lazy(() => exprDispatch);

/** What follows an expression's head name. */
type HeadTail =
  | { readonly kind: "bracket"; readonly args: Arg[] }
  | { readonly kind: "numbered"; readonly num: number; readonly args: Arg[] }
  | { readonly kind: "plain"; readonly args: Arg[] };

const headTail: Parser<HeadTail> = dispatch("arguments", (input, i) => {
  const c = input.charCodeAt(i);
  if (c === 91) return bracketTail;
  if ((c >= 48 && c <= 57) || c === 35) {
    NUMBERED.lastIndex = i;
    if (NUMBERED.test(input)) return numberedTail;
  }
  return plainTail;
});
const NUMBERED = /#?\d+\s+\[/y;
const bracketTail: Parser<HeadTail> = map(argList, (args) => ({
  kind: "bracket",
  args,
}));
const numberedTail: Parser<HeadTail> = seqMap(
  [conNumber, argList],
  (num, args) => ({ kind: "numbered", num, args }),
);
const plainTail: Parser<HeadTail> = map(many(atom), (args) => ({
  kind: "plain",
  args,
}));

/** Application, constructor application or primop call, by its head. */
const head: Parser<Name> = nameExcept("an expression");
const headed: Parser<Expr> = seqMap([pos, head, headTail], (p, fn, tail) => {
  switch (tail.kind) {
    case "plain":
      return { kind: "app", fn, args: tail.args, pos: p };
    case "numbered":
      return {
        kind: "conApp",
        con: fn,
        conNumber: tail.num,
        args: tail.args,
        pos: p,
      };
    case "bracket":
      return isConstructorName(fn)
        ? { kind: "conApp", con: fn, args: tail.args, pos: p }
        : { kind: "primApp", op: fn.text, args: tail.args, pos: p };
    default: {
      const never: never = tail;
      return never;
    }
  }
});

/** `__ffi_static_ccall_unsafe main:sin :: [args]` (and older/other forms). */
const FOREIGN =
  /(__ffi_\w+|__pkg_ccall\w*|__primcall)\s+([^[\];{}]*?)\s*(?:::\s*)?(?=\[)/y;
const foreignCall: Parser<Expr> = seqMap(
  [
    pos,
    token(FOREIGN, "a foreign call", (m) => ({
      convention: m[1]!,
      callee: m[2]!,
    })),
    argList,
  ],
  (p, f, args) => ({ kind: "foreignCall", ...f, args, pos: p }),
);

const literalExpr: Parser<Expr> = seqMap([pos, literal], (p, lit) => ({
  kind: "lit",
  lit,
  pos: p,
}));

/** `hpc<m,1>`, `src<f.hs:1:2-3>`, `scc<cc>`, `tick<cc>`, `scctick<cc>`, `break<n>(vs)`. */
const TICK = /(?:hpc|src|scc|tick|scctick|break)<[^>\n]*>(?:\([^()\n]*\))?/y;
const tickText: Parser<string> = token(TICK, "a tick", (m) => m[0]);

const tickExpr: Parser<Expr> = seqMap(
  [pos, tickText, expr],
  (p, tick, body) => ({ kind: "tick", tick, body, pos: p }),
);

/** `let {` or `let-no-escape {`; true for the latter. */
const letOpen: Parser<boolean> = token(
  /let(-no-escape)?\s*\{/y,
  "'let {'",
  (m) => m[1] !== undefined,
);

interface LetPrefix {
  readonly noEscape: boolean;
  readonly binds: BindGroup;
  readonly pos: SrcPos;
}
const letPrefix: Parser<LetPrefix> = seqMap(
  [pos, letOpen, P.lazy(() => bindGroup), sym("}"), keyword("in")],
  (p, noEscape, binds) => ({ noEscape, binds, pos: p }),
);

// A chain `let {..} in let {..} in e` is read as a loop, not by recursion,
// so long chains cannot exhaust the JavaScript stack.
const letExpr: Parser<Expr> = seqMap(
  [letPrefix, many(letPrefix), expr],
  (first, more, body) =>
    [first, ...more].reduceRight<Expr>(
      (acc, l) => ({
        kind: "let",
        noEscape: l.noEscape,
        binds: l.binds,
        body: acc,
        pos: l.pos,
      }),
      body,
    ),
);

const altCon: Parser<AltCon> = dispatch("a case alternative", (input, i) => {
  if (input.startsWith("__DEFAULT", i)) return defaultCon;
  if (startsLiteral(input, i)) return litCon;
  return conCon;
});
const defaultCon: Parser<AltCon> = map(keyword("__DEFAULT"), () => ({
  kind: "default",
}));
const litCon: Parser<AltCon> = map(literal, (lit) => ({ kind: "lit", lit }));
const conCon: Parser<AltCon> = map(nameExcept("a case alternative"), (con) => ({
  kind: "con",
  con,
}));

const alt: Parser<Alt> = seqMap(
  [pos, altCon, many(binder), sym("->"), expr, sym(";")],
  (p, con, binders, _arrow, body) => ({ con, binders, body, pos: p }),
);

const caseBinder: Parser<Binder | null> = dispatch(
  "a case binder or '{'",
  (input, i) => (input.charCodeAt(i) === 123 ? NO_BINDER : binder),
);
const NO_BINDER: Parser<Binder | null> = P.succeed(null);

const caseExpr: Parser<Expr> = seqMap(
  [
    pos,
    keyword("case"),
    expr,
    keyword("of"),
    caseBinder,
    sym("{"),
    many(alt),
    sym("}"),
  ],
  (p, _case, scrutinee, _of, b, _open, alts) => ({
    kind: "case",
    scrutinee,
    binder: b,
    alts,
    pos: p,
  }),
);

function startsWithWord(input: string, i: number, word: string): boolean {
  if (!input.startsWith(word, i)) return false;
  const c = input.charCodeAt(i + word.length);
  return !(c > 32 && !STOP_CHARS.has(c));
}
const STOP_CHARS = new Set([...'{}[];,()"'].map((c) => c.charCodeAt(0)));

const exprDispatch: Parser<Expr> = dispatch("an expression", (input, i) => {
  const c = input.charCodeAt(i);
  if (c === 108 /* l */ && input.startsWith("let", i)) {
    LET_AHEAD.lastIndex = i;
    if (LET_AHEAD.test(input)) return letExpr;
  }
  if (c === 99 /* c */ && startsWithWord(input, i, "case")) return caseExpr;
  if (
    c === 95 /* _ */ &&
    (input.startsWith("__ffi_", i) ||
      input.startsWith("__pkg_ccall", i) ||
      input.startsWith("__primcall", i))
  )
    return foreignCall;
  if (c === 104 || c === 115 || c === 116 || c === 98) {
    TICK.lastIndex = i;
    if (TICK.test(input)) return tickExpr;
  }
  if (startsLiteral(input, i)) return literalExpr;
  if (c === 59 || c === 125 || c === 93 || Number.isNaN(c)) return null; // ; } ] or end
  return headed;
});
const LET_AHEAD = /let(?:-no-escape)?\s*\{/y;

// ------------------------------------------------------------- bindings

/** `{a, b}` free variables (absent in -ddump-stg and with -dsuppress-stg-exts). */
const freeVars: Parser<Name[] | null> = dispatch("'{'", (input, i) =>
  input.charCodeAt(i) === 123 ? freeVarList : NO_FREE_VARS,
);
const freeVarList: Parser<Name[] | null> = between(
  sym("{"),
  sepBy(name, sym(",")),
  sym("}"),
);
const NO_FREE_VARS: Parser<Name[] | null> = P.succeed(null);

const updateFlag: Parser<"r" | "u" | "s"> = token(
  /\\([rus])(?![^\s[])/y,
  "an update flag (\\r, \\u or \\s)",
  (m) => m[1] as "r" | "u" | "s",
);

function closure(ccs: string | null): Parser<Rhs> {
  return seqMap(
    [
      pos,
      freeVars,
      updateFlag,
      between(sym("["), many(binder), sym("]")),
      expr,
    ],
    (p, fvs, flag, params, body) => ({
      kind: "closure",
      ccs,
      freeVars: fvs,
      updateFlag: flag,
      params,
      body,
      pos: p,
    }),
  );
}
const plainClosure = closure(null);

/** `Con!` in a constructor right-hand side: exactly one `!` is stripped. */
const bangedCon: Parser<Name> = textToken(
  NAME,
  "a constructor followed by '!'",
  (text, start, input) =>
    text.length > 1 && text.endsWith("!")
      ? makeName(text.slice(0, -1), positionAt(input, start))
      : null,
);

const CCS = /[^\s{}\\[\];]+/y;
const ccs: Parser<string> = token(CCS, "a cost-centre stack", (m) => m[0]);

/** After a cost-centre stack: a closure (with -prof) or a constructor. */
type CcsTail =
  | { readonly kind: "closure"; readonly rhs: Rhs }
  | {
      readonly kind: "con";
      readonly num: number | null;
      readonly con: Name;
      readonly args: Arg[];
    };

const conTail: Parser<CcsTail> = seqMap(
  [
    dispatch("a constructor", (input, i) => {
      NUMBERED_CON.lastIndex = i;
      return NUMBERED_CON.test(input) ? conNumber : NO_NUMBER;
    }),
    bangedCon,
    argList,
  ],
  (num, con, args) => ({ kind: "con", num, con, args }),
);
const ccsTail: Parser<CcsTail> = dispatch(
  "a closure or constructor",
  (input, i) => {
    const c = input.charCodeAt(i);
    return c === 123 || c === 92 ? closureTail : conTail;
  },
);
const closureTail: Parser<CcsTail> = map(plainClosure, (rhs) => ({
  kind: "closure",
  rhs,
}));

const ccsRhs: Parser<Rhs> = seqMap([pos, ccs, ccsTail], (p, cc, tail) => {
  if (tail.kind === "closure") return { ...tail.rhs, ccs: cc } as Rhs;
  return tail.num === null
    ? { kind: "con", ccs: cc, con: tail.con, args: tail.args, pos: p }
    : {
        kind: "con",
        ccs: cc,
        con: tail.con,
        conNumber: tail.num,
        args: tail.args,
        pos: p,
      };
});

const NUMBERED_CON = /#?\d+\s/y;
const NO_NUMBER: Parser<number | null> = P.succeed(null);

const literalRhs: Parser<Rhs> = seqMap([pos, literal], (p, lit) => ({
  kind: "lit",
  lit,
  pos: p,
}));

const rhs: Parser<Rhs> = dispatch("a right-hand side", (input, i) => {
  const c = input.charCodeAt(i);
  if (c === 123 || c === 92) return plainClosure;
  if (startsLiteral(input, i)) return literalRhs;
  if (c === 59 || Number.isNaN(c)) return null;
  return ccsRhs;
});

/**
 * A type, kept as text: everything up to the IdInfo (`[GblId…`/`[LclId…`)
 * or, when GHC omitted that, up to the binding's `=`.
 */
const typeText: Parser<string> = token(
  /([\s\S]*?)(?=\[(?:GblId|LclId)\b|(?<!\S)=(?!\S))/y,
  "a type",
  (m) => m[1]!.trim().replace(/\s+/g, " "),
);
const optionalType: Parser<string> = dispatch("'::'", (input, i) =>
  input.startsWith("::", i) ? typeAnnotation : NO_TYPE,
);
const NO_TYPE: Parser<string> = P.succeed("");
const typeAnnotation: Parser<string> = seqMap(
  [sym("::"), typeText],
  (_c, t) => t,
);

const ID_INFO_START = /^(?:GblId|LclId)\b/;

const binding: Parser<Binding> = seqMap(
  [
    pos,
    bindingName,
    many(bracketed),
    optionalType,
    many(bracketed),
    sym("="),
    rhs,
    sym(";"),
  ],
  (p, n, before, type, after, _eq, r) => {
    // Without a type, binder info and IdInfo are told apart by their text.
    const groups = [...before, ...after];
    const idInfo = groups.filter((g) => ID_INFO_START.test(g));
    const info = groups.filter((g) => !ID_INFO_START.test(g));
    return {
      name: n,
      binderInfo: info.length === 0 ? null : info.join(", "),
      type,
      idInfo: idInfo.join(", "),
      rhs: r,
      pos: p,
    };
  },
);

const recOpen = token(/Rec\s*\{/y, "'Rec {'", () => true);
const recClose = token(/end\s+Rec\s*\}/y, "'end Rec }'", () => true);

const recGroup: Parser<BindGroup> = map(
  between(recOpen, many(binding), recClose),
  (binds) => ({ kind: "rec", binds }),
);
const nonRecGroup: Parser<BindGroup> = map(binding, (bind) => ({
  kind: "nonrec",
  bind,
}));

const bindGroup: Parser<BindGroup> = dispatch("a binding", (input, i) => {
  if (input.startsWith("Rec", i)) {
    REC_AHEAD.lastIndex = i;
    if (REC_AHEAD.test(input)) return recGroup;
  }
  const c = input.charCodeAt(i);
  // A banner, the end of a group or of the input is not a binding.
  if (c === 61 || c === 125 || c === 59 || Number.isNaN(c)) return null;
  if (c === 101 /* e */) {
    REC_END_AHEAD.lastIndex = i;
    if (REC_END_AHEAD.test(input)) return null;
  }
  return nonRecGroup;
});
const REC_AHEAD = /Rec\s*\{/y;
const REC_END_AHEAD = /end\s+Rec\s*\}/y;

// -------------------------------------------------------- modules, files

const banner: Parser<string> = token(
  /={3,}[ \t]*([^\n]*?)[ \t]*={3,}/y,
  "a '==================== Final STG: ====================' banner",
  (m) => m[1]!,
);
const timestamp: Parser<string | null> = token(
  /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: UTC)?/y,
  "a timestamp",
  (m) => m[0],
).or(P.succeed(null));

/** GHC's progress lines when a --make build prints its dumps to stdout. */
const noise: Parser<null> = map(
  many(
    token(
      /(?:\[\s*\d+ of \d+\] Compiling[^\n]*|Linking [^\n]*)/y,
      "a progress line",
      () => true,
    ),
  ),
  () => null,
);

const moduleSection: Parser<Module> = seqMap(
  [pos, banner, timestamp, many(bindGroup), noise],
  (p, title, ts, bindings) => ({
    title,
    timestamp: ts,
    bindings,
    pos: p,
    name: moduleNameOf(bindings),
  }),
);

/** The module a section belongs to, from its qualified top-level binders. */
function moduleNameOf(groups: readonly BindGroup[]): string | null {
  for (const g of groups) {
    const binds = g.kind === "rec" ? g.binds : [g.bind];
    for (const b of binds) if (b.name.module !== null) return b.name.module;
  }
  return null;
}

/** A whole dump file: one or more module sections. */
export const dumpFile: Parser<Module[]> = seqMap(
  [
    spaces,
    noise,
    moduleSection,
    many(moduleSection),
    P.eof.desc("a binding or the end of the file"),
  ],
  (_s, _n, first, more) => [first, ...more],
);
