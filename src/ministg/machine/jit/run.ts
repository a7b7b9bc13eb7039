// The compiling tier's trampoline: runs compiled entries (codegen.ts) one
// after another, and the rules between them that need no code of their own
// (ret.ts), until an entry is cold or the state needs the interpreter (an
// event due, a rule compiled code does not apply). It returns with `J.mode`
// and the registers set for machine.ts.

import {
  compileCasev,
  compileEval,
  evalCompilable,
  type JitFn,
} from "./codegen.js";
import { retAll } from "./ret.js";
import type { Value } from "../values.js";
import { J_CASEV, J_EVAL, J_OWE, J_RET, type JitState } from "./state.js";

/** Heat of a node compiled code cannot start (never worth entering the tier for). */
const NEVER = -(2 ** 30);

/** Direct calls between compiled entries before the trampoline unwinds the JS stack. */
const FUEL = 64;

export function runJit(J: JitState): void {
  let next = J_EVAL;
  for (;;) {
    J.fuel = FUEL;
    if (next === J_EVAL) {
      const c = J.code;
      let f = c.jitEval as JitFn | null;
      if (f === null) {
        if (++c.heat < J.hot) {
          J.mode = J_EVAL;
          return;
        }
        if (!evalCompilable(c, J.pe)) {
          c.heat = NEVER;
          J.mode = J_EVAL;
          return;
        }
        f = c.jitEval = compileEval(c, J.bools, J.tallies);
      }
      next = f(J, J.locals, undefined as unknown as Value);
    } else if (next === J_RET) {
      next = retAll(J);
    } else if (next === J_CASEV) {
      const c = J.code;
      let f = c.jitCasev as JitFn | null;
      if (f === null) {
        if (++c.heat < J.hot) {
          J.mode = J_CASEV;
          return;
        }
        f = c.jitCasev = compileCasev(c, J.bools, J.tallies);
      }
      next = f(J, J.locals, J.val);
    } else if (next === J_OWE) {
      J.mode = J_OWE; // machine.ts M_OWED
      return;
    } else {
      return; // J_BAIL: the compiled code set J.mode
    }
  }
}
