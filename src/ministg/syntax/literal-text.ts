// How literals are written in the extended dialect (docs/dialects.md). The
// printer uses these functions and the lexer reads exactly what they write,
// so every literal value round-trips.

import type { Literal } from "../ast.js";

/** Spellings of the double values that have no decimal form. */
export const SPECIAL_DOUBLES: ReadonlyMap<string, number> = new Map([
  ["1.0/0.0", Infinity],
  ["-1.0/0.0", -Infinity],
  ["0.0/0.0", NaN],
]);

/** A double written so that `Number()` of the digits gives it back exactly. */
export function doubleText(v: number): string {
  if (Number.isNaN(v)) return "0.0/0.0";
  if (v === Infinity) return "1.0/0.0";
  if (v === -Infinity) return "-1.0/0.0";
  if (Object.is(v, -0)) return "-0.0";
  return withPointOrExponent(String(v));
}

/**
 * A single-precision value, shortest decimal first: the lexer reads a float
 * as `Math.fround(Number(digits))`, so the first precision that survives that
 * trip is exact.
 */
export function floatText(v: number): string {
  if (Number.isNaN(v) || !Number.isFinite(v)) return doubleText(v);
  if (Object.is(v, -0)) return "-0.0";
  for (let p = 1; p <= 17; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return withPointOrExponent(tidy(s));
  }
  return doubleText(v);
}

// toPrecision writes `1.50e+3`-style text; drop trailing zeros of the mantissa.
function tidy(s: string): string {
  const [mantissa, exponent] = s.split("e");
  let m = mantissa!;
  if (m.includes(".")) m = m.replace(/0+$/, "").replace(/\.$/, "");
  return exponent === undefined ? m : `${m}e${exponent}`;
}

function withPointOrExponent(s: string): string {
  return /[.e]/.test(s) ? s : s + ".0";
}

/** `'a'`, `'\n'`, `'\x1f600'`: printable ASCII as itself, the rest escaped. */
export function charText(codePoint: number): string {
  return `'${escapeChar(codePoint, 0x27)}'`;
}

function escapeChar(c: number, quote: number): string {
  switch (c) {
    case 0x5c:
      return "\\\\";
    case 0x0a:
      return "\\n";
    case 0x09:
      return "\\t";
    case 0x0d:
      return "\\r";
  }
  if (c === quote) return "\\" + String.fromCharCode(c);
  if (c >= 0x20 && c <= 0x7e) return String.fromCharCode(c);
  return "\\x" + c.toString(16);
}

/** `"..."` for a byte string: printable ASCII as itself, other bytes `\xHH`. */
export function bytesText(bytes: readonly number[]): string {
  let out = '"';
  for (const b of bytes) {
    const e = escapeChar(b, 0x22);
    out += e.startsWith("\\x") && e.length === 3 ? "\\x0" + e.slice(2) : e;
  }
  return out + '"';
}

/** The extended-dialect text of any literal. */
export function literalText(lit: Literal): string {
  switch (lit.kind) {
    case "int":
      return lit.value.toString();
    case "word":
      return lit.value.toString() + "w";
    case "integer":
      return lit.value.toString() + "n";
    case "double":
      return doubleText(lit.value);
    case "float":
      return floatText(lit.value) + "f";
    case "char":
      return charText(lit.value);
    case "string":
      return bytesText(lit.bytes);
    default: {
      const never: never = lit;
      throw new Error(`unknown literal ${JSON.stringify(never)}`);
    }
  }
}

/** UTF-8 bytes of a string (for raw non-ASCII text inside `"..."`). */
export function utf8Bytes(s: string): number[] {
  return Array.from(new TextEncoder().encode(s));
}
