// The comment `hs2stg convert` prints above each top-level binding: its
// Haskell name, and for a binding written in the program's sources where its
// first equation starts (`Main.fac (fac.hs:3:1)`), so a reader finds
// `GHC.Base.++` without decoding `zpzp_GHCziBase`. STG carries no source
// spans at -O0, so the position is found in the source text: the first line
// that starts, in column 1, with the name (or `(op)`) and is not a type
// signature.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Program } from "../ministg/ast.js";
import { decodeName, splitQualified } from "../lower/names.js";

/** Haskell source files of a program: module name -> path as the user would name it. */
export function programSources(
  mainFile: string,
): (module: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  // Read on first use: runs build this for traces that may never ask.
  let mainModule: string | undefined;
  return (module) => {
    if (cache.has(module)) return cache.get(module);
    mainModule ??=
      /^module\s+([A-Z][\w.']*)/m.exec(readText(mainFile) ?? "")?.[1] ?? "Main";
    let found: string | undefined;
    if (module === mainModule) found = mainFile;
    else {
      const f = join(dirname(mainFile), ...module.split(".")) + ".hs";
      if (existsSync(f)) found = f;
    }
    cache.set(module, found);
    return found;
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The comment for every top-level binding whose name decodes to a Haskell name. */
export function bindingComments(
  program: Program,
  sourceOf?: (module: string) => string | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  const texts = new Map<string, string[] | undefined>();
  for (const b of program.bindings) {
    const hs = decodeName(b.name);
    if (hs === b.name) continue; // `main`, `force`: the lowering's own
    let where = "";
    const parts = qualified(hs);
    const file = parts && sourceOf?.(parts.module);
    if (parts && file !== undefined) {
      if (!texts.has(file)) texts.set(file, readText(file)?.split(/\r?\n/));
      const line = definitionLine(texts.get(file), parts.occ);
      if (line !== undefined) where = ` (${file}:${line}:1)`;
    }
    out.set(b.name, hs + where);
  }
  return out;
}

/**
 * Where the program's sources define a top-level binding (`fac.hs:3:1`),
 * by its encoded name; undefined for names the sources do not define.
 */
export function sourceLocator(
  sourceOf: (module: string) => string | undefined,
): (encoded: string) => string | undefined {
  const texts = new Map<string, string[] | undefined>();
  const found = new Map<string, string | undefined>();
  return (encoded) => {
    if (found.has(encoded)) return found.get(encoded);
    let where: string | undefined;
    const hs = decodeName(encoded);
    const parts = hs === encoded ? undefined : qualified(hs);
    const file = parts && sourceOf(parts.module);
    if (parts && file !== undefined) {
      if (!texts.has(file)) texts.set(file, readText(file)?.split(/\r?\n/));
      const line = definitionLine(texts.get(file), parts.occ);
      if (line !== undefined) where = `${file}:${line}:1`;
    }
    found.set(encoded, where);
    return where;
  };
}

function qualified(hs: string): { module: string; occ: string } | undefined {
  try {
    return splitQualified(hs);
  } catch {
    return undefined;
  }
}

/** 1-based line of the first equation of `occ` in column 1, if any. */
function definitionLine(
  lines: readonly string[] | undefined,
  occ: string,
): number | undefined {
  if (lines === undefined) return undefined;
  const isVar = /^[a-z_][\w']*$/.test(occ);
  const esc = occ.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const start = isVar
    ? new RegExp(`^${esc}(?![\\w'])`)
    : new RegExp(`^\\(${esc}\\)`);
  const sig = isVar
    ? new RegExp(`^${esc}\\s*(::|,)`)
    : new RegExp(`^\\(${esc}\\)\\s*(::|,)`);
  const i = lines.findIndex((l) => start.test(l) && !sig.test(l));
  return i < 0 ? undefined : i + 1;
}
