// The miniSTG lexer for both dialects. Hand-written over char codes because
// prelude files are large and parsed often. The `ministg` dialect mirrors
// ministg 0.3's lexer (src/Ministg/Lexer.hs) token for token, including its
// quirks; the `extended` dialect follows docs/dialects.md.

import type { Dialect, Literal } from "../ast.js";
import { LocatedError } from "../../errors.js";
import {
  EXTENDED_KEYWORDS,
  MINISTG_KEYWORDS,
  MINISTG_PRIMOPS,
} from "./lexical-rules.js";
import { SPECIAL_DOUBLES } from "./literal-text.js";

export type TokenKind =
  | "var" // variable name
  | "con" // constructor name
  | "prim" // primop name, `plus#`
  | "kw" // keyword; `text` is the keyword
  | "punct" // = ; ( ) { } ->
  | "lit" // literal atom; `lit` holds the value
  | "str" // "..." (stack label in ministg; `lit` is a string literal in extended)
  | "eof";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly lit: Literal | undefined;
  /** For `str` tokens: the label text (raw in ministg, UTF-8 decoded in extended). */
  readonly label: string | undefined;
}

/**
 * A pull lexer: `token` is the current token, `advance()` moves to the next.
 * The token object is reused (no token array, little garbage), so callers
 * copy what they need before advancing.
 */
export interface Lexer {
  readonly token: Token;
  advance(): void;
}

const ministgKeywordSet: ReadonlySet<string> = new Set(MINISTG_KEYWORDS);
const ministgPrimops = MINISTG_PRIMOPS;

const utf8Decoder = new TextDecoder();
const utf8Encoder = new TextEncoder();

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlnum = (c: number) => isDigit(c) || isLower(c) || isUpper(c);
const isHex = (c: number) =>
  isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
// Parsec's `space`: the ASCII white space characters.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

