// Dumps in the forms other GHC versions print (8.10, 9.2, 9.4, 9.6), written
// by hand after the printers' source (see the syntax catalogue, section 10).
import { describe, expect, it } from "vitest";
import type { Expr, Rhs } from "../../src/parse-ghc-dump/ast.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { bindingsOf, parseExpr, walkDump } from "./walk.js";

function exprs(text: string): Expr[] {
  const out: Expr[] = [];
  walkDump(parseGhcDump(text, "sample"), { expr: (e) => out.push(e) });
  return out;
}
function rhss(text: string): Rhs[] {
  const out: Rhs[] = [];
  walkDump(parseGhcDump(text, "sample"), { rhs: (r) => out.push(r) });
  return out;
}

const GHC_8_10 = `
==================== Final STG: ====================
2021-03-01 10:00:00.123456 UTC

Main.f :: GHC.Types.Int -> GHC.Types.Int
[GblId, Arity=1, Caf=NoCafRefs, Str=<S(S),1*U(U)>m, Unf=OtherCon []] =
    \\r [x_s1]
        case x_s1 of wild_s2 [Occ=Once] {
          GHC.Types.I# y_s3 [Occ=Once*!] ->
              let {
                sat_s5 [Occ=OnceL*] :: GHC.Types.Int
                [LclId] =
                    CCCS {wild_s2}  \\u [] wild_s2;
              } in
                case Main.g sat_s5 of {
                  Unit# r_s6 [Occ=OnceL!] -> GHC.Integer.Type.S# [r_s6];
                };
        };

Main.h :: GHC.Types.Int
[GblId] =
    {} \\u [] __pkg_ccall base sin [];
`;

const GHC_9_2 = `
==================== Final STG: ====================
2022-01-01 10:00:00.123456 UTC

Main.small :: GHC.Int.Int8
[GblId, Unf=OtherCon []] =
    CCS_DONT_CARE GHC.Int.I8#! [-7#8];

Main.byte :: GHC.Word.Word8
[GblId, Unf=OtherCon []] =
    CCS_DONT_CARE GHC.Word.W8#! [200##8];

Main.r :: forall a. a
[GblId] =
    {} \\r [] case __RUBBISH(lifted) of { Solo# x_s1 [Occ=Once1] -> x_s1; };
`;

const GHC_9_4 = `
==================== Final STG: ====================
2023-01-01 10:00:00.123456 UTC

Main.k :: GHC.Types.Int -> GHC.Types.Int
[GblId, Arity=1, Str=<1!P(L)>, Cpr=1, Unf=OtherCon []] =
    {} \\r [x_s1]
        let {
          sat_s2 [Occ=Once1] :: GHC.Types.Int
          [LclId] =
              CCCS 3 GHC.Types.I#! [1#];
        } in
          let-no-escape {
            $j_s3 [Occ=Once1!T[1], Dmd=<1L>] :: GHC.Types.Int -> GHC.Types.Int
            [LclId[JoinId(1)(Nothing)], Arity=1, Str=<1L>, Unf=OtherCon []] =
                {sat_s2} \\r [y_s4] GHC.Types.I# #7 [1#];
          } in
            case x_s1<TagProper> of wild_s5 [Occ=Once1] {
              GHC.Types.I# _ [Occ=Dead] -> $j_s3 sat_s2<TagProper>;
            };
`;

const GHC_9_6 = `
==================== Final STG: ====================
2023-06-01 10:00:00.123456 UTC

Main.t :: (# #) -> (# GHC.Types.Int, GHC.Types.Int #)
[GblId, Arity=1, Str=<L>, Cpr=1(, ), Unf=OtherCon []] =
    {} \\r [void_0E]
        case Main.u GHC.Prim.(##) of tup_s1<TagTuple[TagProper, TagDunno]> {
          (#,#) a_s2 [Occ=Once1] b_s3 [Occ=Once1] -> (#,#) [b_s3 a_s2];
        };

Main.unit :: ()
[GblId, Unf=OtherCon []] =
    CCS_DONT_CARE GHC.Tuple.Prim.()! [];
`;

