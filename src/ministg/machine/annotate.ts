// ministg's -a: wrap the body of every top-level FUN and THUNK in
// `stack "name"` (unless the user already annotated it), like GHC's
// -fprof-auto. Constructors and other objects are left alone.

import type { Binding, Expr } from "../ast.js";

export function annotateBinding(b: Binding): Binding {
  const o = b.object;
  const wrap = (body: Expr): Expr => ({
    kind: "stack",
    label: b.name,
    body,
    ...(body.pos ? { pos: body.pos } : {}),
  });
  if (o.kind === "FUN" && o.body.kind !== "stack")
    return { ...b, object: { ...o, body: wrap(o.body) } };
  if (o.kind === "THUNK" && o.body.kind !== "stack")
    return { ...b, object: { ...o, body: wrap(o.body) } };
  return b;
}
