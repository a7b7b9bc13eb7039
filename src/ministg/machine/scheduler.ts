// Green threads for both machines: GHC's non-threaded runtime on one core,
// deterministically. The scheduler owns the threads, the run queue, the
// MVar and TVar wait queues and a virtual clock; the machines own each
// thread's registers and stack (`saved`, opaque here) and ask the scheduler
// whom to run next.
//
// Primops (../primops/threads.ts, stm.ts) change the scheduler's state and
// set `attention`; a machine checks that flag after a primop and, at the end
// of that step, calls `reschedule` when `wantSwitch` is set or a time slice
// is over. A switch is a step of its own (rule SWITCH). Policy:
// - round robin: a thread that yields or is preempted goes to the back of
//   the run queue; a woken or new thread is appended;
// - preemption every `preemptSteps` steps (DEFAULT_PREEMPT_STEPS), except
//   inside an STM transaction, which therefore runs alone (no validation),
//   or a threadCritical# section (a library's read-modify-write);
// - the virtual clock (microseconds) advances one microsecond per
//   STEPS_PER_MICROSECOND steps, and jumps to the earliest wake-up when every
//   thread is blocked and some sleep (threadDelay);
// - deadlock: when nothing can run and nobody sleeps, every blocked thread
//   gets the exception GHC's garbage collector would raise in it
//   (BlockedIndefinitelyOnMVar, BlockedIndefinitelyOnSTM, NonTermination);
// - an asynchronous exception (throwTo, and what the deadlock detection
//   raises) freezes the thunks the thread is evaluating (suspension.ts)
//   when it is delivered: the machine's `freezer` does it on the thread's
//   saved state (for the running thread, at the switch that follows).

import type { CompiledProgram } from "./program.js";
import { MachineError, NON_TERMINATION } from "./outcome.js";
import { BLACKHOLE, type Obj, type Value } from "./values.js";

import { DEFAULT_PREEMPT_STEPS } from "./time-slice.js";
export { DEFAULT_PREEMPT_STEPS };
/** Virtual time: steps per microsecond of the scheduler's clock. */
export const STEPS_PER_MICROSECOND = 1_000;

const BLOCKED_MVAR = "blockedIndefinitelyOnMVar_GHCziIOziException";
const BLOCKED_STM = "blockedIndefinitelyOnSTM_GHCziIOziException";

/**
 * An MVar#: contents and FIFO queues of blocked threads. The contents are
 * also the MVar# object's one env slot while full, so that views and the
 * live-heap count see what an MVar holds.
 */
export class MVarCell {
  constructor(private readonly obj: Obj) {}
  get full(): boolean {
    return this.obj.env.length > 0;
  }
  get value(): Value {
    return this.obj.env[0] ?? 0;
  }
  fill(v: Value): void {
    this.obj.env = [v];
  }
  empty(): void {
    this.obj.env = [];
  }
  /** Blocked takers and readers, in arrival order. */
  readonly takers: Thread[] = [];
  /** Blocked putters with the values they put. */
  readonly putters: { t: Thread; v: Value }[] = [];
}

/** A TVar#: its value (the object's env slot) and the threads waiting (retry) for a change. */
export class TVarCell {
  readonly waiters = new Set<Thread>();
  constructor(private readonly obj: Obj) {}
  get value(): Value {
    return this.obj.env[0]!;
  }
  set value(v: Value) {
    this.obj.env[0] = v;
  }
}

/** One level of an STM transaction (atomically#, catchRetry#, catchSTM#). */
export interface TxLevel {
  readonly parent: TxLevel | null;
  /** Values the TVars written at this level had before (undo log). */
  readonly undo: Map<TVarCell, Value>;
  readonly reads: Set<TVarCell>;
}

export type Block =
  | { readonly kind: "mvar"; readonly cell: MVarCell; readonly read: boolean }
  | { readonly kind: "delay"; readonly until: number }
  | { readonly kind: "stm"; readonly tvars: readonly TVarCell[] }
  | { readonly kind: "throwTo"; readonly target: Thread }
  | { readonly kind: "blackhole"; readonly obj: Obj };

export type ThreadStatus = "runnable" | "blocked" | "finished" | "died";

export class Thread {
  /** The machine's registers and stack while the thread does not run. */
  saved: unknown = null;
  status: ThreadStatus = "runnable";
  block: Block | null = null;
  /** 0 unmasked, 1 uninterruptible, 2 interruptible (getMaskingState#). */
  mask = 0;
  /** Returned by the blocked primop when the thread resumes. */
  resume: Value | undefined = undefined;
  /** Raised in the thread when it resumes (asynchronous exception). */
  raise: Value | undefined = undefined;
  /**
   * The thread stopped in a blocking primop (MVar, throwTo, delay) that an
   * exception interrupted before it completed: a computation frozen there
   * runs the primop again when resumed, as GHC's does.
   */
  again = false;
  /** An exception was raised in the running thread: freeze at the switch. */
  freezePending = false;
  /** throwTo messages waiting for the thread to unmask. */
  readonly throwers: { from: Thread; exc: Value }[] = [];
  tx: TxLevel | null = null;
  /** Inside threadCritical# sections (no preemption). */
  critical = 0;
  /** What a transaction that retried had read (stmWait# waits on them). */
  readonly retryReads = new Set<TVarCell>();
  label: Value | null = null;
  constructor(
    readonly id: number,
    /** The IO action `State# -> (# State#, a #)` the thread runs (null: main). */
    readonly start: Obj | null,
  ) {}
}

