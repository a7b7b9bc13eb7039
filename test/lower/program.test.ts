// Whole programs: literals, the entry point, reachability, linking modules,
// top-level names.
import { describe, expect, it } from "vitest";
import {
  BANNER,
  IO_MAIN,
  ROOT,
  dumpOf,
  expectBinding,
  expectLowering,
  freeNames,
  lowerSnippet,
} from "./helpers.js";
import { lower } from "../../src/lower/index.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";

describe("literals", () => {
  it("keeps top-level Addr# strings as global literal bindings and inline ones inline", () => {
    expectLowering(
      `Main.main2 :: GHC.Prim.Addr#
[GblId, Unf=OtherCon []] =
    "hi\\n"#;

Main.main1 = {} \\u [] GHC.CString.unpackCString# Main.main2;

Main.main = {} \\u [] GHC.Base.++ Main.main1 Main.other;

Main.other = {} \\u [] GHC.CString.unpackCString# "!"#;
` + ROOT,
      `main2_Main = "hi\\n";
       main1_Main = THUNK(unpackCStringzh_GHCziCString main2_Main);
       main_Main = THUNK(zpzp_GHCziBase main1_Main other_Main);
       other_Main = THUNK(unpackCStringzh_GHCziCString "!");` + IO_MAIN,
    );
  });

  it("lowers GHC's state tokens to 0 and keeps char, word and double literals", () => {
    expectBinding(
      `Main.f = {} \\r [void_0E]
        Main.g GHC.Prim.void# GHC.Prim.realWorld# 'x'# '\\n'# 7## 1.5## -3#;\n`,
      "f_Main",
      `f_Main = FUN(void -> g_Main 0 0 'x' '\\n' 7w 1.5 -3);`,
    );
  });
});

describe("the entry point", () => {
  it("runs :Main.main on the state token for IO programs", () => {
    expectLowering(
      `Main.main = {} \\u [] System.IO.putStrLn Main.s;\n\nMain.s = {} \\u [] GHC.CString.unpackCString# "x"#;\n` +
        ROOT,
      `main_Main = THUNK(putStrLn_SystemziIO s_Main);
       s_Main = THUNK(unpackCStringzh_GHCziCString "x");` + IO_MAIN,
    );
  });

  it("forces --entry NAME through a generated force that knows the program's constructors", () => {
    const p = lowerSnippet(
      `Main.Leaf :: Main.T [GblId[DataCon]] = CCS_DONT_CARE Main.Leaf! [];

Main.Node :: Main.T %1 -> GHC.Types.Int %1 -> Main.T %1 -> Main.T
[GblId[DataCon], Arity=3] =
    {} \\r [eta_B0 eta_B1 eta_B2] Main.Node [eta_B0 eta_B1 eta_B2];

Main.t = CCS_DONT_CARE Main.Node! [Main.Leaf Main.one Main.Leaf];

Main.one = CCS_DONT_CARE GHC.Types.I#! [1#];
`,
      { entry: "t" },
    );
    expect(p.bindings.map((b) => b.name)).toEqual([
      "con_Leaf_Main",
      "t_Main",
      "one_Main",
      "force",
      "main",
    ]);
    const force = p.bindings.find((b) => b.name === "force")!.object;
    const alts =
      force.kind === "FUN" && force.body.kind === "case" ? force.body.alts : [];
    // Node's fields are forced, I's (unboxed) and nullary Leaf are not.
    expect(
      alts.find((a) => a.kind === "con" && a.con === "Node_Main"),
    ).toBeDefined();
    expect(alts.find((a) => a.kind === "con" && a.con === "I")).toBeUndefined();
    expect(
      alts.find((a) => a.kind === "con" && a.con === "Leaf_Main"),
    ).toBeUndefined();
    expect(alts.at(-1)).toEqual({
      kind: "default",
      binder: "y",
      body: { kind: "atom", atom: { kind: "var", name: "y" } },
    });
    expect(p.bindings.at(-1)).toEqual({
      name: "main",
      object: {
        kind: "THUNK",
        body: {
          kind: "app",
          fn: "force",
          args: [{ kind: "var", name: "t_Main" }],
        },
      },
    });
  });

  it("finds a qualified entry and a non-exported (unqualified) one", () => {
    const body = `Main.a = CCS_DONT_CARE GHC.Types.I#! [1#];\n\nb_r1x = CCS_DONT_CARE GHC.Types.I#! [2#];\n`;
    expect(lowerSnippet(body, { entry: "Main.a" }).bindings[0]!.name).toBe(
      "a_Main",
    );
    expect(lowerSnippet(body, { entry: "b" }).bindings[0]!.name).toBe("b_Main");
  });

  it("reports an unknown entry and a missing main clearly", () => {
    const body = `Main.a = CCS_DONT_CARE GHC.Types.I#! [1#];\n`;
    expect(() => lowerSnippet(body, { entry: "zz" })).toThrow(
      "entry point `zz` is not a top-level binding of module Main",
    );
    expect(() => lowerSnippet(body)).toThrow(/no `main :: IO \(\)` in Main/);
  });
});

