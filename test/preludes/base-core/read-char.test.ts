// read/reads and Data.Char of preludes/base on hand-written miniSTG
// programs. Expected results follow the Haskell report's lexical syntax and
// base's documented behaviour (reads returns the unconsumed rest; read
// accepts surrounding spaces and parentheses, fails with "Prelude.read: no
// parse").
import { describe, it, expect } from "vitest";
import { runWithBase } from "./run-stg.js";

/** `show (reads input :: [(T, String)])` for the Read and Show dictionaries given. */
function reads(readDict: string, showDict: string, input: string): string {
  const r = runWithBase(`
main = THUNK(let {
  inp = THUNK(unpackCStringzh_GHCziCString "${input.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}");
  rs = THUNK(reads_TextziRead ${readDict} inp);
  dstr = THUNK(zdfShowZMZN_GHCziShow zdfShowChar_GHCziShow);
  dp = THUNK(zdfShowZLz2cUZR_GHCziShow ${showDict} dstr);
  dl = THUNK(zdfShowZMZN_GHCziShow dp);
  s = THUNK(show_GHCziShow dl rs) } in outLn s);`);
  expect(r.stderr).toBe("");
  return r.stdout.replace(/\n$/, "");
}

const INT = ["zdfReadInt_GHCziRead", "zdfShowInt_GHCziShow"] as const;
const INTEGER = [
  "zdfReadInteger_GHCziRead",
  "zdfShowInteger_GHCziShow",
] as const;

describe("reads", () => {
  it("reads Int with the rest of the input", () => {
    expect(reads(...INT, "42 rest")).toBe(`[(42," rest")]`);
    expect(reads(...INT, " -7")).toBe(`[(-7,"")]`);
    expect(reads(...INT, "( ( 7 ) ) x")).toBe(`[(7," x")]`);
    expect(reads(...INT, "0x1F")).toBe(`[(31,"")]`);
    expect(reads(...INT, "abc")).toBe(`[]`);
    // A fractional literal is not an Int; "5." and "5e" stop before the dot.
    expect(reads(...INT, "5.0")).toBe(`[]`);
    expect(reads(...INT, "5.")).toBe(`[(5,".")]`);
    expect(reads(...INT, "--5")).toBe(`[]`);
  });

  it("reads big Integers", () => {
    expect(reads(...INTEGER, "-123456789012345678901234567890")).toBe(
      `[(-123456789012345678901234567890,"")]`,
    );
  });

  it("reads lists and tuples", () => {
    const listInt = [
      "dr",
      "zdfShowZMZN_GHCziShow zdfShowInt_GHCziShow",
    ] as const;
    const r = runWithBase(`
main = THUNK(let {
  dr = THUNK(zdfReadZMZN_GHCziRead zdfReadInt_GHCziRead);
  dt = THUNK(zdfReadZLz2cUZR_GHCziRead zdfReadInt_GHCziRead zdfReadInteger_GHCziRead);
  dl = THUNK(zdfReadZMZN_GHCziRead dt);
  ds = THUNK(zdfShowZLz2cUZR_GHCziShow zdfShowInt_GHCziShow zdfShowInteger_GHCziShow);
  dsl = THUNK(zdfShowZMZN_GHCziShow ds);
  dsi = THUNK(zdfShowZMZN_GHCziShow zdfShowInt_GHCziShow);
  i1 = THUNK(unpackCStringzh_GHCziCString " [1, 2,-3] ");
  v1 = THUNK(read_TextziRead dr i1);
  s1 = THUNK(show_GHCziShow dsi v1);
  i2 = THUNK(unpackCStringzh_GHCziCString "[(1,-2), ( 3 , 4 )]");
  v2 = THUNK(read_TextziRead dl i2);
  s2 = THUNK(show_GHCziShow dsl v2);
  i3 = THUNK(unpackCStringzh_GHCziCString "[]");
  v3 = THUNK(read_TextziRead dr i3);
  s3 = THUNK(show_GHCziShow dsi v3) } in
  case outLn s1 of { a -> case outLn s2 of { b -> outLn s3 } });`);
    expect(listInt.length).toBe(2);
    expect(r.stdout).toBe("[1,2,-3]\n[(1,-2),(3,4)]\n[]\n");
  });

  it("read fails with GHC's message", () => {
    const r = runWithBase(`
main = THUNK(let { i = THUNK(unpackCStringzh_GHCziCString "12 x"); v = THUNK(read_TextziRead zdfReadInt_GHCziRead i); s = THUNK(show_GHCziShow zdfShowInt_GHCziShow v) } in outLn s);`);
    expect(r.stderr).toBe("prog: Prelude.read: no parse\n");
    expect(r.exitCode).toBe(1);
  });
});

describe("Data.Char", () => {
  /** One line of 0/1 per predicate, over the characters given. */
  function classify(preds: string[], chars: string[]): string[] {
    const binds = chars.map((c, i) => `c${i} = CON(C ${c})`);
    const body = preds
      .map((p) => {
        const bits = chars
          .map(
            (_, i) =>
              `case ${p} c${i} of { True -> writeStdout# '1'; False -> writeStdout# '0' }`,
          )
          .reduce(
            (acc, e, i) => `case ${e} of { x${i} -> ${acc} }`,
            "writeStdout# '\\n'",
          );
        return bits;
      })
      .reduce((acc, e, i) => `case ${e} of { y${i} -> ${acc} }`, "0");
    const r = runWithBase(
      `main = THUNK(let { ${binds.join("; ")} } in ${body});`,
    );
    expect(r.stderr).toBe("");
    return r.stdout
      .split("\n")
      .slice(0, -1)
      .reverse()
      .map((l) => [...l].reverse().join(""));
  }

  it("classifies ASCII and non-ASCII characters as GHC does", () => {
    // a Z 5 space tab é Ω ٣ (Arabic-Indic three) ! nbsp
    const chars = [
      "'a'",
      "'Z'",
      "'5'",
      "' '",
      "'\\t'",
      "'\\xe9'",
      "'\\x3a9'",
      "'\\x663'",
      "'!'",
      "'\\xa0'",
    ];
    const preds = [
      "isAlpha_GHCziUnicode",
      "isUpper_GHCziUnicode",
      "isLower_GHCziUnicode",
      "isDigit_GHCziUnicode",
      "isSpace_GHCziUnicode",
      "isAlphaNum_GHCziUnicode",
      "isPunctuation_GHCziUnicode",
    ];
    expect(classify(preds, chars)).toEqual([
      "1100011000", // isAlpha
      "0100001000", // isUpper
      "1000010000", // isLower
      "0010000000", // isDigit (ASCII only)
      "0001100001", // isSpace
      "1110011100", // isAlphaNum (any number)
      "0000000010", // isPunctuation
    ]);
  });

  it("maps case and digits", () => {
    const r = runWithBase(`
main = THUNK(let { a = CON(C 'a'); e = CON(C '\\xe9'); f = CON(C 'F'); five = CON(I 11) } in
  case toUpper_GHCziUnicode a of { C u -> case writeStdout# u of { r1 ->
  case toUpper_GHCziUnicode e of { C v -> case writeStdout# v of { r2 ->
  case toLower_GHCziUnicode f of { C w -> case writeStdout# w of { r3 ->
  case digitToInt_DataziChar f of { I n -> case intToString# n of { s -> case writeStdout# s of { r4 ->
  case intToDigit_GHCziShow five of { C x -> writeStdout# x } } } } } } } } } });`);
    expect(r.stdout).toBe("AÉf15b");
  });
});
