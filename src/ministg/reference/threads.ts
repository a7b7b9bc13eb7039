// The reference machine's side of threads (../machine/scheduler.ts): a
// thread's saved state is the state record's control, stack and call stack.

import type { CallStack } from "../machine/values.js";
import type { Frame } from "../machine/frames.js";
import { RAISE_THUNK } from "../machine/raise-thunk.js";
import type { Scheduler } from "../machine/scheduler.js";
import {
  evalState,
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
  } satisfies SavedThread;
  const next = sched.reschedule(steps);
  const sv = next.saved as SavedThread | null;
  if (sv === null) {
    s.stack = [];
    s.words = 0;
    s.callStack = null;
    if (s.pushEnter) {
      push(s, { kind: "arg", value: 0 });
      s.control = retState(next.start!);
    } else s.control = { kind: "call", fn: next.start!, args: [0] };
  } else {
    s.control = sv.control;
    s.stack = sv.stack;
    s.words = sv.words;
    s.callStack = sv.callStack;
  }
  if (next.raise !== undefined) {
    s.control = evalState(RAISE_THUNK.body, [next.raise]);
    next.raise = undefined;
  } else if (next.resume !== undefined) {
    s.control = retState(next.resume);
    next.resume = undefined;
  }
}
