// Simple unfoldings of interface files read as expressions and printed as
// miniSTG bindings (src/coverage/unfolding.ts, unfolding-stg.ts). The texts
// are the shapes `ghc --show-iface` prints for base-4.15.1.
import { describe, expect, it } from "vitest";
import { readUnfolding } from "../../src/coverage/unfolding.js";
import { unfoldingBinding } from "../../src/coverage/unfolding-stg.js";

const LOCAL = new Set(["list", "$fReadWord13", "$fRead()9", "go1"]);
const stg = (name: string, text: string, module = "GHC.Read") => {
  const u = readUnfolding(text, module, LOCAL);
  return u === null ? null : unfoldingBinding(name, u);
};

describe("simple unfoldings", () => {
  it("reads a pair whose first component takes a type argument", () => {
    // `$fDataMaybe1`: the comma ends the type argument `@a`; read as an
    // application, the pair was once `$fDataMaybe2 False`
    expect(
      stg(
        "x",
        `Unfolding: (\\ @a -> (Data.Data.$fDataMaybe2 @a, GHC.Types.False))]`,
        "Data.Data",
      ),
    ).toBe(
      "x = THUNK(let { u1 = CON(Z2T zdfDataMaybe2_DataziData false) } in u1);",
    );
    expect(
      stg("y", `Unfolding: (GHC.Generics.NotAssociative, GHC.Types.False)]`),
    ).toBe(
      "y = THUNK(let { u1 = CON(Z2T con_NotAssociative_GHCziGenerics false) } in u1);",
    );
  });

  it("drops types and casts from a floated-out CAF", () => {
    expect(
      stg(
        "x",
        `Unfolding: (((list
                   @GHC.Word.Word64
                   \$fReadWord13
                     \`cast\`
                   ((<Text.ParserCombinators.ReadPrec.Prec>_R
                     %<'Many>_N ->_R Sym (Text.ParserCombinators.ReadP.N:ReadP[0]
                                              <GHC.Word.Word64>_R)) ; Sym (Text.ParserCombinators.ReadPrec.N:ReadPrec[0]
                                                                               <GHC.Word.Word64>_R)))
                  \`cast\`
                (Text.ParserCombinators.ReadPrec.N:ReadPrec[0]
                     <[GHC.Word.Word64]>_R)
                  \$fRead()9)
                 \`cast\`
               (Text.ParserCombinators.ReadP.N:ReadP[0] <[GHC.Word.Word64]>_R)
                 @[GHC.Word.Word64]
                 (Text.ParserCombinators.ReadP.\$fApplicativeP_\$cpure
                    @[GHC.Word.Word64]))]`,
      ),
    ).toBe(
      "x = THUNK(list_GHCziRead zdfReadWord13_GHCziRead zdfReadZLZR9_GHCziRead zdfApplicativePzuzdcpure_TextziParserCombinatorsziReadP);",
    );
  });

  it("turns a lambda into a FUN, nested calls into let-bound thunks", () => {
    expect(
      stg(
        "f",
        `Unfolding: InlineRule (0, True, True)
              (\\ @t :: * -> * ($dF['Many] :: Foldable t) @a (p['Many] :: GHC.Types.Int) ->
               go1 (GHC.Base.map @a p) (GHC.Types.: @GHC.Types.Char (GHC.Types.C# 'x'#) (GHC.Types.[] @GHC.Types.Char)) 3#)]`,
      ),
    ).toBe(null); // a Char# literal is not read
    expect(
      stg(
        "f",
        `Unfolding: (\\ @a (p['Many] :: GHC.Types.Int) (q['Many] :: a) ->
               go1 (GHC.Base.map @a p) (GHC.Types.I# 3#) q "abc"#)`,
      ),
    ).toBe(
      'f = FUN(a1 a2 -> let { u1 = THUNK(map_GHCziBase a1); u2 = CON(I 3) } in go1_GHCziRead u1 u2 a2 "abc");',
    );
  });

  it("reads Integer literals as IS", () => {
    expect(stg("one", "Unfolding: (1)]", "GHC.Word")).toBe(
      "one = CON(IS_GHCziNumziInteger 1);",
    );
  });

  it("refuses case, let and primops", () => {
    expect(
      stg(
        "x",
        `Unfolding: (case GHC.Num.Integer.$wintegerSignum $fRealWord1 of v { DEFAULT -> GHC.Types.I# v })]`,
      ),
    ).toBe(null);
    expect(
      stg(
        "x",
        "Unfolding: (\\ (x['Many] :: GHC.Prim.Int#) -> GHC.Prim.+# x 1#)]",
      ),
    ).toBe(null);
    expect(stg("x", "Unfolding: (let { y = go1 } in y)]")).toBe(null);
  });
});
