// Binders GHC 9.0 prints as dead although they are used (stale occurrence
// info after unarisation) are recovered from their uniques.
import { describe, expect, it } from "vitest";
import { expectBinding, lowerSnippet } from "./helpers.js";

describe("binders GHC printed as dead", () => {
  it("recovers an omitted case binder: it comes just before the first pattern binder", () => {
    // From tic-tac-toe at -O1: `case y of { (,) ds2_s4EL … }` uses wild4_s4EK.
    expectBinding(
      `Main.f = {} \\r [y_s4Ex]
        case y_s4Ex of {
        (,) ds2_s4EL [Occ=Once2] y2_s4EM [Occ=Once1!] -> GHC.Maybe.Just [wild4_s4EK];
        };\n`,
      "f_Main",
      `f_Main = FUN(y -> case y of {
         wild4 -> case wild4 of { Z2T ds2 y2 -> let { r = CON(Just_GHCziMaybe wild4) } in r }
       });`,
    );
  });

  it("recovers a pattern binder printed _ from its neighbour's unique", () => {
    // From knapsack at -O1: `(#,#) ww4_s2IC _ [Occ=Dead]` uses ww5_s2ID.
    expectBinding(
      `Main.f = {} \\r [x_s1]
        case Main.g x_s1 of ww3_s2IB [Occ=Once1] {
        (#,#) ww4_s2IC [Occ=Once1!] _ [Occ=Dead] -> (#,#) [ww4_s2IC ww5_s2ID];
        };\n`,
      "f_Main",
      `f_Main = FUN(x -> case g_Main x of { Z2H ww4 ww5 -> let { r = CON(Z2H ww4 ww5) } in r });`,
    );
  });

  it("counts the dropped State# of a primop's result before nameless binders", () => {
    // From a casMutVar# call at -O0: (# s, Int#, a #) lost its state token
    // (s2br) after unarisation; ipv1/ipv2 are the first and second binders.
    expectBinding(
      `Main.f = {} \\r [r_s2bm o_s2bj n_s2bk]
        case casMutVar# [r_s2bm o_s2bj n_s2bk GHC.Prim.void#] of ds1_s2bq [Occ=Once1!] {
        (#,#) _ [Occ=Dead] _ [Occ=Dead] -> (#,#) [ipv1_s2bs ipv2_s2bt];
        };\n`,
      "f_Main",
      `f_Main = FUN(r o n -> case casMutVarzh_GHCziPrim r o n 0 of {
         Z2H ipv1 ipv2 -> let { r1 = CON(Z2H ipv1 ipv2) } in r1 });`,
    );
  });

  it("does not give a dead binder the next alternative's lost case binder", () => {
    // From test/programs/lists/traversable at -O1: the dead binder of
    // `Left _` (s95A) must not take wild2_s95C, which is the omitted case
    // binder of the case inside `Right y_s95B` (the search stops at s95B).
    expectBinding(
      `Main.f = {} \\r [g_s95t e_s95u x_s95x]
        case e_s95u of wild1_s95z [Occ=Once1] {
        Data.Either.Left _ [Occ=Dead] -> wild1_s95z;
        Data.Either.Right y_s95B [Occ=Once1] ->
            case g_s95t x_s95x of {
              Data.Either.Left x3_s95D [Occ=Once1] -> wild2_s95C;
              Data.Either.Right y1_s95E [Occ=Once1] -> y1_s95E;
            };
        };\n`,
      "f_Main",
      `f_Main = FUN(g e x -> case e of {
         wild1 -> case wild1 of {
           Left_DataziEither ds -> wild1;
           Right_DataziEither y -> case g x of {
             wild2 -> case wild2 of { Left_DataziEither x3 -> wild2; Right_DataziEither y1 -> y1 }
           }
         }
       });`,
    );
  });

  it("gives a nested case its exact binder before a dead binder searches past a gap", () => {
    // From test/programs/mtl/mtl-lifting at -O1: the dead second field of
    // the pair (s5ML) must not take wild1_s5MM through a gap: s5MM is exactly
    // the omitted case binder of \`case a1_s5MK\` (just before e1_s5MN).
    expectBinding(
      `Main.f = {} \\r [p_s5MJ]
        case p_s5MJ of {
        (,) a1_s5MK [Occ=Once1!] _ [Occ=Dead] ->
            case a1_s5MK of {
              Data.Either.Left e1_s5MN [Occ=Once1] -> wild1_s5MM;
              Data.Either.Right _ [Occ=Dead] -> a1_s5MK;
            };
        };\n`,
      "f_Main",
      `f_Main = FUN(p -> case p of {
         Z2T a1 ds -> case a1 of {
           wild1 -> case wild1 of { Left_DataziEither e1 -> wild1; Right_DataziEither ds1 -> a1 }
         }
       });`,
    );
  });

  it("finds an omitted case binder whose unique CorePrep's lets moved away from the pattern binders", () => {
    // From test/programs/mtl/trans-generic-inner at -O1: sat_shge (the
    // Nothing branch's let) sits between wild_shgd and Just's a1_shgf.
    expectBinding(
      `Main.f = {} \\r [t_s1]
        case Main.g t_s1 of {
        GHC.Maybe.Nothing ->
            let { sat_shge [Occ=Once1] = CCCS GHC.Types.I#! [1#]; } in Main.h sat_shge;
        GHC.Maybe.Just a1_shgf [Occ=Once1] -> Main.h wild_shgd;
        };\n`,
      "f_Main",
      `f_Main = FUN(t -> case g_Main t of {
         wild -> case wild of {
           Nothing_GHCziMaybe -> let { sat = CON(I 1) } in h_Main sat;
           Just_GHCziMaybe a1 -> h_Main wild
         }
       });`,
    );
  });

  it("still reports a name no binder can account for", () => {
    expect(() =>
      lowerSnippet(
        `Main.f = {} \\r [x_s1]
        case x_s1 of {
        (,) a_s10 _ [Occ=Dead] -> zz_s99;
        };\n`,
        { entry: "f" },
      ),
    ).toThrow(/`zz_s99` is not in scope \(in Main\.f\)/);
  });
});
