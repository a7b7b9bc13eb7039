// Every syntactic form of the catalogue, on small hand-written dumps in the
// exact shape GHC 9.0.2 prints them.
import { describe, expect, it } from "vitest";
import type { Expr } from "../../src/parse-ghc-dump/ast.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { BANNER, parseBinding, parseBindings, parseExpr } from "./walk.js";

function kind<K extends Expr["kind"]>(
  e: Expr,
  k: K,
): Extract<Expr, { kind: K }> {
  expect(e.kind).toBe(k);
  return e as Extract<Expr, { kind: K }>;
}

describe("file structure", () => {
  it("reads the banner, the timestamp and the bindings", () => {
    const text =
      "\n==================== Final STG: ====================\n" +
      "2026-11-23 08:46:36.824608191 UTC\n\n" +
      "M.x :: GHC.Types.Int\n[GblId, Unf=OtherCon []] =\n    CCS_DONT_CARE GHC.Types.I#! [1#];\n\n" +
      "M.y :: GHC.Types.Int\n[GblId] =\n    {} \\u [] M.x;\n";
    const dump = parseGhcDump(text, "m.dump");
    expect(dump.file).toBe("m.dump");
    expect(dump.modules).toHaveLength(1);
    const m = dump.modules[0]!;
    expect(m.title).toBe("Final STG:");
    expect(m.timestamp).toBe("2026-11-23 08:46:36.824608191 UTC");
    expect(m.name).toBe("M");
    expect(m.pos).toEqual({ line: 2, column: 1 });
    expect(m.bindings.map((g) => g.kind)).toEqual(["nonrec", "nonrec"]);
  });

  it("accepts a missing timestamp and the -ddump-stg title", () => {
    const dump = parseGhcDump(
      "==================== STG: ====================\nM.x = CCS_DONT_CARE M.A! [];\n",
      "f",
    );
    expect(dump.modules[0]!.title).toBe("STG:");
    expect(dump.modules[0]!.timestamp).toBeNull();
  });

  it("reads several modules with --make progress lines between them", () => {
    const text =
      "[1 of 2] Compiling A                ( A.hs, A.o )\n" +
      BANNER +
      "A.a = CCS_DONT_CARE A.T! [];\n\n" +
      "[2 of 2] Compiling Main             ( Main.hs, Main.o )\n" +
      BANNER +
      "Main.main = {} \\u [] A.a;\n" +
      "Linking Main ...\n";
    const dump = parseGhcDump(text, "stdout");
    expect(dump.modules.map((m) => m.name)).toEqual(["A", "Main"]);
  });

  it("reads CRLF line endings like LF ones", () => {
    const text =
      BANNER +
      "M.f :: T\n[GblId] =\n    {} \\r [x_s1]\n        case x_s1 of {\n          __DEFAULT -> M.g x_s1;\n        };\n";
    const lf = parseGhcDump(text, "lf");
    const crlf = parseGhcDump(text.replace(/\n/g, "\r\n"), "lf");
    expect(crlf).toEqual(lf);
  });

  it("reads an empty module section", () => {
    expect(parseGhcDump(BANNER, "f").modules[0]!.bindings).toEqual([]);
  });
});

