// The miniSTG parser for both dialects: recursive descent over the tokens of
// ./syntax/lexer.ts. In the `ministg` dialect it accepts exactly the grammar
// of ministg 0.3 (src/Ministg/Parser.hs); `extended` adds what
// docs/dialects.md lists. Errors are LocatedErrors: `file:line:col`, the line
// with a caret, "found X, expected Y".

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
import { LocatedError, UserError } from "../errors.js";
import {
  describeToken,
  lexer,
  type Lexer,
  type Token,
  type TokenKind,
} from "./syntax/lexer.js";

export interface ParseOptions {
  /** Shown in error messages. */
  readonly file: string;
  readonly dialect: Dialect;
}

export function parseStg(text: string, opts: ParseOptions): Program {
  try {
    return new Parser(text, opts).program();
  } catch (e) {
    // The parser recurses once per nesting level; only absurdly deep
    // nesting (thousands of levels) exhausts the JavaScript stack.
    if (e instanceof RangeError && /call stack/i.test(e.message))
      throw new UserError(
        `${opts.file}: the program is nested too deeply to parse (thousands of nested let/case/THUNK levels)`,
      );
    throw e;
  }
}

class Parser {
  private readonly lx: Lexer;
  // The current token, reused by the lexer: read fields before advancing.
  private readonly t: Token;
  private readonly ext: boolean;

  constructor(
    private readonly text: string,
    private readonly opts: ParseOptions,
  ) {
    this.ext = opts.dialect === "extended";
    this.lx = lexer(text, opts.file, opts.dialect);
    this.t = this.lx.token;
  }

  // ------------------------------------------------------------ helpers

  // A method, not a field read, so TypeScript does not narrow the kind
  // across calls that advance the lexer.
  private kind(): TokenKind {
    return this.t.kind;
  }

  private here(): Pos {
    return { line: this.t.line, column: this.t.column };
  }

  /** The current token's text, consuming it. */
  private take(): string {
    const text = this.t.text;
    this.lx.advance();
    return text;
  }

  private fail(expected: string): never {
    const t = this.t;
    throw new LocatedError(
      { file: this.opts.file, line: t.line, column: t.column },
      `found ${describeToken(t)}, expected ${expected}`,
      this.text,
    );
  }

  private isPunct(p: string): boolean {
    return this.kind() === "punct" && this.t.text === p;
  }

  private isKw(kw: string): boolean {
    return this.kind() === "kw" && this.t.text === kw;
  }

  private expectPunct(p: string, context = ""): void {
    if (!this.isPunct(p)) this.fail(`\`${p}\`${context}`);
    this.lx.advance();
  }

  private expectKw(kw: string): void {
    if (!this.isKw(kw)) this.fail(`\`${kw}\``);
    this.lx.advance();
  }

  private varName(what = "a variable"): string {
    if (this.kind() !== "var") this.fail(what);
    return this.take();
  }

  private isAtomStart(): boolean {
    const kind = this.kind();
    return kind === "var" || kind === "lit" || (kind === "str" && this.ext);
  }

  private atom(): Atom {
    const t = this.t;
    const pos = this.here();
    if (t.kind === "var") return { kind: "var", name: this.take(), pos };
    const lit = t.lit;
    if (lit === undefined || (t.kind === "str" && !this.ext))
      return this.fail("an atom (a variable or a literal)");
    this.lx.advance();
    return { kind: "lit", lit, pos };
  }

  private atoms(): Atom[] {
    const out: Atom[] = [];
    while (this.isAtomStart()) out.push(this.atom());
    return out;
  }

  // ------------------------------------------------------------ grammar

  program(): Program {
    const bindings: Binding[] = [];
    while (this.kind() !== "eof") {
      bindings.push(
        this.binding("a top-level binding `name = object` or end of file"),
      );
      if (this.isPunct(";")) this.lx.advance();
      else if (this.kind() !== "eof") this.fail("`;` or end of file");
    }
    return { bindings };
  }

  private binding(what: string): Binding {
    const pos = this.here();
    const name = this.varName(what);
    this.expectPunct("=");
    return { name, object: this.object(), pos };
  }

