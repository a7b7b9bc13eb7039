// Names as GHC prints them in STG dumps: maximal runs of characters other
// than whitespace and `; , { } [ ] " ( )`, with `[]` and tuple syntax
// (`()`, `(,)`, `(#,#)`, `(##)`, constraint tuples `(%,%)`) glued in, e.g. `GHC.Types.[]`,
// `GHC.Show.$fShow(,)2`, `GHC.Base..`, `s2#_s3GB`, and type-level strings
// glued in after the first character (`$fIsLabel"hello"Label`). GHC 9.4+ may append a tag
// signature (`x_s1<TagProper>`), which is not part of the name.
import type { Name, SrcPos } from "./ast.js";

const NAME_PART = String.raw`[^\s;,{}\[\]"()<]|<(?!Tag[A-Z])|\[\]|\(#?,*#?\)|\(%,*%\)|\(# #\)`;
// A type-level string glued into a name, as in an instance of a class at a
// Symbol: `$fIsLabel"with space"Label`; never at a name's start (a literal).
const GLUED_STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const NAME_BODY = `(?:${NAME_PART})(?:${NAME_PART}|${GLUED_STRING})*`;
const TAG_SIGNATURE = String.raw`(?:<Tag[^>\s]*(?:\s[^>\s]*)*>)?`;

/** A name, group 1, then an optional 9.4+ tag signature. Sticky. */
export const NAME = new RegExp(`(${NAME_BODY})${TAG_SIGNATURE}`, "y");

/** The name part of a NAME match's text (without a tag signature). */
export function withoutTag(text: string): string {
  const t = text.indexOf("<Tag");
  return t < 0 ? text : text.slice(0, t);
}

/** A parenthesised operator binder `(M.:+:)`, group 1. Sticky. */
export const PAREN_NAME = new RegExp(String.raw`\((${NAME_BODY})\)`, "y");

/**
 * Splits printed text into module and occurrence name: the module part is
 * `([A-Z][\w']*\.)+` and the occurrence name after it is non-empty (it may
 * itself be `.` or start with one, as in `GHC.Base..`). Written as a loop
 * because it runs for every name in the dump.
 */
export function makeName(text: string, pos: SrcPos): Name {
  let end = 0; // end of the module part, after its last '.'
  let i = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90)) break; // A-Z starts a module component
    i++;
    while (i < text.length && isIdentChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 46 || i + 1 >= text.length) break; // '.' and more
    end = ++i;
  }
  if (end === 0) return { text, module: null, occ: text, pos };
  return { text, module: text.slice(0, end - 1), occ: text.slice(end), pos };
}

function isIdentChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 39 // '
  );
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