describe("reachability", () => {
  it("drops Typeable metadata and dead code, and reports free names", () => {
    const body =
      `$trModule2_r1 :: GHC.Prim.Addr# [GblId] = "Main"#;

$trModule1_r2 = CCS_DONT_CARE GHC.Types.TrNameS! [$trModule2_r1];

Main.$trModule = CCS_DONT_CARE GHC.Types.Module! [$trModule1_r2 $trModule1_r2];

Main.unused = {} \\r [x_s1] Main.unused x_s1;

Main.main = {} \\u [] System.IO.print GHC.Show.$fShowInt Main.n;

Main.n = CCS_DONT_CARE GHC.Types.I#! [3#];
` + ROOT;
    expect(lowerSnippet(body).bindings.map((b) => b.name)).toEqual([
      "main_Main",
      "n_Main",
      "main_ZCMain",
      "main",
    ]);
    expect(freeNames(body)).toEqual([
      "print_SystemziIO",
      "runMainIO_GHCziTopHandler",
      "zdfShowInt_GHCziShow",
    ]);
  });
});

describe("modules and top-level names", () => {
  it("qualifies unqualified top-levels with their module, numbering clashes", () => {
    expectLowering(
      `sat_s1 :: GHC.Types.Int [LclId] = CCS_DONT_CARE GHC.Types.I#! [1#];

sat_s2 :: GHC.Types.Int [LclId] = CCS_DONT_CARE GHC.Types.I#! [2#];

Main.sat1 = {} \\u [] GHC.Num.+ GHC.Num.$fNumInt sat_s1 sat_s2;

Main.main = {} \\u [] System.IO.print GHC.Show.$fShowInt Main.sat1;
` + ROOT,
      `sat_Main = CON(I 1);
       sat2_Main = CON(I 2);
       sat1_Main = THUNK(zp_GHCziNum zdfNumInt_GHCziNum sat_Main sat2_Main);
       main_Main = THUNK(print_SystemziIO zdfShowInt_GHCziShow sat1_Main);` +
        IO_MAIN,
    );
  });

  it("links several modules into one program", () => {
    const geometry = parseGhcDump(
      BANNER +
        `Geometry.origin = CCS_DONT_CARE Geometry.Point! [Geometry.zero Geometry.zero];

Geometry.zero = CCS_DONT_CARE GHC.Types.I#! [0#];

lvl_r1 = CCS_DONT_CARE GHC.Types.I#! [9#];

Geometry.far = CCS_DONT_CARE Geometry.Point! [lvl_r1 lvl_r1];
`,
      "Geometry.dump-stg-final",
    );
    const main = dumpOf(
      `Main.main = {} \\u [] Main.show2 Geometry.origin Geometry.far;\n\nlvl_r1 = CCS_DONT_CARE GHC.Types.I#! [1#];\n\nMain.show2 = {} \\r [a_s1 b_s2] Main.g lvl_r1 a_s1 b_s2;\n` +
        ROOT,
    );
    const names = lower([geometry, main]).bindings.map((b) => b.name);
    expect(names).toEqual([
      "origin_Geometry",
      "zzero_Geometry", // Z-encoding doubles z
      "lvl_Geometry",
      "far_Geometry",
      "main_Main",
      "lvl_Main",
      "show2_Main",
      "main_ZCMain",
      "main",
    ]);
  });

  it("rejects a top-level name defined twice", () => {
    const a = dumpOf(`Main.x = CCS_DONT_CARE GHC.Types.I#! [0#];\n`, "a.dump");
    const b = dumpOf(`Main.x = CCS_DONT_CARE GHC.Types.I#! [1#];\n`, "b.dump");
    expect(() => lower([a, b], { entry: "x" })).toThrow(
      /^b\.dump:5:1: `Main\.x` is defined twice \(also in a\.dump\)$/,
    );
  });

  it("reports a name that is neither local nor global with its position", () => {
    expect(() =>
      lowerSnippet(`Main.f = {} \\r [x_s1] y_s9 x_s1;\n`, { entry: "f" }),
    ).toThrow(
      /^t\.dump-stg-final:5:23: `y_s9` is not in scope \(in Main\.f\)$/,
    );
  });
});
