// Stack frames, in one place: what each kind holds (the `Frame` union the
// reference machine keeps on its stack and views print) and how the fast
// engine lays the same frames out in its flat stack array (a run of words,
// the frame's tag last, so the word below the top says what is there).

import type { Code } from "./code.js";
import { Obj, newValues, type CallStack, type Value } from "./values.js";

/** A stack frame of "Making a fast curry" (plus catch#'s handler frame). */
export type Frame =
  /**
   * `case • of alts`: the CASE node (its alternatives) and the activation's
   * locals (the fast engine keeps only the slots in `code.save`).
   */
  | {
      readonly kind: "case";
      readonly code: Code;
      readonly locals: Value[];
      readonly cs: CallStack;
    }
  /** `upd • x`: the thunk under evaluation, overwritten by its value. */
  | { readonly kind: "update"; readonly thunk: Obj; readonly cs: CallStack }
  /** `Arg a` (push/enter): a pending argument. */
  | { readonly kind: "arg"; readonly value: Value }
  /** `(• a1 .. an)` (eval/apply): apply the returned function to these. */
  | { readonly kind: "apply"; readonly args: readonly Value[] }
  /** `catch • h` (catch#): where raise# unwinds to. */
  | { readonly kind: "catch"; readonly handler: Value; readonly cs: CallStack };

export type FrameKind = Frame["kind"];

// ---------------------------------------------------------------- flat layout
// The fast engine writes frames straight into its stack array:
//   case:   [saved values..., code]
//           (the values of the slots code.save lists, in that order: the
//           alternatives' free variables, not the whole locals array)
//   case under a call stack: [saved values..., code, call stack, F_CASE_CS]
//   update: [thunk]
//   update under a call stack: [thunk, call stack, F_UPD_CS]
//   arg:    [value, F_ARG]
//   apply:  [argument array, F_APPLY]
//   catch:  [handler, call stack, F_CATCH]
// The two frames a deep recursion is made of carry no tag word: a case
// frame's top word is its node (a Code), an update frame's its thunk (an
// Obj); every other frame's top word is its tag, a number (`topKind`). A
// case or update frame holds a call stack (and a tag) only when the call
// stack is not empty (annotated runs): a plain run's frames are smaller.

/** Kinds of the untagged frames (`topKind`); never stored on the stack. */
export const F_CASE = -1;
export const F_UPD = -2;
export const F_ARG = -3;
export const F_APPLY = -4;
export const F_CATCH = -5;
export const F_CASE_CS = -6;
export const F_UPD_CS = -7;

/**
 * What the stack's top word `w` says: its tag, F_UPD for an update frame's
 * thunk, F_CASE for a case frame's node (0 for an empty stack's 0).
 */
export function topKind(w: unknown): number {
  return typeof w === "number" ? w : w instanceof Obj ? F_UPD : F_CASE;
}

/**
 * Words a frame takes (GHC counts stack size in words; so do the stack
 * limits): a case frame 1 and one per saved variable, an update frame 1,
 * a case or update frame 2 more with a call stack (it and a tag).
 */
export function frameWords(f: Frame): number {
  switch (f.kind) {
    case "case":
      return 1 + f.code.save.length + (f.cs === null ? 0 : 2);
    case "update":
      return f.cs === null ? 1 : 3;
    case "catch":
      return 3;
    case "arg":
    case "apply":
      return 2;
    default: {
      const never: never = f;
      throw new Error(`unknown frame ${JSON.stringify(never)}`);
    }
  }
}

/** The kind of the flat frame whose tag word is `tag`. */
export function flatKind(tag: number): FrameKind {
  switch (tag) {
    case F_CASE:
    case F_CASE_CS:
      return "case";
    case F_UPD:
    case F_UPD_CS:
      return "update";
    case F_ARG:
      return "arg";
    case F_APPLY:
      return "apply";
    case F_CATCH:
      return "catch";
    default:
      throw new Error(`corrupt machine stack: frame tag ${String(tag)}`);
  }
}

