// GHC's exception primops. They change the machine's control (unwinding
// its stack to a catch frame, pushing one), so the machine runs them itself
// (machine.ts, OP_RAISE / OP_CATCH); they are listed here for the loader's
// arity checks and docs/primops.md.

import { PrimError, groupTable, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const exceptionPrimOps: PrimOpTable = ops;

const byMachine = (name: string) => (): never => {
  throw new PrimError(`${name}: internal error: run by the machine`);
};

// All three belong to the IO group: they need the machine's stack, which
// the ministg dialect cannot express (like the IO effects).
def(
  "IO",
  "raise#",
  1,
  "throw the exception (a `SomeException`): unwind the stack to the nearest `catch#` frame and apply its handler to the exception and the state token; thunks under evaluation on the way become `raise#` thunks; an error when no `catch#` frame is left",
  byMachine("raise#"),
);
def(
  "IO",
  "raiseIO#",
  2,
  "`raise#` of the first argument (the second is the state token)",
  byMachine("raiseIO#"),
);
def(
  "IO",
  "catch#",
  3,
  "`catch# io handler s`: push a catch frame holding `handler`, then apply `io` to `s`; a value returning through the frame passes unchanged",
  byMachine("catch#"),
);
