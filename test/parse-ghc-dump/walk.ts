// Test helpers: walk a parsed dump, and check it against the raw text.
import type {
  Arg,
  BindGroup,
  Binding,
  Dump,
  Expr,
  Literal,
  Name,
  Rhs,
  SrcPos,
} from "../../src/parse-ghc-dump/ast.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";

export const BANNER =
  "\n==================== Final STG: ====================\n";

/** Parses binding text wrapped in a banner (one module). */
export function parseBindings(text: string): readonly BindGroup[] {
  return parseGhcDump(BANNER + text, "test.dump").modules[0]!.bindings;
}

/** The single binding of a one-binding text. */
export function parseBinding(text: string): Binding {
  const groups = parseBindings(text);
  if (groups.length !== 1 || groups[0]!.kind !== "nonrec")
    throw new Error(`expected one non-recursive binding, got ${groups.length}`);
  return groups[0]!.bind;
}

/** The body of `f = {} \r [..] BODY;` or of a thunk. */
export function parseExpr(body: string): Expr {
  const rhs = parseBinding(`f = {} \\u [] ${body};`).rhs;
  if (rhs.kind !== "closure") throw new Error("expected a closure");
  return rhs.body;
}

export interface Visitor {
  binding?(b: Binding): void;
  rhs?(r: Rhs): void;
  expr?(e: Expr): void;
  name?(n: Name): void;
  literal?(l: Literal, pos: SrcPos): void;
}

export function bindingsOf(g: BindGroup): readonly Binding[] {
  return g.kind === "rec" ? g.binds : [g.bind];
}

/** Calls the visitor on every node of the dump. */
export function walkDump(dump: Dump, v: Visitor): void {
  for (const m of dump.modules)
    for (const g of m.bindings)
      for (const b of bindingsOf(g)) walkBinding(b, v);
}

function walkBinding(b: Binding, v: Visitor): void {
  v.binding?.(b);
  v.name?.(b.name);
  walkRhs(b.rhs, v);
}

function walkArgs(args: readonly Arg[], v: Visitor): void {
  for (const a of args)
    if (a.kind === "var") v.name?.(a.name);
    else v.literal?.(a.lit, a.pos);
}

function walkRhs(r: Rhs, v: Visitor): void {
  v.rhs?.(r);
  switch (r.kind) {
    case "closure":
      for (const fv of r.freeVars ?? []) v.name?.(fv);
      for (const p of r.params) v.name?.(p.name);
      walkExpr(r.body, v);
      return;
    case "con":
      v.name?.(r.con);
      walkArgs(r.args, v);
      return;
    case "lit":
      v.literal?.(r.lit, r.pos);
      return;
  }
}

/** Iterative (deep real dumps must not overflow the stack), in text order. */
function walkExpr(root: Expr, v: Visitor): void {
  const todo: Expr[] = [root];
  while (todo.length > 0) {
    const e = todo.pop()!;
    v.expr?.(e);
    const next: Expr[] = [];
    switch (e.kind) {
      case "app":
        v.name?.(e.fn);
        walkArgs(e.args, v);
        break;
      case "conApp":
        v.name?.(e.con);
        walkArgs(e.args, v);
        break;
      case "primApp":
      case "foreignCall":
        walkArgs(e.args, v);
        break;
      case "lit":
        v.literal?.(e.lit, e.pos);
        break;
      case "let":
        for (const b of bindingsOf(e.binds)) {
          v.binding?.(b);
          v.name?.(b.name);
          walkRhs(b.rhs, v);
        }
        next.push(e.body);
        break;
      case "case":
        next.push(e.scrutinee);
        if (e.binder) v.name?.(e.binder.name);
        for (const a of e.alts) {
          if (a.con.kind === "con") v.name?.(a.con.con);
          if (a.con.kind === "lit") v.literal?.(a.con.lit, a.pos);
          for (const b of a.binders) v.name?.(b.name);
          next.push(a.body);
        }
        break;
      case "tick":
        next.push(e.body);
        break;
    }
    for (let k = next.length - 1; k >= 0; k--) todo.push(next[k]!);
  }
}

/** Maps 1-based positions of `text` back to offsets. */
export function offsetsIn(text: string): (pos: SrcPos) => number {
  const starts = [0];
  for (let j = text.indexOf("\n"); j >= 0; j = text.indexOf("\n", j + 1))
    starts.push(j + 1);
  return (pos) => starts[pos.line - 1]! + pos.column - 1;
}

/** Counts node kinds, for cross-checks against the raw text. */
export function countNodes(dump: Dump): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  walkDump(dump, {
    rhs: (r) => bump(`rhs:${r.kind}`),
    expr: (e) => {
      bump(
        e.kind === "let" && e.noEscape
          ? "expr:let-no-escape"
          : `expr:${e.kind}`,
      );
      if (e.kind === "let" && e.binds.kind === "rec") bump("rec");
    },
  });
  for (const m of dump.modules)
    for (const g of m.bindings) if (g.kind === "rec") bump("rec");
  return counts;
}

/** The text with string and char literal bodies blanked, for counting keywords. */
export function withoutLiterals(text: string): string {
  return text
    .replace(/"(?:[^"\\]|\\[\s\S])*"#/g, '""#')
    .replace(/'(?:\\[^'\n]*|\\'|[^'\\\n])'#/g, "'x'#");
}

/**
 * Checks a parse against its text, independently of the parser: every name
 * and literal is found at its recorded position, and the numbers of
 * closures, constructor right-hand sides, cases, lets and Rec groups match
 * the keywords in the text. Returns the problems found (empty when none).
 */
export function crossCheck(text: string, dump: Dump): string[] {
  const problems: string[] = [];
  const at = offsetsIn(text);
  walkDump(dump, {
    name: (n) => {
      if (!text.startsWith(n.text, at(n.pos)))
        problems.push(`name ${n.text} not at ${n.pos.line}:${n.pos.column}`);
    },
    literal: (l, pos) => {
      const c = text[at(pos)] ?? "";
      const ok =
        l.kind === "char"
          ? c === "'"
          : l.kind === "string"
            ? c === '"'
            : l.kind === "null" || l.kind === "label" || l.kind === "rubbish"
              ? c === "_"
              : /[-\dIN]/.test(c); // IN: Infinity##, NaN##
      if (!ok)
        problems.push(`${l.kind} literal not at ${pos.line}:${pos.column}`);
    },
  });
  const plain = withoutLiterals(text);
  const count = (re: RegExp) => (plain.match(re) ?? []).length;
  const nodes = countNodes(dump);
  const expect = (what: string, key: string, n: number) => {
    if ((nodes.get(key) ?? 0) !== n)
      problems.push(`${what}: text has ${n}, parse has ${nodes.get(key) ?? 0}`);
  };
  expect("closures", "rhs:closure", count(/\\[rus] \[/g));
  expect("constructor right-hand sides", "rhs:con", count(/! \[/g));
  expect("cases", "expr:case", count(/(?<!\S)case(?=\s)/g));
  expect("lets", "expr:let", count(/(?<!\S)let \{/g));
  expect(
    "let-no-escapes",
    "expr:let-no-escape",
    count(/(?<!\S)let-no-escape \{/g),
  );
  expect("Rec groups", "rec", count(/(?<!\S)Rec \{/g));
  return problems;
}
