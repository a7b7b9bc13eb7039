// Each support function of preludes/ministg-support/Support.stg against the
// interpreter's own primop, on many values: a program computing a list of
// primop results runs as it is (extended dialect, the primops) and after the
// ministg-dialect pass (the support functions); both must print the same.
// Values stay where GHC's 64-bit results and unbounded integers agree.
import { describe, expect, it } from "vitest";
import { convert, extended, runProgram } from "./helpers.js";
import { primRule } from "../../src/ministg-dialect/support.js";
import { readFileSync } from "node:fs";
import { parseStg } from "../../src/ministg/parse.js";
import { checkMinistgDialect } from "../../src/ministg/check-dialect.js";
import { SUPPORT_PATH } from "../../src/ministg-dialect/support.js";

const P62 = 2n ** 62n;
const P63 = 2n ** 63n;
const INTS: bigint[] = [
  0n,
  1n,
  -1n,
  2n,
  -2n,
  3n,
  -3n,
  5n,
  -5n,
  7n,
  -7n,
  10n,
  -10n,
  13n,
  -13n,
  64n,
  -64n,
  100n,
  -100n,
  255n,
  256n,
  -256n,
  1000n,
  -999n,
  12345n,
  -12345n,
  65535n,
  65536n,
  2147483647n,
  2147483648n,
  -2147483648n,
  4294967295n,
  4294967296n,
  1000000000007n,
  -1000000000007n,
  2n ** 53n + 1n,
  -(2n ** 53n + 1n),
  P62,
  -P62,
  P63 - 1n,
  -P63,
];
const SMALL: bigint[] = [
  0n,
  1n,
  -1n,
  2n,
  -2n,
  5n,
  -6n,
  12n,
  255n,
  -256n,
  1000003n,
  -77777777n,
  P62 + 12345n,
  -P62 - 5n,
];
// Our interpreter wraps Int# at 64 bits even in ministg programs, so -2^63
// has no absolute value there; division and abs leave it out.
const NO_MIN = INTS.filter((x) => x !== -P63);

const lit = (n: bigint) => n.toString();

/**
 * A program whose value is the list of results of `calls` (expressions
 * giving an Int#), each boxed as `I n`, all evaluated.
 */
function resultsProgram(calls: readonly string[], extra = ""): string {
  const lines: string[] = [extra, "l0 = CON(Nil);"];
  calls.forEach((call, i) => {
    lines.push(
      `r${i + 1} = THUNK(case ${call} of { r -> let { b = CON(I r) } in b });`,
      `l${i + 1} = CON(Cons r${i + 1} l${i});`,
    );
  });
  lines.push(
    "forceAll = FUN(xs -> case xs of { Nil -> xs; Cons x rest -> case x of { I n -> case forceAll rest of { r -> xs } } });",
    `main = THUNK(forceAll l${calls.length});`,
  );
  return lines.join("\n");
}

