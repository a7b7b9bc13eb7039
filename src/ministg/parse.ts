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
import { LocatedError } from "../errors.js";
import { describeToken, tokenize, type Token } from "./syntax/lexer.js";

export interface ParseOptions {
  /** Shown in error messages. */
  readonly file: string;
  readonly dialect: Dialect;
}

export function parseStg(text: string, opts: ParseOptions): Program {
  return new Parser(text, opts).program();
}

class Parser {
  private readonly toks: Token[];
  private k = 0;
  private readonly ext: boolean;

  constructor(
    private readonly text: string,
    private readonly opts: ParseOptions,
  ) {
    this.ext = opts.dialect === "extended";
    this.toks = tokenize(text, opts.file, opts.dialect);
  }

  // ------------------------------------------------------------ helpers

  private tok(): Token {
    return this.toks[this.k]!;
  }

  private pos(t: Token): Pos {
    return { line: t.line, column: t.column };
  }

  private fail(expected: string, t: Token = this.tok()): never {
    throw new LocatedError(
      { file: this.opts.file, line: t.line, column: t.column },
      `found ${describeToken(t)}, expected ${expected}`,
      this.text,
    );
  }

  private isPunct(p: string): boolean {
    const t = this.tok();
    return t.kind === "punct" && t.text === p;
  }

  private isKw(kw: string): boolean {
    const t = this.tok();
    return t.kind === "kw" && t.text === kw;
  }

  private expectPunct(p: string, context = ""): void {
    if (!this.isPunct(p)) this.fail(`\`${p}\`${context}`);
    this.k++;
  }

  private expectKw(kw: string): void {
    if (!this.isKw(kw)) this.fail(`\`${kw}\``);
    this.k++;
  }

  private varName(what = "a variable"): string {
    const t = this.tok();
    if (t.kind !== "var") this.fail(what);
    this.k++;
    return t.text;
  }

  private isAtomStart(): boolean {
    const kind = this.tok().kind;
    return kind === "var" || kind === "lit" || (kind === "str" && this.ext);
  }

  private atom(): Atom {
    const t = this.tok();
    this.k++;
    if (t.kind === "var")
      return { kind: "var", name: t.text, pos: this.pos(t) };
    if (t.lit !== undefined)
      return { kind: "lit", lit: t.lit, pos: this.pos(t) };
    this.k--;
    return this.fail("an atom (a variable or a literal)");
  }

  private atoms(): Atom[] {
    const out: Atom[] = [];
    while (this.isAtomStart()) out.push(this.atom());
    return out;
  }

  // ------------------------------------------------------------ grammar

  program(): Program {
    const bindings: Binding[] = [];
    while (this.tok().kind !== "eof") {
      bindings.push(
        this.binding("a top-level binding `name = object` or end of file"),
      );
      if (this.isPunct(";")) this.k++;
      else if (this.tok().kind !== "eof") this.fail("`;` or end of file");
    }
    return { bindings };
  }

  private binding(what: string): Binding {
    const t = this.tok();
    const name = this.varName(what);
    this.expectPunct("=");
    return { name, object: this.object(), pos: this.pos(t) };
  }

  private object(): HeapObject {
    const t = this.tok();
    const pos = this.pos(t);
    if (t.kind === "kw") {
      switch (t.text) {
        case "FUN": {
          this.k++;
          this.expectPunct("(");
          const params: string[] = [];
          while (this.tok().kind === "var") params.push(this.varName());
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
          this.k++;
          this.expectPunct("(");
          const fn = this.varName("the function of the PAP (a variable)");
          const args = this.atoms();
          if (args.length === 0 && !this.ext)
            this.fail("an argument (ministg's PAP needs at least one)");
          this.expectPunct(")", " or another argument");
          return { kind: "PAP", fn, args, pos };
        }
        case "CON": {
          this.k++;
          this.expectPunct("(");
          const c = this.tok();
          if (c.kind !== "con") this.fail("a constructor name");
          this.k++;
          const args = this.atoms();
          this.expectPunct(")", " or another argument");
          return { kind: "CON", con: c.text, args, pos };
        }
        case "THUNK": {
          this.k++;
          this.expectPunct("(");
          const body = this.expr();
          this.expectPunct(")", " closing THUNK(");
          return { kind: "THUNK", body, pos };
        }
        case "ERROR":
          this.k++;
          return { kind: "ERROR", pos };
      }
    }
    return this.fail("a heap object (FUN, PAP, CON, THUNK or ERROR)");
  }

  private expr(): Expr {
    const t = this.tok();
    const pos = this.pos(t);
    switch (t.kind) {
      case "var": {
        this.k++;
        const args = this.atoms();
        if (args.length === 0)
          return {
            kind: "atom",
            atom: { kind: "var", name: t.text, pos },
            pos,
          };
        return { kind: "app", fn: t.text, args, pos };
      }
      case "lit":
        return { kind: "atom", atom: this.atom(), pos };
      case "str":
        if (this.ext) return { kind: "atom", atom: this.atom(), pos };
        break;
      case "prim": {
        this.k++;
        const args = this.atoms();
        if (args.length === 0 && !this.ext)
          this.fail("an argument of the primop");
        return { kind: "primop", op: t.text, args, pos };
      }
      case "kw":
        switch (t.text) {
          case "let":
          case "letrec": {
            this.k++;
            this.expectPunct("{");
            const binds: Binding[] = [];
            do {
              binds.push(this.binding("a binding `name = object`"));
              if (this.isPunct(";")) this.k++;
              else if (!this.isPunct("}")) this.fail("`;` or `}`");
            } while (!this.isPunct("}"));
            this.k++;
            this.expectKw("in");
            const body = this.expr();
            return { kind: "let", rec: t.text === "letrec", binds, body, pos };
          }
          case "case": {
            this.k++;
            const scrutinee = this.expr();
            this.expectKw("of");
            this.expectPunct("{");
            const alts: Alt[] = [];
            do {
              alts.push(this.alt());
              if (this.isPunct(";")) this.k++;
              else if (!this.isPunct("}")) this.fail("`;` or `}`");
            } while (!this.isPunct("}"));
            this.k++;
            return { kind: "case", scrutinee, alts, pos };
          }
          case "stack": {
            this.k++;
            const s = this.tok();
            if (s.kind !== "str") this.fail('a string label `"..."`');
            this.k++;
            return { kind: "stack", label: s.label!, body: this.expr(), pos };
          }
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

  private alt(): Alt {
    const t = this.tok();
    const pos = this.pos(t);
    if (t.kind === "con") {
      this.k++;
      const vars: string[] = [];
      while (this.tok().kind === "var") vars.push(this.varName());
      this.expectPunct(
        "->",
        vars.length === 0 ? " or a variable" : " or another variable",
      );
      return { kind: "con", con: t.text, vars, body: this.expr(), pos };
    }
    if (t.kind === "var") {
      this.k++;
      this.expectPunct("->");
      return { kind: "default", binder: t.text, body: this.expr(), pos };
    }
    if (this.ext && (t.kind === "lit" || t.kind === "str")) {
      this.k++;
      this.expectPunct("->");
      return { kind: "lit", lit: t.lit!, body: this.expr(), pos };
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