describe("GHC 8.10", () => {
  it("reads Occ forms without branch counts and indented alternatives", () => {
    const dump = parseGhcDump(GHC_8_10, "8.10");
    const f = bindingsOf(dump.modules[0]!.bindings[0]!)[0]!;
    expect(f.rhs.kind === "closure" && f.rhs.freeVars).toBeNull();
    const c = exprs(GHC_8_10).find((e) => e.kind === "case");
    expect(c?.kind === "case" && c.binder).toMatchObject({ info: "Occ=Once" });
  });

  it("reads Unit#, the CCS-headed thunk form and old foreign calls", () => {
    const all = exprs(GHC_8_10);
    const unit = all.find(
      (e) =>
        e.kind === "case" &&
        e.alts[0]?.con.kind === "con" &&
        e.alts[0].con.con.text === "Unit#",
    );
    expect(unit).toBeDefined();
    const thunk = rhss(GHC_8_10).find(
      (r) => r.kind === "closure" && r.ccs !== null,
    );
    expect(thunk).toMatchObject({
      kind: "closure",
      ccs: "CCCS",
      updateFlag: "u",
      freeVars: [{ text: "wild_s2" }],
    });
    const ffi = all.find((e) => e.kind === "foreignCall");
    expect(ffi).toMatchObject({
      convention: "__pkg_ccall",
      callee: "base sin",
      args: [],
    });
  });
});

describe("GHC 9.2", () => {
  it("reads sized literals, __RUBBISH(lifted) and Solo#", () => {
    const [small, byte] = rhss(GHC_9_2);
    expect(small).toMatchObject({
      kind: "con",
      args: [{ lit: { kind: "int", value: -7n, size: 8 } }],
    });
    expect(byte).toMatchObject({
      kind: "con",
      args: [{ lit: { kind: "word", value: 200n, size: 8 } }],
    });
    const c = exprs(GHC_9_2).find((e) => e.kind === "case");
    expect(c).toMatchObject({
      scrutinee: {
        kind: "lit",
        lit: { kind: "rubbish", text: "__RUBBISH(lifted)" },
      },
      alts: [{ con: { kind: "con", con: { text: "Solo#" } } }],
    });
  });
});

describe("GHC 9.4", () => {
  it("reads constructor numbers in constructor right-hand sides and applications", () => {
    const con = rhss(GHC_9_4).find((r) => r.kind === "con");
    expect(con).toMatchObject({
      kind: "con",
      ccs: "CCCS",
      conNumber: 3,
      con: { text: "GHC.Types.I#" },
    });
    const app = exprs(GHC_9_4).find((e) => e.kind === "conApp");
    expect(app).toMatchObject({
      conNumber: 7,
      con: { text: "GHC.Types.I#" },
      args: [{ lit: { value: 1n } }],
    });
  });

  it("drops tag signatures from names and keeps JoinId(1)(Nothing) and new demands", () => {
    const all = exprs(GHC_9_4);
    const c = all.find((e) => e.kind === "case");
    expect(c).toMatchObject({
      scrutinee: { kind: "app", fn: { text: "x_s1" }, args: [] },
    });
    const jump = all.find((e) => e.kind === "app" && e.fn.text === "$j_s3");
    expect(jump).toMatchObject({
      args: [{ kind: "var", name: { text: "sat_s2", occ: "sat_s2" } }],
    });
    const lne = all.find((e) => e.kind === "let" && e.noEscape);
    expect(
      lne?.kind === "let" && lne.binds.kind === "nonrec" && lne.binds.bind,
    ).toMatchObject({
      binderInfo: "Occ=Once1!T[1], Dmd=<1L>",
      idInfo: "LclId[JoinId(1)(Nothing)], Arity=1, Str=<1L>, Unf=OtherCon []",
    });
  });
});

describe("GHC 9.6", () => {
  it("reads tuple tag signatures, GHC.Tuple.Prim names and unboxed units", () => {
    const c = exprs(GHC_9_6).find((e) => e.kind === "case");
    expect(c).toMatchObject({
      scrutinee: {
        kind: "app",
        args: [{ kind: "var", name: { module: "GHC.Prim", occ: "(##)" } }],
      },
      binder: { name: { text: "tup_s1" } },
    });
    const unit = rhss(GHC_9_6).find((r) => r.kind === "con");
    expect(unit).toMatchObject({
      con: { module: "GHC.Tuple.Prim", occ: "()" },
    });
  });
});

describe("other printing options", () => {
  it("reads -dppr-debug-free forms such as a profiling CCS before a closure", () => {
    const e = parseExpr("let { x_s1 = Main.f_ccs {} \\u [] y_s2; } in x_s1");
    expect(e).toMatchObject({
      kind: "let",
      binds: { bind: { rhs: { kind: "closure", ccs: "Main.f_ccs" } } },
    });
  });
});
