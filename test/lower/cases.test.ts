// Case expressions: case binders, alternative order, literal and unboxed-tuple alternatives.
import { describe, it } from "vitest";
import { expectBinding } from "./helpers.js";

describe("case binders", () => {
  it("drops an unused binder, naming the default alternative after it", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1] case x_s1 of wild_s2 { GHC.Types.I# n_s3 -> n_s3; };\n`,
      "f_Main",
      `f_Main = FUN(x -> case x of { I n -> n });`,
    );
  });

  it("nests a case where the binder is used in a constructor alternative", () => {
    // case e of b { alts } → case e of { b -> case b of { alts } }
    expectBinding(
      `Main.f = {} \\r [x_s1]
        case x_s1 of wild_s2 {
          GHC.Types.True -> Main.g wild_s2;
          GHC.Types.False -> Main.h;
        };\n`,
      "f_Main",
      `f_Main = FUN(x -> case x of {
         wild -> case wild of { True -> g_Main wild; False -> h_Main }
       });`,
    );
  });

  it("uses the binder as the default alternative's when only that one uses it", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        case x_s1 of ds_s2 {
          __DEFAULT -> Main.g ds_s2;
          0# -> 1#;
        };\n`,
      "f_Main",
      `f_Main = FUN(x -> case x of { 0 -> 1; ds -> g_Main ds });`,
    );
  });

  it("binds a primitive result through the default alternative", () => {
    expectBinding(
      `Main.f = {} \\r [a_s1 b_s2]
        case +# [a_s1 b_s2] of sat_s3 { __DEFAULT -> Main.g sat_s3; };\n`,
      "f_Main",
      `f_Main = FUN(a b -> case plus# a b of { sat -> g_Main sat });`,
    );
  });

  it("gives a nameless default binder a fresh name and puts the default last", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        case x_s1 of {
          __DEFAULT -> 0#;
          'a'# -> 1#;
          'b'# -> 2#;
        };\n`,
      "f_Main",
      `f_Main = FUN(x -> case x of { 'a' -> 1; 'b' -> 2; wild -> 0 });`,
    );
  });

  it("numbers an inner default binder when the nested case binder took its name", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        case x_s1 of wild_s2 {
          __DEFAULT -> Main.k;
          GHC.Types.I# n_s3 -> Main.g wild_s2 n_s3;
        };\n`,
      "f_Main",
      `f_Main = FUN(x -> case x of {
         wild -> case wild of { I n -> g_Main wild n; wild1 -> k_Main }
       });`,
    );
  });
});

describe("alternatives", () => {
  it("lowers unboxed tuples to Z<n>H constructors, dead binders to ds", () => {
    expectBinding(
      `Main.f = {} \\r [s_s1]
        case Main.g s_s1 of {
          (#,#) _ [Occ=Dead] r_s3 -> r_s3;
        };\n`,
      "f_Main",
      `f_Main = FUN(s -> case g_Main s of { Z2H ds r -> r });`,
    );
  });

  it("lowers Solo# (GHC 9.0's unboxed 1-tuple) to Z1H", () => {
    expectBinding(
      `Main.f = {} \\r [void_0E]
        case Main.g GHC.Prim.void# of {
          Solo# ipv_s1 -> Main.h ipv_s1;
        };\n`,
      "f_Main",
      `f_Main = FUN(void -> case g_Main 0 of { Z1H ipv -> h_Main ipv });`,
    );
  });

  it("keeps negative, word, double and char literal alternatives", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1 w_s2 d_s3]
        case x_s1 of {
          __DEFAULT -> 0#;
          -1# -> case w_s2 of { __DEFAULT -> 1#; 3## -> case d_s3 of { __DEFAULT -> 2#; 2.5## -> 3#; }; };
        };\n`,
      "f_Main",
      `f_Main = FUN(x w d -> case x of {
         -1 -> case w of { 3w -> case d of { 2.5 -> 3; wild -> 2 }; wild -> 1 };
         wild -> 0
       });`,
    );
  });
});
