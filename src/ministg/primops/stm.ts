// STM: TVars and transaction logs for GHC.Prim+STM.stg, which builds
// atomically#, retry#, catchRetry# and catchSTM# from these and catch#.
//
// The scheduler never preempts a thread inside a transaction (and nothing
// in STM blocks), so a transaction runs alone and always commits: writes go
// straight to the TVars and each transaction level keeps an undo log (the
// values before its writes) that an exception or retry rolls back, and the
// set of TVars it read, which a retry at the top waits on (the thread wakes
// when a commit writes one of them).

import type { PrimCtx } from "../machine/prim-context.js";
import {
  TVarCell,
  type Scheduler,
  type TxLevel,
} from "../machine/scheduler.js";
import { Obj, makeAddr, type Value } from "../machine/values.js";
import {
  PrimError,
  describe,
  type PrimContext,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const stmPrimOps: PrimOpTable = ops;

function sched(ctx: PrimContext): Scheduler {
  return (ctx as PrimCtx).sched;
}

const cells = new WeakMap<Obj, TVarCell>();

function tvar(v: Value, op: string): TVarCell {
  const c = typeof v === "object" ? cells.get(v) : undefined;
  if (c === undefined)
    throw new PrimError(`${op}: expected a TVar#, got ${describe(v)}`);
  return c;
}

function depth(tx: TxLevel | null): number {
  let n = 0;
  for (let l = tx; l !== null; l = l.parent) n++;
  return n;
}

/** Rolls back the current thread's transaction levels down to depth `d`. */
function abort(s: Scheduler, d: Value, op: string): void {
  const t = s.current;
  if (typeof d !== "number" || d < 1)
    throw new PrimError(`${op}: bad depth ${describe(d)}`);
  while (t.tx !== null && depth(t.tx) >= d) {
    const tx: TxLevel = t.tx;
    for (const [c, old] of tx.undo) c.value = old;
    t.tx = tx.parent;
    const into = tx.parent?.reads ?? t.retryReads;
    for (const c of tx.reads) into.add(c);
  }
}

def("STM", "tvarNew#", 1, "a new TVar# holding the argument", (a) => {
  const t = makeAddr(new Uint8Array(0), 0);
  t.env = [a];
  cells.set(t, new TVarCell(t));
  return t;
});
def(
  "STM",
  "tvarRead#",
  1,
  "readTVar#: (# s, a #), the TVar# noted as read by the running transaction",
  (a, _b, _c, ctx) => {
    const c = tvar(a, "tvarRead#");
    sched(ctx).current.tx?.reads.add(c);
    return ctx.mkTuple([c.value]);
  },
);
def(
  "STM",
  "tvarReadIO#",
  1,
  "readTVarIO#: (# s, a #), the committed value",
  (a, _b, _c, ctx) => ctx.mkTuple([tvar(a, "tvarReadIO#").value]),
);
def(
  "STM",
  "tvarWrite#",
  2,
  "writeTVar#: set the TVar#, noting its old value in the transaction's undo log; gives (# s #)",
  (a, b, _c, ctx) => {
    const c = tvar(a, "tvarWrite#");
    const tx = sched(ctx).current.tx;
    if (tx !== null && !tx.undo.has(c)) tx.undo.set(c, c.value);
    c.value = b;
    return ctx.mkTuple([]);
  },
);
def("STM", "sameTVar#", 2, "1 when both are the same TVar#, else 0", (a, b) =>
  tvar(a, "sameTVar#") === tvar(b, "sameTVar#") ? 1 : 0,
);
def(
  "STM",
  "stmBegin#",
  1,
  "start a transaction level (atomically#, or a nested catchRetry#/catchSTM#); gives its depth (1 at the top)",
  (_a, _b, _c, ctx) => {
    const t = sched(ctx).current;
    t.tx = { parent: t.tx, undo: new Map(), reads: new Set() };
    return depth(t.tx);
  },
);
def(
  "STM",
  "stmCommit#",
  1,
  "end the transaction level of that depth: its writes join the enclosing level's, or at the top are committed (waking threads that wait on them); gives 0",
  (a, _b, _c, ctx) => {
    const s = sched(ctx);
    const t = s.current;
    const tx = t.tx;
    if (tx === null || depth(tx) !== a)
      throw new PrimError(`stmCommit#: no transaction level ${describe(a)}`);
    const parent = tx.parent;
    t.tx = parent;
    if (parent === null) {
      for (const c of tx.undo.keys())
        for (const w of [...c.waiters]) s.wake(w, undefined);
      return 0;
    }
    for (const [c, old] of tx.undo)
      if (!parent.undo.has(c)) parent.undo.set(c, old);
    for (const c of tx.reads) parent.reads.add(c);
    return 0;
  },
);
def(
  "STM",
  "stmAbort#",
  1,
  "roll back the transaction levels down to that depth (restoring the TVars they wrote); what they read stays noted for a retry; gives 0",
  (a, _b, _c, ctx) => {
    abort(sched(ctx), a, "stmAbort#");
    return 0;
  },
);
def(
  "STM",
  "stmWait#",
  1,
  "retry at the top: roll back the transaction (stmAbort# of that depth, 1) and, in the same step (no commit may slip in between), block until a TVar it read is written; gives 0",
  (a, _b, _c, ctx) => {
    const s = sched(ctx);
    abort(s, a, "stmWait#");
    const t = s.current;
    const tvars = [...t.retryReads];
    t.retryReads.clear();
    if (s.block({ kind: "stm", tvars }))
      for (const c of tvars) c.waiters.add(t);
    return 0;
  },
);
