// The structural renderer: a forced value shown the way GHC's derived
// `show` would show it, reasoned from the value alone (docs/entry.md).
// STG is untyped, so what the types would decide is guessed from the
// constructors: a non-empty list of `C#` is a string, an empty one `[]`;
// record fields print positionally (their names are not in the value);
// functions print as `<function>`; an infix constructor gets the default
// fixity (infixl 9). `hs2stg run --entry` prefers the value's own Show
// instance (through GHC) and uses this only without one, or for dumps.
import { zDecode } from "../lower/names.js";
import { parseValueText, type ValueNode } from "./value-text.js";

/** The interpreter's value text (ministg's format) shown as Haskell would. */
export function renderHaskellValue(valueText: string): string {
  return renderValue(parseValueText(valueText));
}

/** Pieces of output, or a value to show at a precedence (showsPrec's `d`). */
type Task = string | { readonly node: ValueNode; readonly prec: number };

/** `showsPrec 0 value ""`, computed with a work list (no deep recursion). */
export function renderValue(root: ValueNode): string {
  const out = new StringBuilder();
  const work: Task[] = [{ node: root, prec: 0 }];
  while (work.length > 0) {
    const t = work.pop()!;
    if (typeof t === "string") {
      out.add(t);
      continue;
    }
    const parts = show(t.node, t.prec);
    for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i]!);
  }
  return out.text();
}

const paren = (yes: boolean, parts: Task[]): Task[] =>
  yes ? ["(", ...parts, ")"] : parts;

const at = (node: ValueNode, prec: number): Task => ({ node, prec });

/** One step of showsPrec: the node's text with its fields still to show. */
function show(node: ValueNode, prec: number): Task[] {
  switch (node.kind) {
    case "lit":
      return [signed(node.text, prec)];
    case "bytes":
      return [node.text];
    case "opaque":
      return [node.text === "<pap>" ? "<function>" : node.text];
    case "con":
      return showCon(node.name, node.args, prec);
    default: {
      const never: never = node;
      throw new Error(`unknown value ${String(never)}`);
    }
  }
}

/** `text` of the single unboxed field of a box (`I 5`), if that is what `args` is. */
function unboxed(args: readonly ValueNode[]): string | undefined {
  const a = args[0];
  return args.length === 1 && a?.kind === "lit" ? a.text : undefined;
}

/** Integer, Natural and the boxed numbers, by their constructors. */
const INTEGRAL = new Set([
  "I",
  "W",
  "IS_GHCziNumziInteger",
  "IP_GHCziNumziInteger",
  "NS_GHCziNumziNatural",
  "NB_GHCziNumziNatural",
]);

function showCon(name: string, args: ValueNode[], prec: number): Task[] {
  const lit = unboxed(args);
  if (lit !== undefined) {
    if (INTEGRAL.has(name)) return [signed(lit, prec)];
    if (name === "IN_GHCziNumziInteger")
      return [signed(lit.startsWith("-") ? lit : "-" + lit, prec)];
    if (name === "D" || name === "F")
      return [signedFloat(Number(lit), name === "F", prec)];
    if (name === "C") return [charLiteral(Number(lit))];
  }
  if (name === "Cons" && args.length === 2) return showList(args, prec);
  if (name === "Nil" && args.length === 0) return ["[]"];
  if (name === "Unit" && args.length === 0) return ["()"];
  const tuple = /^Z([0-9]+)([TH])$/.exec(name);
  if (tuple !== null && Number(tuple[1]) === args.length && args.length > 1) {
    const [open, close] = tuple[2] === "T" ? ["(", ")"] : ["(# ", " #)"];
    return [open, ...commaSeparated(args), close];
  }
  if (name === "ZCzv_GHCziReal" && args.length === 2)
    return paren(prec > 7, [at(args[0]!, 8), " % ", at(args[1]!, 8)]);
  const hs = haskellConName(name);
  if (args.length === 0) return [hs];
  if (hs.startsWith(":") && args.length === 2)
    return paren(prec > 9, [at(args[0]!, 10), ` ${hs} `, at(args[1]!, 10)]);
  const head = hs.startsWith(":") ? `(${hs})` : hs;
  return paren(prec > 10, [head, ...args.flatMap((a) => [" ", at(a, 11)])]);
}

function commaSeparated(items: readonly ValueNode[]): Task[] {
  return items.flatMap((a, i) => (i === 0 ? [at(a, 0)] : [",", at(a, 0)]));
}

/** A Cons cell: `[a,b]`, `"text"` when every element is a Char. */
function showList(cell: ValueNode[], prec: number): Task[] {
  const elems: ValueNode[] = [cell[0]!];
  let rest = cell[1]!;
  while (
    rest.kind === "con" &&
    rest.name === "Cons" &&
    rest.args.length === 2
  ) {
    elems.push(rest.args[0]!);
    rest = rest.args[1]!;
  }
  if (rest.kind === "con" && rest.name === "Nil" && rest.args.length === 0) {
    const chars = elems.map((e) =>
      e.kind === "con" && e.name === "C" ? unboxed(e.args) : undefined,
    );
    if (chars.every((c) => c !== undefined))
      return [stringLiteral(chars.map(Number))];
    return ["[", ...commaSeparated(elems), "]"];
  }
  // A list whose end is not a value (not forced): `1 : 2 : <thunk>`.
  return paren(prec > 5, [
    ...elems.flatMap((e) => [at(e, 6), " : "]),
    at(rest, 5),
  ]);
}