/** The frame whose top word is at `top - 1` in a flat stack. */
export function readFlatFrame(stk: readonly unknown[], top: number): Frame {
  const tag = topKind(stk[top - 1]);
  const kind = flatKind(tag);
  // Words above the frame's payload: none untagged, else the tag and the
  // call stack, if any.
  const cs = tag === F_CASE_CS || tag === F_UPD_CS || tag === F_CATCH;
  const at = tag === F_CASE || tag === F_UPD ? top : top - 1 - (cs ? 1 : 0);
  const stack = cs ? (stk[top - 2] as CallStack) : null;
  switch (kind) {
    case "case": {
      const code = stk[at - 1] as Code;
      return {
        kind,
        code,
        locals: caseLocals(code, stk, at - 1 - code.save.length),
        cs: stack,
      };
    }
    case "update":
      return { kind, thunk: stk[at - 1] as Obj, cs: stack };
    case "arg":
      return { kind, value: stk[at - 1] as Value };
    case "apply":
      return { kind, args: stk[at - 1] as Value[] };
    case "catch":
      return { kind, handler: stk[at - 1] as Value, cs: stack };
  }
}

/** Writes `f` in flat layout at `sp` (the top); answers the new top. */
export function writeFlatFrame(stk: unknown[], sp: number, f: Frame): number {
  switch (f.kind) {
    case "case": {
      const save = f.code.save;
      for (let i = 0; i < save.length; i++) stk[sp++] = f.locals[save[i]!];
      stk[sp] = f.code;
      if (f.cs === null) return sp + 1;
      stk[sp + 1] = f.cs;
      stk[sp + 2] = F_CASE_CS;
      return sp + 3;
    }
    case "update":
      stk[sp] = f.thunk;
      if (f.cs === null) return sp + 1;
      stk[sp + 1] = f.cs;
      stk[sp + 2] = F_UPD_CS;
      return sp + 3;
    case "arg":
      stk[sp] = f.value;
      stk[sp + 1] = F_ARG;
      return sp + 2;
    case "apply":
      stk[sp] = f.args;
      stk[sp + 1] = F_APPLY;
      return sp + 2;
    case "catch":
      stk[sp] = f.handler;
      stk[sp + 1] = f.cs;
      stk[sp + 2] = F_CATCH;
      return sp + 3;
  }
}

/**
 * Pushes the case frame of CASE node `c` (the values of `c.save` read from
 * `locals`, the node, and the call stack with its tag when not empty);
 * answers the new top. The engine's CASE and the fused primop's fallback
 * share it (and so its type feedback).
 */
export function pushCaseFrame(
  stk: unknown[],
  sp: number,
  c: Code,
  locals: readonly Value[],
  cs: CallStack,
): number {
  const save = c.save;
  const k = save.length;
  for (let i = 0; i < k; i++) stk[sp + i] = locals[save[i]!];
  stk[sp + k] = c;
  if (cs === null) return sp + k + 1;
  stk[sp + k + 1] = cs;
  stk[sp + k + 2] = F_CASE_CS;
  return sp + k + 3;
}

/**
 * The locals array a flat case frame stands for: its saved values at their
 * slots (the rest empty). The engine builds the same when a value returns.
 */
export function caseLocals(
  code: Code,
  stk: readonly unknown[],
  base: number,
): Value[] {
  const save = code.save;
  const locals = new Array<Value>(code.frameSize);
  for (let i = 0; i < save.length; i++)
    locals[save[i]!] = stk[base + i] as Value;
  return locals;
}

/**
 * Pops the words of the case frame of node `c` on top of the stack, whose
 * saved values end `w` words below sp (1, or 3 with a call stack; layout
 * above): the values go back to their slots in a
 * fresh locals array of the activation's size, which it returns.
 */
export function popCaseLocals(
  stk: unknown[],
  sp: number,
  c: Code,
  w: number,
): Value[] {
  const save = c.save;
  const k = save.length;
  const base = sp - w - k;
  const nl = newValues(c.frameSize);
  for (let i = 0; i < k; i++) {
    nl[save[i]!] = stk[base + i] as Value;
    stk[base + i] = undefined;
  }
  for (let i = sp - w; i < sp; i++) stk[i] = undefined;
  return nl;
}
