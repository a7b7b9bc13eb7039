// The rules after a value (RET mode) that compiled code and the trampoline
// share: RET to a case frame, UPDATE, THUNK and push/enter's FENTER, PAP1,
// PENTER. `retGo` applies them one after another and goes straight on in
// the compiled code of whatever it reached (a case frame's alternatives, a
// thunk's or function's body), so that a chain of small calls and returns
// stays out of the trampoline (run.ts) until J.fuel is spent.

import type { CodeInfo } from "../code.js";
import {
  F_ARG,
  F_CASE,
  F_CASE_CS,
  F_CATCH,
  F_UPD,
  F_UPD_CS,
  popCaseLocals,
} from "../frames.js";
import {
  R_FENTER,
  R_PAP1,
  R_PENTER,
  R_RET,
  R_THUNK,
  R_UPDATE,
} from "../rules.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  FUN,
  NO_VALUES,
  PAP,
  Obj,
  THUNK,
  takeThunkCallStack,
  type Value,
} from "../values.js";
import type { Code } from "../code.js";
import type { CallStack } from "../values.js";
import type { JitFn } from "./codegen.js";
import { J_BAIL, J_CASEV, J_EVAL, J_RET, type JitState } from "./state.js";

/**
 * RET of `v`: applies the rules until one leads into code (EVAL or CASEV),
 * which runs at once when compiled and fuel is left; otherwise answers the
 * mode for the trampoline (or J_BAIL with the registers set).
 */
export function retGo(J: JitState, v: Value): number {
  J.val = v;
  for (;;) {
    const m = ret(J);
    if (m === J_RET) continue;
    if (m === J_CASEV) {
      const t = J.code.jitCasev as JitFn | null;
      if (t !== null && --J.fuel > 0) return t(J, J.locals, J.val);
      return m;
    }
    if (m === J_EVAL) {
      const t = J.code.jitEval as JitFn | null;
      if (t !== null && --J.fuel > 0)
        return t(J, J.locals, undefined as unknown as Value);
      return m;
    }
    return m;
  }
}

/** RET of J.val: the rules machine.ts's RET mode applies that need no compiled code. */
export function ret(J: JitState): number {
  if (J.steps + 1 >= J.nextEvent) return giveUp(J);
  const v = J.val;
  const S = J.stk;
  const sp = J.sp;
  const top = sp > 0 ? (S[sp - 1] as number) : 0;
  if (typeof v !== "object" || v.tag === ADDR || v.tag <= CON) {
    if (top === F_CASE || top === F_CASE_CS) {
      // RET: pop the case frame (its saved values back into a locals
      // array), select an alternative next.
      const w = top === F_CASE ? 2 : 3;
      const c = S[sp - w] as Code;
      J.code = c;
      J.cs = w === 2 ? null : (S[sp - 2] as CallStack);
      J.locals = popCaseLocals(S, sp, c, w);
      J.sp = sp - w - c.save.length;
      J.depth--;
      J.steps++;
      J.rc[R_RET]++;
      return J_CASEV;
    }
    if (
      (top === F_UPD || top === F_UPD_CS) &&
      typeof v === "object" &&
      v.tag !== ADDR
    ) {
      // UPDATE: overwrite the thunk with the value.
      const w = top === F_UPD ? 2 : 3;
      const x = S[sp - w] as Obj;
      J.cs = w === 2 ? null : (S[sp - 2] as CallStack);
      J.sp = sp - w;
      S[sp - w] = S[sp - w + 1] = undefined;
      J.depth--;
      x.tag = v.tag;
      x.info = v.info;
      x.env = v.env;
      J.updates++;
      J.steps++;
      J.rc[R_UPDATE]++;
      return J_RET;
    }
    if (J.pe && top !== F_CATCH) return enter(J, v as Obj, S, sp, top);
    return giveUp(J);
  }
  if (v.tag === THUNK) {
    // THUNK: push an update frame, blackhole, evaluate the body.
    const cs = J.cs;
    const w = cs === null ? 2 : 3;
    if (J.depth >= J.peakDepth) {
      if (sp + w > J.maxStackWords) return giveUp(J);
      J.peakDepth = J.depth + 1;
    }
    S[sp] = v;
    if (cs === null) S[sp + 1] = F_UPD;
    else {
      S[sp + 1] = cs;
      S[sp + 2] = F_UPD_CS;
    }
    J.sp = sp + w;
    J.depth++;
    const info = v.info as CodeInfo;
    const nl = new Array<Value>(info.frameSize);
    const env = v.env;
    for (let i = 0; i < env.length; i++) nl[i] = env[i]!;
    J.locals = nl;
    J.cs = J.stacks ? takeThunkCallStack(v) : null;
    v.tag = BLACKHOLE;
    v.env = NO_VALUES;
    J.code = info.body;
    J.steps++;
    J.rc[R_THUNK]++;
    return J_EVAL;
  }
  return giveUp(J);
}

function giveUp(J: JitState): number {
  J.mode = J_RET;
  return J_BAIL;
}

/** Push/enter: a function or partial application meets its pending arguments. */
function enter(
  J: JitState,
  v: Obj,
  S: unknown[],
  sp: number,
  top: number,
): number {
  if (typeof v !== "object" || v.tag === ADDR) return giveUp(J);
  if (v.tag === FUN) {
    const info = v.info as CodeInfo;
    const ar = info.arity;
    let k = 0;
    let p = sp;
    while (k < ar && p > 0 && S[p - 1] === F_ARG) {
      k++;
      p -= 2;
    }
    if (k === ar) {
      // FENTER: enough pending arguments.
      const nl = new Array<Value>(info.frameSize);
      for (let i = 0; i < ar; i++) {
        nl[i] = S[sp - 2] as Value;
        S[sp - 2] = S[sp - 1] = undefined;
        sp -= 2;
      }
      J.sp = sp;
      J.depth -= ar;
      const env = v.env;
      for (let i = 0; i < env.length; i++) nl[ar + i] = env[i]!;
      J.locals = nl;
      J.code = info.body;
      J.steps++;
      J.rc[R_FENTER]++;
      return J_EVAL;
    }
    if (k >= 1) {
      // PAP1: too few arguments; a partial application.
      const pargs = new Array<Value>(k);
      for (let i = 0; i < k; i++) {
        pargs[i] = S[sp - 2] as Value;
        S[sp - 2] = S[sp - 1] = undefined;
        sp -= 2;
      }
      J.sp = sp;
      J.depth -= k;
      J.allocPap++;
      J.val = new Obj(PAP, v, pargs);
      J.steps++;
      J.rc[R_PAP1]++;
      return J_RET;
    }
    return giveUp(J);
  }
  if (v.tag === PAP && top === F_ARG) {
    // PENTER: the partial application's arguments go on the stack.
    const pargs = v.env;
    const n = pargs.length;
    if (J.depth + n > J.peakDepth) {
      if (sp + 2 * n > J.maxStackWords) return giveUp(J);
      J.peakDepth = J.depth + n;
    }
    for (let i = n - 1; i >= 0; i--) {
      S[sp] = pargs[i]!;
      S[sp + 1] = F_ARG;
      sp += 2;
    }
    J.sp = sp;
    J.depth += n;
    J.val = v.info as Obj;
    J.steps++;
    J.rc[R_PENTER]++;
    return J_RET;
  }
  return giveUp(J);
}
