// Threads and MVars: the primops behind GHC's fork#, killThread#, delay#,
// the mask primops and the MVar# family (preludes/base/GHC.Prim+MVar.stg
// and GHC.Prim+Threads.stg wrap them in GHC's names). They work on the
// machine's scheduler (../machine/scheduler.ts); one that blocks the
// calling thread gives a dummy result, and the thread resumes with the
// value the waking primop hands it (GHC's single wake-up, FIFO).
//
// ThreadId# is the thread's number (an Int#), as rts_getThreadId reports
// it; GHC's main thread is 1 and forked threads count up from 2.

import type { PrimCtx } from "../machine/prim-context.js";
import { MVarCell, type Scheduler, type Thread } from "../machine/scheduler.js";
import { ADDR, Obj, makeAddr, type Value } from "../machine/values.js";
import {
  PrimError,
  describe,
  type PrimContext,
  groupTable,
  type PrimOpTable,
} from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const threadPrimOps: PrimOpTable = ops;

function sched(ctx: PrimContext): Scheduler {
  return (ctx as PrimCtx).sched;
}

const cells = new WeakMap<Obj, MVarCell>();

function mvar(v: Value, op: string): MVarCell {
  const c = typeof v === "object" ? cells.get(v) : undefined;
  if (c === undefined)
    throw new PrimError(`${op}: expected an MVar#, got ${describe(v)}`);
  return c;
}

function thread(ctx: PrimContext, v: Value, op: string): Thread | undefined {
  if (typeof v !== "number")
    throw new PrimError(`${op}: expected a ThreadId#, got ${describe(v)}`);
  return sched(ctx).find(v);
}

function fn(v: Value, op: string): Obj {
  if (typeof v === "object" && v.tag !== ADDR) return v;
  throw new PrimError(`${op}: expected a function, got ${describe(v)}`);
}

// ------------------------------------------------------------ threads

def(
  "Threads",
  "threadFork#",
  1,
  "start a thread applying the argument (`State# -> r`) to a state token; gives its ThreadId#",
  (a, _b, _c, ctx) => sched(ctx).fork(fn(a, "threadFork#")).id,
);
def(
  "Threads",
  "threadForkOn#",
  1,
  "forkOn#: as threadFork#, the thread locked to its capability (there is one; threadLocked# reports the lock); gives its ThreadId#",
  (a, _b, _c, ctx) => {
    const s = sched(ctx);
    const t = s.fork(fn(a, "threadForkOn#"));
    s.locked.add(t.id);
    return t.id;
  },
);
def(
  "Threads",
  "threadLocked#",
  1,
  "1 when the thread was forked locked to its capability (forkOn#), finished or not, else 0",
  (a, _b, _c, ctx) => {
    if (typeof a !== "number")
      throw new PrimError(
        `threadLocked#: expected a ThreadId#, got ${describe(a)}`,
      );
    return sched(ctx).locked.has(a) ? 1 : 0;
  },
);
def(
  "Threads",
  "threadFinish#",
  1,
  "the calling thread ends (the bottom of every forked thread); gives 0",
  (_a, _b, _c, ctx) => {
    sched(ctx).finish();
    return 0;
  },
);
def(
  "Threads",
  "threadSelf#",
  1,
  "the calling thread's ThreadId# (the argument is ignored)",
  (_a, _b, _c, ctx) => sched(ctx).current.id,
);
def(
  "Threads",
  "threadYield#",
  1,
  "the calling thread goes to the back of the run queue; gives 0",
  (_a, _b, _c, ctx) => {
    sched(ctx).yieldNow();
    return 0;
  },
);
def(
  "Threads",
  "threadThrowTo#",
  2,
  "throwTo: raise the exception in the thread (now, when it is interruptible; else the caller blocks until it unmasks); gives 0",
  (a, b, _c, ctx) => {
    const s = sched(ctx);
    const t = thread(ctx, a, "threadThrowTo#");
    if (t !== undefined) s.throwTo(t, b);
    return 0;
  },
);
def(
  "Threads",
  "threadGetMask#",
  1,
  "the calling thread's masking state: 0 unmasked, 1 uninterruptible, 2 interruptible",
  (_a, _b, _c, ctx) => sched(ctx).current.mask,
);
def(
  "Threads",
  "threadSetMask#",
  1,
  "set the calling thread's masking state; unmasking delivers a pending throwTo; gives 0",
  (a, _b, _c, ctx) => {
    if (a !== 0 && a !== 1 && a !== 2)
      throw new PrimError(`threadSetMask#: bad state ${describe(a)}`);
    sched(ctx).setMask(a);
    return 0;
  },
);
def(
  "Threads",
  "threadDelay#",
  1,
  "block the calling thread for that many microseconds of the scheduler's clock; gives 0",
  (a, _b, _c, ctx) => {
    if (typeof a !== "number")
      throw new PrimError(`threadDelay#: bad duration ${describe(a)}`);
    const s = sched(ctx);
    s.block({ kind: "delay", until: s.now() + Math.max(0, a) });
    return 0;
  },
);
def(
  "Threads",
  "threadStatus#",
  1,
  "GHC's threadStatus# code of the thread (the RTS's: 0 running, 1 blocked on an MVar, 2 on a blackhole, 5 delayed, 6 on STM, 12 on throwTo, 14 reading an MVar, 16 finished)",
  (a, _b, _c, ctx) => {
    const t = thread(ctx, a, "threadStatus#");
    if (t === undefined) return 16;
    if (t.status === "runnable") return 0;
    switch (t.block?.kind) {
      case "mvar":
        return t.block.read ? 14 : 1;
      case "stm":
        return 6;
      case "throwTo":
        return 12;
      case "blackhole":
        return 2;
      case "delay":
        return 5;
      default:
        return 0;
    }
  },
);
def(
  "Threads",
  "threadLabel#",
  2,
  "label the thread (kept for views); gives 0",
  (a, b, _c, ctx) => {
    const t = thread(ctx, a, "threadLabel#");
    if (t !== undefined) t.label = b;
    return 0;
  },
);
def(
  "Threads",
  "threadCritical#",
  1,
  "1: enter, 0: leave a section the scheduler does not preempt (a few steps of a library's read-modify-write, which must not block); gives 0",
  (a, _b, _c, ctx) => {
    const t = sched(ctx).current;
    t.critical = Math.max(0, t.critical + (a === 1 ? 1 : -1));
    return 0;
  },
);
def(
  "Threads",
  "blackholeWait#",
  1,
  "entering a blackhole while several threads live: wait until it is updated (the thread evaluating it may be the caller: the deadlock detection then raises NonTermination, GHC's <<loop>>); gives the object, entered again on waking",
  (a, _b, _c, ctx) => {
    if (typeof a !== "object")
      throw new PrimError(`blackholeWait#: ${describe(a)}`);
    sched(ctx).blackhole(a);
    return a;
  },
);

