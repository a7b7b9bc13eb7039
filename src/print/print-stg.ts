// Prints a miniSTG program in either dialect, laid out the way ministg's
// manual writes programs: `FUN(params ->` with the body indented below,
// case alternatives one per line, let bindings one per line, and anything
// short on one line. Built on prettier's document builders, which choose
// where to break for the given width.

import { builders, printer } from "prettier/doc";
import type {
  Alt,
  Atom,
  Binding,
  Dialect,
  Expr,
  HeapObject,
  Program,
} from "../ministg/ast.js";
import {
  checkExtendedDialect,
  checkMinistgDialect,
  type DialectViolation,
} from "../ministg/check-dialect.js";
import {
  bytesText,
  literalText,
  utf8Bytes,
} from "../ministg/syntax/literal-text.js";
import { TooDeepError, UserError } from "../errors.js";

type Doc = builders.Doc;
const { group, indent, line, softline, hardline, join } = builders;

export interface PrintOptions {
  readonly dialect: Dialect;
  /** Preferred line width; default 80. */
  readonly width?: number;
  /** A comment line (without `#`) to print above a top-level binding, by name. */
  readonly comments?: ReadonlyMap<string, string>;
}

/**
 * The program's text in `opts.dialect`. Throws a UserError listing the
 * violations when the program cannot be written in that dialect.
 */
export function printStg(p: Program, opts: PrintOptions): string {
  try {
    return print(p, opts);
  } catch (e) {
    // Printing recurses once per nesting level, like the parser.
    if (e instanceof RangeError && /call stack/i.test(e.message))
      throw new TooDeepError(
        "the program is nested too deeply to print (thousands of nested let/case/THUNK levels)",
      );
    throw e;
  }
}

function print(p: Program, opts: PrintOptions): string {
  const violations =
    opts.dialect === "ministg"
      ? checkMinistgDialect(p)
      : checkExtendedDialect(p);
  if (violations.length > 0) throw dialectError(violations, opts.dialect);
  const d = programDoc(p, opts.dialect, opts.comments);
  return printer.printDocToString(d, {
    printWidth: opts.width ?? 80,
    tabWidth: 2,
  }).formatted;
}

function dialectError(vs: DialectViolation[], dialect: Dialect): UserError {
  const shown = vs.slice(0, 10).map((v) => {
    const at = v.pos ? ` (line ${v.pos.line}, column ${v.pos.column})` : "";
    return `  - ${v.message}${at}`;
  });
  const more = vs.length > 10 ? [`  ... and ${vs.length - 10} more`] : [];
  return new UserError(
    [
      `cannot print this program in the ${dialect} dialect:`,
      ...shown,
      ...more,
    ].join("\n"),
  );
}

function programDoc(
  p: Program,
  dialect: Dialect,
  comments?: ReadonlyMap<string, string>,
): Doc {
  const parts: Doc[] = [];
  p.bindings.forEach((b, i) => {
    if (i > 0) {
      // A blank line around anything bigger than a constructor or an error.
      const small = (x: Binding) =>
        x.object.kind === "CON" ||
        x.object.kind === "ERROR" ||
        x.object.kind === "PAP" ||
        x.object.kind === "LIT";
      parts.push(
        small(b) && small(p.bindings[i - 1]!) ? hardline : [hardline, hardline],
      );
    }
    const comment = comments?.get(b.name);
    // A comment runs to the end of its line, so it never holds a newline.
    if (comment !== undefined)
      parts.push(`# ${comment.replace(/[\r\n]+/g, " ")}`, hardline);
    parts.push(bindingDoc(b, dialect), ";");
  });
  if (parts.length > 0) parts.push(hardline);
  return parts;
}

function bindingDoc(b: Binding, dialect: Dialect): Doc {
  return [b.name, " = ", objectDoc(b.object, dialect)];
}

function atomDoc(a: Atom): Doc {
  return a.kind === "var" ? a.name : literalText(a.lit);
}