describe("bindings", () => {
  it("reads name, binder info, a multi-line type and IdInfo", () => {
    const b = parseBinding(
      "Main.fact [Occ=LoopBreaker]\n  :: forall a.\n     (a -> GHC.Types.Double) -> [a]\n" +
        "[GblId, Arity=1,\n Str=<S,1*U>, Unf=OtherCon []] =\n    {} \\r [n_s1] n_s1;",
    );
    expect(b.name.text).toBe("Main.fact");
    expect(b.name.module).toBe("Main");
    expect(b.name.occ).toBe("fact");
    expect(b.binderInfo).toBe("Occ=LoopBreaker");
    expect(b.type).toBe("forall a. (a -> GHC.Types.Double) -> [a]");
    expect(b.idInfo).toBe("GblId, Arity=1,\n Str=<S,1*U>, Unf=OtherCon []");
    expect(b.pos).toEqual({ line: 3, column: 1 });
  });

  it("keeps nested brackets in binder info and IdInfo", () => {
    const b = parseBinding(
      "$j_s1 [Occ=Once2T[0], Dmd=<L,1*U>, InlPrag=NOUSERINLINE[2]] :: (# #) -> T\n" +
        "[LclId[JoinId(1)], Arity=1, Str=<L,U>, Unf=OtherCon []] =\n    {} \\r [x_s2] x_s2;",
    );
    expect(b.binderInfo).toBe(
      "Occ=Once2T[0], Dmd=<L,1*U>, InlPrag=NOUSERINLINE[2]",
    );
    expect(b.type).toBe("(# #) -> T");
    expect(b.idInfo).toBe(
      "LclId[JoinId(1)], Arity=1, Str=<L,U>, Unf=OtherCon []",
    );
  });

  it("reads types with =>, %1 ->, unboxed tuples and kinds", () => {
    const b = parseBinding(
      "M.f :: forall (f :: * -> *) a. GHC.Base.Functor f => a %1 -> (# GHC.Prim.State# GHC.Prim.RealWorld, () #)\n[GblId] = {} \\r [d_s1] d_s1;",
    );
    expect(b.type).toBe(
      "forall (f :: * -> *) a. GHC.Base.Functor f => a %1 -> (# GHC.Prim.State# GHC.Prim.RealWorld, () #)",
    );
  });

  it("strips the parentheses of an operator binder", () => {
    const b = parseBinding(
      "(M13Show.:+:) [InlPrag=NOUSERINLINE CONLIKE] :: a -> b\n[GblId[DataCon]] =\n    {} \\r [eta_B0 eta_B1] M13Show.:+: [eta_B0 eta_B1];",
    );
    expect(b.name).toMatchObject({
      text: "M13Show.:+:",
      module: "M13Show",
      occ: ":+:",
    });
    expect(b.name.pos).toEqual({ line: 3, column: 2 }); // after the "(" on line 3
  });

  it("reads bindings without type and IdInfo (-dsuppress-all)", () => {
    const b = parseBinding("f1 = CCS_DONT_CARE I#! [1#];");
    expect(b.type).toBe("");
    expect(b.idInfo).toBe("");
    expect(b.binderInfo).toBeNull();
    expect(b.rhs).toMatchObject({ kind: "con", con: { text: "I#" } });
  });

  it("reads a top-level Rec group, also of one binding", () => {
    const groups = parseBindings(
      "Rec {\nM.f [Occ=LoopBreaker] :: T\n[GblId] =\n    {} \\r [x_s1] M.g x_s1;\n\n" +
        "M.g [Occ=LoopBreaker] :: T\n[GblId] =\n    {} \\r [y_s2] M.f y_s2;\nend Rec }\n\n" +
        "Rec {\nM.h :: T\n[GblId] =\n    {} \\r [z_s3] M.h z_s3;\nend Rec }\n",
    );
    expect(groups.map((g) => g.kind)).toEqual(["rec", "rec"]);
    const [fg, hg] = groups;
    expect(fg!.kind === "rec" && fg!.binds.map((b) => b.name.text)).toEqual([
      "M.f",
      "M.g",
    ]);
    expect(hg!.kind === "rec" && hg!.binds.map((b) => b.name.text)).toEqual([
      "M.h",
    ]);
  });

  it("reads a top-level string literal", () => {
    const b = parseBinding(
      '$trModule3_r1AF :: GHC.Prim.Addr#\n[GblId, Unf=OtherCon []] =\n    "M01Arith"#;',
    );
    expect(b.name).toMatchObject({ module: null, occ: "$trModule3_r1AF" });
    expect(b.rhs).toMatchObject({
      kind: "lit",
      lit: {
        kind: "string",
        bytes: [..."M01Arith"].map((c) => c.charCodeAt(0)),
      },
    });
  });
});