export class Scheduler {
  readonly main: Thread = new Thread(1, null);
  current: Thread = this.main;
  /** Threads alive (runnable or blocked), main first. */
  readonly threads: Thread[] = [this.main];
  private readonly runQueue: Thread[] = [];
  private nextThreadId = 2;
  /** Threads forked locked to their capability (forkOn#), finished ones too. */
  readonly locked = new Set<number>();
  /** A primop changed the scheduler: the machine calls `afterStep`. */
  attention = false;
  /** The current thread must give way (blocked, yielded, or raises). */
  wantSwitch = false;
  /** Keep running the current thread after the switch (a synchronous raise). */
  keepCurrent = false;
  /** Virtual clock offset (microseconds) from jumps over idle time. */
  private idle = 0;
  switches = 0;
  /**
   * The machine's FREEZE: freezes the thunks a thread (its saved state)
   * is evaluating, above its nearest catch frame (suspension.ts).
   */
  freezer: ((t: Thread) => void) | null = null;

  constructor(
    private readonly prog: CompiledProgram,
    readonly preemptSteps: number = DEFAULT_PREEMPT_STEPS,
  ) {
    if (!(preemptSteps >= 1))
      throw new MachineError(`bad preemption interval ${preemptSteps}`);
  }

  /** More than one thread alive: time slices matter. */
  get multi(): boolean {
    return this.threads.length > 1;
  }

  /** Steps taken when the scheduler last ran (the clock's step part). */
  private lastSteps = 0;

  /** The virtual clock in microseconds (as of the last switch). */
  now(): number {
    return this.idle + Math.floor(this.lastSteps / STEPS_PER_MICROSECOND);
  }

  private global(name: string): Value {
    const i = this.prog.globalIndex.get(name);
    if (i === undefined)
      throw new MachineError(
        `the scheduler needs ${name}, which is not linked`,
      );
    return this.prog.globals[i]!;
  }

  fork(action: Obj): Thread {
    const t = new Thread(this.nextThreadId++, action);
    t.mask = this.current.mask;
    this.threads.push(t);
    this.runQueue.push(t);
    this.attention = true;
    return t;
  }

  find(id: number): Thread | undefined {
    return this.threads.find((t) => t.id === id);
  }

  /** Blocks the current thread; interruptible operations take a pending throwTo first. */
  block(reason: Block): boolean {
    const t = this.current;
    t.again =
      reason.kind === "mvar" ||
      reason.kind === "throwTo" ||
      reason.kind === "delay";
    if (t.mask !== 1 && t.throwers.length > 0 && this.deliverPending(t))
      return false;
    t.status = "blocked";
    t.block = reason;
    this.attention = this.wantSwitch = true;
    return true;
  }

  yieldNow(): void {
    this.attention = this.wantSwitch = true;
  }

  /** Raises `exc` in the current thread at the end of this step. */
  raiseHere(exc: Value): void {
    this.current.raise = exc;
    this.current.freezePending = true;
    this.attention = this.wantSwitch = this.keepCurrent = true;
  }

  /** Makes a blocked thread runnable; it resumes with `value` (or raises). */
  wake(t: Thread, value: Value | undefined): void {
    if (t.status !== "blocked") return;
    this.unlink(t);
    t.status = "runnable";
    t.block = null;
    t.resume = value;
    t.again = false;
    this.runQueue.push(t);
    this.attention = true;
  }

  /** Removes a blocked thread from the queue it waits in. */
  private unlink(t: Thread): void {
    const b = t.block;
    if (b === null) return;
    switch (b.kind) {
      case "mvar": {
        const i = b.cell.takers.indexOf(t);
        if (i >= 0) b.cell.takers.splice(i, 1);
        const j = b.cell.putters.findIndex((p) => p.t === t);
        if (j >= 0) b.cell.putters.splice(j, 1);
        break;
      }
      case "stm":
        for (const tv of b.tvars) tv.waiters.delete(t);
        break;
      case "throwTo": {
        const i = b.target.throwers.findIndex((m) => m.from === t);
        if (i >= 0) b.target.throwers.splice(i, 1);
        break;
      }
      case "delay":
      case "blackhole":
        break;
    }
  }

  /** The current thread finished (its action returned). */
  finish(): void {
    const t = this.current;
    t.status = "finished";
    this.dropThread(t);
    this.attention = this.wantSwitch = true;
  }

