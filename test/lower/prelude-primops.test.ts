// State-token primops (Array#, MutVar#) lower to calls of base-prelude
// functions of module GHC.Prim (src/lower/prelude-primops.ts,
// preludes/base/GHC.Prim.stg); other unknown primops stay errors.
import { describe, expect, it } from "vitest";
import { expectBinding, lowerSnippet } from "./helpers.js";
import { preludePrimop } from "../../src/lower/prelude-primops.js";
import { printStg } from "../../src/print/print-stg.js";
import { runWithBase } from "../base-core/run-stg.js";

// GHC 9.0.2's post-unarise shape: the State# component of a result is gone
// (`Solo# x`, `(##)`), state arguments are `void#`/`realWorld#`.
const MUTVAR = `Main.f :: GHC.Types.Int
[GblId] =
    {} \\u []
        case newMutVar# [1# GHC.Prim.realWorld#] of {
        Solo# ipv_s1 ->
        case readMutVar# [ipv_s1 GHC.Prim.void#] of {
        Solo# ipv1_s2 ->
        case +# [ipv1_s2 40#] of sat_s3 {
        __DEFAULT ->
        case writeMutVar# [ipv_s1 sat_s3 GHC.Prim.void#] of s_s4 {
        (##) ->
        case readMutVar# [ipv_s1 GHC.Prim.void#] of {
        Solo# ipv2_s5 -> case +# [ipv2_s5 1#] of x_s6 { __DEFAULT -> GHC.Types.I# [x_s6]; };
        };
        };
        };
        };
        };
`;

const ARRAY = `Main.g :: GHC.Types.Int
[GblId] =
    {} \\u []
        case newArray# [3# GHC.Arr.arrEleBottom GHC.Prim.realWorld#] of {
        Solo# marr_s1 ->
        case writeArray# [marr_s1 2# Main.seven GHC.Prim.void#] of s_s2 {
        (##) ->
        case unsafeFreezeArray# [marr_s1 GHC.Prim.void#] of {
        Solo# arr_s3 ->
        case indexArray# [arr_s3 2#] of {
        Solo# x_s4 -> x_s4;
        };
        };
        };
        };
Main.seven :: GHC.Types.Int
[GblId] = CCCS GHC.Types.I#! [7#];
`;

describe("state-token primops as GHC.Prim functions", () => {
  it("names the prelude function of each listed primop", () => {
    expect(preludePrimop("newMutVar#")).toBe("newMutVarzh_GHCziPrim");
    expect(preludePrimop("unsafeFreezeArray#")).toBe(
      "unsafeFreezzeArrayzh_GHCziPrim",
    );
    expect(preludePrimop("atomicModifyMutVar2#")).toBe(
      "atomicModifyMutVar2zh_GHCziPrim",
    );
    expect(preludePrimop("fooBar#")).toBeUndefined();
  });

  it("lowers newMutVar#/readMutVar#/writeMutVar# to calls of them", () => {
    expectBinding(
      MUTVAR,
      "f_Main",
      `f_Main = THUNK(
         case newMutVarzh_GHCziPrim 1 0 of {
           Z1H ipv -> case readMutVarzh_GHCziPrim ipv 0 of {
             Z1H ipv1 -> case plus# ipv1 40 of {
               sat -> case writeMutVarzh_GHCziPrim ipv sat 0 of {
                 Z0H -> case readMutVarzh_GHCziPrim ipv 0 of {
                   Z1H ipv2 -> case plus# ipv2 1 of {
                     x -> let { r = CON(I x) } in r } } } } } });`,
    );
  });

  it("runs the MutVar# calls against the base prelude", () => {
    const program = lowerSnippet(MUTVAR, { entry: "f" });
    const run = runWithBase(printStg(program, { dialect: "extended" }));
    expect(run.exitCode).toBe(0);
    // 1 + 40 written back, read again, plus 1.
    expect(run.value).toBe("(I 42)");
  });

  it("runs the Array# calls against the base prelude", () => {
    const program = lowerSnippet(ARRAY, { entry: "g" });
    const run = runWithBase(printStg(program, { dialect: "extended" }));
    expect(run.exitCode).toBe(0);
    expect(run.value).toBe("(I 7)");
  });

  it("still names any other unknown primop and where it is", () => {
    expect(() =>
      lowerSnippet(`Main.f = {} \\r [a_s1]\n    fooBar# [a_s1];\n`, {
        entry: "f",
      }),
    ).toThrow(
      /^t\.dump-stg-final:6:5: unsupported primop `fooBar#` \(in Main\.f\)$/,
    );
  });
});
