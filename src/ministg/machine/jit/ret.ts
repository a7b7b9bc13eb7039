// The RET rules of the compiling tier that need no compiled code of their
// own (RET to a case frame, UPDATE, THUNK, push/enter's FENTER, PAP1 and
// PENTER), applied to the registers in JitState. Compiled code (codegen.ts)
// calls retAll after each value it returns and then the compiled entry of
// the state it reaches; the trampoline (run.ts) calls it the same way.

import type { CodeInfo } from "../code.js";
import {
  F_ARG,
  F_CASE,
  F_CASE_CS,
  F_CATCH,
  F_UPD,
  F_UPD_CS,
  popCaseLocals,
  topKind,
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
  PAP,
  Obj,
  THUNK,
  clearValues,
  copyValues,
  shareValues,
  takeThunkCallStack,
  type Value,
} from "../values.js";
import type { Code, CompiledCode } from "../code.js";
import type { CallStack } from "../values.js";
import {
  IN_FRAME,
  J_BAIL,
  J_CASEV,
  J_EVAL,
  J_RET,
  type JitState,
} from "./state.js";

/**
 * RET of J.val: the rules below, one after another, until the state is an
 * EVAL or a CASEV (J.code set: compiled code calls its compiled entry
 * straight away) or needs the interpreter (J_BAIL, J.mode set).
 */
export function retAll(J: JitState): number {
  for (;;) {
    const m = ret(J);
    if (m !== J_RET) return m;
  }
}

/**
 * What compiled code calls when it cannot go on in compiled code (no entry
 * compiled, the interpreter needed, the fuel used up): answers the mode
 * reached for the trampoline. Compiled code always makes its call (one call
 * site that has run before V8 optimizes it, not a call first taken later,
 * which deoptimizes the caller for "insufficient type feedback").
 */
const toTrampoline = ((J: JitState) => J.next) as unknown as CompiledCode;

/**
 * retAll, then the compiled entry of the state it reached, or toTrampoline
 * when that entry is not compiled, the interpreter must go on or the
 * nested calls' fuel is used up; the mode it reached is left in `J.next`.
 */
export function retNext(J: JitState): CompiledCode {
  const m = retAll(J);
  J.next = m;
  const t =
    m === J_CASEV ? J.code.jitCasev : m === J_EVAL ? J.code.jitEval : null;
  return t !== null && --J.fuel > 0 ? t : toTrampoline;
}

/**
 * A CASEV of node `c` with `v` in locals `L` (its compiled entry `f`): `f`,
 * or a function answering the trampoline's mode once the fuel is used up.
 */
export function casevNext(
  J: JitState,
  L: Value[],
  v: Value,
  c: Code,
  f: CompiledCode,
): CompiledCode {
  J.locals = L;
  J.val = v;
  if (--J.fuel > 0) return f;
  J.code = c;
  J.next = J_CASEV;
  return toTrampoline;
}

/** EVAL of J.code (just set): its compiled entry, or toTrampoline as retNext. */
export function evalNext(J: JitState): CompiledCode {
  const t = J.code.jitEval;
  if (t !== null && --J.fuel > 0) return t;
  J.next = J_EVAL;
  return toTrampoline;
}

/** RET of J.val: the rules machine.ts's RET mode applies that need no compiled code. */
function ret(J: JitState): number {
  if (J.steps + 1 >= J.nextEvent) return giveUp(J);
  const v = J.val;
  const S = J.stk;
  const sp = J.sp;
  const top = sp > 0 ? topKind(S[sp - 1]) : 0;
  if (typeof v !== "object" || v.tag === ADDR || v.tag <= CON) {
    if (top === F_CASE || top === F_CASE_CS) {
      // RET: pop the case frame (its saved values back into a locals
      // array), select an alternative next.
      const w = top === F_CASE ? 1 : 3;
      const c = S[sp - w] as Code;
      J.code = c;
      J.cs = w === 1 ? null : (S[sp - 2] as CallStack);
      J.depth--;
      J.steps++;
      J.rc[R_RET]++;
      if (c.jitCasev !== null) {
        // Its compiled alternatives pop the saved values (IN_FRAME).
        for (let i = sp - w; i < sp; i++) S[i] = undefined;
        J.sp = sp - w;
        J.locals = IN_FRAME;
        return J_CASEV;
      }
      J.locals = popCaseLocals(S, sp, c, w);
      J.sp = sp - w - c.save.length;
      return J_CASEV;
    }
    if (
      (top === F_UPD || top === F_UPD_CS) &&
      typeof v === "object" &&
      v.tag !== ADDR
    ) {
      // UPDATE: overwrite the thunk with the value.
      const w = top === F_UPD ? 1 : 3;
      const x = S[sp - w] as Obj;
      J.cs = w === 1 ? null : (S[sp - 2] as CallStack);
      J.sp = sp - w;
      for (let i = sp - w; i < sp; i++) S[i] = undefined;
      J.depth--;
      x.tag = v.tag;
      x.info = v.info;
      shareValues(x, v);
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
    const w = cs === null ? 1 : 3;
    if (sp + w > J.maxStackWords) return giveUp(J);
    if (J.depth >= J.peakDepth) J.peakDepth = J.depth + 1;
    S[sp] = v;
    if (cs !== null) {
      S[sp + 1] = cs;
      S[sp + 2] = F_UPD_CS;
    }
    J.sp = sp + w;
    J.depth++;
    const info = v.info as CodeInfo;
    const nl = new Array<Value>(info.frameSize);
    copyValues(v, nl, 0);
    J.locals = nl;
    J.cs = J.stacks ? takeThunkCallStack(v) : null;
    v.tag = BLACKHOLE;
    clearValues(v);
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
    // More may wait below the top stack segment: the interpreter joins them.
    if (k < ar && p === 0) return giveUp(J);
    if (k === ar) {
      // FENTER: enough pending arguments.
      const nl = new Array<Value>(info.frameSize);
      sp = popPending(S, sp, nl, ar);
      J.sp = sp;
      J.depth -= ar;
      copyValues(v, nl, ar);
      J.locals = nl;
      J.code = info.body;
      J.steps++;
      J.rc[R_FENTER]++;
      return J_EVAL;
    }
    if (k >= 1) {
      // PAP1: too few arguments; a partial application.
      const pargs = new Array<Value>(k);
      sp = popPending(S, sp, pargs, k);
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
    if (sp + 2 * n > J.maxStackWords) return giveUp(J);
    if (J.depth + n > J.peakDepth) J.peakDepth = J.depth + n;
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

/**
 * Moves the n pending arguments on top of the stack (two words each, the
 * first argument on top) into dest[0..n-1], clearing their words: the new sp.
 */
function popPending(
  S: unknown[],
  sp: number,
  dest: Value[],
  n: number,
): number {
  for (let i = 0; i < n; i++) {
    dest[i] = S[sp - 2] as Value;
    S[sp - 2] = S[sp - 1] = undefined;
    sp -= 2;
  }
  return sp;
}
