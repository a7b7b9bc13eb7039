// GHC primop names → the interpreter's primop names (src/ministg/primops.ts,
// docs/primops.md). GHC's symbolic Int# and Double# operators get ministg's
// and readable names; alphanumeric primops keep their GHC names.
import { refusedNames } from "../preludes/refused.js";
import { lookupPrimOp } from "../ministg/primops.js";

const SYMBOLIC: ReadonlyMap<string, string> = new Map([
  // Int# (ministg's own names)
  ["+#", "plus#"],
  ["-#", "sub#"],
  ["*#", "mult#"],
  ["==#", "eq#"],
  ["/=#", "ne#"],
  ["<#", "lt#"],
  ["<=#", "lte#"],
  [">#", "gt#"],
  [">=#", "gte#"],
  // Double#
  ["+##", "plusDouble#"],
  ["-##", "minusDouble#"],
  ["*##", "timesDouble#"],
  ["/##", "divideDouble#"],
  ["**##", "powerDouble#"],
  ["==##", "eqDouble#"],
  ["/=##", "neDouble#"],
  ["<##", "ltDouble#"],
  ["<=##", "leDouble#"],
  [">##", "gtDouble#"],
  [">=##", "geDouble#"],
  // STG is untyped, so tagToEnum# is taken to be at Bool, where GHC uses it
  // for comparison results (isTrue#); see docs/lowering.md.
  ["tagToEnum#", "intToBool#"],
  // Array# sizes (src/ministg/primops/array.ts). GHC's other array primops
  // take a state token and return unboxed tuples; they have no counterpart.
  ["sizeofArray#", "arraySize#"],
  ["sizeofMutableArray#", "arraySize#"],
]);

/** Our name for GHC primop `op` (whether or not the interpreter has it). */
export function primOpName(op: string): string {
  return SYMBOLIC.get(op) ?? op;
}

/**
 * Our name for GHC primop `op` with `arity` arguments, or an explanation of
 * why we cannot run it.
 */
export function lookupGhcPrimOp(
  op: string,
  arity: number,
): { ok: true; name: string } | { ok: false; reason: string } {
  const name = primOpName(op);
  const prim = lookupPrimOp(name);
  if (prim === undefined) {
    // Refused on purpose (preludes/refused.txt): say why.
    const why = refusedNames().get(`GHC.Prim.${op}`);
    if (why !== undefined)
      return {
        ok: false,
        reason: `primop \`${op}\` is not supported by hs2stg: ${why}`,
      };
    return { ok: false, reason: `unsupported primop \`${op}\`` };
  }
  if (prim.arity !== arity) {
    return {
      ok: false,
      reason: `primop \`${op}\` applied to ${arity} argument(s); ${name} takes ${prim.arity}`,
    };
  }
  return { ok: true, name };
}
