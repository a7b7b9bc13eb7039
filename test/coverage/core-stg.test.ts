// Whole Core unfoldings with state tokens, read (src/coverage/core-read.ts),
// unarised into STG (core-stg.ts) and lowered by hs2stg's own lowering.
// The expected shapes are those of GHC 9.0.2's -ddump-stg-final for the
// same code: a State# parameter stays a parameter (`\r [r void_0E]`), the
// token passed is `void#` (lowered to 0), a primop's bare State# result is
// matched by `(##)`, `(# s, a #)` is `Solo# a` (Z1H), a returned token is
// `(##) []` (Z0H), and `runRW# (\s -> e)` is `e`.
import { describe, expect, it } from "vitest";
import { readCore } from "../../src/coverage/core-read.js";
import { coreBinding, Unsupported } from "../../src/coverage/core-stg.js";
import { Constructors } from "../../src/lower/constructors.js";
import { Globals } from "../../src/lower/globals.js";
import { ModuleLowering } from "../../src/lower/lower-module.js";
import { EnumTypes } from "../../src/lower/types.js";
import { printStg } from "../../src/print/print-stg.js";
import type * as G from "../../src/parse-ghc-dump/ast.js";

const MOD = "M";
const ARITIES: Record<string, number> = { "GHC.Types.I#": 1, "GHC.Ptr.Ptr": 1 };

