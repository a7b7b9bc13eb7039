// State-token primops (Array#, MutVar#) lower to calls of base-prelude
// functions of module GHC.Prim (src/lower/prelude-primops.ts,
// preludes/base/GHC.Prim.stg); other unknown primops stay errors.
import { describe, expect, it } from "vitest";
import { expectBinding, lowerSnippet } from "./helpers.js";
import { preludePrimop } from "../../src/lower/prelude-primops.js";
import { printStg } from "../../src/print/print-stg.js";
import { runWithBase } from "../preludes/base-core/run-stg.js";

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

  it("copies and clones arrays, apart from the original", () => {
    // a = [10,11,12,13]; b = [0,0,0,0]; copy a[1..2] to b[2..3] gives
    // b = [0,0,11,12]; c = clone of b[1..3] = [0,11,12]; then b[2] := 99.
    // Result b[3]*10000 + c[1]*100 + c[2] = 121112 and b[2] = 99.
    const run = runWithBase(`
at = FUN(arr i -> case indexArrayzh_GHCziPrim arr i of { Z1H x -> case x of { I n -> n } });
main = THUNK(
  let { i0 = CON(I 0); i10 = CON(I 10); i11 = CON(I 11); i12 = CON(I 12); i13 = CON(I 13); i99 = CON(I 99) } in
  case newArrayzh_GHCziPrim 4 i0 0 of { Z1H a ->
  case writeArrayzh_GHCziPrim a 0 i10 0 of { Z0H ->
  case writeArrayzh_GHCziPrim a 1 i11 0 of { Z0H ->
  case writeArrayzh_GHCziPrim a 2 i12 0 of { Z0H ->
  case writeArrayzh_GHCziPrim a 3 i13 0 of { Z0H ->
  case newArrayzh_GHCziPrim 4 i0 0 of { Z1H b ->
  case copyMutableArrayzh_GHCziPrim a 1 b 2 2 0 of { Z0H ->
  case freezzeArrayzh_GHCziPrim b 1 3 0 of { Z1H c ->
  case writeArrayzh_GHCziPrim b 2 i99 0 of { Z0H ->
  case at b 3 of { b3 -> case at c 1 of { c1 -> case at c 2 of { c2 -> case at b 2 of { b2 ->
  case mult# b3 10000 of { x -> case mult# c1 100 of { y -> case plus# x y of { z -> case plus# z c2 of { r ->
  let { br = CON(I r); bb = CON(I b2); t = CON(Z2T br bb) } in t } } } } } } } } } } } } } } } } });
`);
    expect(run.stdout + run.stderr).toBe("");
    expect(run.value).toBe("(Z2T (I 121112) (I 99))");
  });

  it("atomicModifyMutVar2# stores the first field of f old, lazily", () => {
    // v = 5; f x = (x + 1, x * 10): gives Z2H 5 (6, 50), v becomes 6.
    const run = runWithBase(`
f = FUN(x -> let { a = THUNK(case x of { I n -> case plus# n 1 of { m -> let { r = CON(I m) } in r } });
                   b = THUNK(case x of { I n -> case mult# n 10 of { m -> let { r = CON(I m) } in r } });
                   p = CON(Z2T a b) } in p);
main = THUNK(
  let { i5 = CON(I 5) } in
  case newMutVarzh_GHCziPrim i5 0 of { Z1H v ->
  case atomicModifyMutVar2zh_GHCziPrim v f 0 of { Z2H old res ->
  case readMutVarzh_GHCziPrim v 0 of { Z1H now ->
  case res of { Z2T n s ->
  case old of { I o -> case now of { I w -> case s of { I t ->
  let { bo = CON(I o); bw = CON(I w); bt = CON(I t); r = CON(Z3T bo bw bt) } in r } } } } } } });
`);
    expect(run.value).toBe("(Z3T (I 5) (I 6) (I 50))");
  });

  it("runs masked actions unchanged; the masking state is Unmasked (0)", () => {
    // maskAsyncExceptions# (\s -> (# s, 3 #)) and getMaskingState#.
    const body = `Main.act :: GHC.Prim.State# GHC.Prim.RealWorld -> (# GHC.Prim.State# GHC.Prim.RealWorld, GHC.Types.Int #)
[GblId, Arity=1] =
    {} \\r [void_0E] Solo# [Main.three];
Main.three :: GHC.Types.Int
[GblId] = CCCS GHC.Types.I#! [3#];
Main.m :: GHC.Types.Int
[GblId] =
    {} \\u []
        case maskAsyncExceptions# [Main.act GHC.Prim.realWorld#] of {
        Solo# x_s1 ->
        case getMaskingState# [GHC.Prim.realWorld#] of {
        Solo# st_s2 ->
        case x_s1 of { GHC.Types.I# n_s3 -> case +# [n_s3 st_s2] of r_s4 { __DEFAULT -> GHC.Types.I# [r_s4]; }; };
        };
        };
`;
    const run = runWithBase(
      printStg(lowerSnippet(body, { entry: "m" }), { dialect: "extended" }),
    );
    expect(run.value).toBe("(I 3)");
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
