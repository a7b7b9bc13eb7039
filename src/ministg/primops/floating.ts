// Double# and Float# primops (their text forms are in ./float-text.ts).

import { doubleToInt, toDouble } from "../machine/numeric.js";
import { b2i, def, int, num } from "./table.js";

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
