// Lets: closures (\u \s \r), let-no-escape join points, recursive groups,
// chains of nested lets, readable local names.
import { describe, it } from "vitest";
import { expectBinding } from "./helpers.js";

describe("closures", () => {
  it("makes \\u and \\s closures THUNKs and \\r closures with parameters FUNs", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        let { a_s2 [Occ=Once1] :: GHC.Types.Int [LclId] = {x_s1} \\u [] Main.g x_s1; } in
        let { b_s3 [Occ=Once1] :: GHC.Types.Int [LclId] = {x_s1} \\s [] Main.h x_s1; } in
        let { k_s4 [Occ=Once1] :: GHC.Types.Int -> GHC.Types.Int [LclId] = {a_s2} \\r [y_s5] Main.p a_s2 y_s5; } in
        Main.q k_s4 b_s3;\n`,
      "f_Main",
      `f_Main = FUN(x ->
        let {
          a = THUNK(g_Main x);
          b = THUNK(h_Main x);
          k = FUN(y -> p_Main a y)
        } in q_Main k b);`,
    );
  });

  it("makes a nullary \\r join point a THUNK and a void-taking one a FUN", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        let-no-escape {
          $j_s2 [Occ=Once2!T[0]] :: GHC.Types.Int [LclId[JoinId(0)]] = {x_s1} \\r [] Main.g x_s1;
        } in
        let-no-escape {
          $j1_s3 [Occ=Once2!T[1]] :: GHC.Prim.Void# -> GHC.Types.Int [LclId[JoinId(1)]] = {x_s1} \\r [void_0E] Main.h x_s1;
        } in
          case x_s1 of {
            GHC.Types.True -> $j_s2;
            GHC.Types.False -> $j1_s3 GHC.Prim.void#;
          };\n`,
      "f_Main",
      `f_Main = FUN(x ->
        let {
          j = THUNK(g_Main x);
          j1 = FUN(void -> h_Main x)
        } in case x of { True -> j; False -> j1 0 });`,
    );
  });

  it("makes recursive groups letrec", () => {
    expectBinding(
      `Main.f = {} \\r [n_s1]
        let {
          sat_s9 [Occ=Once1] :: GHC.Types.Int [LclId] = CCCS GHC.Types.I#! [0#];
        } in
        let {
          Rec {
          ev_s2 [Occ=LoopBreaker] :: GHC.Types.Int -> GHC.Types.Bool [LclId] =
              {od_s3} \\r [k_s4] od_s3 k_s4;
          od_s3 [Occ=LoopBreaker] :: GHC.Types.Int -> GHC.Types.Bool [LclId] =
              {ev_s2} \\r [k_s5] ev_s2 k_s5;
          end Rec }
        } in ev_s2 sat_s9;\n`,
      "f_Main",
      `f_Main = FUN(n ->
        let { sat = CON(I 0) } in
        letrec { ev = FUN(k -> od k); od = FUN(k -> ev k) } in ev sat);`,
    );
  });
});

describe("names and nesting", () => {
  it("merges nested lets into one chain and numbers clashing names", () => {
    expectBinding(
      `Main.f = {} \\u []
        let {
          sat_s3 [Occ=Once1] :: GHC.Types.Int [LclId] =
              {} \\u []
                  let { sat_s2 [Occ=Once1] :: GHC.Types.Int [LclId] = CCCS GHC.Types.I#! [1#]; } in
                  Main.g sat_s2;
        } in
        let { sat_s4 [Occ=Once1] :: GHC.Types.Int [LclId] = CCCS GHC.Types.I#! [2#]; } in
        Main.h sat_s3 sat_s4;\n`,
      "f_Main",
      `f_Main = THUNK(
        let {
          sat = THUNK(let { sat1 = CON(I 1) } in g_Main sat1);
          sat1 = CON(I 2)
        } in h_Main sat sat1);`,
    );
  });

  it("drops $ from locals and Z-encodes other symbols", () => {
    expectBinding(
      `Main.f = {} \\r [$dShow_s1 x'_s2 ww#_s3] Main.g $dShow_s1 x'_s2 ww#_s3;\n`,
      "f_Main",
      `f_Main = FUN(dShow xzq wwzh -> g_Main dShow xzq wwzh);`,
    );
  });

  it("avoids keywords and generated global names for locals", () => {
    expectBinding(
      `Main.f = {} \\r [stack_s1 nil_s2 force_s3] Main.g stack_s1 nil_s2 force_s3;\n`,
      "f_Main",
      `f_Main = FUN(stack1 nil1 force1 -> g_Main stack1 nil1 force1);`,
    );
  });

  it("drops ticks", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1] src<Main.hs:3:1-10> Main.g x_s1;\n`,
      "f_Main",
      `f_Main = FUN(x -> g_Main x);`,
    );
  });
});
