// Stack frames, in one place: what each kind holds (the `Frame` union the
// reference machine keeps on its stack and views print) and how the fast
// engine lays the same frames out in its flat stack array (a run of words,
// the frame's tag last, so the word below the top says what is there).

import type { Code } from "./code.js";
import type { CallStack, Obj, Value } from "./values.js";

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
//   case:   [saved values..., code, F_CASE]
//           (the values of the slots code.save lists, in that order: the
//           alternatives' free variables, not the whole locals array)
//   case under a call stack: [saved values..., code, call stack, F_CASE_CS]
//   update: [thunk, F_UPD]
//   update under a call stack: [thunk, call stack, F_UPD_CS]
//   arg:    [value, F_ARG]
//   apply:  [argument array, F_APPLY]
//   catch:  [handler, call stack, F_CATCH]
// A case or update frame holds a call stack word only when the call stack
// is not empty (annotated runs): a plain run's frames are a word smaller.

export const F_CASE = -1;
export const F_UPD = -2;
export const F_ARG = -3;
export const F_APPLY = -4;
export const F_CATCH = -5;
export const F_CASE_CS = -6;
export const F_UPD_CS = -7;

/**
 * Words a frame takes (GHC counts stack size in words; so do the stack
 * limits): a case frame 2 and one per saved variable, an update frame 2,
 * and a case or update frame one more with a call stack.
 */
export function frameWords(f: Frame): number {
  switch (f.kind) {
    case "case":
      return 2 + f.code.save.length + (f.cs === null ? 0 : 1);
    case "update":
      return f.cs === null ? 2 : 3;
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

/** The frame whose tag word is at `top - 1` in a flat stack. */
export function readFlatFrame(stk: readonly unknown[], top: number): Frame {
  const tag = stk[top - 1] as number;
  const kind = flatKind(tag);
  // Words between the frame's payload and its tag: the call stack, if any.
  const cs = tag === F_CASE_CS || tag === F_UPD_CS || tag === F_CATCH;
  const at = top - 1 - (cs ? 1 : 0);
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
      if (f.cs === null) {
        stk[sp + 1] = F_CASE;
        return sp + 2;
      }
      stk[sp + 1] = f.cs;
      stk[sp + 2] = F_CASE_CS;
      return sp + 3;
    }
    case "update":
      stk[sp] = f.thunk;
      if (f.cs === null) {
        stk[sp + 1] = F_UPD;
        return sp + 2;
      }
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
 * Pops the words of the case frame of node `c` whose tag is at `sp - 1`
 * and whose saved values end `w` words below sp (2, or 3 with a call
 * stack; layout in frames.ts): the values go back to their slots in a
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
  const nl = new Array<Value>(c.frameSize);
  for (let i = 0; i < k; i++) {
    nl[save[i]!] = stk[base + i] as Value;
    stk[base + i] = undefined;
  }
  for (let i = sp - w; i < sp; i++) stk[i] = undefined;
  return nl;
}