function lowered(occ: string, text: string): string {
  const core = readCore(text, MOD, new Set([occ, "lvl"]));
  if (core === null) throw new Error("unreadable");
  const bind = coreBinding(MOD, occ, core, {
    conArity: (m, o) => {
      if (m === null) {
        const t = /^\((#?)(,*)\1\)$/.exec(o);
        if (t !== null) return t[2]!.length + 1;
        return o === "(##)" ? 0 : o === "Solo#" ? 1 : null;
      }
      return ARITIES[`${m}.${o}`] ?? null;
    },
  });
  const module: G.Module = {
    title: "Final STG:",
    timestamp: null,
    bindings: [{ kind: "nonrec", bind }],
    pos: { line: 1, column: 1 },
    name: MOD,
  };
  const input = { file: `${MOD}.hi`, module, name: MOD };
  const l = new ModuleLowering(
    {
      globals: new Globals([input]),
      cons: new Constructors(),
      topLits: new Map(),
      enums: new EnumTypes([input]),
      tagToEnumTypes: new Set(),
    },
    0,
    input,
  );
  l.collectLiterals();
  const out = l.lowerBindings();
  return printStg({ bindings: out }, { dialect: "extended" })
    .trim()
    .replace(/\s+/g, " ");
}

describe("Core unfoldings with state tokens", () => {
  it("keeps a State# parameter, passes the token as 0 and matches a bare State# result with (##)", () => {
    expect(
      lowered(
        "w",
        `Unfolding: (\\ (r['Many] :: GHC.Prim.MutVar# GHC.Prim.RealWorld GHC.Types.Int)
                 (s['Many] :: GHC.Prim.State# GHC.Prim.RealWorld) ->
               case GHC.Prim.writeMutVar#
                      @GHC.Prim.RealWorld @GHC.Types.Int r lvl s of s2 { DEFAULT ->
               s2 })`,
      ),
    ).toBe(
      "w_M = FUN(r void -> case writeMutVarzh_GHCziPrim r lvl_M 0 of { Z0H -> con_Z0H });",
    );
  });

  it("drops the token of an unboxed pair, in a pattern and in a result", () => {
    expect(
      lowered(
        "f",
        `Unfolding: (\\ (r['Many] :: GHC.Prim.MutVar# GHC.Prim.RealWorld GHC.Types.Int)
                 (eta['Many] :: GHC.Prim.State# GHC.Prim.RealWorld)[OneShot] ->
               case GHC.Prim.readMutVar# @GHC.Prim.RealWorld @GHC.Types.Int r eta of ds { (#,#) ipv ipv1 ->
               case ipv1 of wild { GHC.Types.I# x ->
               (# ipv, GHC.Types.I# (GHC.Prim.+# x 1#) #) } })`,
      ),
    ).toBe(
      "f_M = FUN(r void -> case readMutVarzh_GHCziPrim r 0 of { Z1H ipv1 -> case ipv1 of { I x -> case plus# x 1 of { p -> let { t = CON(I p); r1 = CON(Z1H t) } in r1 } } });",
    );
  });

  it("takes a call passed the token to return it first (IO's convention)", () => {
    expect(
      lowered(
        "g",
        `Unfolding: (\\ (m['Many] :: GHC.Types.IO GHC.Types.Int)
                 (s['Many] :: GHC.Prim.State# GHC.Prim.RealWorld) ->
               case m \`cast\` (GHC.Types.N:IO[0] <GHC.Types.Int>_R) s of ds { (#,#) ipv ipv1 ->
               m \`cast\` (GHC.Types.N:IO[0] <GHC.Types.Int>_R) ipv })`,
      ),
    ).toBe("g_M = FUN(m void -> case m 0 of { Z1H ipv1 -> m 0 });");
  });

  it("runs runRW#'s lambda with the token and drops unsafeEqualityProof's match", () => {
    expect(
      lowered(
        "c",
        `Unfolding: (GHC.Magic.runRW#
                 @'GHC.Types.LiftedRep
                 @GHC.Types.Int
                 (\\ (s2['Many] :: GHC.Prim.State# GHC.Prim.RealWorld)[OneShot] ->
                  case GHC.Prim.newMutVar# @GHC.Types.Int @GHC.Prim.RealWorld lvl s2 of ds { (#,#) ipv ipv1 ->
                  case Unsafe.Coerce.unsafeEqualityProof @(*) @GHC.Types.Int @GHC.Types.Int of wild1 { Unsafe.Coerce.UnsafeRefl co ->
                  case GHC.Prim.readMutVar# @GHC.Prim.RealWorld @GHC.Types.Int ipv1 ipv of ds1 { (#,#) ipv2 ipv3 ->
                  ipv3 } } }))`,
      ),
    ).toBe(
      "c_M = THUNK( case newMutVarzh_GHCziPrim lvl_M 0 of { Z1H ipv1 -> case readMutVarzh_GHCziPrim ipv1 0 of { Z1H ipv3 -> ipv3 } } );",
    );
  });

  it("refuses a case binding another call's bare result (its type is not known)", () => {
    expect(() =>
      lowered(
        "h",
        `Unfolding: (\\ (k['Many] :: GHC.Prim.State# GHC.Prim.RealWorld -> GHC.Prim.State# GHC.Prim.RealWorld)
                 (s['Many] :: GHC.Prim.State# GHC.Prim.RealWorld) ->
               case k s of s1 { DEFAULT -> k s1 })`,
      ),
    ).toThrow(Unsupported);
  });

  it("calls a foreign function as the STG dump does: the token its last argument, (# s, a #) as Solo# a and (# s #) as (##)", () => {
    expect(
      lowered(
        "d",
        `Unfolding: (\\ (x['Many] :: GHC.Types.Int) (p['Many] :: GHC.Ptr.Ptr GHC.Word.Word8)
                 (eta['Many] :: GHC.Prim.State# GHC.Prim.RealWorld)[OneShot] ->
               case x of wild { GHC.Types.I# x# ->
               case p of wild1 { GHC.Ptr.Ptr a ->
               case {__ffi_static_ccall_unsafe bytestring-0.10.12.1:_hs_bytestring_int_dec :: GHC.Prim.Int#
                                                 -> GHC.Prim.Addr#
                                                 -> GHC.Prim.State# GHC.Prim.RealWorld
                                                 -> (# GHC.Prim.State# GHC.Prim.RealWorld, GHC.Prim.Addr# #)}
                      x# a eta of ds { (#,#) s1 end ->
               case {__ffi_static_ccall_unsafe bytestring-0.10.12.1:fps_reverse :: GHC.Prim.Addr#
                                                 -> GHC.Prim.State# GHC.Prim.RealWorld
                                                 -> (# GHC.Prim.State# GHC.Prim.RealWorld #)}
                      end s1 of ds1 { Solo# s2 ->
               (# s2, GHC.Ptr.Ptr @GHC.Word.Word8 end #) } } } })`,
      ),
    ).toBe(
      "d_M = FUN(x p void -> case x of { I xzh -> case p of { Ptr_GHCziPtr a -> case zuhszubytestringzuintzudec_FFI xzh a 0 of { Z1H end -> case fpszureverse_FFI end 0 of { Z0H -> let { t = CON(Ptr_GHCziPtr end); r = CON(Z1H t) } in r } } } });",
    );
  });
});