describe("right-hand sides", () => {
  it("reads closures with every update flag and free variables", () => {
    const groups = parseBindings(
      "a = {} \\r [x_s1 y_s2] x_s1;\n" +
        "b = {b_s1DI} \\u [] GHC.Classes.>= GHC.Classes.$fOrdInt b_s1DI;\n" +
        "c = {ww1_s1Tu, w_s1Tv} \\s [] ww1_s1Tu w_s1Tv;\n" +
        "d = \\r [x_s1] x_s1;\n",
    );
    const rhss = groups.map((g) => (g.kind === "nonrec" ? g.bind.rhs : null));
    expect(rhss.map((r) => r?.kind === "closure" && r.updateFlag)).toEqual([
      "r",
      "u",
      "s",
      "r",
    ]);
    expect(
      rhss.map((r) => r?.kind === "closure" && r.freeVars?.map((n) => n.text)),
    ).toEqual([[], ["b_s1DI"], ["ww1_s1Tu", "w_s1Tv"], undefined]);
    const a = rhss[0]!;
    expect(a.kind === "closure" && a.params.map((p) => p.name.text)).toEqual([
      "x_s1",
      "y_s2",
    ]);
    const d = rhss[3]!;
    expect(d.kind === "closure" && d.freeVars).toBeNull();
  });

  it("reads parameters with binder info", () => {
    const b = parseBinding(
      "f = {} \\r [ds_s1 [Occ=Once1!] acc_s2 [Occ=Once1]] acc_s2;",
    );
    expect(b.rhs.kind === "closure" && b.rhs.params).toEqual([
      { name: expect.objectContaining({ text: "ds_s1" }), info: "Occ=Once1!" },
      { name: expect.objectContaining({ text: "acc_s2" }), info: "Occ=Once1" },
    ]);
  });

  it("reads constructor right-hand sides, stripping exactly one '!'", () => {
    const groups = parseBindings(
      "a = CCS_DONT_CARE GHC.Types.I#! [10#];\n" +
        "b = CCS_DONT_CARE []! [];\n" +
        "c = CCS_DONT_CARE GHC.Real.:%! [x_s1 y_s2];\n" +
        "d = CCCS :! [sat_s14b GHC.Types.[]];\n" +
        "e = CCS_DONT_CARE M.C:Solid! [M.$fShapeSq $cvolume_r2ai];\n",
    );
    const rhss = groups.map((g) => (g.kind === "nonrec" ? g.bind.rhs : null));
    expect(
      rhss.map((r) => r?.kind === "con" && [r.ccs, r.con.text, r.con.occ]),
    ).toEqual([
      ["CCS_DONT_CARE", "GHC.Types.I#", "I#"],
      ["CCS_DONT_CARE", "[]", "[]"],
      ["CCS_DONT_CARE", "GHC.Real.:%", ":%"],
      ["CCCS", ":", ":"],
      ["CCS_DONT_CARE", "M.C:Solid", "C:Solid"],
    ]);
    const d = rhss[3]!;
    expect(
      d.kind === "con" && d.args.map((a) => a.kind === "var" && a.name.text),
    ).toEqual(["sat_s14b", "GHC.Types.[]"]);
  });

  it("keeps '$!' as an ordinary name outside constructor right-hand sides", () => {
    const e = kind(parseExpr("GHC.Base.$! f_s1 x_s2"), "app");
    expect(e.fn).toMatchObject({
      text: "GHC.Base.$!",
      module: "GHC.Base",
      occ: "$!",
    });
  });
});

