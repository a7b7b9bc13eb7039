// Int and Integer arithmetic of preludes/base on hand-written miniSTG
// programs. Expected values are worked out by hand from Haskell's
// definitions (div/mod round towards negative infinity, quot/rem towards
// zero; Int wraps around at 64 bits) or are well-known constants (30!).
import { describe, it, expect } from "vitest";
import { runWithBase } from "./run-stg.js";

/** Prints each `show` result (a list of String thunks named in `shows`) on a line. */
function lines(binds: string, shows: string[]): string[] {
  const outs = shows.map((s, i) => `o${i} = THUNK(${s})`).join("; ");
  let body = "0";
  for (let i = shows.length - 1; i >= 0; i--)
    body = `case outLn o${i} of { r${i} -> ${body} }`;
  const r = runWithBase(`main = THUNK(let { ${binds}; ${outs} } in ${body});`);
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").slice(0, -1);
}

const showInt = (v: string) => `show_GHCziShow zdfShowInt_GHCziShow ${v}`;
const showInteger = (v: string) =>
  `show_GHCziShow zdfShowInteger_GHCziShow ${v}`;

describe("Int", () => {
  it("divides with GHC's signs", () => {
    const ops = ["div", "mod", "quot", "rem"];
    const pairs: Array<[number, number]> = [
      [7, 2],
      [-7, 2],
      [7, -2],
      [-7, -2],
    ];
    const binds: string[] = [];
    const shows: string[] = [];
    pairs.forEach(([a, b], i) => {
      binds.push(`a${i} = CON(I ${a})`, `b${i} = CON(I ${b})`);
      for (const op of ops) {
        binds.push(
          `${op}${i} = THUNK(${op}_GHCziReal zdfIntegralInt_GHCziReal a${i} b${i})`,
        );
        shows.push(showInt(`${op}${i}`));
      }
    });
    expect(lines(binds.join("; "), shows)).toEqual(
      // div mod quot rem, for 7/2, -7/2, 7/-2, -7/-2
      [
        "3",
        "1",
        "3",
        "1",
        "-4",
        "1",
        "-3",
        "-1",
        "-4",
        "-1",
        "-3",
        "1",
        "3",
        "-1",
        "3",
        "-1",
      ],
    );
  });

  it("wraps around at 64 bits", () => {
    expect(
      lines(
        "mx = CON(I 9223372036854775807); one = CON(I 1); s = THUNK(zp_GHCziNum zdfNumInt_GHCziNum mx one); m = THUNK(zt_GHCziNum zdfNumInt_GHCziNum mx mx)",
        [showInt("s"), showInt("m")],
      ),
    ).toEqual(["-9223372036854775808", "1"]);
  });

  it("converts with fromIntegral and fromInteger (low 64 bits)", () => {
    expect(
      lines(
        "big = CON(IP_GHCziNumziInteger 18446744073709551621n); i = THUNK(fromInteger_GHCziNum zdfNumInt_GHCziNum big); n = CON(I -3); j = THUNK(fromIntegral_GHCziReal zdfIntegralInt_GHCziReal zdfNumInteger_GHCziNum n)",
        [showInt("i"), showInteger("j")],
      ),
    ).toEqual(["5", "-3"]);
  });
});

