// Allocation for the compiling tier: generated code and the trampoline
// build every heap object through this one function, so that a change of
// Obj's layout (values.ts) is an edit here.

import { Obj, type CallStack, type Value } from "../values.js";
import type { JitState } from "./state.js";

export function mk(
  J: JitState,
  tag: number,
  info: object | null,
  env: Value[],
  cs: CallStack,
): Obj {
  return new Obj(tag, info, env, J.nextId++, cs);
}
