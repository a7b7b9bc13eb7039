// Lowering hand-written GHC 9.0.2-style STG snippets and comparing the result
// with hand-written miniSTG, structurally (parsed, positions stripped), so
// the tests do not depend on the printer's layout.
import { expect } from "vitest";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import type { Dump } from "../../src/parse-ghc-dump/ast.js";
import {
  decodeName,
  lower,
  lowerProgram,
  type LowerOptions,
} from "../../src/lower/index.js";
import { parseStg, stripPositions } from "../../src/ministg/parse.js";
import type { Program } from "../../src/ministg/ast.js";

export const BANNER =
  "\n==================== Final STG: ====================\n2026-11-23 09:00:00.000000000 UTC\n\n";

export function dumpOf(body: string, file = "t.dump-stg-final"): Dump {
  return parseGhcDump(BANNER + body, file);
}

export function lowerSnippet(body: string, opts: LowerOptions = {}): Program {
  return lower([dumpOf(body)], opts);
}

export function freeNames(
  body: string,
  opts: LowerOptions = {},
): readonly string[] {
  return lowerProgram([dumpOf(body)], opts).free;
}

export function stg(text: string): Program {
  return stripPositions(
    parseStg(text, { file: "expected.stg", dialect: "extended" }),
  );
}

/** The lowered snippet equals `expected` (miniSTG text, extended dialect). */
export function expectLowering(
  body: string,
  expected: string,
  opts: LowerOptions = {},
): void {
  expect(lowerSnippet(body, opts)).toEqual(stg(expected));
}

/** Just the binding called `name` of the lowered snippet. */
export function loweredBinding(
  body: string,
  name: string,
  opts: LowerOptions = { entry: decodeName(name) },
): Program {
  const p = lowerSnippet(body, opts);
  return { bindings: p.bindings.filter((b) => b.name === name) };
}

export function expectBinding(
  body: string,
  name: string,
  expected: string,
  opts: LowerOptions = { entry: decodeName(name) },
): void {
  expect(loweredBinding(body, name, opts)).toEqual(stg(expected));
}

/** The IO entry every `:Main.main` program gets. */
export const IO_MAIN = `
main_ZCMain = THUNK(runMainIO_GHCziTopHandler main_Main);
main = THUNK(main_ZCMain 0);`;

export const ROOT = `
:Main.main :: GHC.Types.IO ()
[GblId] =
    {} \\u [] GHC.TopHandler.runMainIO Main.main;
`;
