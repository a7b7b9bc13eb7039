// Object identity: the pointer equality GHC's compare-and-swap primops test
// (casMutVar#, casArray#, casSmallArray#) and stable names
// (makeStableName#), which the machine gives its heap objects on demand.
import type { Value } from "../machine/values.js";
import { groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const identityPrimOps: PrimOpTable = ops;

const G = "Object identity";

def(
  G,
  "ptrEq#",
  2,
  "1 when both are the same heap object (or the same unboxed value), else 0: the test of GHC's compare-and-swap primops",
  (a, b) => (a === b ? 1 : 0),
);

// Stable names are numbered from 1 in the order they are first asked for;
// an object keeps its number while it lives (GHC's numbers differ).
const objectNames = new WeakMap<object, number>();
const valueNames = new Map<Value, number>();
let nextName = 1;

def(
  G,
  "stableNameOf#",
  1,
  "the stable name of a value (an Int#, the same for the same object)",
  (a) => {
    const table: {
      get(k: Value): number | undefined;
      set(k: Value, n: number): unknown;
    } = typeof a === "object" ? (objectNames as never) : valueNames;
    let n = table.get(a);
    if (n === undefined) table.set(a, (n = nextName++));
    return n;
  },
);
