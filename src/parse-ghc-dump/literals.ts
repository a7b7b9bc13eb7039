// Literals as GHC prints them in STG (GHC/Types/Literal.hs `pprLiteral`):
// `1#`, `17##`, `2.5##`, `1.5#`, `'q'#`, `"text"#`, `__NULL`, labels,
// `__RUBBISH`, and 9.2+ sized numbers such as `-7#8` or `200##8`.
import type { Literal } from "./ast.js";

// Names of Haskell's ASCII control-character escapes, by code; SOH must be
// tried before SO, which the alternation order below ensures.
const ASCII_NAMES = [
  "NUL",
  "SOH",
  "STX",
  "ETX",
  "EOT",
  "ENQ",
  "ACK",
  "BEL",
  "BS",
  "HT",
  "LF",
  "VT",
  "FF",
  "CR",
  "SO",
  "SI",
  "DLE",
  "DC1",
  "DC2",
  "DC3",
  "DC4",
  "NAK",
  "SYN",
  "ETB",
  "CAN",
  "EM",
  "SUB",
  "ESC",
  "FS",
  "GS",
  "RS",
  "US",
  "SP",
] as const;
const NAMED_CODE = new Map<string, number>([
  ...ASCII_NAMES.map((n, code) => [n, code] as [string, number]),
  ["DEL", 127],
]);
const SINGLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92,
  '"': 34,
  "'": 39,
};

// One Haskell escape after the backslash (global, used with lastIndex).
const ESCAPE =
  /\\(?:(\d+)|x([0-9a-fA-F]+)|o([0-7]+)|\^([@-_])|(SOH|NUL|STX|ETX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|SO|SI|DLE|DC1|DC2|DC3|DC4|NAK|SYN|ETB|CAN|EM|SUB|ESC|FS|GS|RS|US|SP|DEL)|([abfnrtv\\"'])|(&)|(\s+\\))/y;

const MAX_CODE_POINT = 0x10ffff;

/**
 * Undoes Haskell `show` escapes (and string gaps) in the body of a char or
 * string literal. Returns code points, or null when an escape is malformed.
 */
export function unescapeHaskell(body: string): number[] | null {
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body.codePointAt(i)!;
    if (c !== 92 /* \ */) {
      out.push(c);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    ESCAPE.lastIndex = i;
    const m = ESCAPE.exec(body);
    if (m === null) return null;
    i = ESCAPE.lastIndex;
    let code: number;
    if (m[1] !== undefined) code = Number(m[1]);
    else if (m[2] !== undefined) code = parseInt(m[2], 16);
    else if (m[3] !== undefined) code = parseInt(m[3], 8);
    else if (m[4] !== undefined) code = m[4].charCodeAt(0) - 64;
    else if (m[5] !== undefined) code = NAMED_CODE.get(m[5])!;
    else if (m[6] !== undefined) code = SINGLE_ESCAPES[m[6]]!;
    else continue; // `\&` and gaps stand for nothing
    if (!(code <= MAX_CODE_POINT)) return null;
    out.push(code);
  }
  return out;
}

/** The value of a Char# literal's body (between the quotes), or null. */
export function decodeChar(body: string): number | null {
  const codes = unescapeHaskell(body);
  return codes !== null && codes.length === 1 ? codes[0]! : null;
}

/**
 * The bytes of an Addr# literal's body. GHC writes each non-ASCII byte as a
 * backslash and its three decimal digits (128..255) and then `show`s the
 * result, so we undo `show` first and then turn each such `\NNN` into a byte.
 * Exactly three digits: `"\\1465"` is byte 146 followed by `5`.
 */
export function decodeAddrBytes(body: string): number[] | null {
  const chars = unescapeHaskell(body);
  if (chars === null) return null;
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const high = c === 92 ? escapedHighByte(chars, i + 1) : -1;
    if (high >= 0) {
      bytes.push(high);
      i += 3;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Not produced by GHC (it escapes such bytes); keep the text's UTF-8.
      bytes.push(...new TextEncoder().encode(String.fromCodePoint(c)));
    }
  }
  return bytes;
}

/** The byte 128..255 written as three digits at `chars[i..i+2]`, else -1. */
function escapedHighByte(chars: readonly number[], i: number): number {
  if (!isDigit(chars[i]) || !isDigit(chars[i + 1]) || !isDigit(chars[i + 2]))
    return -1;
  const n =
    (chars[i]! - 48) * 100 + (chars[i + 1]! - 48) * 10 + chars[i + 2]! - 48;
  return n >= 128 && n <= 255 ? n : -1;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

/**
 * Every literal form, sticky, at a token boundary (a string gap `\ \`
 * is one unit, so the backslash closing it never pairs with the next one).
 * Groups: 1 char body,
 * 2 string body, 3 number, 4 hashes, 5 size, 6 label text, 7 label kind,
 * 8 rubbish, 9 null.
 */
export const LITERAL =
  /(?:'(\\[^'\n]*|\\'|[^'\\\n])'#|"((?:[^"\\]|\\\s+\\|\\[\s\S])*)"#|(-?(?:\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|Infinity|NaN))(##?)(8|16|32|64)?|__label\s+"((?:[^"\\]|\\.)*)"\s*\((\w+)\)|(__RUBBISH(?:\([^()\s]*\)|\[[^\[\]\s]*\])?)|(__NULL))(?![^\s;,{}[\]"()])/y;

/** Builds the literal from a LITERAL match, or null when it is malformed. */
export function literalFromMatch(m: RegExpExecArray): Literal | null {
  if (m[1] !== undefined) {
    const value = decodeChar(m[1]);
    return value === null ? null : { kind: "char", value };
  }
  if (m[2] !== undefined) {
    const bytes = decodeAddrBytes(m[2]);
    return bytes === null ? null : { kind: "string", bytes };
  }
  if (m[3] !== undefined) return numberLiteral(m[3], m[4]!, m[5]);
  if (m[6] !== undefined) {
    const chars = unescapeHaskell(m[6]);
    if (chars === null) return null;
    return {
      kind: "label",
      label: String.fromCodePoint(...chars),
      labelKind: m[7]!,
    };
  }
  if (m[8] !== undefined) return { kind: "rubbish", text: m[8] };
  return { kind: "null" };
}

function numberLiteral(
  text: string,
  hashes: string,
  size: string | undefined,
): Literal | null {
  // GHC prints constant-folded specials as Infinity##, -Infinity##, NaN##.
  const fractional = /[.eEIN]/.test(text);
  const word = hashes === "##";
  if (fractional) {
    if (size !== undefined) return null;
    const value = Number(text);
    return word
      ? { kind: "double", value, text }
      : { kind: "float", value, text };
  }
  if (word && text.startsWith("-")) return null;
  const value = BigInt(text);
  const sized = size === undefined ? {} : { size: Number(size) };
  return word
    ? { kind: "word", value, ...sized }
    : { kind: "int", value, ...sized };
}
