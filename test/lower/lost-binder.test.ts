// -O0 dumps print a pattern binder as `_ [Occ=Dead]` although the code uses
// it, with a gap in the uniques where unarisation dropped the State# binder
// of `(# s, a #)` (from test/pipeline/runtime/programs/copy-overlap.hs at -O0).
import { describe, expect, it } from "vitest";
import { expectBinding, lowerSnippet } from "./helpers.js";

describe("a binder printed dead after a dropped State# binder", () => {
  it("is recovered across the gap", () => {
    expectBinding(
      `Main.f = {} \\r [n_s1n1]
        case newArray# [n_s1n1 n_s1n1 GHC.Prim.void#] of ds_s1n4 [Occ=Once1!] {
        Solo# _ [Occ=Dead] -> Main.MArr [ipv1_s1n6];
        };\n`,
      "f_Main",
      `f_Main = FUN(n -> case newArrayzh_GHCziPrim n n 0 of {
         Z1H ipv1 -> let { r = CON(MArr_Main ipv1) } in r });`,
    );
  });

  it("is not taken from further than two dropped binders", () => {
    expect(() =>
      lowerSnippet(
        `Main.f = {} \\r [n_s1n1]
        case newArray# [n_s1n1 n_s1n1 GHC.Prim.void#] of ds_s1n4 [Occ=Once1!] {
        Solo# _ [Occ=Dead] -> Main.MArr [ipv1_s1n9];
        };\n`,
        { entry: "f" },
      ),
    ).toThrow(/`ipv1_s1n9` is not in scope \(in Main\.f\)/);
  });
});