describe("Integer", () => {
  it("computes 30! exactly", () => {
    const r = runWithBase(`
fact = FUN(n -> case integerLe_GHCziNumziInteger n integerOne_GHCziNumziInteger of {
  True -> integerOne_GHCziNumziInteger;
  False -> let { m = THUNK(integerSub_GHCziNumziInteger n integerOne_GHCziNumziInteger); f = THUNK(fact m) } in integerMul_GHCziNumziInteger n f });
main = THUNK(let { thirty = CON(IS_GHCziNumziInteger 30); f = THUNK(fact thirty); s = THUNK(show_GHCziShow zdfShowInteger_GHCziShow f) } in outLn s);`);
    expect(r.stdout).toBe("265252859812191058636308480000000\n");
  });

  it("normalises results that fit in an Int back to IS", () => {
    const r = runWithBase(`
main = THUNK(let { a = CON(IP_GHCziNumziInteger 9223372036854775808n); b = CON(IS_GHCziNumziInteger 1) } in
  case integerSub_GHCziNumziInteger a b of { x -> x });`);
    expect(r.value).toBe("(IS_GHCziNumziInteger 9223372036854775807)");
  });

  it("divides big numbers with GHC's signs, and ^, gcd, lcm", () => {
    // -(2^70) = -1180591620717411303424; 2^70 div 3 = 393530540239137101141 rem 1.
    expect(
      lines(
        "a = CON(IN_GHCziNumziInteger 1180591620717411303424n); three = CON(IS_GHCziNumziInteger 3); " +
          "d = THUNK(div_GHCziReal zdfIntegralInteger_GHCziReal a three); m = THUNK(mod_GHCziReal zdfIntegralInteger_GHCziReal a three); " +
          "q = THUNK(quot_GHCziReal zdfIntegralInteger_GHCziReal a three); r = THUNK(rem_GHCziReal zdfIntegralInteger_GHCziReal a three); " +
          "two = CON(IS_GHCziNumziInteger 2); seventy = CON(I 70); p = THUNK(zc_GHCziReal zdfNumInteger_GHCziNum zdfIntegralInt_GHCziReal two seventy); " +
          "x = CON(I 12); y = CON(I -18); g = THUNK(gcd_GHCziReal zdfIntegralInt_GHCziReal x y); l = THUNK(lcm_GHCziReal zdfIntegralInt_GHCziReal x y)",
        [
          showInteger("d"),
          showInteger("m"),
          showInteger("q"),
          showInteger("r"),
          showInteger("p"),
          showInt("g"),
          showInt("l"),
        ],
      ),
    ).toEqual([
      "-393530540239137101142",
      "2",
      "-393530540239137101141",
      "-1",
      "1180591620717411303424",
      "6",
      "36",
    ]);
  });

  it("builds big literals from GHC's word lists (most significant first)", () => {
    // [1, 2] = 1 * 2^64 + 2
    const r = runWithBase(`
main = THUNK(let { w1 = CON(W 1w); w2 = CON(W 2w); l2 = CON(Cons w2 nil); l1 = CON(Cons w1 l2) } in
  case bigNatFromWordListzh_GHCziNumziBigNat l1 of { n -> let { i = CON(IP_GHCziNumziInteger n); s = THUNK(show_GHCziShow zdfShowInteger_GHCziShow i) } in outLn s });`);
    expect(r.stdout).toBe("18446744073709551618\n");
  });
});

describe("errors", () => {
  it("division by zero prints GHC's message and exits 1", () => {
    const r = runWithBase(`
main = THUNK(let { a = CON(I 1); z = CON(I 0); d = THUNK(div_GHCziReal zdfIntegralInt_GHCziReal a z); s = THUNK(show_GHCziShow zdfShowInt_GHCziShow d) } in outLn s);`);
    expect(r.stderr).toBe("prog: divide by zero\n");
    expect(r.exitCode).toBe(1);
  });

  it("minBound `div` (-1) overflows", () => {
    const r = runWithBase(`
main = THUNK(let { a = CON(I -9223372036854775808); z = CON(I -1); d = THUNK(div_GHCziReal zdfIntegralInt_GHCziReal a z); s = THUNK(show_GHCziShow zdfShowInt_GHCziShow d) } in outLn s);`);
    expect(r.stderr).toBe("prog: arithmetic overflow\n");
    expect(r.exitCode).toBe(1);
  });

  it("error shows the call stack GHC passes", () => {
    const r = runWithBase(`
main = THUNK(let {
  fn = THUNK(unpackCStringzh_GHCziCString "error");
  pkg = THUNK(unpackCStringzh_GHCziCString "main");
  md = THUNK(unpackCStringzh_GHCziCString "Main");
  file = THUNK(unpackCStringzh_GHCziCString "F.hs");
  l = CON(I 3); c = CON(I 9); el = CON(I 3); ec = CON(I 20);
  loc = CON(SrcLoc_GHCziStackziTypes pkg md file l c el ec);
  site = CON(Z2T fn loc);
  stk = THUNK(pushCallStack_GHCziStackziTypes site emptyCallStack_GHCziStackziTypes);
  msg = THUNK(unpackCStringzh_GHCziCString "boom") } in error_GHCziErr stk msg);`);
    expect(r.stderr).toBe(
      "prog: boom\nCallStack (from HasCallStack):\n  error, called at F.hs:3:9 in main:Main\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it("pattern-match failure uses GHC's untangled message", () => {
    const r = runWithBase(
      `main = THUNK(patError_ControlziExceptionziBase "F.hs:(3,1)-(4,20)|function f");`,
    );
    expect(r.stderr).toBe(
      "prog: F.hs:(3,1)-(4,20): Non-exhaustive patterns in function f\n\n",
    );
    expect(r.exitCode).toBe(1);
  });
});
