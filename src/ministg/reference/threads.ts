// The reference machine's side of threads (../machine/scheduler.ts): a
// thread's saved state is the state record's control, stack and call stack.
// SWITCH changes threads; FREEZE and RESUME are what an asynchronous
// exception does to the thunks a thread is evaluating and how they go on
// (../machine/suspension.ts).

import type { CallStack } from "../machine/values.js";
import { frameWords, type Frame } from "../machine/frames.js";
import { RAISE_THUNK } from "../machine/raise-thunk.js";
import type { Scheduler, Thread } from "../machine/scheduler.js";
import {
  freezeStack,
  heldValues,
  suspensionOf,
} from "../machine/suspension.js";
import { ADDR, type Value } from "../machine/values.js";
import {
  evalState,
  noteSite,
  push,
  retState,
  type Control,
  type State,
} from "./state.js";

interface SavedThread {
  control: Control;
  stack: Frame[];
  words: number;
  callStack: CallStack;
  /** Traced runs: the function whose code ran last (state.ts). */
  owner: string | null;
  /** The blocking primop to run again if frozen there (State.again). */
  again: Control | null;
}

/**
 * SWITCH:  `e; s  ⇒  e'; s'` where (e', s') is the next runnable thread's
 * state (scheduler.ts chooses it); a new thread starts as `io t` (its
 * action applied to a state token), a woken one returns the value its
 * blocking primop gives, and one with an exception pending raises it.
 */
export function SWITCH(s: State, sched: Scheduler, steps: number): void {
  sched.current.saved = {
    control: s.control,
    stack: s.stack,
    words: s.words,
    callStack: s.callStack,
    owner: s.owner,
    again: s.again,
  } satisfies SavedThread;
  s.again = null;
  const next = sched.reschedule(steps);
  const sv = next.saved as SavedThread | null;
  if (sv === null) {
    s.stack = [];
    s.words = 0;
    s.callStack = null;
    s.owner = null;
    if (s.pushEnter) {
      push(s, { kind: "arg", value: 0 });
      s.control = retState(next.start!);
    } else s.control = { kind: "call", fn: next.start!, args: [0] };
  } else {
    s.control = sv.control;
    s.stack = sv.stack;
    s.words = sv.words;
    s.callStack = sv.callStack;
    s.owner = sv.owner;
  }
  if (next.raise !== undefined) {
    s.control = evalState(RAISE_THUNK.body, [next.raise]);
    next.raise = undefined;
  } else if (next.resume !== undefined) {
    // Built by the primop that woke the thread: sited in the woken thread.
    const v = next.resume;
    if (s.tracking && typeof v === "object" && v.tag !== ADDR)
      noteSite(s, v, `${s.owner ?? "?"}/woken`);
    s.control = retState(v);
    next.resume = undefined;
  }
}

/**
 * FREEZE (an asynchronous exception reaches thread `t`, whose state is
 * saved; part of the step that raises it, not a step of its own):
 *
 *   `e; f1 : .. : (upd x1 •) : g1 : .. : (upd x2 •) : .. : (upd xk •) : s; H
 *    ⇒  xk; s; H[x1 ↦ THUNK(resume# (e; f1 ..)), x2 ↦ THUNK(resume# (x1; g1 ..)), ..]`
 *
 * where no catch frame is above `upd xk` (s starts with the frames below
 * it, down to the nearest catch frame). Each thunk's suspension holds the
 * frames above its update frame and the expression that was running
 * there: the thread's own `e` for the first, entering the thunk frozen just
 * before for the others. A thread that was blocked in a primop (or
 * interrupted on the way into blocking) resumes by running it again; one
 * woken but not yet run returns what it was handed. The exception is then
 * raised on what is left of the stack (SWITCH: `raise# exc`).
 */
export function FREEZE(t: Thread): void {
  const sv = t.saved as SavedThread;
  const control: Control =
    t.resume !== undefined
      ? retState(t.resume)
      : t.again && sv.again !== null
        ? sv.again
        : sv.control;
  const frames: Frame[] = [];
  for (let i = sv.stack.length - 1; i >= 0; i--) {
    const f = sv.stack[i]!;
    if (f.kind === "catch") break;
    frames.push(f);
  }
  const frozen = freezeStack(frames, control, sv.callStack);
  if (frozen === null) return;
  for (let i = 0; i < frozen.dropped; i++)
    sv.words -= frameWords(sv.stack.pop()!);
  sv.control = frozen.control;
  sv.callStack = frozen.cs;
  sv.again = null;
}

/**
 * RESUME (a PRIMOP step; the body of a frozen thunk, entered by THUNK):
 *
 *   `resume# (e; f1 .. fn); s; H  ⇒  e; f1 : .. : fn : s; H`
 *
 * with the suspension's call stack.
 */
export function RESUME(s: State, susp: Value): void {
  const { control, frames, cs } = suspensionOf(susp);
  for (const f of frames) push(s, f); // (not spread: there may be very many)
  s.callStack = cs;
  s.control = control;
}

/** A census's `suspended` roots: what the threads other than the running one hold. */
export function suspendedValues(s: State): Value[] {
  const sched = s.prim.sched;
  const out: Value[] = [];
  for (const t of sched.threads) {
    for (const v of [t.start, t.resume, t.raise])
      if (v !== null && v !== undefined) out.push(v);
    const sv = t.saved as SavedThread | null;
    if (t === sched.current || sv === null) continue;
    const frames = [...sv.stack].reverse();
    for (const v of heldValues(sv.control, frames)) out.push(v);
  }
  return out;
}
