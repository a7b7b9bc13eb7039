// Allocation for the compiling tier: generated code and the trampoline
// build every heap object through this one function, so that a change of
// Obj's layout (values.ts) is an edit here.

import {
  Obj,
  THUNK,
  setThunkCallStack,
  type CallStack,
  type Value,
} from "../values.js";

export function mk(
  tag: number,
  info: object | null,
  env: Value[],
  cs: CallStack,
): Obj {
  const o = new Obj(tag, info, env);
  // A thunk remembers a non-empty call stack aside (values.ts).
  if (cs !== null && tag === THUNK) setThunkCallStack(o, cs);
  return o;
}