// ------------------------------------------------------------ MVar#

def(
  "Threads",
  "mvarNew#",
  1,
  "a new empty MVar# (the argument is ignored)",
  () => {
    const m = makeAddr(new Uint8Array(0), 0);
    m.env = [];
    cells.set(m, new MVarCell(m));
    return m;
  },
);

/** takeMVar#/readMVar# on a full MVar: the value, and a blocked putter moves in. */
function takeFull(c: MVarCell, s: Scheduler, ctx: PrimContext): Value {
  const v = c.value;
  const p = c.putters.shift();
  if (p === undefined) {
    c.empty();
  } else {
    c.fill(p.v);
    s.wake(p.t, ctx.mkTuple([]));
  }
  return v;
}

/** putMVar# into an empty MVar: blocked readers all see it, then one taker takes it. */
function putEmpty(c: MVarCell, v: Value, s: Scheduler, ctx: PrimContext) {
  while (c.takers.length > 0) {
    const t = c.takers[0]!;
    const read = t.block?.kind === "mvar" && t.block.read;
    s.wake(t, ctx.mkTuple([v]));
    if (!read) return;
  }
  c.fill(v);
}

def(
  "Threads",
  "mvarTake#",
  1,
  "takeMVar#: the contents as (# s, a #), emptying it; blocks while empty",
  (a, _b, _c, ctx) => {
    const c = mvar(a, "mvarTake#");
    const s = sched(ctx);
    if (c.full) return ctx.mkTuple([takeFull(c, s, ctx)]);
    const me = s.current;
    if (s.block({ kind: "mvar", cell: c, read: false })) c.takers.push(me);
    return 0;
  },
);
def(
  "Threads",
  "mvarRead#",
  1,
  "readMVar#: the contents as (# s, a #), atomically, leaving it full; blocks while empty",
  (a, _b, _c, ctx) => {
    const c = mvar(a, "mvarRead#");
    const s = sched(ctx);
    if (c.full) return ctx.mkTuple([c.value]);
    // GHC queues a blocked reader in front: readers are served first,
    // the latest first.
    const me = s.current;
    if (s.block({ kind: "mvar", cell: c, read: true })) c.takers.unshift(me);
    return 0;
  },
);
def(
  "Threads",
  "mvarPut#",
  2,
  "putMVar#: fill it (or hand the value to the first blocked taker); blocks while full; gives (# s #)",
  (a, b, _c, ctx) => {
    const c = mvar(a, "mvarPut#");
    const s = sched(ctx);
    if (!c.full) {
      putEmpty(c, b, s, ctx);
      return ctx.mkTuple([]);
    }
    const me = s.current;
    if (s.block({ kind: "mvar", cell: c, read: false }))
      c.putters.push({ t: me, v: b });
    return 0;
  },
);
def(
  "Threads",
  "mvarTryTake#",
  1,
  "tryTakeMVar#: (# s, 1, a #) taking the contents, or (# s, 0, 0 #) when empty",
  (a, _b, _c, ctx) => {
    const c = mvar(a, "mvarTryTake#");
    if (!c.full) return ctx.mkTuple([0, 0]);
    return ctx.mkTuple([1, takeFull(c, sched(ctx), ctx)]);
  },
);
def(
  "Threads",
  "mvarTryRead#",
  1,
  "tryReadMVar#: (# s, 1, a #) or (# s, 0, 0 #) when empty",
  (a, _b, _c, ctx) => {
    const c = mvar(a, "mvarTryRead#");
    return c.full ? ctx.mkTuple([1, c.value]) : ctx.mkTuple([0, 0]);
  },
);
def(
  "Threads",
  "mvarTryPut#",
  2,
  "tryPutMVar#: (# s, 1 #) having put the value, (# s, 0 #) when full",
  (a, b, _c, ctx) => {
    const c = mvar(a, "mvarTryPut#");
    if (c.full) return ctx.mkTuple([0]);
    putEmpty(c, b, sched(ctx), ctx);
    return ctx.mkTuple([1]);
  },
);
def(
  "Threads",
  "mvarIsEmpty#",
  1,
  "isEmptyMVar#: (# s, 1 #) when empty, else (# s, 0 #)",
  (a, _b, _c, ctx) => ctx.mkTuple([mvar(a, "mvarIsEmpty#").full ? 0 : 1]),
);