  private dropThread(t: Thread): void {
    const i = this.threads.indexOf(t);
    if (i >= 0) this.threads.splice(i, 1);
    // throwTo a finished thread succeeds at once.
    for (const m of t.throwers.splice(0)) this.wake(m.from, undefined);
  }

  /** throwTo target exc from the current thread: delivered, or the caller blocks. */
  throwTo(target: Thread, exc: Value): "delivered" | "raised" | "blocked" {
    const me = this.current;
    if (target === me) {
      this.raiseHere(exc);
      return "raised";
    }
    if (target.status === "finished" || target.status === "died")
      return "delivered";
    if (this.interruptible(target)) {
      this.deliver(target, exc);
      return "delivered";
    }
    if (!this.block({ kind: "throwTo", target })) return "raised";
    target.throwers.push({ from: me, exc });
    return "blocked";
  }

  /** Can an asynchronous exception be raised in `t` now? */
  private interruptible(t: Thread): boolean {
    if (t.mask === 0) return true;
    return t.mask === 2 && t.status === "blocked";
  }

  /** Raises `exc` in `t` (not running: its state is saved). */
  private deliver(t: Thread, exc: Value): void {
    if (t.status === "blocked") {
      this.unlink(t);
      t.status = "runnable";
      t.block = null;
      this.runQueue.push(t);
    }
    this.freeze(t);
    t.raise = exc;
    this.attention = true;
  }

  /** Freezes what `t` (saved) was evaluating; it then resumes by raising. */
  private freeze(t: Thread): void {
    t.freezePending = false;
    if (t.saved !== null) this.freezer?.(t);
    t.again = false;
    t.resume = undefined;
  }

  /** The current thread's mask changed: a pending throwTo may now arrive. */
  setMask(k: number): void {
    const t = this.current;
    t.mask = k;
    if (k === 0 && t.throwers.length > 0) this.deliverPending(t);
  }

  private deliverPending(t: Thread): boolean {
    const m = t.throwers.shift();
    if (m === undefined) return false;
    this.wake(m.from, undefined);
    this.raiseHere(m.exc);
    return true;
  }

  /**
   * Picks the thread to run next (the current one included, when it is
   * still runnable, at the back of the queue). Wakes sleepers whose time
   * has come, jumps the clock over idle time, and breaks deadlocks.
   */
  reschedule(steps: number): Thread {
    this.attention = this.wantSwitch = false;
    this.switches++;
    this.lastSteps = steps;
    const cur = this.current;
    if (cur.freezePending) this.freeze(cur);
    if (this.keepCurrent) {
      this.keepCurrent = false;
      if (cur.status === "runnable") return cur;
    }
    if (cur.status === "runnable" && !this.runQueue.includes(cur))
      this.runQueue.push(cur);
    for (const t of this.threads)
      if (t.block?.kind === "blackhole" && t.block.obj.tag !== BLACKHOLE)
        this.wake(t, t.block.obj);
    this.wakeSleepers(this.now());
    while (this.runQueue.length === 0) {
      const sleepers = this.threads.filter((t) => t.block?.kind === "delay");
      if (sleepers.length > 0) {
        let until = Infinity;
        for (const t of sleepers)
          if (t.block?.kind === "delay") until = Math.min(until, t.block.until);
        this.idle += Math.max(0, until - this.now());
        this.wakeSleepers(this.now());
        continue;
      }
      if (!this.breakDeadlock())
        throw new MachineError("deadlock: no thread can run");
    }
    const next = this.runQueue.shift()!;
    this.current = next;
    return next;
  }

  private wakeSleepers(now: number): void {
    for (const t of this.threads)
      if (t.block?.kind === "delay" && t.block.until <= now)
        this.wake(t, undefined);
  }

  /** Every blocked thread gets the exception GHC's GC raises in unreachable ones. */
  private breakDeadlock(): boolean {
    let any = false;
    // Newest first, as GHC's runtime resurrects them.
    for (const t of [...this.threads].reverse()) {
      if (t.status !== "blocked" || t.block === null) continue;
      let exc: Value | null = null;
      switch (t.block.kind) {
        case "mvar":
          exc = this.global(BLOCKED_MVAR);
          break;
        case "stm":
          exc = this.global(BLOCKED_STM);
          break;
        case "blackhole":
          exc = this.global(NON_TERMINATION);
          break;
        case "throwTo":
        case "delay":
          break;
      }
      if (exc !== null) {
        this.deliver(t, exc);
        any = true;
      }
    }
    return any;
  }

  /**
   * Entering a blackhole while several threads live: wait until it is
   * updated (it resumes entering the object again). When the thread itself
   * is evaluating it, it waits too, until the deadlock detection raises
   * NonTermination (<<loop>>) in it, as GHC's runtime finds such a thread
   * (and so every thread blocked at that point gets its exception together).
   */
  blackhole(obj: Obj): void {
    this.block({ kind: "blackhole", obj });
  }

  /** A preemption may happen now (not inside a transaction). */
  preemptible(): boolean {
    return this.current.tx === null && this.current.critical === 0;
  }
}
