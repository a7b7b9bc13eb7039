// Primops that return unboxed tuples, and seq#, in the lowering: each
// component comes from one interpreter primop (src/lower/tuple-primops.ts).
import { describe, it } from "vitest";
import { expectBinding } from "./helpers.js";

describe("tuple-returning primops and seq#", () => {
  it("quotRemInt# becomes quotInt# and remInt# and a Z2H", () => {
    expectBinding(
      `Main.f = {} \\r [a_s1 b_s2]
        case quotRemInt# [a_s1 b_s2] of {
          (#,#) q_s3 r_s4 -> +# [q_s3 r_s4];
        };\n`,
      "f_Main",
      `f_Main = FUN(a b ->
         case case quotInt# a b of { c -> case remInt# a b of { c1 -> let { t = CON(Z2H c c1) } in t } } of {
           Z2H q r -> plus# q r });`,
    );
  });

  it("decodeDouble_Int64# gives mantissa and exponent", () => {
    expectBinding(
      `Main.g = {} \\r [d_s1] decodeDouble_Int64# [d_s1];\n`,
      "g_Main",
      `g_Main = FUN(d ->
         case decodeDoubleMantissa# d of { c -> case decodeDoubleExponent# d of { c1 -> let { t = CON(Z2H c c1) } in t } });`,
    );
  });

  it("seq# evaluates its argument and returns it in a Z1H", () => {
    expectBinding(
      `Main.h = {} \\r [x_s1 void_0E] seq# [x_s1 GHC.Prim.void#];\n`,
      "h_Main",
      `h_Main = FUN(x void -> case x of { x1 -> let { t = CON(Z1H x1) } in t });`,
    );
  });
});