export function lexer(text: string, file: string, dialect: Dialect): Lexer {
  const ext = dialect === "extended";
  const tok: { -readonly [K in keyof Token]: Token[K] } = {
    kind: "eof",
    text: "",
    line: 1,
    column: 1,
    lit: undefined,
    label: undefined,
  };
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (at: number, message: string): never => {
    // `at` is an offset on the current line; unterminated strings, which
    // may span lines, throw their own error located at the opening quote.
    throw new LocatedError(
      { file, line, column: at - lineStart + 1 },
      message,
      text,
    );
  };
  const push = (
    kind: TokenKind,
    start: number,
    lit?: Literal,
    label?: string,
  ) => {
    tok.kind = kind;
    tok.text = text.slice(start, i);
    tok.line = line;
    tok.column = start - lineStart + 1;
    tok.lit = lit;
    tok.label = label;
  };

  const advance = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i++;
        line++;
        lineStart = i;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 35 /* # */) {
        const nl = text.indexOf("\n", i);
        if (nl < 0) {
          if (!ext)
            fail(
              i,
              "found a comment running to the end of the file, expected a newline after it (ministg requires one)",
            );
          i = n;
        } else i = nl;
        continue;
      }
      const start = i;
      switch (c) {
        case 61 /* = */:
        case 59 /* ; */:
        case 40 /* ( */:
        case 41 /* ) */:
        case 123 /* { */:
        case 125 /* } */:
          i++;
          push("punct", start);
          return;
        case 45 /* - */:
          if (text.charCodeAt(i + 1) === 62 /* > */) {
            i += 2;
            push("punct", start);
            return;
          }
          if (ext && isDigit(text.charCodeAt(i + 1))) {
            lexNumber();
            return;
          }
          fail(
            i,
            ext
              ? "found `-`, expected `->` or a digit after it"
              : "found `-`, expected `->` (ministg has no negative literals; write `sub# 0 n`)",
          );
          continue;
        case 34 /* " */:
          lexString();
          return;
        case 39 /* ' */:
          if (ext) {
            lexChar();
            return;
          }
          break;
      }
      if (isDigit(c)) {
        if (ext) lexNumber();
        else {
          while (i < n && isDigit(text.charCodeAt(i))) i++;
          push("lit", start, {
            kind: "int",
            value: BigInt(text.slice(start, i)),
          });
        }
        return;
      }
      if (isLower(c) || isUpper(c) || (ext && c === 95) /* _ */) {
        if (ext) lexExtendedName();
        else lexMinistgName();
        return;
      }
      fail(i, `found ${describeChar(text, i)}, expected a token`);
    }
    push("eof", i);
  };
  advance();
  return { token: tok, advance };

  function lexMinistgName(): void {
    const start = i;
    while (i < n && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(start, i);
    // ministg tries its keywords before identifiers; one matches when no
    // letter or digit follows it (so `letx` is a variable, `let_x` is `let`
    // followed by a stray `_`, and `plus#x` is `plus` then a comment).
    if (text.charCodeAt(i) === 35 /* # */ && !isAlnum(text.charCodeAt(i + 1))) {
      if (ministgPrimops.has(name + "#")) {
        i++;
        if (text.charCodeAt(i) === 95) misLexed(start, name + "#");
        push("prim", start);
        return;
      }
    }
    if (ministgKeywordSet.has(name)) {
      push("kw", start);
      return;
    }
    const underscore = name.indexOf("_");
    if (underscore > 0 && ministgKeywordSet.has(name.slice(0, underscore)))
      misLexed(start, name.slice(0, underscore));
    push(isUpper(name.charCodeAt(0)) ? "con" : "var", start);
  }

  function misLexed(start: number, kw: string): never {
    let end = start + kw.length;
    while (end < n && isNameChar(text.charCodeAt(end))) end++;
    return fail(
      start,
      `found \`${text.slice(start, end)}\`, expected a name that does not start with the keyword \`${kw}\` followed by \`_\` (ministg reads \`${kw}\` and then fails at \`_\`)`,
    );
  }

  function lexExtendedName(): void {
    const start = i;
    let c = text.charCodeAt(i);
    while (i < n && (isNameChar(c) || c === 39)) c = text.charCodeAt(++i);
    const name = text.slice(start, i);
    if (c === 35 /* # */) {
      if (/^[a-z][A-Za-z0-9_]*$/.test(name)) {
        i++;
        push("prim", start);
        return;
      }
      fail(
        start,
        `found \`${name}#\`, expected a primop name matching [a-z][A-Za-z0-9_]*# (or put a space before a comment)`,
      );
    }
    if (EXTENDED_KEYWORDS.has(name)) push("kw", start);
    else push(isUpper(name.charCodeAt(0)) ? "con" : "var", start);
  }

  function lexNumber(): void {
    const start = i;
    if (text.charCodeAt(i) === 45) i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    let fractional = false;
    if (text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
      fractional = true;
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    let c = text.charCodeAt(i);
    if (c === 101 || c === 69 /* e E */) {
      let j = i + 1;
      const s = text.charCodeAt(j);
      if (s === 43 || s === 45) j++;
      if (isDigit(text.charCodeAt(j))) {
        fractional = true;
        i = j;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
    }
    const digits = text.slice(start, i);
    let value: number | undefined;
    if (text.charCodeAt(i) === 47 /* / */) {
      const special = digits + text.slice(i, i + 4);
      value = SPECIAL_DOUBLES.get(special);
      if (value === undefined)
        fail(
          start,
          `found \`${special}\`, expected one of \`1.0/0.0\`, \`-1.0/0.0\`, \`0.0/0.0\``,
        );
      i += 4;
      fractional = true;
    }
    c = text.charCodeAt(i);
    let lit: Literal;
    if (c === 102 /* f */) {
      i++;
      lit = { kind: "float", value: Math.fround(value ?? Number(digits)) };
    } else if (fractional) {
      lit = { kind: "double", value: value ?? Number(digits) };
    } else if (c === 119 /* w */) {
      if (digits.startsWith("-"))
        fail(
          start,
          `found \`${digits}w\`, expected a non-negative Word# literal`,
        );
      i++;
      lit = { kind: "word", value: BigInt(digits) };
    } else if (c === 110 /* n */) {
      i++;
      lit = { kind: "integer", value: BigInt(digits) };
    } else {
      lit = { kind: "int", value: BigInt(digits) };
    }
    c = text.charCodeAt(i);
    if (isNameChar(c) || c === 39 || c === 46 || c === 35) {
      let end = i;
      while (
        end < n &&
        !isSpace(text.charCodeAt(end)) &&
        !isPunct(text.charCodeAt(end))
      )
        end++;
      fail(
        start,
        `found \`${text.slice(start, end)}\`, expected a literal (digits, then at most one suffix w, n or f; put a space between a literal and a name)`,
      );
    }
    push("lit", start, lit);
  }

  function lexChar(): void {
    const start = i;
    i++;
    let c = text.charCodeAt(i);
    let value: number;
    if (c === 92 /* \ */) {
      value = lexEscape(true);
    } else if (i >= n || c === 10 || c === 39 || c < 0x20 || c === 0x7f) {
      return fail(i, `found ${describeChar(text, i)}, expected a character`);
    } else {
      value = text.codePointAt(i)!;
      i += value > 0xffff ? 2 : 1;
    }
    if (text.charCodeAt(i) !== 39)
      fail(
        i,
        `found ${describeChar(text, i)}, expected \`'\` closing the character literal`,
      );
    i++;
    push("lit", start, { kind: "char", value });
  }

  // After a backslash at `i`; returns the code point (char) or byte (string).
  function lexEscape(inChar: boolean): number {
    const at = i;
    const e = text.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case 92:
        return 92;
      case 110:
        return 10;
      case 116:
        return 9;
      case 114:
        return 13;
      case 39:
        if (inChar) return 39;
        break;
      case 34:
        if (!inChar) return 34;
        break;
      case 120 /* x */: {
        const digitsStart = i;
        if (inChar) {
          while (i < n && isHex(text.charCodeAt(i)) && i - digitsStart < 6) i++;
        } else if (isHex(text.charCodeAt(i)) && isHex(text.charCodeAt(i + 1))) {
          i += 2;
        }
        const hex = text.slice(digitsStart, i);
        const v = hex === "" ? NaN : parseInt(hex, 16);
        if (Number.isNaN(v) || v > 0x10ffff)
          fail(
            at,
            inChar
              ? "found a bad `\\x` escape, expected 1 to 6 hex digits of a code point up to 10ffff"
              : "found a bad `\\x` escape, expected exactly two hex digits",
          );
        return v;
      }
    }
    return fail(
      at,
      `found the escape \`\\${text.charAt(at + 1)}\`, expected one of ${
        inChar ? "\\\\ \\' \\n \\t \\r \\xH..." : '\\\\ \\" \\n \\t \\r \\xHH'
      }`,
    );
  }

  function lexString(): void {
    const start = i;
    const startLine = line;
    const startColumn = i - lineStart + 1;
    i++;
    if (!ext) {
      // ministg: any characters up to the next `"`, no escapes, newlines allowed.
      const close = text.indexOf('"', i);
      if (close < 0)
        throw new LocatedError(
          { file, line: startLine, column: startColumn },
          'found an unterminated string, expected a closing `"`',
          text,
        );
      const label = text.slice(i, close);
      for (let k = i; k < close; k++)
        if (text.charCodeAt(k) === 10) {
          line++;
          lineStart = k + 1;
        }
      i = close + 1;
      push("str", start, undefined, label);
      tok.line = startLine;
      tok.column = startColumn;
      return;
    }
    const bytes: number[] = [];
    for (;;) {
      if (i >= n || text.charCodeAt(i) === 10)
        throw new LocatedError(
          { file, line: startLine, column: startColumn },
          'found an unterminated string, expected a closing `"` on the same line',
          text,
        );
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        bytes.push(lexEscape(false));
      } else if (c >= 0x20 && c < 0x7f) {
        bytes.push(c);
        i++;
      } else if (c >= 0x80) {
        const cp = text.codePointAt(i)!;
        const len = cp > 0xffff ? 2 : 1;
        for (const b of utf8Encoder.encode(text.slice(i, i + len)))
          bytes.push(b);
        i += len;
      } else {
        fail(
          i,
          `found ${describeChar(text, i)} in a string, expected a printable character or an escape like \\x${c.toString(16).padStart(2, "0")}`,
        );
      }
    }
    i++;
    push(
      "str",
      start,
      { kind: "string", bytes },
      utf8Decoder.decode(new Uint8Array(bytes)),
    );
  }
}

function isNameChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}

function isPunct(c: number): boolean {
  return c === 59 || c === 40 || c === 41 || c === 123 || c === 125 || c === 61;
}

function describeChar(text: string, i: number): string {
  if (i >= text.length) return "end of file";
  const c = text.charCodeAt(i);
  if (c === 10) return "end of line";
  if (c < 0x20 || c === 0x7f)
    return `the control character \\x${c.toString(16).padStart(2, "0")}`;
  return `\`${String.fromCodePoint(text.codePointAt(i)!)}\``;
}

/** How a token reads in "found X" messages. */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case "eof":
      return "end of file";
    case "var":
      return `variable \`${t.text}\``;
    case "con":
      return `constructor \`${t.text}\``;
    case "prim":
      return `primop \`${t.text}\``;
    case "kw":
      return `keyword \`${t.text}\``;
    case "punct":
      return `\`${t.text}\``;
    case "lit":
      return `literal \`${t.text}\``;
    case "str": {
      // One line in the message even for ministg's multi-line labels.
      const oneLine = t.text.replace(/\r?\n/g, "\\n");
      return `string ${oneLine.length > 30 ? oneLine.slice(0, 27) + '..."' : oneLine}`;
    }
    default: {
      const never: never = t.kind;
      return never;
    }
  }
}
