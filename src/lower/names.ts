// miniSTG names for GHC names (design §3, docs/names.md).
//
// - Globals `M.occ` become `zenc(occ) + "_" + zenc(M)`: Z-encoded text never
//   contains `_`, so the one `_` separates occurrence and module, the first
//   letter keeps its role (constructor / variable) and the name decodes back.
// - Well-known constructors get ministg's short names (`I`, `Cons`, `Z2T`).
// - A constructor used as a value (a function or a nullary value passed as an
//   argument) is a variable: `nil`, `true`, `false`, `unit`, else `con_<Con>`.
// - Locals are Z-encoded occurrence names without GHC's unique suffix; the
//   lowering numbers them (`sat`, `sat1`) to keep them unique in scope.

// ------------------------------------------------------------ Z-encoding

/** GHC's `zEncodeString` (GHC.Utils.Encoding), character for character. */
export function zEncode(s: string): string {
  const tuple = encodeTuple(s);
  if (tuple !== undefined) return tuple;
  const chars = Array.from(s);
  let out = "";
  chars.forEach((c, i) => {
    // A leading digit is encoded so that the result starts with a letter.
    out += i === 0 && isDigit(c) ? encodeAsUnicode(c) : encodeChar(c);
  });
  return out;
}

const ENCODE_TABLE: ReadonlyMap<string, string> = new Map([
  ["(", "ZL"],
  [")", "ZR"],
  ["[", "ZM"],
  ["]", "ZN"],
  [":", "ZC"],
  ["Z", "ZZ"],
  ["z", "zz"],
  ["&", "za"],
  ["|", "zb"],
  ["^", "zc"],
  ["$", "zd"],
  ["=", "ze"],
  [">", "zg"],
  ["#", "zh"],
  [".", "zi"],
  ["<", "zl"],
  ["-", "zm"],
  ["!", "zn"],
  ["+", "zp"],
  ["'", "zq"],
  ["\\", "zr"],
  ["/", "zs"],
  ["*", "zt"],
  ["_", "zu"],
  ["%", "zv"],
]);

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isUnencoded(c: string): boolean {
  return (
    (c >= "a" && c <= "z" && c !== "z") ||
    (c >= "A" && c <= "Z" && c !== "Z") ||
    isDigit(c)
  );
}

function encodeChar(c: string): string {
  if (isUnencoded(c)) return c;
  return ENCODE_TABLE.get(c) ?? encodeAsUnicode(c);
}

/** `z` + lower-case hex code point (with a leading 0 if it starts with a letter) + `U`. */
function encodeAsUnicode(c: string): string {
  const hex = c.codePointAt(0)!.toString(16);
  return "z" + (isDigit(hex[0]!) ? hex : "0" + hex) + "U";
}

/** GHC's `maybe_tuple`: `()` → Z0T, `(,)` → Z2T, `(# #)` → Z1H, `(#,#)` → Z2H. */
function encodeTuple(s: string): string | undefined {
  if (s === "(# #)") return "Z1H";
  if (s.startsWith("(#")) {
    const n = countCommas(s, 2);
    return s.startsWith("#)", 2 + n) ? `Z${n + 1}H` : undefined;
  }
  if (s === "()") return "Z0T";
  if (s.startsWith("(")) {
    const n = countCommas(s, 1);
    return s.startsWith(")", 1 + n) ? `Z${n + 1}T` : undefined;
  }
  return undefined;
}

function countCommas(s: string, from: number): number {
  let n = 0;
  while (s[from + n] === ",") n++;
  return n;
}

const DECODE_UPPER: ReadonlyMap<string, string> = new Map([
  ["L", "("],
  ["R", ")"],
  ["M", "["],
  ["N", "]"],
  ["C", ":"],
  ["Z", "Z"],
]);

const DECODE_LOWER: ReadonlyMap<string, string> = new Map(
  [...ENCODE_TABLE]
    .filter(([, enc]) => enc.startsWith("z"))
    .map(([c, enc]) => [enc[1]!, c]),
);