/** The Haskell name of a miniSTG constructor name (`Just_GHCziMaybe` → `Just`). */
export function haskellConName(name: string): string {
  const sep = name.lastIndexOf("_");
  return zDecode(sep > 0 ? name.slice(0, sep) : name);
}

// ------------------------------------------------------------ numbers

/** showSignedInt / showSignedFloat's rule: negative numbers in parentheses above precedence 6. */
function signed(text: string, prec: number): string {
  return text.startsWith("-") && prec > 6 ? `(${text})` : text;
}

function signedFloat(x: number, single: boolean, prec: number): string {
  if (Number.isNaN(x)) return "NaN";
  const negative = x < 0 || Object.is(x, -0);
  const text = negative ? "-" + showFloat(-x, single) : showFloat(x, single);
  return negative && prec > 6 ? `(${text})` : text;
}

/**
 * GHC's `showFloat` for x >= 0: the shortest digits that read back as x
 * (floatToDigits), in fixed notation for 0.1 <= x < 10^7, else `d.ddde±n`.
 */
export function showFloat(x: number, single: boolean): string {
  if (x === Infinity) return "Infinity";
  if (x === 0) return "0.0";
  const { digits, exp } = floatToDigits(x, single);
  if (exp < 0 || exp > 7) {
    const rest = digits.length > 1 ? digits.slice(1) : "0";
    return `${digits[0]}.${rest}e${exp - 1}`;
  }
  if (exp === 0) return `0.${digits}`;
  const whole = digits.slice(0, exp).padEnd(exp, "0");
  const frac = digits.slice(exp);
  return `${whole}.${frac === "" ? "0" : frac}`;
}

/** x = 0.d1d2… × 10^exp with the fewest digits that identify x (x > 0, finite). */
function floatToDigits(
  x: number,
  single: boolean,
): { digits: string; exp: number } {
  let text = x.toExponential(); // the shortest digits for a double
  if (single) {
    for (let p = 0; p < 9; p++) {
      const t = x.toExponential(p);
      if (Math.fround(Number(t)) === x) {
        text = t;
        break;
      }
    }
  }
  const [mantissa, e] = text.split("e") as [string, string];
  const digits = mantissa.replace(".", "").replace(/(?<=.)0+$/, "");
  return { digits, exp: Number(e) + 1 };
}

// ------------------------------------------------------------ characters

const ASCII_NAMES = [
  "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF",
  "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
  "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
]; // prettier-ignore

const SHORT_ESCAPES = new Map<number, string>([
  [7, "\\a"],
  [8, "\\b"],
  [12, "\\f"],
  [10, "\\n"],
  [13, "\\r"],
  [9, "\\t"],
  [11, "\\v"],
]);

/**
 * GHC's showLitChar: the escape for code point `c`, and what must not
 * follow it unseparated (`\&` goes between): a digit after a numeric
 * escape, `H` after `\SO`.
 */
function litChar(c: number): {
  text: string;
  guard?: (next: string) => boolean;
} {
  if (c > 0x7f) return { text: `\\${c}`, guard: (n) => n >= "0" && n <= "9" };
  if (c === 0x7f) return { text: "\\DEL" };
  if (c === 0x5c) return { text: "\\\\" };
  if (c >= 0x20) return { text: String.fromCodePoint(c) };
  const short = SHORT_ESCAPES.get(c);
  if (short !== undefined) return { text: short };
  if (c === 14) return { text: "\\SO", guard: (n) => n === "H" };
  return { text: `\\${ASCII_NAMES[c]!}` };
}

/** `show` of a Char: `'a'`, `'\n'`, `'\''`. */
export function charLiteral(c: number): string {
  if (c === 0x27) return "'\\''";
  return `'${litChar(c).text}'`;
}

/** `show` of a String: `"a\"b\n"`, with `\&` where an escape needs it. */
export function stringLiteral(codes: readonly number[]): string {
  const out = new StringBuilder();
  out.add('"');
  let guard: ((next: string) => boolean) | undefined;
  for (const c of codes) {
    const e = c === 0x22 ? { text: '\\"' } : litChar(c);
    if (guard?.(e.text[0]!) === true) out.add("\\&");
    out.add(e.text);
    guard = "guard" in e ? e.guard : undefined;
  }
  out.add('"');
  return out.text();
}

class StringBuilder {
  private parts: string[] = [];
  add(s: string): void {
    this.parts.push(s);
  }
  text(): string {
    return this.parts.join("");
  }
}
