// The lexical vocabulary of both miniSTG dialects (docs/dialects.md), shared
// by the lexer, the printer and the ministg-dialect checker so that all three
// agree on what a name may look like.

/** ministg 0.3's reserved words: its lexer tries these before identifiers. */
export const MINISTG_KEYWORDS: readonly string[] = [
  "let",
  "in",
  "case",
  "of",
  "FUN",
  "CON",
  "PAP",
  "THUNK",
  "ERROR",
  "stack",
];

/** The primops ministg 0.3 knows, with the number of arguments each needs. */
export const MINISTG_PRIMOPS: ReadonlyMap<string, number> = new Map([
  ["plus#", 2],
  ["sub#", 2],
  ["mult#", 2],
  ["eq#", 2],
  ["lt#", 2],
  ["lte#", 2],
  ["gt#", 2],
  ["gte#", 2],
  ["intToBool#", 1],
]);

/** Words the extended dialect reserves (whole identifiers only). */
export const EXTENDED_KEYWORDS: ReadonlySet<string> = new Set([
  ...MINISTG_KEYWORDS,
  "letrec",
]);

export const MINISTG_VAR = /^[a-z][A-Za-z0-9_]*$/;
export const MINISTG_CON = /^[A-Z][A-Za-z0-9_]*$/;
export const EXTENDED_VAR = /^[a-z_][A-Za-z0-9_']*$/;
export const EXTENDED_CON = /^[A-Z][A-Za-z0-9_']*$/;
export const EXTENDED_PRIMOP = /^[a-z][A-Za-z0-9_]*#$/;

const ministgReserved = new Set<string>([
  ...MINISTG_KEYWORDS,
  ...MINISTG_PRIMOPS.keys(),
]);

/**
 * Why ministg 0.3 would not read `name` as one identifier, or undefined if it
 * would. ministg's lexer takes a keyword whenever no letter or digit follows
 * it, so `let_x` lexes as `let` and then fails at `_`.
 */
export function ministgNameProblem(
  name: string,
  role: "variable" | "constructor",
): string | undefined {
  const shape = role === "variable" ? MINISTG_VAR : MINISTG_CON;
  if (!shape.test(name)) {
    return role === "variable"
      ? `variable \`${name}\` is not a ministg name (ministg variables match [a-z][A-Za-z0-9_]*)`
      : `constructor \`${name}\` is not a ministg name (ministg constructors match [A-Z][A-Za-z0-9_]*)`;
  }
  if (ministgReserved.has(name)) {
    return `\`${name}\` is a ministg keyword and cannot be used as a ${role}`;
  }
  for (const kw of MINISTG_KEYWORDS) {
    if (name.startsWith(kw + "_")) {
      return `\`${name}\` cannot be a ministg name: ministg reads the keyword \`${kw}\` and then fails at \`_\``;
    }
  }
  return undefined;
}

/** Why `name` is not an extended-dialect identifier, or undefined. */
export function extendedNameProblem(
  name: string,
  role: "variable" | "constructor",
): string | undefined {
  const shape = role === "variable" ? EXTENDED_VAR : EXTENDED_CON;
  if (!shape.test(name)) {
    return role === "variable"
      ? `variable \`${name}\` is not a valid name (variables match [a-z_][A-Za-z0-9_']*)`
      : `constructor \`${name}\` is not a valid name (constructors match [A-Z][A-Za-z0-9_']*)`;
  }
  if (EXTENDED_KEYWORDS.has(name)) {
    return `\`${name}\` is a keyword and cannot be used as a ${role}`;
  }
  return undefined;
}
