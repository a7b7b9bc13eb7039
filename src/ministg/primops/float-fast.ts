// Double#/Float# arithmetic and comparisons the machine inlines, as it does
// ministg's Int# operations (table.ts, FAST_*): on two JS numbers they are
// one JavaScript operator (Math.fround'ed for Float#), so neither the
// interpreter nor the compiled code (machine/jit) calls the primop's
// function or, in a case, pushes a frame around it. Codes after table.ts's.

export const FAST_DPLUS = 10;
export const FAST_DMINUS = 11;
export const FAST_DTIMES = 12;
export const FAST_DDIVIDE = 13;
export const FAST_FPLUS = 14;
export const FAST_FMINUS = 15;
export const FAST_FTIMES = 16;
export const FAST_FDIVIDE = 17;
export const FAST_DEQ = 18;
export const FAST_DNE = 19;
export const FAST_DLT = 20;
export const FAST_DLE = 21;
export const FAST_DGT = 22;
export const FAST_DGE = 23;
// One argument (the machine passes 0 as the second).
export const FAST_DNEGATE = 24;
export const FAST_DFABS = 25;
export const FAST_DSQRT = 26;
export const FAST_FSQRT = 27;
export const FAST_TO_FLOAT = 28;
export const FAST_SAME = 29;

/** The primops by name (comparisons: Double# and Float# alike). */
export const FLOAT_FAST_CODES: readonly (readonly [string, number])[] = [
  ["plusDouble#", FAST_DPLUS],
  ["minusDouble#", FAST_DMINUS],
  ["timesDouble#", FAST_DTIMES],
  ["divideDouble#", FAST_DDIVIDE],
  ["plusFloat#", FAST_FPLUS],
  ["minusFloat#", FAST_FMINUS],
  ["timesFloat#", FAST_FTIMES],
  ["divideFloat#", FAST_FDIVIDE],
  ["eqDouble#", FAST_DEQ],
  ["neDouble#", FAST_DNE],
  ["ltDouble#", FAST_DLT],
  ["leDouble#", FAST_DLE],
  ["gtDouble#", FAST_DGT],
  ["geDouble#", FAST_DGE],
  ["eqFloat#", FAST_DEQ],
  ["neFloat#", FAST_DNE],
  ["ltFloat#", FAST_DLT],
  ["leFloat#", FAST_DLE],
  ["gtFloat#", FAST_DGT],
  ["geFloat#", FAST_DGE],
  ["negateDouble#", FAST_DNEGATE],
  ["negateFloat#", FAST_DNEGATE],
  ["fabsDouble#", FAST_DFABS],
  ["fabsFloat#", FAST_DFABS],
  ["sqrtDouble#", FAST_DSQRT],
  ["sqrtFloat#", FAST_FSQRT],
  ["double2Float#", FAST_TO_FLOAT],
  // Exact: a Float# is a double already, an Int# number converts as is.
  ["float2Double#", FAST_SAME],
  ["int2Double#", FAST_SAME],
];

/**
 * The interpreter's inlined result for a float code on two numbers, or NaN
 * for another code (a NaN result also sends the machine to the primop's
 * function, which computes the same NaN).
 */
export function fastFloatOp(fast: number, a0: number, a1: number): number {
  switch (fast) {
    case FAST_DPLUS:
      return a0 + a1;
    case FAST_DMINUS:
      return a0 - a1;
    case FAST_DTIMES:
      return a0 * a1;
    case FAST_DDIVIDE:
      return a0 / a1;
    case FAST_FPLUS:
      return Math.fround(a0 + a1);
    case FAST_FMINUS:
      return Math.fround(a0 - a1);
    case FAST_FTIMES:
      return Math.fround(a0 * a1);
    case FAST_FDIVIDE:
      return Math.fround(a0 / a1);
    case FAST_DEQ:
      return a0 === a1 ? 1 : 0;
    case FAST_DNE:
      return a0 !== a1 ? 1 : 0;
    case FAST_DLT:
      return a0 < a1 ? 1 : 0;
    case FAST_DLE:
      return a0 <= a1 ? 1 : 0;
    case FAST_DGT:
      return a0 > a1 ? 1 : 0;
    case FAST_DGE:
      return a0 >= a1 ? 1 : 0;
    case FAST_DNEGATE:
      return -a0;
    case FAST_DFABS:
      return Math.abs(a0);
    case FAST_DSQRT:
      return Math.sqrt(a0);
    case FAST_FSQRT:
      return Math.fround(Math.sqrt(a0));
    case FAST_TO_FLOAT:
      return Math.fround(a0);
    case FAST_SAME:
      return a0;
    default:
      return NaN;
  }
}

/** The compiled code's expression for a float code on `a` and `b`, or null. */
export function fastFloatExpr(
  fast: number,
  a: string,
  b: string,
): string | null {
  const unary = UNARY[fast];
  if (unary !== undefined) return unary.replace("$", a);
  const op = OPERATORS[fast];
  if (op === undefined) return null;
  const e = `${a} ${op} ${b}`;
  if (fast >= FAST_DEQ) return `${e} ? 1 : 0`;
  return fast >= FAST_FPLUS ? `Math.fround(${e})` : e;
}

/** Whether a code takes one argument. */
export const isUnaryFloatCode = (fast: number): boolean =>
  UNARY[fast] !== undefined;

const UNARY: Record<number, string> = {
  [FAST_DNEGATE]: "-$",
  [FAST_DFABS]: "Math.abs($)",
  [FAST_DSQRT]: "Math.sqrt($)",
  [FAST_FSQRT]: "Math.fround(Math.sqrt($))",
  [FAST_TO_FLOAT]: "Math.fround($)",
  [FAST_SAME]: "$",
};

const OPERATORS: Record<number, string> = {
  [FAST_DPLUS]: "+",
  [FAST_DMINUS]: "-",
  [FAST_DTIMES]: "*",
  [FAST_DDIVIDE]: "/",
  [FAST_FPLUS]: "+",
  [FAST_FMINUS]: "-",
  [FAST_FTIMES]: "*",
  [FAST_FDIVIDE]: "/",
  [FAST_DEQ]: "===",
  [FAST_DNE]: "!==",
  [FAST_DLT]: "<",
  [FAST_DLE]: "<=",
  [FAST_DGT]: ">",
  [FAST_DGE]: ">=",
};
