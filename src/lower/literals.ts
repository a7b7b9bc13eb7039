// GHC-STG literals → miniSTG literals.
import type * as G from "../parse-ghc-dump/ast.js";
import type * as M from "../ministg/ast.js";
import { rtsFlagsBytes } from "./rts-flags.js";

/**
 * The miniSTG literal for a GHC literal, or a reason it has none. Sized
 * literals (`1#8`, GHC 9.2+) keep their value; `__NULL` (nullAddr#) and
 * `__RUBBISH` (a value nobody looks at) become the Int# 0.
 */
export function lowerLiteral(
  lit: G.Literal,
): { ok: true; lit: M.Literal } | { ok: false; reason: string } {
  switch (lit.kind) {
    case "int":
      return { ok: true, lit: { kind: "int", value: lit.value } };
    case "word":
      return { ok: true, lit: { kind: "word", value: lit.value } };
    case "double":
      return { ok: true, lit: { kind: "double", value: lit.value } };
    case "float":
      // A Float# is single precision from the start (GHC's 0.1# is the float nearest 0.1).
      return {
        ok: true,
        lit: { kind: "float", value: Math.fround(lit.value) },
      };
    case "char":
      return { ok: true, lit: { kind: "char", value: lit.value } };
    case "string":
      return { ok: true, lit: { kind: "string", bytes: lit.bytes } };
    case "null":
    case "rubbish":
      return { ok: true, lit: { kind: "int", value: 0n } };
    case "label": {
      // The RTS's count of capabilities (getNumCapabilities at -O1 reads it
      // as an Int32): one, as GHC's non-threaded runtime has.
      if (lit.label === "enabled_capabilities")
        return { ok: true, lit: { kind: "string", bytes: [1, 0, 0, 0] } };
      // The RTS's flags (GHC.RTS.Flags' getters inlined): their C struct.
      if (lit.label === "RtsFlags")
        return { ok: true, lit: { kind: "string", bytes: rtsFlagsBytes() } };
      const addr = FUNCTION_LABELS.get(lit.label);
      if (addr !== undefined)
        return { ok: true, lit: { kind: "int", value: addr } };
      return {
        ok: false,
        reason: `foreign label \`${lit.label}\` is not supported`,
      };
    }
    default: {
      const never: never = lit;
      return never;
    }
  }
}

/**
 * C functions whose address -O1 code takes (`__label "free" (function)`,
 * inlined from finalizerFree): the address the preludes give the same
 * FunPtr (`finalizerFree` in Foreign.Marshal.Alloc+Memory.stg). Such an
 * address is only compared and registered as a finalizer, which the
 * machine accepts and never calls (GHC.ForeignPtr+Memory.stg).
 */
const FUNCTION_LABELS: ReadonlyMap<string, bigint> = new Map([["free", 4096n]]);
