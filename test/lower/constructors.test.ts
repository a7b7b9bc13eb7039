// Constructor applications, static constructors, workers, $W wrappers and
// constructors used as values.
import { describe, expect, it } from "vitest";
import { expectBinding, expectLowering, lowerSnippet } from "./helpers.js";

describe("constructor applications", () => {
  it("let-binds a constructor application in tail position", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1] GHC.Types.I# [x_s1];\n`,
      "f_Main",
      `f_Main = FUN(x -> let { r = CON(I x) } in r);`,
    );
  });

  it("turns let-bound constructors into CON objects with the well-known short names", () => {
    expectBinding(
      `Main.f = {} \\r [x_s1]
        let { sat_s2 [Occ=Once1] :: [GHC.Types.Int] [LclId] = CCCS :! [x_s1 GHC.Types.[]]; } in
        let { sat_s3 [Occ=Once1] :: (GHC.Types.Int, [GHC.Types.Int]) [LclId] = CCCS (,)! [x_s1 sat_s2]; } in
        Main.g sat_s3;\n`,
      "f_Main",
      `f_Main = FUN(x -> let { sat = CON(Cons x nil); sat1 = CON(Z2T x sat) } in g_Main sat1);`,
    );
  });

  it("makes top-level static constructors top-level CONs", () => {
    expectLowering(
      `Main.xs :: [GHC.Types.Char]
[GblId, Unf=OtherCon []] =
    CCS_DONT_CARE :! [Main.c GHC.Types.[]];

Main.c :: GHC.Types.Char
[GblId, Unf=OtherCon []] =
    CCS_DONT_CARE GHC.Types.C#! ['q'#];
`,
      `xs_Main = CON(Cons c_Main nil);
       c_Main = CON(C 'q');
       nil = CON(Nil);
       force = FUN(x -> case x of {
         Cons a b -> case force a of { fa -> case force b of { fb -> x } };
         Just_GHCziMaybe a -> case force a of { fa -> x };
         Left_DataziEither a -> case force a of { fa -> x };
         Right_DataziEither a -> case force a of { fa -> x };
         Z2T a b -> case force a of { fa -> case force b of { fb -> x } };
         Z3T a b c -> case force a of { fa -> case force b of { fb -> case force c of { fc -> x } } };
         Z4T a b c d -> case force a of { fa -> case force b of { fb -> case force c of { fc -> case force d of { fd -> x } } } };
         Z5T a b c d e -> case force a of { fa -> case force b of { fb -> case force c of { fc -> case force d of { fd -> case force e of { fe -> x } } } } };
         Z6T a b c d e g -> case force a of { fa -> case force b of { fb -> case force c of { fc -> case force d of { fd -> case force e of { fe -> case force g of { fg -> x } } } } } };
         Z7T a b c d e g h -> case force a of { fa -> case force b of { fb -> case force c of { fc -> case force d of { fd -> case force e of { fe -> case force g of { fg -> case force h of { fh -> x } } } } } } };
         ZCzv_GHCziReal a b -> case force a of { fa -> case force b of { fb -> x } };
         y -> y });
       main = THUNK(force xs_Main);`,
      { entry: "xs" },
    );
  });
});

describe("constructor workers and wrappers", () => {
  const T = `Main.Pair [InlPrag=NOUSERINLINE CONLIKE] :: GHC.Types.Int %1 -> GHC.Types.Int %1 -> Main.T
[GblId[DataCon], Arity=2, Caf=NoCafRefs, Unf=OtherCon []] =
    {} \\r [eta_B0 eta_B1] Main.Pair [eta_B0 eta_B1];

Main.None [InlPrag=NOUSERINLINE CONLIKE] :: Main.T
[GblId[DataCon], Caf=NoCafRefs, Unf=OtherCon []] =
    CCS_DONT_CARE Main.None! [];

Main.$WPair [InlPrag=INLINE[0] CONLIKE] :: GHC.Types.Int %1 -> GHC.Types.Int %1 -> Main.T
[GblId[DataConWrapper], Arity=2, Unf=OtherCon []] =
    {} \\r [dt_s1 dt_s2]
        case dt_s1 of dt_s3 { __DEFAULT -> Main.Pair [dt_s3 dt_s2]; };
`;

  it("names a worker used as a function con_<Con> and keeps its FUN", () => {
    expectBinding(
      T + `Main.f = {} \\r [xs_s1] GHC.Base.map Main.Pair xs_s1;\n`,
      "con_Pair_Main",
      `con_Pair_Main = FUN(eta eta1 -> let { r = CON(Pair_Main eta eta1) } in r);`,
      { entry: "f" },
    );
  });

  it("names a nullary constructor's static closure con_<Con>", () => {
    expectBinding(
      T + `Main.f = {} \\u [] Main.g Main.None;\n`,
      "f_Main",
      `f_Main = THUNK(g_Main con_None_Main);`,
    );
    expectBinding(
      T + `Main.f = {} \\u [] Main.g Main.None;\n`,
      "con_None_Main",
      `con_None_Main = CON(None_Main);`,
      { entry: "f" },
    );
  });

  it("lowers a $W wrapper like any function", () => {
    expectBinding(
      T + `Main.f = {} \\u [] Main.$WPair Main.one Main.one;\n`,
      "zdWPair_Main",
      `zdWPair_Main = FUN(dt dt1 -> case dt of { dt2 -> let { r = CON(Pair_Main dt2 dt1) } in r });`,
      { entry: "f" },
    );
  });

  it("generates workers and static closures for base constructors used as values", () => {
    const p = lowerSnippet(
      `Main.f = {} \\u [] GHC.Base.map GHC.Maybe.Just GHC.Types.: GHC.Types.True GHC.Types.[] (,);\n`,
      { entry: "f" },
    );
    const byName = new Map(p.bindings.map((b) => [b.name, b.object]));
    expect(byName.get("con_Just_GHCziMaybe")).toEqual({
      kind: "FUN",
      params: ["a"],
      body: {
        kind: "let",
        rec: false,
        binds: [
          {
            name: "r",
            object: {
              kind: "CON",
              con: "Just_GHCziMaybe",
              args: [{ kind: "var", name: "a" }],
            },
          },
        ],
        body: { kind: "atom", atom: { kind: "var", name: "r" } },
      },
    });
    expect(byName.get("con_Cons")).toMatchObject({
      kind: "FUN",
      params: ["a", "b"],
    });
    expect(byName.get("con_Z2T")).toMatchObject({
      kind: "FUN",
      params: ["a", "b"],
    });
    expect(byName.get("true")).toEqual({ kind: "CON", con: "True", args: [] });
    expect(byName.get("nil")).toEqual({ kind: "CON", con: "Nil", args: [] });
  });

  it("leaves a constructor value of unknown arity free for the prelude", () => {
    const p = lowerSnippet(`Main.f = {} \\u [] Main.g Data.Foo.Bar;\n`, {
      entry: "f",
    });
    expect(p.bindings.map((b) => b.name)).not.toContain("con_Bar_DataziFoo");
  });

  it("learns a base constructor's arity from a pattern that matches it", () => {
    const p = lowerSnippet(
      `Main.f = {} \\r [x_s1] case x_s1 of { Data.Foo.Bar a_s2 b_s3 -> Main.g Data.Foo.Bar; };\n`,
      { entry: "f" },
    );
    expect(
      p.bindings.find((b) => b.name === "con_Bar_DataziFoo")?.object,
    ).toMatchObject({
      kind: "FUN",
      params: ["a", "b"],
    });
  });
});
