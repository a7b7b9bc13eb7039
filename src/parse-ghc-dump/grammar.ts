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
  keyword,
  type Parser,
  pos,
  positionAt,
  skipSpace,
  spaces,
  sym,
  token,
} from "./lexeme.js";
import { LITERAL, literalFromMatch } from "./literals.js";
import { isConstructorName, makeName, NAME, PAREN_NAME } from "./names.js";

// ---------------------------------------------------------------- tokens

/** Words that end an application's argument list rather than being arguments. */
const NOT_AN_ARGUMENT = new Set(["of", "in", "->", "=", "::"]);

const name: Parser<Name> = token(NAME, "a name", (m, start, input) =>
  makeName(m[1]!, positionAt(input, start)),
);

/** A name that is not one of the reserved words (rejected where it starts). */
function nameExcept(expected: string): Parser<Name> {
  return token(NAME, expected, (m, start, input) =>
    NOT_AN_ARGUMENT.has(m[1]!)
      ? null
      : makeName(m[1]!, positionAt(input, start)),
  );
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

/** A literal or a variable, as in `f x 1#` or `[x 1#]`. */
const atom: Parser<Arg> = P<Arg>((input, i) => {
  LITERAL.lastIndex = i;
  const lm = LITERAL.exec(input);
  if (lm !== null) {
    const lit = literalFromMatch(lm);
    if (lit === null) return P.makeFailure(i, "a well-formed literal");
    return P.makeSuccess(skipSpace(input, i + lm[0].length), {
      kind: "lit",
      lit,
      pos: positionAt(input, i),
    });
  }
  NAME.lastIndex = i;
  const nm = NAME.exec(input);
  if (nm === null || NOT_AN_ARGUMENT.has(nm[1]!))
    return P.makeFailure(i, "an argument");
  return P.makeSuccess(skipSpace(input, i + nm[0].length), {
    kind: "var",
    name: makeName(nm[1]!, positionAt(input, i)),
  });
});

/** `[a b c]`: the arguments of a constructor, primop or foreign call. */
const argList: Parser<Arg[]> = sym("[").then(atom.many()).skip(sym("]"));

/** Optional `[...]` annotation text after a binder. */
const binderInfo: Parser<string | null> = dispatch("binder info", (input, i) =>
  input.charCodeAt(i) === 91 ? bracketed : NO_INFO,
);
const NO_INFO: Parser<string | null> = P.succeed(null);

/** `x_s1 [Occ=Once1]`: a binder with optional info; never `->`. */
const binder: Parser<Binder> = P.seqMap(
  nameExcept("a binder"),
  binderInfo,
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
const bracketTail: Parser<HeadTail> = argList.map((args) => ({
  kind: "bracket",
  args,
}));
const numberedTail: Parser<HeadTail> = P.seqMap(
  conNumber,
  argList,
  (num, args) => ({ kind: "numbered", num, args }),
);
const plainTail: Parser<HeadTail> = atom
  .many()
  .map((args) => ({ kind: "plain", args }));

/** Application, constructor application or primop call, by its head. */
const head: Parser<Name> = nameExcept("an expression");
const headed: Parser<Expr> = P.seqMap(pos, head, headTail, (p, fn, tail) => {
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
const foreignCall: Parser<Expr> = P.seqMap(
  pos,
  token(FOREIGN, "a foreign call", (m) => ({
    convention: m[1]!,
    callee: m[2]!,
  })),
  argList,
  (p, f, args) => ({ kind: "foreignCall", ...f, args, pos: p }),
);

const literalExpr: Parser<Expr> = P.seqMap(pos, literal, (p, lit) => ({
  kind: "lit",
  lit,
  pos: p,
}));

/** `hpc<m,1>`, `src<f.hs:1:2-3>`, `scc<cc>`, `tick<cc>`, `scctick<cc>`, `break<n>(vs)`. */
const TICK = /(?:hpc|src|scc|tick|scctick|break)<[^>\n]*>(?:\([^()\n]*\))?/y;
const tickText: Parser<string> = token(TICK, "a tick", (m) => m[0]);

const tickExpr: Parser<Expr> = P.seqMap(
  pos,
  tickText,
  expr,
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
const letPrefix: Parser<LetPrefix> = P.seqMap(
  pos,
  letOpen,
  P.lazy(() => bindGroup),
  sym("}"),
  keyword("in"),
  (p, noEscape, binds) => ({ noEscape, binds, pos: p }),
);

// A chain `let {..} in let {..} in e` is read as a loop, not by recursion,
// so long chains cannot exhaust the JavaScript stack.
const letExpr: Parser<Expr> = P.seqMap(
  letPrefix.atLeast(1),
  expr,
  (prefixes, body) =>
    prefixes.reduceRight<Expr>(
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
  LITERAL.lastIndex = i;
  if (LITERAL.test(input)) return litCon;
  return conCon;
});
const defaultCon: Parser<AltCon> = keyword("__DEFAULT").map(() => ({
  kind: "default",
}));
const litCon: Parser<AltCon> = literal.map((lit) => ({ kind: "lit", lit }));
const conCon: Parser<AltCon> = nameExcept("a case alternative").map((con) => ({
  kind: "con",
  con,
}));

const alt: Parser<Alt> = P.seqMap(
  pos,
  altCon,
  binder.many(),
  sym("->"),
  expr,
  sym(";"),
  (p, con, binders, _arrow, body) => ({ con, binders, body, pos: p }),
);

const caseBinder: Parser<Binder | null> = dispatch(
  "a case binder or '{'",
  (input, i) => (input.charCodeAt(i) === 123 ? NO_BINDER : binder),
);
const NO_BINDER: Parser<Binder | null> = P.succeed(null);

const caseExpr: Parser<Expr> = P.seqMap(
  pos,
  keyword("case"),
  expr,
  keyword("of"),
  caseBinder,
  sym("{"),
  alt.many(),
  sym("}"),
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
  LITERAL.lastIndex = i;
  if (LITERAL.test(input)) return literalExpr;
  if (c === 59 || c === 125 || c === 93 || Number.isNaN(c)) return null; // ; } ] or end
  return headed;
});
const LET_AHEAD = /let(?:-no-escape)?\s*\{/y;

// ------------------------------------------------------------- bindings

/** `{a, b}` free variables (absent in -ddump-stg and with -dsuppress-stg-exts). */
const freeVars: Parser<Name[] | null> = dispatch("'{'", (input, i) =>
  input.charCodeAt(i) === 123 ? freeVarList : NO_FREE_VARS,
);
const freeVarList: Parser<Name[] | null> = sym("{")
  .then(name.sepBy(sym(",")))
  .skip(sym("}"));
const NO_FREE_VARS: Parser<Name[] | null> = P.succeed(null);

const updateFlag: Parser<"r" | "u" | "s"> = token(
  /\\([rus])(?![^\s[])/y,
  "an update flag (\\r, \\u or \\s)",
  (m) => m[1] as "r" | "u" | "s",
);

function closure(ccs: string | null): Parser<Rhs> {
  return P.seqMap(
    pos,
    freeVars,
    updateFlag,
    sym("[").then(binder.many()).skip(sym("]")),
    expr,
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
const bangedCon: Parser<Name> = token(
  NAME,
  "a constructor followed by '!'",
  (m, start, input) =>
    m[1]!.length > 1 && m[1]!.endsWith("!")
      ? makeName(m[1]!.slice(0, -1), positionAt(input, start))
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

const conTail: Parser<CcsTail> = P.seqMap(
  dispatch("a constructor", (input, i) => {
    NUMBERED_CON.lastIndex = i;
    return NUMBERED_CON.test(input) ? conNumber : NO_NUMBER;
  }),
  bangedCon,
  argList,
  (num, con, args) => ({ kind: "con", num, con, args }),
);
const ccsTail: Parser<CcsTail> = dispatch(
  "a closure or constructor",
  (input, i) => {
    const c = input.charCodeAt(i);
    return c === 123 || c === 92 ? closureTail : conTail;
  },
);
const closureTail: Parser<CcsTail> = plainClosure.map((rhs) => ({
  kind: "closure",
  rhs,
}));

const ccsRhs: Parser<Rhs> = P.seqMap(pos, ccs, ccsTail, (p, cc, tail) => {
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

const literalRhs: Parser<Rhs> = P.seqMap(pos, literal, (p, lit) => ({
  kind: "lit",
  lit,
  pos: p,
}));

const rhs: Parser<Rhs> = dispatch("a right-hand side", (input, i) => {
  const c = input.charCodeAt(i);
  if (c === 123 || c === 92) return plainClosure;
  LITERAL.lastIndex = i;
  if (LITERAL.test(input)) return literalRhs;
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
  input.startsWith("::", i) ? sym("::").then(typeText) : NO_TYPE,
);
const NO_TYPE: Parser<string> = P.succeed("");

const ID_INFO_START = /^(?:GblId|LclId)\b/;

const binding: Parser<Binding> = P.seqMap(
  pos,
  bindingName,
  bracketed.many(),
  optionalType,
  bracketed.many(),
  sym("="),
  rhs,
  sym(";"),
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

const recGroup: Parser<BindGroup> = recOpen
  .then(binding.many())
  .skip(recClose)
  .map((binds) => ({ kind: "rec", binds }));
const nonRecGroup: Parser<BindGroup> = binding.map((bind) => ({
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
const noise: Parser<null> = token(
  /(?:\[\s*\d+ of \d+\] Compiling[^\n]*|Linking [^\n]*)/y,
  "a progress line",
  () => true,
)
  .many()
  .map(() => null);

const moduleSection: Parser<Module> = P.seqMap(
  pos,
  banner,
  timestamp,
  bindGroup.many(),
  noise,
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
export const dumpFile: Parser<Module[]> = spaces
  .then(noise)
  .then(moduleSection.atLeast(1))
  .skip(P.eof.desc("a binding or the end of the file"));
