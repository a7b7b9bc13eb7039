// Names as GHC prints them in STG dumps: maximal runs of characters other
// than whitespace and `; , { } [ ] " ( )`, with `[]` and tuple syntax
// (`()`, `(,)`, `(#,#)`, `(##)`) glued in, e.g. `GHC.Types.[]`,
// `GHC.Show.$fShow(,)2`, `GHC.Base..`, `s2#_s3GB`. GHC 9.4+ may append a tag
// signature (`x_s1<TagProper>`), which is not part of the name.
import type { Name, SrcPos } from "./ast.js";

const NAME_BODY = String.raw`(?:[^\s;,{}\[\]"()<]|<(?!Tag[A-Z])|\[\]|\(#?,*#?\)|\(# #\))+`;
const TAG_SIGNATURE = String.raw`(?:<Tag[^>\s]*(?:\s[^>\s]*)*>)?`;

/** A name, group 1, then an optional 9.4+ tag signature. Sticky. */
export const NAME = new RegExp(`(${NAME_BODY})${TAG_SIGNATURE}`, "y");

/** A parenthesised operator binder `(M.:+:)`, group 1. Sticky. */
export const PAREN_NAME = new RegExp(String.raw`\((${NAME_BODY})\)`, "y");

// Module part `([A-Z][\w']*\.)+`, then a non-empty occurrence name (which may
// itself be `.` or start with one).
const QUALIFIED = /^((?:[A-Z][\w']*\.)+)(.+)$/s;

/** Splits printed text into module and occurrence name. */
export function makeName(text: string, pos: SrcPos): Name {
  const m = QUALIFIED.exec(text);
  if (m === null) return { text, module: null, occ: text, pos };
  return { text, module: m[1]!.slice(0, -1), occ: m[2]!, pos };
}

/**
 * Whether `name` heads a constructor application rather than a primop call:
 * an upper-case occurrence name, `:`-operators, `[]` and tuple syntax.
 */
export function isConstructorName(name: Name): boolean {
  const c = name.occ.charCodeAt(0);
  return (
    (c >= 65 && c <= 90) || // A-Z
    c === 58 || // :
    c === 91 || // [
    c === 40 // (
  );
}
