// Names as GHC prints them: where they end, and their module/occ split.
import { describe, expect, it } from "vitest";
import { parseExpr } from "./walk.js";

/** The names of the arguments of `f a1 a2 ...`, as [text, module, occ]. */
function names(src: string): [string, string | null, string][] {
  const e = parseExpr(`f ${src}`);
  if (e.kind !== "app") throw new Error("expected an application");
  return e.args.map((a) => {
    if (a.kind !== "var") throw new Error("expected a variable");
    return [a.name.text, a.name.module, a.name.occ];
  });
}

describe("names", () => {
  it("splits qualified names, operators included", () => {
    expect(
      names(
        "GHC.Types.I# GHC.Base.. Data.Bits..&. GHC.Base.$! GHC.Classes.$dm/= M13Show.$tc':+: Data.Map.Internal.Bin GHC.Num.Integer.IS M28Extra.C:Solid",
      ),
    ).toEqual([
      ["GHC.Types.I#", "GHC.Types", "I#"],
      ["GHC.Base..", "GHC.Base", "."],
      ["Data.Bits..&.", "Data.Bits", ".&."],
      ["GHC.Base.$!", "GHC.Base", "$!"],
      ["GHC.Classes.$dm/=", "GHC.Classes", "$dm/="],
      ["M13Show.$tc':+:", "M13Show", "$tc':+:"],
      ["Data.Map.Internal.Bin", "Data.Map.Internal", "Bin"],
      ["GHC.Num.Integer.IS", "GHC.Num.Integer", "IS"],
      ["M28Extra.C:Solid", "M28Extra", "C:Solid"],
    ]);
  });

  it("glues type-level strings into names, but never starts a name with one", () => {
    expect(
      names(
        'Main.$fIsLabel"hello"Label Main.$fIsLabel"with space"Label Main.$fIsLabel"q\\"uote"Label',
      ),
    ).toEqual([
      ['Main.$fIsLabel"hello"Label', "Main", '$fIsLabel"hello"Label'],
      ['Main.$fIsLabel"with space"Label', "Main", '$fIsLabel"with space"Label'],
      ['Main.$fIsLabel"q\\"uote"Label', "Main", '$fIsLabel"q\\"uote"Label'],
    ]);
    const e = parseExpr('f x "lit"#');
    expect(e.kind === "app" && e.args.map((a) => a.kind)).toEqual([
      "var",
      "lit",
    ]);
  });

  it("glues [] and tuple syntax into names", () => {
    expect(
      names(
        "Data.Foldable.$fFoldable[] GHC.Show.$fShow(,)2 GHC.Show.$fShow(,)_$sgo1 GHC.Types.[] GHC.Tuple.() GHC.Tuple.(,,) GHC.Prim.(##) GHC.Types.krep$*->*->*",
      ),
    ).toEqual([
      ["Data.Foldable.$fFoldable[]", "Data.Foldable", "$fFoldable[]"],
      ["GHC.Show.$fShow(,)2", "GHC.Show", "$fShow(,)2"],
      ["GHC.Show.$fShow(,)_$sgo1", "GHC.Show", "$fShow(,)_$sgo1"],
      ["GHC.Types.[]", "GHC.Types", "[]"],
      ["GHC.Tuple.()", "GHC.Tuple", "()"],
      ["GHC.Tuple.(,,)", "GHC.Tuple", "(,,)"],
      ["GHC.Prim.(##)", "GHC.Prim", "(##)"],
      ["GHC.Types.krep$*->*->*", "GHC.Types", "krep$*->*->*"],
    ]);
  });

  it("keeps unqualified locals, unique suffixes and the real entry point whole", () => {
    expect(
      names(
        "x_s1DH lvl68_r2KM $trModule3_r1AF eta_B0 void_0E s2#_s3GB $j_s1Uu $c/=1_r2af :Main.main _",
      ),
    ).toEqual([
      ["x_s1DH", null, "x_s1DH"],
      ["lvl68_r2KM", null, "lvl68_r2KM"],
      ["$trModule3_r1AF", null, "$trModule3_r1AF"],
      ["eta_B0", null, "eta_B0"],
      ["void_0E", null, "void_0E"],
      ["s2#_s3GB", null, "s2#_s3GB"],
      ["$j_s1Uu", null, "$j_s1Uu"],
      ["$c/=1_r2af", null, "$c/=1_r2af"],
      [":Main.main", null, ":Main.main"],
      ["_", null, "_"],
    ]);
  });

  it("ends a name at the ']' that closes an argument list", () => {
    const e = parseExpr(": [sat_s1 GHC.Types.[]]");
    expect(
      e.kind === "conApp" && e.args.map((a) => a.kind === "var" && a.name.text),
    ).toEqual(["sat_s1", "GHC.Types.[]"]);
  });
});
