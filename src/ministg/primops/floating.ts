// Double# and Float# primops, and GHC's show/showFFloat texts of a Double.

import { makeAddr } from "../machine/values.js";
import { doubleToInt, toDouble } from "../machine/numeric.js";
import { b2i, bytesOf, def, int, num } from "./table.js";

/** GHC's `show` for Double: fixed notation for 0.1 <= |x| < 10^7, else d.ddde<n>. */
export function showDouble(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x < 0 || Object.is(x, -0)) return "-" + showDouble(-x);
  if (x === 0) return "0.0";
  // Shortest round-trip digits (what GHC's floatToDigits gives) and exponent.
  const [mant, expText] = x.toExponential().split("e");
  const digits = mant!.replace(".", "");
  const e = Number(expText) + 1; // x = 0.d1d2... * 10^e
  if (x >= 0.1 && x < 1e7) {
    if (e <= 0) return "0." + "0".repeat(-e) + digits;
    const ip = digits.slice(0, e).padEnd(e, "0");
    const fp = digits.slice(e);
    return ip + "." + (fp === "" ? "0" : fp);
  }
  const fp = digits.slice(1);
  return digits[0] + "." + (fp === "" ? "0" : fp) + "e" + (e - 1);
}

// Double#
const d = num;
def(
  "Double#",
  "plusDouble#",
  2,
  "+##",
  (a, b) => d(a, "plusDouble#") + d(b, "plusDouble#"),
);
def(
  "Double#",
  "minusDouble#",
  2,
  "-##",
  (a, b) => d(a, "minusDouble#") - d(b, "minusDouble#"),
);
def(
  "Double#",
  "timesDouble#",
  2,
  "*##",
  (a, b) => d(a, "timesDouble#") * d(b, "timesDouble#"),
);
def(
  "Double#",
  "divideDouble#",
  2,
  "/##",
  (a, b) => d(a, "divideDouble#") / d(b, "divideDouble#"),
);
def("Double#", "powerDouble#", 2, "**##", (a, b) =>
  Math.pow(d(a, "powerDouble#"), d(b, "powerDouble#")),
);
def("Double#", "negateDouble#", 1, "negation", (a) => -d(a, "negateDouble#"));
def("Double#", "fabsDouble#", 1, "absolute value", (a) =>
  Math.abs(d(a, "fabsDouble#")),
);
def("Double#", "eqDouble#", 2, "==##", (a, b) =>
  b2i(d(a, "eqDouble#") === d(b, "eqDouble#")),
);
def("Double#", "neDouble#", 2, "/=##", (a, b) =>
  b2i(d(a, "neDouble#") !== d(b, "neDouble#")),
);
def("Double#", "ltDouble#", 2, "<##", (a, b) =>
  b2i(d(a, "ltDouble#") < d(b, "ltDouble#")),
);
def("Double#", "leDouble#", 2, "<=##", (a, b) =>
  b2i(d(a, "leDouble#") <= d(b, "leDouble#")),
);
def("Double#", "gtDouble#", 2, ">##", (a, b) =>
  b2i(d(a, "gtDouble#") > d(b, "gtDouble#")),
);
def("Double#", "geDouble#", 2, ">=##", (a, b) =>
  b2i(d(a, "geDouble#") >= d(b, "geDouble#")),
);
def("Double#", "int2Double#", 1, "Int# to Double#", (a) =>
  toDouble(int(a, "int2Double#")),
);
def("Double#", "double2Int#", 1, "truncate to Int#", (a) =>
  doubleToInt(d(a, "double2Int#")),
);
def("Double#", "double2Float#", 1, "round to single precision", (a) =>
  Math.fround(d(a, "double2Float#")),
);
def("Double#", "float2Double#", 1, "widen to Double#", (a) =>
  d(a, "float2Double#"),
);
for (const [name, f] of [
  ["sqrt", Math.sqrt],
  ["exp", Math.exp],
  ["log", Math.log],
  ["sin", Math.sin],
  ["cos", Math.cos],
  ["tan", Math.tan],
  ["asin", Math.asin],
  ["acos", Math.acos],
  ["atan", Math.atan],
  ["sinh", Math.sinh],
  ["cosh", Math.cosh],
  ["tanh", Math.tanh],
] as const) {
  def("Double#", `${name}Double#`, 1, name, (a) => f(d(a, `${name}Double#`)));
  def("Float#", `${name}Float#`, 1, name, (a) =>
    Math.fround(f(d(a, `${name}Float#`))),
  );
}
def(
  "Double#",
  "showDouble#",
  1,
  "GHC's `show` text of a Double# as an Addr# string",
  (a) => makeAddr(bytesOf(showDouble(d(a, "showDouble#"))), 0),
);

