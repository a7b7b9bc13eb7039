import { describe, it, expect } from "vitest";
import {
  zEncode,
  zDecode,
  globalName,
  constructorName,
  constructorValueName,
  decodeName,
  stripUnique,
  localBase,
  freshName,
} from "../../src/lower/names.js";

describe("zEncode (GHC's zEncodeString)", () => {
  it.each([
    ["map", "map"],
    ["$fNumInt", "zdfNumInt"],
    ["++", "zpzp"],
    ["unpackCString#", "unpackCStringzh"],
    ["C:Eq", "CZCEq"],
    ["GHC.Base", "GHCziBase"],
    ["GHC.Num.Integer", "GHCziNumziInteger"],
    ["zip", "zzip"],
    ["Zap", "ZZap"],
    [":+:", "ZCzpZC"],
    ["x'", "xzq"],
    ["my_var", "myzuvar"],
    ["()", "Z0T"],
    ["(,)", "Z2T"],
    ["(,,)", "Z3T"],
    ["(#,#)", "Z2H"],
    ["(# #)", "Z1H"],
    ["9pH", "z39UpH"],
    ["λ", "z3bbU"],
    ["€", "z20acU"],
    ["\u00e9", "z0e9U"],
    ["\u00ff", "z0ffU"],
  ])("%s → %s", (plain, enc) => {
    expect(zEncode(plain)).toBe(enc);
  });
  // GHC: a hex string starting with a letter gets a leading 0.
  it("prefixes 0 when the hex code starts with a letter", () => {
    expect(zEncode("a\u00ff")).toBe("az0ffU");
  });
});

describe("zDecode inverts zEncode", () => {
  it.each([
    "map",
    "$fNumInt",
    "++",
    "C:Eq",
    "GHC.Base",
    "zip",
    ":+:",
    "x'",
    "(,)",
    "(#,,#)",
    "9pH",
    "a\u00ffb",
    "λx",
    "$c==",
  ])("%s", (plain) => {
    expect(zDecode(zEncode(plain))).toBe(plain);
  });
});

describe("globalName and constructors", () => {
  it("follows the conventions' examples", () => {
    expect(globalName("GHC.Base", "map")).toBe("map_GHCziBase");
    expect(globalName("GHC.Num", "$fNumInt")).toBe("zdfNumInt_GHCziNum");
    expect(globalName("GHC.Base", "++")).toBe("zpzp_GHCziBase");
    expect(globalName("GHC.CString", "unpackCString#")).toBe(
      "unpackCStringzh_GHCziCString",
    );
    expect(globalName("GHC.Classes", "C:Eq")).toBe("CZCEq_GHCziClasses");
    expect(globalName("GHC.Num.Integer", "IS")).toBe("IS_GHCziNumziInteger");
  });
  it("maps well-known constructors to ministg's short names", () => {
    expect(constructorName("GHC.Types", "I#")).toBe("I");
    expect(constructorName("GHC.Types", "C#")).toBe("C");
    expect(constructorName("GHC.Types", "D#")).toBe("D");
    expect(constructorName("GHC.Types", "True")).toBe("True");
    expect(constructorName(null, ":")).toBe("Cons");
    expect(constructorName("GHC.Types", ":")).toBe("Cons");
    expect(constructorName("GHC.Types", "[]")).toBe("Nil");
    expect(constructorName(null, "()")).toBe("Unit");
    expect(constructorName(null, "(,)")).toBe("Z2T");
    expect(constructorName(null, "(,,,)")).toBe("Z4T");
    expect(constructorName(null, "(#,#)")).toBe("Z2H");
    expect(constructorName("GHC.Prim", "(##)")).toBe("Z0H");
    expect(constructorName("GHC.Prim", "Unit#")).toBe("Z1H");
    expect(constructorName("Main", "Leaf")).toBe("Leaf_Main");
  });
  it("names constructor values as variables", () => {
    expect(constructorValueName("Nil")).toBe("nil");
    expect(constructorValueName("True")).toBe("true");
    expect(constructorValueName("Just_GHCziMaybe")).toBe("con_Just_GHCziMaybe");
    expect(constructorValueName("Z2T")).toBe("con_Z2T");
  });
});

describe("decodeName", () => {
  it.each([
    ["showsPrec_GHCziShow", "GHC.Show.showsPrec"],
    ["zdfNumInt_GHCziNum", "GHC.Num.$fNumInt"],
    ["zpzp_GHCziBase", "GHC.Base.++"],
    ["I", "GHC.Types.I#"],
    ["Cons", "GHC.Types.:"],
    ["Nil", "GHC.Types.[]"],
    ["nil", "GHC.Types.[]"],
    ["Z2T", "GHC.Tuple.(,)"],
    ["Z2H", "GHC.Prim.(#,#)"],
    ["con_Just_GHCziMaybe", "GHC.Maybe.Just"],
    ["CZCEq_GHCziClasses", "GHC.Classes.C:Eq"],
    ["sat1", "sat1"],
  ])("%s → %s", (enc, hs) => {
    expect(decodeName(enc)).toBe(hs);
  });
});

describe("local names", () => {
  it("strips GHC's unique suffixes", () => {
    expect(stripUnique("sat_s1PJ")).toBe("sat");
    expect(stripUnique("lvl_r2KM")).toBe("lvl");
    expect(stripUnique("$cshowsPrec_r1DX")).toBe("$cshowsPrec");
    expect(stripUnique("eta_B0")).toBe("eta");
    expect(stripUnique("void_0E")).toBe("void");
    expect(stripUnique(":")).toBe(":");
  });
  it("gives readable, valid bases", () => {
    expect(localBase("sat")).toBe("sat");
    expect(localBase("$dShow")).toBe("dShow");
    expect(localBase("x'")).toBe("xzq");
    expect(localBase("z")).toBe("z");
    expect(localBase("i#")).toBe("izh");
    expect(localBase("my_var")).toBe("myzuvar");
  });
  it("numbers clashing names", () => {
    const taken = new Set(["sat", "sat1", "ds1"]);
    expect(freshName("sat", (n) => taken.has(n))).toBe("sat2");
    expect(freshName("ds1", (n) => taken.has(n))).toBe("ds2");
    expect(freshName("wild", (n) => taken.has(n))).toBe("wild");
  });
});
