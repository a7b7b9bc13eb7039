// THE table of primitive operations the interpreter supports: ministg's nine
// plus GHC's common Int#/Word#/Char#/Double#/Float# primops under readable
// names, Integer operations on bigint payloads, Addr# string access and IO
// effects. docs/primops.md documents it. The loader rejects any primop not
// listed here (with file:line:col), and any call with the wrong number of
// arguments. Each group module exports its own table; TABLE below puts
// them in order.

import type { PrimOp } from "./primops/table.js";
import { INT_PRIMOPS } from "./primops/int.js";
import { FLOATING_PRIMOPS } from "./primops/floating.js";
import { INTEGER_PRIMOPS } from "./primops/integer.js";
import { ADDR_IO_PRIMOPS } from "./primops/addr-io.js";
import { UNICODE_PRIMOPS } from "./primops/unicode.js";
import { MUTVAR_PRIMOPS } from "./primops/mutvar.js";
import { ARRAY_PRIMOPS } from "./primops/array.js";
import { FLOAT_TEXT_PRIMOPS } from "./primops/float-text.js";
import { EXCEPTIONS_PRIMOPS } from "./primops/exceptions.js";
import { BITS_PRIMOPS } from "./primops/bits.js";
import { BYTEARRAY_PRIMOPS } from "./primops/bytearray.js";
import { FILES_PRIMOPS } from "./primops/files.js";

/** Every group's primops, in the order docs/primops.md lists them. */
const TABLE: readonly PrimOp[] = [
  ...INT_PRIMOPS,
  ...FLOATING_PRIMOPS,
  ...INTEGER_PRIMOPS,
  ...ADDR_IO_PRIMOPS,
  ...UNICODE_PRIMOPS,
  ...MUTVAR_PRIMOPS,
  ...ARRAY_PRIMOPS,
  ...FLOAT_TEXT_PRIMOPS,
  ...EXCEPTIONS_PRIMOPS,
  ...BITS_PRIMOPS,
  ...BYTEARRAY_PRIMOPS,
  ...FILES_PRIMOPS,
];

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
  TABLE.map((p) => [p.name, p]),
);

export function lookupPrimOp(name: string): PrimOp | undefined {
  return PRIMOPS.get(name);
}