  private object(): HeapObject {
    const pos = this.here();
    if (this.kind() === "kw") {
      switch (this.t.text) {
        case "FUN": {
          this.lx.advance();
          this.expectPunct("(");
          const params: string[] = [];
          while (this.kind() === "var") params.push(this.take());
          if (params.length === 0 && !this.ext)
            this.fail("a parameter (ministg's FUN needs at least one)");
          this.expectPunct(
            "->",
            params.length === 0 ? "" : " or another parameter",
          );
          const body = this.expr();
          this.expectPunct(")", " closing FUN(");
          return { kind: "FUN", params, body, pos };
        }
        case "PAP": {
          this.lx.advance();
          this.expectPunct("(");
          const fn = this.varName("the function of the PAP (a variable)");
          const args = this.atoms();
          if (args.length === 0 && !this.ext)
            this.fail("an argument (ministg's PAP needs at least one)");
          this.expectPunct(")", " or another argument");
          return { kind: "PAP", fn, args, pos };
        }
        case "CON": {
          this.lx.advance();
          this.expectPunct("(");
          if (this.kind() !== "con") this.fail("a constructor name");
          const con = this.take();
          const args = this.atoms();
          this.expectPunct(")", " or another argument");
          return { kind: "CON", con, args, pos };
        }
        case "THUNK": {
          this.lx.advance();
          this.expectPunct("(");
          const body = this.expr();
          this.expectPunct(")", " closing THUNK(");
          return { kind: "THUNK", body, pos };
        }
        case "ERROR":
          this.lx.advance();
          return { kind: "ERROR", pos };
      }
    }
    return this.fail("a heap object (FUN, PAP, CON, THUNK or ERROR)");
  }

  private expr(): Expr {
    const pos = this.here();
    switch (this.kind()) {
      case "var": {
        const fn = this.take();
        const args = this.atoms();
        if (args.length === 0)
          return { kind: "atom", atom: { kind: "var", name: fn, pos }, pos };
        return { kind: "app", fn, args, pos };
      }
      case "lit":
        return { kind: "atom", atom: this.atom(), pos };
      case "str":
        if (this.ext) return { kind: "atom", atom: this.atom(), pos };
        break;
      case "prim": {
        const op = this.take();
        const args = this.atoms();
        if (args.length === 0 && !this.ext)
          this.fail("an argument of the primop");
        return { kind: "primop", op, args, pos };
      }
      case "kw":
        switch (this.t.text) {
          case "let":
          case "letrec":
            return this.letExpr(pos);
          case "case":
            return this.caseExpr(pos);
          case "stack":
            return this.stackExpr(pos);
        }
        break;
      default:
        break;
    }
    return this.fail(
      this.ext
        ? "an expression (atom, application, primop, let, letrec, case or stack)"
        : "an expression (atom, application, primop, let, case or stack)",
    );
  }

  // let, case and stack live in their own small methods: deeply nested
  // programs recurse through them, and small frames let the JavaScript
  // stack hold deeper nesting.
  private letExpr(pos: Pos): Expr {
    const rec = this.take() === "letrec";
    this.expectPunct("{");
    const binds: Binding[] = [];
    do {
      binds.push(this.binding("a binding `name = object`"));
      if (this.isPunct(";")) this.lx.advance();
      else if (!this.isPunct("}")) this.fail("`;` or `}`");
    } while (!this.isPunct("}"));
    this.lx.advance();
    this.expectKw("in");
    return { kind: "let", rec, binds, body: this.expr(), pos };
  }

  private caseExpr(pos: Pos): Expr {
    this.lx.advance();
    const scrutinee = this.expr();
    this.expectKw("of");
    this.expectPunct("{");
    const alts: Alt[] = [];
    do {
      alts.push(this.alt());
      if (this.isPunct(";")) this.lx.advance();
      else if (!this.isPunct("}")) this.fail("`;` or `}`");
    } while (!this.isPunct("}"));
    this.lx.advance();
    return { kind: "case", scrutinee, alts, pos };
  }

  private stackExpr(pos: Pos): Expr {
    this.lx.advance();
    if (this.kind() !== "str") this.fail('a string label `"..."`');
    const label = this.t.label!;
    this.lx.advance();
    return { kind: "stack", label, body: this.expr(), pos };
  }

  private alt(): Alt {
    const pos = this.here();
    const t = this.t;
    if (t.kind === "con") {
      const con = this.take();
      const vars: string[] = [];
      while (this.kind() === "var") vars.push(this.take());
      this.expectPunct(
        "->",
        vars.length === 0 ? " or a variable" : " or another variable",
      );
      return { kind: "con", con, vars, body: this.expr(), pos };
    }
    if (t.kind === "var") {
      const binder = this.take();
      this.expectPunct("->");
      return { kind: "default", binder, body: this.expr(), pos };
    }
    if (this.ext && t.lit !== undefined) {
      const lit = t.lit;
      this.lx.advance();
      this.expectPunct("->");
      return { kind: "lit", lit, body: this.expr(), pos };
    }
    if (t.kind === "lit")
      return this.fail(
        "a constructor or variable pattern (literal alternatives need the extended dialect)",
      );
    return this.fail(
      this.ext
        ? "an alternative (`Con x ... ->`, `literal ->` or `x ->`)"
        : "an alternative (`Con x ... ->` or `x ->`)",
    );
  }
}

export { stripPositions } from "./syntax/strip-positions.js";