function agree(calls: readonly string[], extra = ""): void {
  const p = extended(resultsProgram(calls, extra));
  const want = runProgram(p);
  expect(want).toMatch(/^\(Cons /);
  const got = convert(p, { preludes: false });
  expect(got.ea).toBe(want);
}

const pairs = (xs: readonly bigint[], ys: readonly bigint[] = xs) =>
  xs.flatMap((x) => ys.map((y) => [x, y] as const));

describe("Support.stg", () => {
  it("is pure ministg: parses with ministg's lexer and passes the checker", () => {
    const p = parseStg(readFileSync(SUPPORT_PATH, "utf8"), {
      file: "Support.stg",
      dialect: "ministg",
    });
    expect(checkMinistgDialect(p)).toEqual([]);
    expect(p.bindings.length).toBeGreaterThan(30);
  });

  it("every support function a primop maps to is defined", () => {
    const p = parseStg(readFileSync(SUPPORT_PATH, "utf8"), {
      file: "Support.stg",
      dialect: "ministg",
    });
    const defined = new Set(p.bindings.map((b) => b.name));
    for (const op of [
      "ne#",
      "quotInt#",
      "remInt#",
      "andI#",
      "orI#",
      "xorI#",
      "notI#",
      "uncheckedIShiftL#",
      "uncheckedIShiftRA#",
      "uncheckedIShiftRL#",
      "narrow8Int#",
      "narrow16Int#",
      "narrow32Int#",
      "narrow8Word#",
      "narrow16Word#",
      "narrow32Word#",
      "not#",
      "integerDiv#",
      "integerMod#",
      "integerGcd#",
      "integerPow#",
      "integerCompare#",
      "integerSignum#",
      "integerAbs#",
      "integerTestBit#",
      "intToString#",
      "indexCharOffAddr#",
      "addrLength#",
      "plusAddr#",
      "unicodeCategory#",
      "unicodeToUpper#",
      "unicodeToLower#",
    ]) {
      const rule = primRule(op);
      expect(rule.kind, op).toBe("call");
      if (rule.kind === "call")
        expect(defined.has(rule.fn), rule.fn).toBe(true);
    }
  });
});

describe("support functions agree with the primops", () => {
  it("ne#, integerCompare#, integerAbs#, integerSignum#", () => {
    const calls = pairs(SMALL).flatMap(([a, b]) => [
      `ne# ${lit(a)} ${lit(b)}`,
      `integerCompare# ${lit(a)} ${lit(b)}`,
    ]);
    for (const a of NO_MIN)
      calls.push(`integerAbs# ${lit(a)}`, `integerSignum# ${lit(a)}`);
    agree(calls);
  });

  it("quotInt#, remInt#, integerQuot#, integerRem#", () => {
    const calls = pairs(NO_MIN)
      .filter(([, b]) => b !== 0n)
      .flatMap(([a, b]) => [
        `quotInt# ${lit(a)} ${lit(b)}`,
        `remInt# ${lit(a)} ${lit(b)}`,
      ]);
    agree(calls);
    agree(
      pairs(SMALL)
        .filter(([, b]) => b !== 0n)
        .flatMap(([a, b]) => [
          `integerQuot# ${lit(a)} ${lit(b)}`,
          `integerRem# ${lit(a)} ${lit(b)}`,
        ]),
    );
  });

  it("integerDiv#, integerMod#, integerGcd#", () => {
    const calls = pairs(NO_MIN)
      .filter(([, b]) => b !== 0n)
      .flatMap(([a, b]) => [
        `integerDiv# ${lit(a)} ${lit(b)}`,
        `integerMod# ${lit(a)} ${lit(b)}`,
      ]);
    for (const [a, b] of pairs(SMALL))
      if (a !== -P63 && b !== -P63)
        calls.push(`integerGcd# ${lit(a)} ${lit(b)}`);
    agree(calls);
  });

  it("integerPow# (results within 64 bits)", () => {
    const calls: string[] = [];
    for (const x of [0n, 1n, -1n, 2n, -2n, 3n, -3n, 7n, 10n, -10n, 1000n])
      for (let e = 0n; e <= 62n; e += 1n) {
        const r = x ** e;
        if (r < P63 && r >= -P63) calls.push(`integerPow# ${lit(x)} ${e}`);
      }
    agree(calls);
  });

  it("andI#, orI#, xorI#, notI# and the Word# and Integer versions", () => {
    const calls = pairs(SMALL).flatMap(([a, b]) => [
      `andI# ${lit(a)} ${lit(b)}`,
      `orI# ${lit(a)} ${lit(b)}`,
      `xorI# ${lit(a)} ${lit(b)}`,
    ]);
    for (const a of INTS)
      calls.push(`notI# ${lit(a)}`, `integerComplement# ${lit(a)}`);
    for (const [a, b] of pairs([0n, 1n, 6n, 255n, 4096n, 123456789n]))
      calls.push(`and# ${a}w ${b}w`, `or# ${a}w ${b}w`, `xor# ${a}w ${b}w`);
    agree(calls);
  });

  it("shifts (results within 64 bits) and integerTestBit#", () => {
    const calls: string[] = [];
    for (const x of SMALL)
      for (const n of [0n, 1n, 2n, 7n, 31n, 32n, 62n, 63n]) {
        const shifted = x * 2n ** n;
        if (shifted < P63 && shifted >= -P63)
          calls.push(`uncheckedIShiftL# ${lit(x)} ${n}`);
        calls.push(`uncheckedIShiftRA# ${lit(x)} ${n}`);
        if (x >= 0n || n > 0n) calls.push(`uncheckedIShiftRL# ${lit(x)} ${n}`);
        calls.push(`integerTestBit# ${lit(x)} ${n}`);
      }
    agree(calls);
  });

  it("narrowing", () => {
    const calls: string[] = [];
    for (const x of INTS) {
      for (const op of ["narrow8Int#", "narrow16Int#", "narrow32Int#"])
        calls.push(`${op} ${lit(x)}`);
      if (x >= 0n)
        for (const op of ["narrow8Word#", "narrow16Word#", "narrow32Word#"])
          calls.push(`${op} ${x}w`);
    }
    agree(calls);
  });

  it("not# on words below 2^63", () => {
    agree(
      [0n, 1n, 255n, 2n ** 62n, 2n ** 63n - 1n].map(
        (w) => `case not# ${w}w of { c -> not# c }`,
      ),
    );
  });

  it("intToString#, indexCharOffAddr#, addrLength#, plusAddr#", () => {
    // an Addr#'s bytes as Ints, up to and including the first 0
    const bytes = `addrSum = FUN(a i acc ->
      case indexCharOffAddr# a i of { c -> case ord# c of { n ->
        case mult# acc 257 of { m -> case plus# m n of { s ->
          case n of { 0 -> s; other -> case plus# i 1 of { j -> addrSum a j s } } } } } });`;
    const calls: string[] = [];
    for (const x of NO_MIN)
      calls.push(`case intToString# ${lit(x)} of { a -> addrSum a 0 0 }`);
    for (const x of NO_MIN)
      calls.push(`case intToString# ${lit(x)} of { a -> addrLength# a }`);
    for (const s of ['"hello"', '""', '"a\\x00b"', '"\\xff\\x01"'])
      for (const k of [0, 1, 2, 3, 7]) {
        calls.push(`indexCharOffAddr# ${s} ${k}`);
        calls.push(`case plusAddr# ${s} ${k} of { a -> addrSum a 0 0 }`);
      }
    agree(calls, bytes);
  });

  it("unicodeCategory#, unicodeToUpper#, unicodeToLower# on ASCII", () => {
    const calls: string[] = [];
    for (let c = 0; c < 128; c++)
      calls.push(
        `unicodeCategory# ${c}`,
        `unicodeToUpper# ${c}`,
        `unicodeToLower# ${c}`,
      );
    agree(calls);
  });

  it("division by zero is ministg's ERROR (the primop is a runtime error)", () => {
    for (const call of ["quotInt# 5 0", "remInt# -5 0", "integerDiv# 1 0"]) {
      const p = extended(resultsProgram([call]));
      expect(runProgram(p)).toMatch(/^error: .*divide by zero/);
      expect(convert(p, { preludes: false }).ea).toBe("Exception raised!");
    }
  });
});
