// Reassociating (++) (docs/primops.md, "Appends"): the prelude's (++) gives
// each cell it copies a tail thunk `privAppendTail_GHCziBase a b`, which is
// `a ++ b`. Forcing such a thunk whose `a` is another unevaluated one,
// `(a' ++ b') ++ b`, would pass every cell through both appends; a
// left-nested chain (`q ++ new` each tick of a queue) passes every cell
// through every level. Since (a' ++ b') ++ b is a' ++ (b' ++ b) for all
// lists (partial, infinite or undefined ones included, forced in the same
// order), the prelude asks `appendThunk#` whether the thunk it would force
// is such an append and, if so, takes its two lists and appends the
// reassociated way. The inner thunk is left as it is (not forced, not
// updated); whoever else holds it forces it as before.
import { CodeInfo, OP_APP } from "../machine/code.js";
import { FUN, Obj, THUNK, type Value, valueAt } from "../machine/values.js";
import { groupTable, type PrimOpTable } from "./table.js";
import { conName } from "./evaluated.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const appendPrimOps: PrimOpTable = ops;

const G = "Appends";

/** The prelude function whose saturated calls the tail thunks are. */
export const APPEND_TAIL = "privAppendTail_GHCziBase";

/**
 * Per thunk code: the environment positions of `a` and `b` when the code is
 * exactly `privAppendTail_GHCziBase a b` of two captured variables, else null.
 */
const shapes = new WeakMap<CodeInfo, Int32Array | null>();

function shapeOf(info: CodeInfo): Int32Array | null {
  let s = shapes.get(info);
  if (s !== undefined) return s;
  s = null;
  const body = info.body;
  const fn = body.konst;
  const args = body.args;
  if (
    info.arity === 0 &&
    body.op === OP_APP &&
    body.slot < 0 &&
    fn instanceof Obj &&
    fn.tag === FUN &&
    fn.info instanceof CodeInfo &&
    fn.info.name === APPEND_TAIL &&
    args !== null &&
    args.length === 2 &&
    args.slots[0]! >= 0 &&
    args.slots[1]! >= 0
  )
    s = Int32Array.of(args.slots[0]!, args.slots[1]!);
  shapes.set(info, s);
  return s;
}

/** `v`'s shape when it is an unevaluated append thunk, else null. */
function appendShape(v: Value): Int32Array | null {
  if (typeof v !== "object" || v.tag !== THUNK) return null;
  const info = v.info;
  return info instanceof CodeInfo ? shapeOf(info) : null;
}

def(
  G,
  "appendThunk#",
  1,
  "1 when the value is an unevaluated thunk `privAppendTail_GHCziBase a b` (an append's tail), else 0",
  (v) => (appendShape(v) === null ? 0 : 1),
);

def(
  G,
  "appendThunkParts#",
  2,
  "appendThunkParts# v nil: (# a, b #) of an unevaluated append thunk `privAppendTail_GHCziBase a b`, else (# v, nil #) (v ++ [] is v: right even if another thread evaluated v after appendThunk#)",
  (v, nil, _c, ctx) => {
    const s = appendShape(v);
    return s === null
      ? ctx.mkTuple([v, nil])
      : ctx.mkTuple([valueAt(v as Obj, s[0]!)!, valueAt(v as Obj, s[1]!)!]);
  },
);

/** Cells (++) copies at most before its next tail thunk. */
export const COPY_CHUNK = 64;

def(
  G,
  "listEvaluatedStop#",
  1,
  "listEvaluatedStop# xs: (# k, stop #), stop the list after xs's first evaluated cells (at most 63), k 1 when stop is an evaluated Nil, else 0",
  (xs, _b, _c, ctx) => {
    let v: Value | undefined = xs;
    for (let n = 1; n < COPY_CHUNK && conName(v) === "Cons"; n++)
      v = valueAt(v as Obj, 1);
    return ctx.mkTuple([conName(v) === "Nil" ? 1 : 0, v as Value]);
  },
);

def(
  G,
  "listCopyUntil#",
  3,
  "listCopyUntil# xs stop rest: new cells of the elements of evaluated xs, its first and those up to (not including) stop, then rest (at most 64 cells; stop from listEvaluatedStop# of its tail)",
  (xs, stop, rest, ctx) => {
    // xs's own cell always (in an evaluated cycle, stop may be xs itself),
    // then up to stop, at most COPY_CHUNK in all.
    const heads: Value[] = [];
    let v: Value | undefined = xs;
    do {
      if (conName(v) !== "Cons") break;
      heads.push(valueAt(v as Obj, 0)!);
      v = valueAt(v as Obj, 1);
    } while (v !== stop && heads.length < COPY_CHUNK);
    let r = rest;
    for (let n = heads.length - 1; n >= 0; n--) r = ctx.mkCons(heads[n]!, r);
    return r;
  },
);
