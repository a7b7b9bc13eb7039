// Prelude text with its chains of lets written as one letrec where that
// means the same: `let { a = ..; b = .. } in e` is one LET step a binding
// (ministg's nested lets), `letrec { .. }` one step for all of them. When
// no binding refers to itself or to a binding after it, both bind the same
// objects (the fast engine even allocates them in the same order:
// Code.seqAlloc), so a prelude written so runs the same program in fewer
// steps. The generators pass what they write through this, and it was
// applied once to the hand-written prelude files (docs/preludes.md).
import type { Binding, Expr, HeapObject, Pos } from "../ministg/ast.js";
import { parseStgFile } from "../ministg/stg-file.js";
import { sequentialBindings } from "../ministg/traversal.js";

/** Whether a `let` group is worth a `letrec` and may be one (see the file comment). */
function sequentialGroup(binds: readonly Binding[]): boolean {
  return binds.length >= 2 && sequentialBindings(binds);
}

/** Where `text`'s non-recursive let groups that may be letrecs start. */
export function letrecCandidates(text: string, file: string): Pos[] {
  const out: Pos[] = [];
  const expr = (e: Expr): void => {
    switch (e.kind) {
      case "let":
        if (!e.rec && e.pos !== undefined && sequentialGroup(e.binds))
          out.push(e.pos);
        for (const b of e.binds) object(b.object);
        expr(e.body);
        return;
      case "case":
        expr(e.scrutinee);
        for (const a of e.alts) expr(a.body);
        return;
      case "stack":
        expr(e.body);
        return;
      case "atom":
      case "app":
      case "primop":
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${JSON.stringify(never)}`);
      }
    }
  };
  const object = (o: HeapObject): void => {
    if (o.kind === "FUN" || o.kind === "THUNK") expr(o.body);
  };
  for (const b of parseStgFile(text, file).bindings) object(b.object);
  return out;
}

/** `text` with each let group that may be a letrec written as one. */
export function letGroupsAsLetrec(text: string, file: string): string {
  const at = letrecCandidates(text, file);
  if (at.length === 0) return text;
  const lines = text.split("\n");
  // Right to left within a line, so that earlier columns stay where they were.
  at.sort((a, b) => a.line - b.line || b.column - a.column);
  for (const { line, column } of at) {
    const s = lines[line - 1]!;
    const i = column - 1;
    if (s.slice(i, i + 3) !== "let" || !/[\s{]/.test(s[i + 3] ?? " "))
      throw new Error(`${file}:${line}:${column}: no let here`);
    lines[line - 1] = `${s.slice(0, i)}letrec${s.slice(i + 3)}`;
  }
  return lines.join("\n");
}
