// THE table of primitive operations the interpreter supports: ministg's nine
// plus GHC's common Int#/Word#/Char#/Double#/Float# primops under readable
// names, Integer operations on bigint payloads, Addr# string access and IO
// effects. docs/primops.md documents it. The loader rejects any primop not
// listed here (with file:line:col), and any call with the wrong number of
// arguments. Each group registers itself in ./primops/table.ts on import;
// the import order below is the table's order.

import { table, type PrimOp } from "./primops/table.js";
import "./primops/int.js";
import "./primops/floating.js";
import "./primops/integer.js";
import "./primops/addr-io.js";
import "./primops/unicode.js";
import "./primops/mutvar.js";
import "./primops/array.js";
import "./primops/float-text.js";
import "./primops/exceptions.js";
import "./primops/bits.js";
import "./primops/bytearray.js";
import "./primops/files.js";
import "./primops/sized.js";
import "./primops/threads.js";
import "./primops/stm.js";
import "./primops/bignat.js";
import "./primops/identity.js";
import "./primops/foreign-text.js";
import "./primops/digest.js";

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

/** Every supported primop by name. */
export const PRIMOPS: ReadonlyMap<string, PrimOp> = new Map(
  table.map((p) => [p.name, p]),
);

export function lookupPrimOp(name: string): PrimOp | undefined {
  return PRIMOPS.get(name);
}