// Float# (single precision: every result rounded with Math.fround)
const fr = Math.fround;
def("Float#", "plusFloat#", 2, "plusFloat#", (a, b) =>
  fr(d(a, "plusFloat#") + d(b, "plusFloat#")),
);
def("Float#", "minusFloat#", 2, "minusFloat#", (a, b) =>
  fr(d(a, "minusFloat#") - d(b, "minusFloat#")),
);
def("Float#", "timesFloat#", 2, "timesFloat#", (a, b) =>
  fr(d(a, "timesFloat#") * d(b, "timesFloat#")),
);
def("Float#", "divideFloat#", 2, "divideFloat#", (a, b) =>
  fr(d(a, "divideFloat#") / d(b, "divideFloat#")),
);
def("Float#", "negateFloat#", 1, "negation", (a) => -d(a, "negateFloat#"));
def("Float#", "eqFloat#", 2, "==", (a, b) =>
  b2i(d(a, "eqFloat#") === d(b, "eqFloat#")),
);
def("Float#", "neFloat#", 2, "/=", (a, b) =>
  b2i(d(a, "neFloat#") !== d(b, "neFloat#")),
);
def("Float#", "ltFloat#", 2, "<", (a, b) =>
  b2i(d(a, "ltFloat#") < d(b, "ltFloat#")),
);
def("Float#", "leFloat#", 2, "<=", (a, b) =>
  b2i(d(a, "leFloat#") <= d(b, "leFloat#")),
);
def("Float#", "gtFloat#", 2, ">", (a, b) =>
  b2i(d(a, "gtFloat#") > d(b, "gtFloat#")),
);
def("Float#", "geFloat#", 2, ">=", (a, b) =>
  b2i(d(a, "geFloat#") >= d(b, "geFloat#")),
);
def("Float#", "int2Float#", 1, "Int# to Float#", (a) =>
  fr(toDouble(int(a, "int2Float#"))),
);
def("Float#", "float2Int#", 1, "truncate to Int#", (a) =>
  doubleToInt(d(a, "float2Int#")),
);

// GHC's showFFloat (appended for Text.Printf's %f in preludes/base): the
// shortest decimal digits of the Double (floatToDigits), rounded with
// GHC.Float.roundTo (half to even on those digits); precision < 0 = Nothing.
function floatToDigits(x: number): [number[], number] {
  if (x === 0) return [[0], 0];
  const [mant, expText] = x.toExponential().split("e");
  return [mant!.replace(".", "").split("").map(Number), Number(expText) + 1];
}
function roundTo(d: number, is: number[]): [number, number[]] {
  const f = (n: number, e: boolean, xs: number[]): [number, number[]] => {
    if (xs.length === 0) return [0, new Array<number>(n).fill(0)];
    if (n === 0) {
      const x = xs[0]!;
      if (x === 5 && e && xs.slice(1).every((y) => y === 0)) return [0, []];
      return [x >= 5 ? 1 : 0, []];
    }
    const i = xs[0]!;
    const [c, rest] = f(n - 1, i % 2 === 0, xs.slice(1));
    const i2 = c + i;
    return i2 === 10 ? [1, [0, ...rest]] : [0, [i2, ...rest]];
  };
  const [c, ds] = f(d, true, is);
  return c === 0 ? [0, ds] : [1, [1, ...ds]];
}
export function showFFloat(x: number, prec: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x < 0 || Object.is(x, -0)) return "-" + showFFloat(-x, prec);
  const [is, e] = floatToDigits(x);
  const mk0 = (ls: string) => (ls === "" ? "0" : ls);
  if (prec < 0) {
    const ds = is.join("");
    if (e <= 0) return "0." + "0".repeat(-e) + ds;
    const padded = ds.padEnd(e, "0");
    return mk0(padded.slice(0, e)) + "." + mk0(padded.slice(e));
  }
  if (e >= 0) {
    const [ei, is2] = roundTo(prec + e, is);
    const digits = is2.join("");
    const ls = digits.slice(0, e + ei);
    const rs = digits.slice(e + ei);
    return mk0(ls) + (rs === "" ? "" : "." + rs);
  }
  const [ei, is2] = roundTo(prec, [...new Array<number>(-e).fill(0), ...is]);
  const all = (ei > 0 ? is2 : [0, ...is2]).join("");
  return all[0]! + (all.length > 1 ? "." + all.slice(1) : "");
}
def(
  "Double#",
  "showFFloat#",
  2,
  "GHC's showFFloat (Just prec) (Nothing when prec < 0) of a Double# as an Addr# string",
  (a, b) =>
    makeAddr(
      bytesOf(showFFloat(d(a, "showFFloat#"), Number(int(b, "showFFloat#")))),
      0,
    ),
);
