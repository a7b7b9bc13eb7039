// Constants the preludes define under a library internal's name (`$fReadViewL4`,
// a floated-out string or Int) must hold what the installed package's
// interface says that internal is: -O1 code uses them by name, so a hand-
// written `zz_` constant with the wrong text is a wrong answer, not a missing
// name (containers' `$fReadViewL4` was ":<" where GHC's is "EmptyL", and a
// -O1 `show EmptyL` printed ":<").
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readSurface } from "../../src/coverage/files.js";
import type { Unfolding } from "../../src/coverage/unfolding.js";
import { loadBasePrelude } from "../../src/preludes/base.js";
import { globalName, splitQualified } from "../../src/lower/names.js";
import { literalText } from "../../src/ministg/syntax/literal-text.js";
import type { Atom, Expr, HeapObject } from "../../src/ministg/ast.js";

const ROOT = join(import.meta.dirname, "../..");
const surface = readSurface(ROOT);
const defs = loadBasePrelude().definitions;

const objectOf = (q: string): HeapObject | undefined => {
  const { module, occ } = splitQualified(q);
  return defs.get(globalName(module, occ))?.binding.object;
};

/** The text of a prelude string constant: `"..."` or `THUNK(unpackCString# x)`. */
function preludeString(obj: HeapObject | undefined): string | undefined {
  if (obj?.kind === "LIT") return literalText(obj.lit);
  if (obj?.kind !== "THUNK") return undefined;
  const e: Expr = obj.body;
  if (e.kind !== "app" || !/^unpackCString(Utf8)?zh_/.test(e.fn)) return;
  const a: Atom | undefined = e.args[0];
  if (a?.kind === "lit") return literalText(a.lit);
  if (a?.kind !== "var") return undefined;
  const target = defs.get(a.name)?.binding.object;
  return target?.kind === "LIT" ? literalText(target.lit) : undefined;
}

/** What the interface says a string constant is, when it says it plainly. */
function ifaceString(u: Unfolding): string | undefined {
  if (u.kind === "lit" && u.text.startsWith('"')) return u.text;
  if (
    u.kind === "app" &&
    u.fn.kind === "global" &&
    /^GHC\.CString\.unpackCString(Utf8)?#$/.test(u.fn.name) &&
    u.args.length === 1 &&
    u.args[0]!.kind === "global"
  ) {
    const lit = surface.unfoldings[u.args[0]!.name];
    return lit?.kind === "lit" ? lit.text : undefined;
  }
  return undefined;
}

/** `I# 6#`-like boxed constants: the constructor's field as the dialect writes it. */
function ifaceBoxed(u: Unfolding): { con: string; text: string } | undefined {
  if (
    u.kind === "app" &&
    u.fn.kind === "con" &&
    u.args.length === 1 &&
    u.args[0]!.kind === "lit"
  ) {
    const con = {
      "GHC.Types.I#": "I",
      "GHC.Types.C#": "C",
      "GHC.Types.W#": "W",
    }[u.fn.name];
    if (con !== undefined) return { con, text: u.args[0]!.text };
  }
  return undefined;
}

describe("prelude constants named after library internals", () => {
  const compared: string[] = [];
  const wrong: string[] = [];
  for (const [q, u] of Object.entries(surface.unfoldings)) {
    const obj = objectOf(q);
    if (obj === undefined) continue;
    const s = ifaceString(u);
    if (s !== undefined) {
      const ours = preludeString(obj);
      if (ours === undefined) continue;
      compared.push(q);
      if (ours !== s) wrong.push(`${q}: interface ${s}, prelude ${ours}`);
      continue;
    }
    const b = ifaceBoxed(u);
    if (b !== undefined && obj.kind === "CON" && obj.con === b.con) {
      const a = obj.args[0];
      if (a?.kind !== "lit") continue;
      compared.push(q);
      const ours = literalText(a.lit);
      if (ours !== b.text)
        wrong.push(`${q}: interface ${b.text}, prelude ${ours}`);
    }
  }

  it("compares the constants of every package", () => {
    // thousands of string/Int constants have a plain unfolding; if this
    // count collapses, the comparison stopped seeing them
    expect(compared.length).toBeGreaterThan(1500);
  });

  it("holds the interface's text for each", () => {
    expect(wrong).toEqual([]);
  });
});
