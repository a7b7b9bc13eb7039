// Where in the user's Haskell source a program first uses each of some
// global names, from the source notes GHC prints in its STG dump when it
// compiles with -g (`src<m.hs:5:10-25>`): the innermost note around the
// occurrence. Without -g the dump carries no spans and nothing is found.
import { join, dirname, isAbsolute } from "node:path";
import type * as G from "../parse-ghc-dump/ast.js";
import { globalName } from "../lower/names.js";

export interface SourceUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The first use of each of `names` (encoded global names) in `dumps`, with
 * files as the user names them: relative to the directory of `mainFile`,
 * where GHC ran.
 */
export function sourceUses(
  dumps: readonly G.Dump[],
  names: ReadonlySet<string>,
  mainFile: string,
): Map<string, SourceUse> {
  const out = new Map<string, SourceUse>();
  const note = (n: G.Name, at: SourceUse | undefined) => {
    if (at === undefined || n.module === null) return;
    const enc = globalName(n.module, n.occ);
    if (!names.has(enc) || out.has(enc)) return;
    const file = isAbsolute(at.file)
      ? at.file
      : join(dirname(mainFile), at.file);
    out.set(enc, { ...at, file });
  };
  for (const d of dumps)
    for (const m of d.modules)
      for (const g of m.bindings)
        for (const b of g.kind === "nonrec" ? [g.bind] : g.binds)
          rhsUses(b.rhs, undefined, note);
  return out;
}

/** Whether any dump carries source notes (GHC ran with -g). */
export function hasSourceNotes(dumps: readonly G.Dump[]): boolean {
  let found = false;
  const visit = (e: G.Expr): void => {
    if (found) return;
    switch (e.kind) {
      case "tick":
        if (parseSourceNote(e.tick) !== undefined) found = true;
        else visit(e.body);
        return;
      case "let":
        for (const b of bindsOf(e.binds))
          if (b.rhs.kind === "closure") visit(b.rhs.body);
        visit(e.body);
        return;
      case "case":
        visit(e.scrutinee);
        for (const a of e.alts) visit(a.body);
        return;
      case "app":
      case "conApp":
      case "primApp":
      case "foreignCall":
      case "lit":
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${String(never)}`);
      }
    }
  };
  for (const d of dumps)
    for (const m of d.modules)
      for (const g of m.bindings)
        for (const b of bindsOf(g))
          if (b.rhs.kind === "closure") visit(b.rhs.body);
  return found;
}

/** `src<m.hs:5:10-25>`, `src<m.hs:(3,1)-(5,31)>` -> where the span starts. */
export function parseSourceNote(tick: string): SourceUse | undefined {
  const m = /^src<(.+?):(?:(\d+):(\d+)|\((\d+),(\d+)\))/.exec(tick);
  if (m === null) return undefined;
  return {
    file: m[1]!,
    line: Number(m[2] ?? m[4]),
    column: Number(m[3] ?? m[5]),
  };
}

type Note = (n: G.Name, at: SourceUse | undefined) => void;

function bindsOf(g: G.BindGroup): readonly G.Binding[] {
  return g.kind === "nonrec" ? [g.bind] : g.binds;
}

function rhsUses(rhs: G.Rhs, at: SourceUse | undefined, note: Note): void {
  switch (rhs.kind) {
    case "closure":
      exprUses(rhs.body, at, note);
      return;
    case "con":
      argUses(rhs.args, at, note);
      return;
    case "lit":
      return;
    default: {
      const never: never = rhs;
      throw new Error(`unknown right-hand side ${String(never)}`);
    }
  }
}

function exprUses(e: G.Expr, at: SourceUse | undefined, note: Note): void {
  switch (e.kind) {
    case "app":
      note(e.fn, at);
      argUses(e.args, at, note);
      return;
    case "conApp":
    case "primApp":
    case "foreignCall":
      argUses(e.args, at, note);
      return;
    case "lit":
      return;
    case "let":
      for (const b of bindsOf(e.binds)) rhsUses(b.rhs, at, note);
      exprUses(e.body, at, note);
      return;
    case "case":
      exprUses(e.scrutinee, at, note);
      for (const a of e.alts) exprUses(a.body, at, note);
      return;
    case "tick":
      exprUses(e.body, parseSourceNote(e.tick) ?? at, note);
      return;
    default: {
      const never: never = e;
      throw new Error(`unknown expression ${String(never)}`);
    }
  }
}

function argUses(
  args: readonly G.Arg[],
  at: SourceUse | undefined,
  note: Note,
): void {
  for (const a of args) if (a.kind === "var") note(a.name, at);
}
