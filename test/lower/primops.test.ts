// Primop applications: GHC's names to ours, tagToEnum#, and clear errors for
// what we cannot run.
import { describe, expect, it } from "vitest";
import { expectBinding, lowerSnippet } from "./helpers.js";
import { primOpName } from "../../src/lower/primop-names.js";
import { PRIMOPS } from "../../src/ministg/primops.js";

describe("primop names", () => {
  it.each([
    ["+#", "plus#"],
    ["-#", "sub#"],
    ["*#", "mult#"],
    ["==#", "eq#"],
    ["/=#", "ne#"],
    ["<#", "lt#"],
    ["<=#", "lte#"],
    [">#", "gt#"],
    [">=#", "gte#"],
    ["+##", "plusDouble#"],
    ["/##", "divideDouble#"],
    ["<=##", "leDouble#"],
    ["quotInt#", "quotInt#"],
    ["ord#", "ord#"],
  ])("%s → %s", (ghc, ours) => {
    expect(primOpName(ghc)).toBe(ours);
  });

  it("maps every symbolic name to a primop the interpreter has", () => {
    for (const op of [
      "+#",
      "-#",
      "*#",
      "==#",
      "/=#",
      "<#",
      "<=#",
      ">#",
      ">=#",
      "+##",
      "-##",
      "*##",
      "/##",
      "**##",
      "==##",
      "/=##",
      "<##",
      "<=##",
      ">##",
      ">=##",
      "tagToEnum#",
    ]) {
      expect(PRIMOPS.has(primOpName(op)), op).toBe(true);
    }
  });
});

describe("primop applications", () => {
  it("lowers saturated primops with atom arguments", () => {
    expectBinding(
      `Main.f = {} \\r [a_s1 b_s2]
        case *# [a_s1 b_s2] of sat_s3 {
          __DEFAULT -> case ==# [sat_s3 10#] of c_s4 { __DEFAULT -> c_s4; };
        };\n`,
      "f_Main",
      `f_Main = FUN(a b -> case mult# a b of { sat -> case eq# sat 10 of { c -> c } });`,
    );
  });

  it("lowers tagToEnum# at Bool (GHC's isTrue#) to intToBool#", () => {
    expectBinding(
      `Main.f :: GHC.Types.Int -> GHC.Types.Bool
[GblId, Arity=1] =
    {} \\r [a_s1]
        case <# [a_s1 0#] of sat_s2 { __DEFAULT -> tagToEnum# [sat_s2]; };\n`,
      "f_Main",
      `f_Main = FUN(a -> case lt# a 0 of { sat -> intToBool# sat });`,
    );
  });

  it("lowers tagToEnum# of unknown type to enumTag#, resolved by the first case", () => {
    expectBinding(
      `Main.f = {} \\r [a_s1]
        case <# [a_s1 0#] of sat_s2 { __DEFAULT -> tagToEnum# [sat_s2]; };\n`,
      "f_Main",
      `f_Main = FUN(a -> case lt# a 0 of { sat -> enumTag# sat });`,
    );
  });

  it("lowers tagToEnum# at an enumeration of the program to a generated lookup", () => {
    // GHC prints constructor workers last-declared first: Blue, Green, Red
    // means `data Color = Red | Green | Blue`.
    expectBinding(
      `Main.Blue :: Main.Color [GblId[DataCon]] = CCS_DONT_CARE Main.Blue! [];
Main.Green :: Main.Color [GblId[DataCon]] = CCS_DONT_CARE Main.Green! [];
Main.Red :: Main.Color [GblId[DataCon]] = CCS_DONT_CARE Main.Red! [];

Main.toColor :: GHC.Prim.Int# -> Main.Color
[GblId, Arity=1] =
    {} \\r [i_s1] tagToEnum# [i_s1];
`,
      "zdtagToEnumzuColor_Main",
      `zdtagToEnumzuColor_Main = FUN(n -> case n of {
         0 -> con_Red_Main; 1 -> con_Green_Main; tag -> con_Blue_Main });`,
      { entry: "toColor" },
    );
  });

  it("knows base's enumerations (Ordering, GeneralCategory) for tagToEnum#", () => {
    const body = `Main.f :: GHC.Prim.Int# -> GHC.Types.Ordering
[GblId, Arity=1] =
    {} \\r [i_s1] tagToEnum# [i_s1];
`;
    expectBinding(
      body,
      "zdtagToEnumzuOrdering_GHCziTypes",
      `zdtagToEnumzuOrdering_GHCziTypes = FUN(n -> case n of {
         0 -> con_LT_GHCziTypes; 1 -> con_EQ_GHCziTypes; tag -> con_GT_GHCziTypes });`,
      { entry: "f" },
    );
    expectBinding(
      body,
      "con_EQ_GHCziTypes",
      `con_EQ_GHCziTypes = CON(EQ_GHCziTypes);`,
      {
        entry: "f",
      },
    );
  });

  it("names an unsupported primop and where it is", () => {
    expect(() =>
      lowerSnippet(`Main.f = {} \\r [a_s1]\n    fooBar# [a_s1];\n`, {
        entry: "f",
      }),
    ).toThrow(
      /^t\.dump-stg-final:6:5: unsupported primop `fooBar#` \(in Main\.f\)$/,
    );
  });

  it("names a primop hs2stg refuses with the reason (preludes/refused.txt)", () => {
    expect(() =>
      lowerSnippet(`Main.f = {} \\r [a_s1]\n    plusInt32X4# [a_s1 a_s1];\n`, {
        entry: "f",
      }),
    ).toThrow(
      /^t\.dump-stg-final:6:5: primop `plusInt32X4#` is not supported by hs2stg: SIMD vector primops need GHC's LLVM backend/,
    );
  });

  it("rejects a primop applied to the wrong number of arguments", () => {
    expect(() =>
      lowerSnippet(`Main.f = {} \\r [a_s1] +# [a_s1];\n`, { entry: "f" }),
    ).toThrow(/primop `\+#` applied to 1 argument\(s\); plus# takes 2/);
  });

  it("turns a static C call into a call of FFI.sym with the state token", () => {
    expectBinding(
      `Main.f = {} \\r [c_s1]
        case
            __ffi_static_ccall_unsafe base-4.15.1.0:u_iswupper :: [c_s1 GHC.Prim.realWorld#]
        of
        {
        Solo# r_s2 -> r_s2;
        };\n`,
      "f_Main",
      `f_Main = FUN(c -> case uzuiswupper_FFI c 0 of { Z1H r -> r });`,
    );
  });

  it("turns a package's __primcall into a call of FFI.sym without a state token", () => {
    expectBinding(
      `Main.f = {} \\r [w_s1]
        case
            __primcall base-4.15.1.0 stg_word32ToFloatzh [w_s1]
        of
        r_s2
        {
        __DEFAULT -> GHC.Types.F# [r_s2];
        };\n`,
      "f_Main",
      `f_Main = FUN(w -> case stgzuword32ToFloatzzh_FFI w of { r -> let { r1 = CON(F r) } in r1 });`,
    );
  });

  it("names an unsupported foreign call and where it is", () => {
    expect(() =>
      lowerSnippet(
        `Main.f = {} \\r [p_s1 x_s2]\n    __ffi_dyn_ccall_unsafe __dyn_ccall :: [p_s1 x_s2];\n`,
        { entry: "f" },
      ),
    ).toThrow(
      /t\.dump-stg-final:6:5: foreign call `.*` is not supported \(in Main\.f\)/,
    );
  });
});