/** `head a b c`, wrapping long argument lists with an indent. */
function applicationDoc(head: string, args: readonly Atom[]): Doc {
  if (args.length === 0) return head;
  return group([head, indent(args.map((a) => [line, atomDoc(a)]))]);
}

function objectDoc(o: HeapObject, dialect: Dialect): Doc {
  switch (o.kind) {
    case "FUN": {
      const params = o.params.length > 0 ? o.params.join(" ") + " ->" : "->";
      return group([
        "FUN(",
        params,
        indent([line, exprDoc(o.body, dialect)]),
        ")",
      ]);
    }
    case "PAP":
      return ["PAP(", applicationDoc(o.fn, o.args), ")"];
    case "CON":
      return ["CON(", applicationDoc(o.con, o.args), ")"];
    case "THUNK":
      return group([
        "THUNK(",
        indent([softline, exprDoc(o.body, dialect)]),
        softline,
        ")",
      ]);
    case "ERROR":
      return "ERROR";
    case "LIT":
      return literalText(o.lit);
    default: {
      const never: never = o;
      throw new Error(`unknown heap object ${JSON.stringify(never)}`);
    }
  }
}

function exprDoc(e: Expr, dialect: Dialect): Doc {
  switch (e.kind) {
    case "atom":
      return atomDoc(e.atom);
    case "app":
      return applicationDoc(e.fn, e.args);
    case "primop":
      return applicationDoc(e.op, e.args);
    case "let": {
      const binds = join(
        [";", line],
        e.binds.map((b) => bindingDoc(b, dialect)),
      );
      const head = group(
        [e.rec ? "letrec {" : "let {", indent([line, binds]), line, "}"],
        { shouldBreak: e.binds.length > 1 },
      );
      // A let, case or stack body goes on the next line, unindented, so
      // chains of lets read top to bottom.
      const simple =
        e.body.kind === "atom" ||
        e.body.kind === "app" ||
        e.body.kind === "primop";
      if (!simple) return [head, " in", hardline, exprDoc(e.body, dialect)];
      // Several bindings: the body follows `} in`. One binding: the whole
      // let on one line if it fits, else the body moves to the next line.
      return e.binds.length > 1
        ? [head, " in ", exprDoc(e.body, dialect)]
        : group([head, " in", line, exprDoc(e.body, dialect)]);
    }
    case "case": {
      const alts = join(
        [";", line],
        e.alts.map((a) => altDoc(a, dialect)),
      );
      return group(
        [
          "case ",
          indent(exprDoc(e.scrutinee, dialect)),
          " of {",
          indent([line, alts]),
          line,
          "}",
        ],
        { shouldBreak: e.alts.length > 1 },
      );
    }
    case "stack":
      return [
        "stack ",
        stackLabelText(e.label, dialect),
        " ",
        exprDoc(e.body, dialect),
      ];
    default: {
      const never: never = e;
      throw new Error(`unknown expression ${JSON.stringify(never)}`);
    }
  }
}

function stackLabelText(label: string, dialect: Dialect): string {
  // ministg reads a label raw up to the next `"`; the checker has ruled out
  // labels containing one.
  return dialect === "ministg" ? `"${label}"` : bytesText(utf8Bytes(label));
}

function altDoc(a: Alt, dialect: Dialect): Doc {
  let pattern: string;
  switch (a.kind) {
    case "con":
      pattern = [a.con, ...a.vars].join(" ");
      break;
    case "lit":
      pattern = literalText(a.lit);
      break;
    case "default":
      pattern = a.binder;
      break;
    default: {
      const never: never = a;
      throw new Error(`unknown alternative ${JSON.stringify(never)}`);
    }
  }
  const body = exprDoc(a.body, dialect);
  // case and stack bodies start on the arrow's line and break inside.
  const hangs = a.body.kind === "case" || a.body.kind === "stack";
  return hangs
    ? [pattern, " -> ", body]
    : group([pattern, " ->", indent([line, body])]);
}
