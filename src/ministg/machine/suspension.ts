// Suspended computations: what an asynchronous exception leaves of the thunks
// its thread was evaluating. GHC's runtime does not make such a thunk raise
// the exception again (as a synchronous raise# does): it "freezes" the
// evaluation. Each update frame between the top of the stack and the
// handler's catch frame gets its thunk overwritten by a closure that holds
// the part of the stack above that frame (GHC's AP_STACK); entering it
// pushes those frames back and goes on where the thread stopped. The part
// above the first update frame resumes the thread's own expression; the
// part above the next one resumes by entering the thunk frozen before it.
//
// Both machines freeze with `freezeStack` (the stack as frames, top first)
// and resume a `Suspension` with their own RESUME (a PRIMOP step, entered
// by the THUNK rule on the frozen thunk).

import type { Expr, HeapObject } from "../ast.js";
import { Code, CodeInfo, OP_RESUME } from "./code.js";
import type { Frame } from "./frames.js";
import { MachineError } from "./outcome.js";
import {
  THUNK,
  makeAddr,
  setValues,
  type CallStack,
  type Obj,
  type Value,
} from "./values.js";

/**
 * A machine's control, as "Making a fast curry" writes its states: the
 * reference machine's state (reference/state.ts) and a suspended thread of
 * either machine hold one.
 */
export type Control =
  /** `e`: any expression, its variables given by `locals`. */
  | { readonly kind: "eval"; readonly code: Code; readonly locals: Value[] }
  /** `a`: an atom (a heap object or a literal) being returned. */
  | { readonly kind: "ret"; readonly value: Value }
  /** `case v of alts` with `v` a value: `code` is the CASE node. */
  | {
      readonly kind: "case";
      readonly value: Value;
      readonly code: Code;
      readonly locals: Value[];
    }
  /** `f• a1 .. an` (eval/apply): a call of an unknown function, atoms resolved. */
  | {
      readonly kind: "call";
      readonly fn: Obj;
      readonly args: readonly Value[];
    };

/** The fast engine's name for it (a suspended thread's control). */
export type SuspendedControl = Control;

/** A frozen piece of a thread: its expression and the frames above an update frame. */
export interface Suspension {
  readonly control: SuspendedControl;
  /** The frames to push back, bottom first (in the order they are pushed). */
  readonly frames: readonly Frame[];
  /** The annotation call stack the expression ran with. */
  readonly cs: CallStack;
}

// A frozen thunk is `THUNK(resume# s)` whose one captured value `s` is an
// ADDR object (an opaque value, as MVars are) standing for the suspension:
// its env holds every value the suspension keeps alive, so views and the
// heap census see them.
const suspensions = new WeakMap<Obj, Suspension>();

const BODY: Expr = {
  kind: "primop",
  op: "resume#",
  args: [{ kind: "var", name: "s" }],
};
const OBJECT: HeapObject = { kind: "THUNK", body: BODY };

function build(): CodeInfo {
  const code = new Code(
    OP_RESUME,
    "resume#",
    "<machine>",
    undefined,
    BODY,
    new Map([["s", { slot: 0, arity: -1 }]]),
  );
  code.slot = 0;
  return new CodeInfo(0, 1, 1, code, "resume#", OBJECT, ["s"]);
}

/** Code of a frozen thunk `THUNK(resume# s)`, `s` its one captured value. */
export const RESUME_INFO: CodeInfo = build();

/** The suspension a frozen thunk's captured value stands for. */
export function suspensionOf(v: Value): Suspension {
  const susp = typeof v === "object" ? suspensions.get(v) : undefined;
  if (susp === undefined)
    throw new MachineError("resume#: not a suspended computation");
  return susp;
}

/** Every value a suspension refers to. */
function valuesOf(susp: Suspension): Value[] {
  return heldValues(susp.control, susp.frames);
}

/** Every value an expression and frames hold (cleared slots left out). */
export function heldValues(
  c: SuspendedControl,
  frames: readonly Frame[],
): Value[] {
  const out: Value[] = [];
  switch (c.kind) {
    case "eval":
      out.push(...c.locals);
      break;
    case "ret":
      out.push(c.value);
      break;
    case "case":
      out.push(c.value, ...c.locals);
      break;
    case "call":
      out.push(c.fn, ...c.args);
      break;
  }
  for (const f of frames)
    switch (f.kind) {
      case "case":
        out.push(...f.locals);
        break;
      case "update":
        out.push(f.thunk);
        break;
      case "arg":
        out.push(f.value);
        break;
      case "apply":
        out.push(...f.args);
        break;
      case "catch":
        out.push(f.handler);
        break;
    }
  return out.filter((v) => v !== undefined);
}

/** Overwrites the thunk `x` (under evaluation) with `THUNK(resume# susp)`. */
function freezeThunk(x: Obj, susp: Suspension): void {
  const s = makeAddr(new Uint8Array(0), 0);
  s.env = valuesOf(susp);
  suspensions.set(s, susp);
  x.tag = THUNK;
  x.info = RESUME_INFO;
  setValues(x, [s]);
}

/** What freezing left: frames to drop from the top, and the thread's expression after them. */
export interface Frozen {
  /** Frames popped (the frozen ones and their update frames). */
  readonly dropped: number;
  /** `ret x`, x the lowest frozen thunk. */
  readonly control: SuspendedControl;
  /** The call stack of the lowest update frame. */
  readonly cs: CallStack;
}

/**
 * Freezes the update frames of a stack (`frames` top first) above its first
 * catch frame, the thread's expression being `control` with call stack
 * `cs`. Answers null when no update frame is there (nothing to freeze).
 */
export function freezeStack(
  frames: readonly Frame[],
  control: SuspendedControl,
  cs: CallStack,
): Frozen | null {
  let cur = control;
  let curCs = cs;
  let above: Frame[] = [];
  let dropped = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.kind === "catch") break;
    if (f.kind !== "update") {
      above.push(f);
      continue;
    }
    freezeThunk(f.thunk, {
      control: cur,
      frames: above.reverse(),
      cs: curCs,
    });
    cur = { kind: "ret", value: f.thunk };
    curCs = f.cs;
    above = [];
    dropped = i + 1;
  }
  return dropped === 0 ? null : { dropped, control: cur, cs: curCs };
}