describe("expressions", () => {
  it("reads applications with variable and literal arguments", () => {
    const e = kind(parseExpr("M21Join.$wgo ww1_s1Sk 0# 'c'# 2.5##"), "app");
    expect(e.fn.text).toBe("M21Join.$wgo");
    expect(
      e.args.map((a) => (a.kind === "var" ? a.name.text : a.lit.kind)),
    ).toEqual(["ww1_s1Sk", "int", "char", "double"]);
  });

  it("reads a bare variable as an application without arguments", () => {
    expect(parseExpr("x_s1")).toMatchObject({
      kind: "app",
      fn: { text: "x_s1" },
      args: [],
    });
  });

  it("tells constructor and primop applications apart by the head", () => {
    const cases: [string, "conApp" | "primApp"][] = [
      ["GHC.Types.I# [0#]", "conApp"],
      [": [x_s1 y_s2]", "conApp"],
      ["[] []", "conApp"],
      ["GHC.Types.True []", "conApp"],
      ["(#,#) [a_s1 b_s2]", "conApp"],
      ["(##) []", "conApp"],
      ["Solo# [GHC.Tuple.()]", "conApp"],
      ["(,,,) [a_s1 b_s2 c_s3 d_s4]", "conApp"],
      ["+# [a_s21X sat_s220]", "primApp"],
      ["==## [a_s1 1.0##]", "primApp"],
      ["tagToEnum# [sat_s1Jn]", "primApp"],
      ["writeMutVar# [r_s1 v_s2 GHC.Prim.void#]", "primApp"],
    ];
    for (const [src, k] of cases) expect(parseExpr(src).kind, src).toBe(k);
    expect(kind(parseExpr("[] []"), "conApp").args).toEqual([]);
    expect(kind(parseExpr("+# [a_s1 1#]"), "primApp").op).toBe("+#");
    const solo = kind(parseExpr("Solo# [GHC.Tuple.()]"), "conApp");
    expect(solo.args[0]).toMatchObject({
      kind: "var",
      name: { module: "GHC.Tuple", occ: "()" },
    });
  });

  it("reads foreign calls", () => {
    const e = kind(
      parseExpr(
        "__ffi_static_ccall_unsafe base-4.15.1.0:u_iswspace :: [ds_s1 GHC.Prim.void#]",
      ),
      "foreignCall",
    );
    expect(e.convention).toBe("__ffi_static_ccall_unsafe");
    expect(e.callee).toBe("base-4.15.1.0:u_iswspace");
    expect(e.args).toHaveLength(2);
    const dyn = kind(
      parseExpr('__ffi_dyn_ccall_safe "" :: [f_s1 a_s2 GHC.Prim.void#]'),
      "foreignCall",
    );
    expect(dyn.callee).toBe('""');
    expect(dyn.args).toHaveLength(3);
  });

  it("reads let, nested lets and let-no-escape", () => {
    const e = kind(
      parseExpr(
        "let {\n  sat_s1 [Occ=Once1] :: GHC.Types.Int\n  [LclId] =\n      CCCS GHC.Types.I#! [100#]; } in\n" +
          "let {\n  sat_s2 :: T [LclId] = {sat_s1} \\u [] f sat_s1;\n} in \n" +
          "  let-no-escape {\n  $j_s3 [Occ=Once1!T[1]] :: T [LclId[JoinId(1)]] = {sat_s2} \\r [x_s4] x_s4;\n} in  $j_s3 sat_s2",
      ),
      "let",
    );
    expect(e.noEscape).toBe(false);
    expect(e.binds.kind === "nonrec" && e.binds.bind.name.text).toBe("sat_s1");
    const inner = kind(e.body, "let");
    const lne = kind(inner.body, "let");
    expect(lne.noEscape).toBe(true);
    expect(lne.binds.kind === "nonrec" && lne.binds.bind.idInfo).toBe(
      "LclId[JoinId(1)]",
    );
    expect(kind(lne.body, "app").fn.text).toBe("$j_s3");
  });

  it("reads a Rec group inside a let", () => {
    const e = kind(
      parseExpr(
        "let {\n  Rec {\n  go_s1 [Occ=LoopBreaker] :: T [LclId] = {go_s1} \\r [x_s2] go_s1 x_s2;\n\n" +
          "  go2_s3 :: T [LclId] = {go_s1} \\r [] go_s1;\n  end Rec }\n} in  go_s1 1#",
      ),
      "let",
    );
    expect(e.binds.kind).toBe("rec");
    expect(
      e.binds.kind === "rec" && e.binds.binds.map((b) => b.name.text),
    ).toEqual(["go_s1", "go2_s3"]);
  });

  it("reads case with and without a binder, across layouts", () => {
    const a = kind(
      parseExpr("case x_s1 of {\n  __DEFAULT -> y_s2;\n}"),
      "case",
    );
    expect(a.binder).toBeNull();
    expect(a.alts).toHaveLength(1);
    const b = kind(
      parseExpr(
        "case\n  f a_s1\nof\nwild_s1 [Occ=Once1]\n{ GHC.Types.False -> x_s2;\n  GHC.Types.True -> y_s3; }",
      ),
      "case",
    );
    expect(b.binder).toEqual({
      name: expect.objectContaining({ text: "wild_s1" }),
      info: "Occ=Once1",
    });
    expect(kind(b.scrutinee, "app").args).toHaveLength(1);
    expect(b.alts.map((x) => x.con.kind === "con" && x.con.con.text)).toEqual([
      "GHC.Types.False",
      "GHC.Types.True",
    ]);
    const c = kind(
      parseExpr(
        "case +# [a_s1 b_s2] of sat_s3 { __DEFAULT -> GHC.Types.I# [sat_s3]; }",
      ),
      "case",
    );
    expect(c.scrutinee.kind).toBe("primApp");
    expect(c.binder?.name.text).toBe("sat_s3");
    expect(c.binder?.info).toBeNull();
  });

  it("reads every kind of alternative", () => {
    const e = kind(
      parseExpr(
        "case x of {\n" +
          "  __DEFAULT -> a;\n" +
          "  GHC.Types.I# x_s1 [Occ=Once1!] -> b;\n" +
          "  M13Show.V a_s1zN [Occ=Once1] b_s1zO [Occ=Once1] -> c;\n" +
          "  : _ [Occ=Dead] _ [Occ=Dead] -> d;\n" +
          "  [] -> e;\n" +
          "  (#,#) ipv_s2jV ipv1_s2jW -> f;\n" +
          "  Solo# ds3_s22v [Occ=Once1] -> g;\n" +
          "  (##) -> h;\n" +
          "  0# -> i;\n" +
          "  -1# -> j;\n" +
          "  ' '# -> k;\n" +
          "  M28Extra.C:Shape _ [Occ=Dead] v_s2dC [Occ=Once1] -> v_s2dC;\n" +
          "}",
      ),
      "case",
    );
    const shown = e.alts.map((a) => {
      const con =
        a.con.kind === "default"
          ? "DEFAULT"
          : a.con.kind === "con"
            ? a.con.con.text
            : a.con.lit.kind === "char"
              ? `char ${a.con.lit.value}`
              : `${a.con.lit.kind} ${"value" in a.con.lit ? String(a.con.lit.value) : ""}`;
      return [
        con,
        a.binders.map((b) => b.name.text + (b.info ? `[${b.info}]` : "")),
      ];
    });
    expect(shown).toEqual([
      ["DEFAULT", []],
      ["GHC.Types.I#", ["x_s1[Occ=Once1!]"]],
      ["M13Show.V", ["a_s1zN[Occ=Once1]", "b_s1zO[Occ=Once1]"]],
      [":", ["_[Occ=Dead]", "_[Occ=Dead]"]],
      ["[]", []],
      ["(#,#)", ["ipv_s2jV", "ipv1_s2jW"]],
      ["Solo#", ["ds3_s22v[Occ=Once1]"]],
      ["(##)", []],
      ["int 0", []],
      ["int -1", []],
      ["char 32", []],
      ["M28Extra.C:Shape", ["_[Occ=Dead]", "v_s2dC[Occ=Once1]"]],
    ]);
  });

  it("reads case scrutinees that are themselves cases or lets", () => {
    const e = kind(
      parseExpr("case case x of { __DEFAULT -> y; } of { __DEFAULT -> z; }"),
      "case",
    );
    expect(e.scrutinee.kind).toBe("case");
  });

  it("reads ticks of every kind", () => {
    const ticks = [
      "hpc<main:M27Hpc,12>",
      "src<G27.hs:4:1-38>",
      "src<G27.hs:(15,1)-(18,22)>",
      "scc<f>",
      "tick<cc>",
      "scctick<cc>",
      "break<3>(x_s1,y_s2)",
    ];
    for (const t of ticks) {
      const e = kind(parseExpr(`${t} f x`), "tick");
      expect(e.tick).toBe(t);
      expect(kind(e.body, "app").fn.text).toBe("f");
    }
    const nested = kind(
      parseExpr("src<A.hs:1:1> hpc<main:A,1> GHC.Types.I# [7#]"),
      "tick",
    );
    expect(kind(nested.body, "tick").body.kind).toBe("conApp");
  });

  it("does not mistake names starting with keywords for keywords", () => {
    const e = kind(
      parseExpr("case ofs_s1 of cases_s2 { __DEFAULT -> inc_s3 lets_s4; }"),
      "case",
    );
    expect(kind(e.scrutinee, "app").fn.text).toBe("ofs_s1");
    expect(e.binder?.name.text).toBe("cases_s2");
    expect(kind(e.alts[0]!.body, "app").args[0]).toMatchObject({
      name: { text: "lets_s4" },
    });
  });

  it("records positions of expressions, names and literals", () => {
    const dump = parseGhcDump(
      BANNER +
        "f =\n    {} \\r [x_s1]\n        case +# [x_s1 1#] of {\n          __DEFAULT -> g x_s1;\n        };\n",
      "p",
    );
    const b = dump.modules[0]!.bindings[0]!;
    const rhs = b.kind === "nonrec" ? b.bind.rhs : null;
    expect(rhs?.pos).toEqual({ line: 4, column: 5 });
    const c = kind(
      rhs!.kind === "closure" ? rhs!.body : parseExpr("x"),
      "case",
    );
    expect(c.pos).toEqual({ line: 5, column: 9 });
    const op = kind(c.scrutinee, "primApp");
    expect(op.pos).toEqual({ line: 5, column: 14 });
    expect(op.args[1]).toMatchObject({
      kind: "lit",
      pos: { line: 5, column: 23 },
    });
    expect(c.alts[0]!.pos).toEqual({ line: 6, column: 11 });
    const app = kind(c.alts[0]!.body, "app");
    expect(app.fn.pos).toEqual({ line: 6, column: 24 });
    expect(app.args[0]).toMatchObject({
      kind: "var",
      name: { pos: { line: 6, column: 26 } },
    });
  });
});
