// Unicode general categories and case mappings for GHC.Unicode.

import { int, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const unicodePrimOps: PrimOpTable = ops;

// Unicode (appended for GHC.Unicode in preludes/base): general categories
// numbered as GHC's GeneralCategory constructors, simple case mappings.
const UNICODE_CATEGORIES: ReadonlyArray<readonly [RegExp, number]> = [
  ["Lu", 0],
  ["Ll", 1],
  ["Lt", 2],
  ["Lm", 3],
  ["Lo", 4],
  ["Mn", 5],
  ["Mc", 6],
  ["Me", 7],
  ["Nd", 8],
  ["Nl", 9],
  ["No", 10],
  ["Pc", 11],
  ["Pd", 12],
  ["Ps", 13],
  ["Pe", 14],
  ["Pi", 15],
  ["Pf", 16],
  ["Po", 17],
  ["Sm", 18],
  ["Sc", 19],
  ["Sk", 20],
  ["So", 21],
  ["Zs", 22],
  ["Zl", 23],
  ["Zp", 24],
  ["Cc", 25],
  ["Cf", 26],
  ["Cs", 27],
  ["Co", 28],
].map(([cat, n]) => [new RegExp(`^\\p{${cat}}$`, "u"), n as number] as const);
// The Basic Multilingual Plane's answers, each worked out once (a category
// takes up to 29 regular expressions; a case mapping, strings): 255 or -1
// marks one not yet asked for.
const BMP = 0x10000;
const categories = new Uint8Array(BMP).fill(255);
const uppers = new Int32Array(BMP).fill(-1);
const lowers = new Int32Array(BMP).fill(-1);

function unicodeCategory(cp: number): number {
  if (cp >= 0 && cp < BMP) {
    const c = categories[cp]!;
    return c !== 255 ? c : (categories[cp] = categoryOf(cp));
  }
  return categoryOf(cp);
}
function categoryOf(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return 27; // lone surrogates
  const s = String.fromCodePoint(cp);
  for (const [re, n] of UNICODE_CATEGORIES) if (re.test(s)) return n;
  return 29; // NotAssigned
}
/**
 * Simple mappings that JavaScript's full mappings (which give two or more
 * code points there) do not show: İ lowers to i; the Greek letters with
 * ypogegrammeni upper to their title-case forms.
 */
function simpleException(cp: number, upper: boolean): number | undefined {
  if (!upper) return cp === 0x130 ? 0x69 : undefined;
  if (
    (cp >= 0x1f80 && cp <= 0x1f87) ||
    (cp >= 0x1f90 && cp <= 0x1f97) ||
    (cp >= 0x1fa0 && cp <= 0x1fa7)
  )
    return cp + 8;
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return cp + 9;
  return undefined;
}
const toUpper = (s: string): string => s.toUpperCase();
const toLower = (s: string): string => s.toLowerCase();
function cachedCase(
  table: Int32Array,
  cp: number,
  map: (s: string) => string,
): number {
  if (cp < 0 || cp >= BMP) return simpleCase(cp, map);
  const c = table[cp]!;
  return c >= 0 ? c : (table[cp] = simpleCase(cp, map));
}
/** A simple (one code point to one code point) case mapping, else unchanged. */
function simpleCase(cp: number, map: (s: string) => string): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return cp;
  const exception = simpleException(cp, map("a") === "A");
  if (exception !== undefined) return exception;
  const out = Array.from(map(String.fromCodePoint(cp)));
  return out.length === 1 ? out[0]!.codePointAt(0)! : cp;
}
def(
  "Unicode",
  "unicodeCategory#",
  1,
  "general category of a code point (Int#) as GHC's GeneralCategory number, 0 (Lu) .. 29 (Cn)",
  (a) => unicodeCategory(Number(int(a, "unicodeCategory#"))),
);
def(
  "Unicode",
  "unicodeCategoryIn#",
  3,
  "1 when the general category of a code point is within lo..hi (GeneralCategory numbers), else 0: GHC.Unicode's isAlpha (0..4), isPrint, isPunctuation, isSymbol",
  (a, lo, hi) => {
    const k = unicodeCategory(Number(int(a, "unicodeCategoryIn#")));
    return k >= Number(int(lo, "unicodeCategoryIn#")) &&
      k <= Number(int(hi, "unicodeCategoryIn#"))
      ? 1
      : 0;
  },
);
def(
  "Unicode",
  "unicodeToUpper#",
  1,
  "simple upper-case mapping of a code point",
  (a) => cachedCase(uppers, Number(int(a, "unicodeToUpper#")), toUpper),
);
def(
  "Unicode",
  "unicodeToLower#",
  1,
  "simple lower-case mapping of a code point",
  (a) => cachedCase(lowers, Number(int(a, "unicodeToLower#")), toLower),
);
