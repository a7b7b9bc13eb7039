// The reference machine's side of threads (../machine/scheduler.ts): a
// thread's saved state is the state record's control, stack and call stack.

import type { CallStack } from "../machine/values.js";
import type { Frame } from "../machine/frames.js";
import { RAISE_THUNK } from "../machine/raise-thunk.js";
import type { Scheduler } from "../machine/scheduler.js";
import { ADDR } from "../machine/values.js";
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
  } satisfies SavedThread;
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
