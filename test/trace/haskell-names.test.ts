// The shared Haskell-name helpers of traces (src/trace/haskell-names.ts).
import { describe, expect, it } from "vitest";
import {
  haskellName,
  haskellPieces,
  haskellText,
  isLibraryModule,
  moduleOf,
  namesIn,
  siteName,
} from "../../src/trace/haskell-names.js";

describe("haskell names of trace text", () => {
  it("decodes encoded globals and leaves other names alone", () => {
    expect(haskellName("map_GHCziBase")).toBe("GHC.Base.map");
    expect(haskellName("zpzp_GHCziBase")).toBe("GHC.Base.++");
    expect(haskellName("zdwgo_Main")).toBe("Main.$wgo");
    expect(haskellName("$12")).toBe("$12");
    expect(haskellName("fac")).toBe("fac");
    // A local of the lowering is not a global of module s1x2.
    expect(haskellName("sat_s1x2")).toBe("sat_s1x2");
  });

  it("names allocation sites by their owner's Haskell name", () => {
    expect(siteName("toList_Main/sat2")).toBe("Main.toList/sat2");
    expect(siteName("fac/x")).toBe("fac/x");
    expect(siteName("map_GHCziBase")).toBe("GHC.Base.map");
  });

  it("finds the module of a qualified name", () => {
    expect(moduleOf("GHC.Base.map")).toBe("GHC.Base");
    expect(moduleOf("GHC.Base.++")).toBe("GHC.Base");
    expect(moduleOf("GHC.Base..")).toBe("GHC.Base");
    expect(moduleOf("GHC.Maybe.Just")).toBe("GHC.Maybe");
    expect(moduleOf("Main.main")).toBe("Main");
    expect(moduleOf("fac")).toBeUndefined();
    expect(moduleOf("$3")).toBeUndefined();
  });

  it("rewrites text, keeping the encoded name of every replaced piece", () => {
    const text = "map_GHCziBase sat_s1 $12 zpzp_GHCziBase";
    expect(haskellText(text)).toBe("GHC.Base.map sat_s1 $12 GHC.Base.++");
    expect(haskellPieces(text)).toEqual([
      { text: "GHC.Base.map", encoded: "map_GHCziBase" },
      { text: " sat_s1 $12 " },
      { text: "GHC.Base.++", encoded: "zpzp_GHCziBase" },
    ]);
    const m = new Map<string, string>();
    namesIn(text, m);
    expect([...m]).toEqual([
      ["map_GHCziBase", "GHC.Base.map"],
      ["zpzp_GHCziBase", "GHC.Base.++"],
    ]);
  });

  it("knows the base library's modules", () => {
    expect(isLibraryModule("GHC.Base")).toBe(true);
    expect(isLibraryModule("Data.OldList")).toBe(true);
    expect(isLibraryModule("Main")).toBe(false);
  });
});

describe("calls in trace text", () => {
  it("shows a call's function by its Haskell name, arity marker and all", () => {
    expect(haskellPieces("toList_Main_? r")).toEqual([
      { text: "Main.toList", encoded: "toList_Main_?" },
      { text: " r" },
    ]);
    expect(haskellText("toList_Main_1 $3")).toBe("Main.toList $3");
    const m = new Map<string, string>();
    namesIn("zpzp_GHCziBase_? a b", m);
    expect([...m]).toEqual([["zpzp_GHCziBase", "GHC.Base.++"]]);
  });
});