/** GHC's `zDecodeString`; text that is not valid Z-encoding is kept as is. */
export function zDecode(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const d = s[i + 1];
    if ((c === "Z" || c === "z") && d !== undefined) {
      if (isDigit(d)) {
        let j = i + 1;
        while (j < s.length && /[0-9a-f]/.test(s[j]!)) j++;
        const digits = s.slice(i + 1, j);
        const end = s[j];
        if (
          c === "Z" &&
          /^[0-9]+$/.test(digits) &&
          (end === "T" || end === "H")
        ) {
          out += decodeTuple(Number(digits), end);
          i = j + 1;
          continue;
        }
        if (c === "z" && end === "U") {
          out += String.fromCodePoint(parseInt(digits, 16));
          i = j + 1;
          continue;
        }
      } else {
        const dec = (c === "Z" ? DECODE_UPPER : DECODE_LOWER).get(d);
        if (dec !== undefined) {
          out += dec;
          i += 2;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return out;
}

function decodeTuple(n: number, kind: "T" | "H"): string {
  if (kind === "T") return n === 0 ? "()" : `(${",".repeat(n - 1)})`;
  return n === 1 ? "(# #)" : `(#${",".repeat(n - 1)}#)`;
}

// ------------------------------------------------------------ well-known constructors

/**
 * GHC constructors that get ministg's short names, keyed by qualified
 * Haskell name. Built-in syntax (`:`, `[]`, tuples) is also found by its bare
 * occurrence name, since GHC prints some of it unqualified.
 */
const WELL_KNOWN: ReadonlyArray<readonly [string, string]> = [
  ["GHC.Types.I#", "I"],
  ["GHC.Types.C#", "C"],
  ["GHC.Types.D#", "D"],
  ["GHC.Types.F#", "F"],
  ["GHC.Types.W#", "W"],
  ["GHC.Types.True", "True"],
  ["GHC.Types.False", "False"],
  ["GHC.Types.:", "Cons"],
  ["GHC.Types.[]", "Nil"],
  ["GHC.Tuple.()", "Unit"],
  ["GHC.Prim.(##)", "Z0H"],
  ["GHC.Prim.(# #)", "Z0H"],
  ["GHC.Prim.Unit#", "Z1H"],
  ["GHC.Prim.Solo#", "Z1H"],
];

const MAX_TUPLE = 64;

function buildWellKnown(): {
  byHaskell: Map<string, string>;
  toHaskell: Map<string, string>;
} {
  const byHaskell = new Map<string, string>();
  const toHaskell = new Map<string, string>();
  for (const [hs, short] of WELL_KNOWN) {
    byHaskell.set(hs, short);
    if (!toHaskell.has(short)) toHaskell.set(short, hs);
  }
  for (let n = 2; n <= MAX_TUPLE; n++) {
    const commas = ",".repeat(n - 1);
    byHaskell.set(`GHC.Tuple.(${commas})`, `Z${n}T`);
    toHaskell.set(`Z${n}T`, `GHC.Tuple.(${commas})`);
    byHaskell.set(`GHC.Prim.(#${commas}#)`, `Z${n}H`);
    toHaskell.set(`Z${n}H`, `GHC.Prim.(#${commas}#)`);
  }
  return { byHaskell, toHaskell };
}

const { byHaskell: WELL_KNOWN_BY_HASKELL, toHaskell: WELL_KNOWN_TO_HASKELL } =
  buildWellKnown();

/** Bare occurrence names of built-in syntax, which GHC prints unqualified. */
function builtinSyntaxModule(occ: string): string | undefined {
  if (occ === ":" || occ === "[]") return "GHC.Types";
  if (occ === "()" || /^\(,+\)$/.test(occ)) return "GHC.Tuple";
  if (/^\(#,*#\)$/.test(occ) || occ === "(# #)") return "GHC.Prim";
  if (occ === "Solo#" || occ === "Unit#") return "GHC.Prim";
  return undefined;
}

/** The short name of a well-known constructor, or undefined. */
export function wellKnownConstructor(
  module: string | null,
  occ: string,
): string | undefined {
  const m = module ?? builtinSyntaxModule(occ);
  if (m === undefined) return undefined;
  return (
    WELL_KNOWN_BY_HASKELL.get(`${m}.${occ}`) ??
    // Built-in syntax may be printed with another module than its home.
    (builtinSyntaxModule(occ) !== undefined
      ? WELL_KNOWN_BY_HASKELL.get(`${builtinSyntaxModule(occ)}.${occ}`)
      : undefined)
  );
}

// ------------------------------------------------------------ globals

/**
 * The miniSTG name of the top-level GHC name `module.occ` (a variable or a
 * constructor): `GHC.Base.map` → `map_GHCziBase`, `GHC.Types.I#` → `I`.
 */
/** `GHC.Real.:%` -> module `GHC.Real`, occurrence `:%`. */
export function splitQualified(q: string): { module: string; occ: string } {
  const m = /^((?:[A-Z][A-Za-z0-9_']*\.)*[A-Z][A-Za-z0-9_']*)\.(.+)$/.exec(q);
  if (m === null) throw new Error(`not a qualified name: ${q}`);
  return { module: m[1]!, occ: m[2]! };
}

export function globalName(module: string, occ: string): string {
  return (
    wellKnownConstructor(module, occ) ?? `${zEncode(occ)}_${zEncode(module)}`
  );
}

/** The miniSTG constructor name for a GHC constructor (module null: built-in syntax). */
export function constructorName(module: string | null, occ: string): string {
  const known = wellKnownConstructor(module, occ);
  if (known !== undefined) return known;
  if (module === null) return zEncode(occ);
  return globalName(module, occ);
}

const CONSTRUCTOR_VALUES: ReadonlyMap<string, string> = new Map([
  ["Nil", "nil"],
  ["True", "true"],
  ["False", "false"],
  ["Unit", "unit"],
]);

const CON_VALUE_PREFIX = "con_";

/**
 * The variable naming constructor `con` (a miniSTG constructor name) used as
 * a value: its worker function, or for a nullary constructor its static
 * closure. `Nil` → `nil`, `Just_GHCziMaybe` → `con_Just_GHCziMaybe`.
 */
export function constructorValueName(con: string): string {
  return CONSTRUCTOR_VALUES.get(con) ?? CON_VALUE_PREFIX + con;
}

/**
 * Top-level names the lowering generates without a `_` (so they cannot clash
 * with any encoded global); locals avoid them, as they avoid keywords.
 */
export const GENERATED_GLOBALS: ReadonlySet<string> = new Set([
  "main",
  "force",
  ...CONSTRUCTOR_VALUES.values(),
]);

// ------------------------------------------------------------ locals

/**
 * Splits GHC's unique suffix off a printed unqualified name:
 * `sat_s1PJ` → `sat`, `$cshowsPrec_r1DX` → `$cshowsPrec`, `eta_B0` → `eta`,
 * `void_0E` → `void`. Names without a suffix (`:`) come back unchanged.
 */
export function stripUnique(text: string): string {
  const m = /^(.+)_([A-Za-z0-9][A-Za-z0-9]+)$/.exec(text);
  return m === null ? text : m[1]!;
}

/**
 * The readable base of a local name (before numbering): the occurrence name
 * with leading `$` dropped (`$dShow` → `dShow`), Z-encoded unless it is
 * already a plain identifier (`x'` → `xzq`, `i#` → `izh`, `z` stays `z`).
 * Never contains `_`, so it cannot clash with a global; always a valid
 * variable of both dialects.
 */
export function localBase(occ: string): string {
  const trimmed = occ.replace(/^\$+/, "");
  // Locals never need decoding: plain names stay as they are (`z`, not `zz`).
  if (/^[a-z][A-Za-z0-9]*$/.test(trimmed)) return trimmed;
  const enc = zEncode(trimmed === "" ? occ : trimmed);
  return /^[a-z]/.test(enc) ? enc : "x" + enc;
}

/**
 * `base`, or `base` numbered (`sat1`, `sat2`, …) — the first candidate for
 * which `taken` is false. A base already ending in digits continues from them
 * (`ds1` → `ds2`).
 */
export function freshName(base: string, taken: (n: string) => boolean): string {
  for (let i = 0; ; i++) {
    const cand = candidateName(base, i);
    if (!taken(cand)) return cand;
  }
}

/**
 * The `i`th name freshName tries for `base`: `base` itself, then its stem
 * numbered on from base's own number (`sat` → `sat1`, `sat2`; `x1` → `x2`).
 */
export function candidateName(base: string, i: number): string {
  if (i === 0) return base;
  const m = /^(.*?)([0-9]*)$/.exec(base)!;
  return `${m[1]!}${(m[2] === "" ? 0 : Number(m[2])) + i}`;
}

// ------------------------------------------------------------ decoding

/**
 * The Haskell name a miniSTG name stands for, for display and error messages:
 * `showsPrec_GHCziShow` → `GHC.Show.showsPrec`, `I` → `GHC.Types.I#`,
 * `con_Just_GHCziMaybe` → `GHC.Maybe.Just`, a local `sat1` → `sat1`.
 */
export function decodeName(encoded: string): string {
  const known = WELL_KNOWN_TO_HASKELL.get(encoded);
  if (known !== undefined) return known;
  for (const [con, value] of CONSTRUCTOR_VALUES) {
    if (value === encoded) return WELL_KNOWN_TO_HASKELL.get(con)!;
  }
  if (encoded.startsWith(CON_VALUE_PREFIX)) {
    return decodeName(encoded.slice(CON_VALUE_PREFIX.length));
  }
  const sep = encoded.lastIndexOf("_");
  if (sep > 0 && sep < encoded.length - 1) {
    return `${zDecode(encoded.slice(sep + 1))}.${decodeOccurrence(encoded.slice(0, sep))}`;
  }
  return decodeOccurrence(encoded);
}

/**
 * An occurrence name decoded, unless decoding garbles it: a hand-written
 * name that is not Z-encoded (`zero`, a local or a ministg name) would read
 * `=ro`, so it is shown as written.
 */
function decodeOccurrence(enc: string): string {
  const dec = zDecode(enc);
  return garbledOccurrence(dec) ? enc : dec;
}

const SYMBOL_CHARS = new Set("!%&*+./<=>?@\\^|~:-");

/**
 * Whether a decoded occurrence cannot be a name GHC prints: an operator
 * character glued to a word (`=roInt`, `bitSi=`), except where GHC itself
 * glues them: after a short `$` tag (`$c==`, `$w!!`, `$dm<$`), in an
 * instance name (`$fFoldable:+:`) and in a class constructor (`C:Eq`).
 */
export function garbledOccurrence(occ: string): boolean {
  // GHC's KindRep names spell the kind: `krep$*Arr*`, `krep$*->*->*`.
  if (occ.startsWith("krep$")) return false;
  const isWordChar = (c: string | undefined) =>
    c !== undefined && /[A-Za-z0-9]/.test(c);
  const isLetter = (c: string | undefined) =>
    c !== undefined && /[A-Za-z]/.test(c);
  for (let i = 0; i < occ.length; i++) {
    if (!SYMBOL_CHARS.has(occ[i]!)) continue;
    if (occ[i] === ":" && occ[i - 1] === "C" && !isWordChar(occ[i - 2]))
      continue;
    let j = i;
    while (j > 0 && isWordChar(occ[j - 1])) j--;
    const run = occ.slice(j, i);
    if (/[A-Za-z]/.test(run)) {
      const tagged =
        occ[j - 1] === "$" && (run.length <= 2 || run.startsWith("f"));
      if (!tagged) return true;
    }
    if (isLetter(occ[i + 1]) && !(occ[i + 1] === "C" && occ[i + 2] === ":"))
      return true;
  }
  return false;
}

/**
 * Whether `encoded` follows the naming convention of docs/names.md: a
 * global `zenc(occ)_zenc(Module)` whose occurrence decodes to a name GHC
 * could print and encodes back to the same text (helpers of the preludes
 * included), or one of the lowering's constructor values.
 */
export function isConventionalGlobal(encoded: string): boolean {
  if (CONSTRUCTOR_VALUES_SET.has(encoded)) return true;
  if (encoded.startsWith(CON_VALUE_PREFIX))
    return isConventionalGlobal(encoded.slice(CON_VALUE_PREFIX.length));
  if (WELL_KNOWN_TO_HASKELL.has(encoded)) return true;
  const sep = encoded.lastIndexOf("_");
  if (sep <= 0 || sep === encoded.length - 1) return false;
  const module = zDecode(encoded.slice(sep + 1));
  const occ = zDecode(encoded.slice(0, sep));
  if (!/^[A-Z][\w']*(\.[A-Z][\w']*)*$/.test(module)) return false;
  return !garbledOccurrence(occ) && globalName(module, occ) === encoded;
}

const CONSTRUCTOR_VALUES_SET: ReadonlySet<string> = new Set(
  CONSTRUCTOR_VALUES.values(),
);
