// Haskell names for what traces show (shared by the viewer, the -t pages,
// heap profiles and the terminal stepper): miniSTG globals follow the
// naming convention of docs/names.md (`map_GHCziBase` is `GHC.Base.map`),
// allocated objects are `$N`, allocation sites are `owner/binder`.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeName, isConventionalGlobal } from "../lower/names.js";

/**
 * The Haskell name of a miniSTG name, or the name itself when it is not an
 * encoded global (`$12`, a local `sat_s1x2`, a hand-written `fac`).
 */
export function haskellName(encoded: string): string {
  if (encoded.startsWith("$") || !isConventionalGlobal(encoded)) return encoded;
  return decodeName(encoded);
}

/**
 * An allocation site with Haskell names: `owner/binder` (a let,
 * `Main.toList/sat2`), `owner/PAP of f` (PAP1/PAP2, `Main.go/PAP of Main.f`)
 * or `owner/primop` (`Main.go/newMutVar#`).
 */
export function siteName(site: string): string {
  const slash = site.indexOf("/");
  if (slash < 0) return haskellName(site);
  return `${haskellName(site.slice(0, slash))}${haskellText(site.slice(slash))}`;
}

/** The module of a qualified Haskell name (`GHC.Base.++` -> `GHC.Base`), or undefined. */
export function moduleOf(name: string): string | undefined {
  // Module components end with a dot; what follows the last one is the
  // occurrence (`GHC.Maybe.Just`, `GHC.Base..`).
  const m = /^((?:[A-Z][\w']*\.)+)(.+)$/s.exec(name);
  return m === null ? undefined : m[1]!.slice(0, -1);
}

/** A piece of a text shown with Haskell names: `encoded` is set where a name was replaced. */
export interface NamePiece {
  readonly text: string;
  readonly encoded?: string;
}

const TOKEN = /[A-Za-z_][A-Za-z0-9_']*/g;

/**
 * The Haskell name a token of miniSTG text stands for and how much text it
 * covers: a call shows its arity after the name (`toList_Main_1 x`, or
 * `_?` when unknown), which is part of the name's piece but not of the name.
 */
function tokenName(
  text: string,
  start: number,
  tok: string,
  name: (encoded: string) => string,
): { h: string; len: number } | undefined {
  // `$12`, `x.y` and `#` suffixes are not names on their own.
  if (start > 0 && /[$#\w]/.test(text[start - 1]!)) return undefined;
  const h = name(tok);
  if (h !== tok) return { h, len: tok.length };
  if (tok.endsWith("_") && text[start + tok.length] === "?") {
    const base = tok.slice(0, -1);
    const hb = name(base);
    if (hb !== base) return { h: hb, len: tok.length + 1 };
  }
  const m = /^(.+)_\d+$/.exec(tok);
  if (m !== null) {
    const hb = name(m[1]!);
    if (hb !== m[1]) return { h: hb, len: tok.length };
  }
  return undefined;
}

/** Splits miniSTG text into pieces, replacing each encoded global by its Haskell name. */
export function haskellPieces(
  text: string,
  name: (encoded: string) => string = haskellName,
): NamePiece[] {
  const out: NamePiece[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    if (start < last) continue;
    const t = tokenName(text, start, m[0], name);
    if (t === undefined) continue;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: t.h, encoded: text.slice(start, start + t.len) });
    last = start + t.len;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** miniSTG text with every encoded global replaced by its Haskell name. */
export function haskellText(text: string): string {
  return haskellPieces(text)
    .map((p) => p.text)
    .join("");
}

/** The encoded globals a text mentions, with their Haskell names. */
export function namesIn(text: string, into: Map<string, string>): void {
  for (const p of haskellPieces(text))
    if (p.encoded !== undefined) {
      const enc = p.encoded.replace(/_(\?|\d+)$/, "");
      into.set(haskellName(enc) === p.text ? enc : p.encoded, p.text);
    }
}

let libraryModuleSet: ReadonlySet<string> | undefined;

/** The base library's modules (those with a prelude file), sorted. */
export function libraryModules(): string[] {
  isLibraryModule("");
  return [...libraryModuleSet!].sort();
}

/**
 * Whether a module is one of the base library's (it has a prelude file in
 * preludes/base), so its closures can be grouped away from the program's.
 */
export function isLibraryModule(module: string): boolean {
  if (libraryModuleSet === undefined) {
    const dir = fileURLToPath(new URL("../../preludes/base/", import.meta.url));
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      files = [];
    }
    libraryModuleSet = new Set(
      files
        .filter((f) => f.endsWith(".stg"))
        .map((f) => f.slice(0, -4).replace(/\+.*$/, "")),
    );
  }
  return libraryModuleSet.has(module) || module.startsWith("GHC.");
}
