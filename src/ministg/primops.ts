// THE table of primitive operations the interpreter supports: ministg's nine
// plus GHC's common Int#/Word#/Char#/Double#/Float# primops under readable
// names, Integer operations on bigint payloads, Addr# string access and IO
// effects. docs/primops.md documents it. The loader rejects any primop not
// listed here (with file:line:col), and any call with the wrong number of
// arguments. Each group module exports its own table; PRIMOP_TABLES below
// lists them, and its order is the table's order.

import type { PrimOp, PrimOpTable } from "./primops/table.js";
import { intPrimOps } from "./primops/int.js";
import { floatingPrimOps } from "./primops/floating.js";
import { integerPrimOps } from "./primops/integer.js";
import { addrIoPrimOps } from "./primops/addr-io.js";
import { unicodePrimOps } from "./primops/unicode.js";
import { mutVarPrimOps } from "./primops/mutvar.js";
import { arrayPrimOps } from "./primops/array.js";
import { floatTextPrimOps } from "./primops/float-text.js";
import { exceptionPrimOps } from "./primops/exceptions.js";
import { bitsPrimOps } from "./primops/bits.js";
import { byteArrayPrimOps } from "./primops/bytearray.js";
import { filesPrimOps } from "./primops/files.js";
import { posixPrimOps } from "./primops/posix.js";
import { unixPrimOps } from "./primops/unix.js";
import { terminalPrimOps } from "./primops/terminal.js";
import { sizedPrimOps } from "./primops/sized.js";
import { threadPrimOps } from "./primops/threads.js";
import { stmPrimOps } from "./primops/stm.js";
import { bigNatPrimOps } from "./primops/bignat.js";
import { identityPrimOps } from "./primops/identity.js";
import { foreignTextPrimOps } from "./primops/foreign-text.js";
import { digestPrimOps } from "./primops/digest.js";
import { bignumTheoryPrimOps } from "./primops/bignum-theory.js";
import { processPrimOps } from "./primops/process.js";
import { ixPrimOps } from "./primops/ix.js";
import { balancePrimOps } from "./primops/balance.js";
import { orderPrimOps } from "./primops/order.js";
import { appendPrimOps } from "./primops/append.js";
import { cstringPrimOps } from "./primops/cstring.js";
import { evaluatedPrimOps } from "./primops/evaluated.js";
import { fastListPrimOps } from "./primops/fast-lists.js";
import { mapFastPrimOps } from "./primops/map-fast.js";
import { textFastPrimOps } from "./primops/text-fast.js";
import { integerFastPrimOps } from "./primops/integer-fast.js";
import { ixPairFastPrimOps } from "./primops/ix-pair-fast.js";

export {
  FAST_EQ,
  FAST_GT,
  FAST_GTE,
  FAST_INT_TO_BOOL,
  FAST_LT,
  FAST_LTE,
  FAST_MULT,
  FAST_PLUS,
  FAST_SUB,
  PrimError,
  ProgramExit,
  type PrimContext,
  type PrimFn,
  type PrimOp,
} from "./primops/table.js";
export { showDouble, showFFloat } from "./primops/float-text.js";

/** The groups' tables; their order is the lookup's (and PRIMOPS' iteration) order. */
export const PRIMOP_TABLES: readonly PrimOpTable[] = [
  intPrimOps,
  floatingPrimOps,
  integerPrimOps,
  addrIoPrimOps,
  unicodePrimOps,
  mutVarPrimOps,
  arrayPrimOps,
  floatTextPrimOps,
  exceptionPrimOps,
  bitsPrimOps,
  byteArrayPrimOps,
  filesPrimOps,
  posixPrimOps,
  unixPrimOps,
  terminalPrimOps,
  sizedPrimOps,
  threadPrimOps,
  stmPrimOps,
  bigNatPrimOps,
  identityPrimOps,
  foreignTextPrimOps,
  digestPrimOps,
  bignumTheoryPrimOps,
  processPrimOps,
  ixPrimOps,
  balancePrimOps,
  orderPrimOps,
  evaluatedPrimOps,
  appendPrimOps,
  cstringPrimOps,
  fastListPrimOps,
  mapFastPrimOps,
  textFastPrimOps,
  integerFastPrimOps,
  ixPairFastPrimOps,
];

/**
 * One lookup from several tables, in their order. A name defined twice is
 * a mistake in the tables (the machine would run whichever came last), so
 * it stops the build of the lookup with both groups named.
 */
export function primOpLookup(
  tables: readonly PrimOpTable[],
): ReadonlyMap<string, PrimOp> {
  const byName = new Map<string, PrimOp>();
  for (const table of tables) {
    for (const p of table) {
      const seen = byName.get(p.name);
      if (seen !== undefined) {
        throw new Error(
          `primop \`${p.name}\` is defined twice (groups "${seen.group}" and "${p.group}")`,
        );
      }
      byName.set(p.name, p);
    }
  }
  return byName;
}

/** Every supported primop by name. */
export const PRIMOPS: ReadonlyMap<string, PrimOp> = primOpLookup(PRIMOP_TABLES);

export function lookupPrimOp(name: string): PrimOp | undefined {
  return PRIMOPS.get(name);
}
