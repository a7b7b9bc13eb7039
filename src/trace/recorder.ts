// The machine observer behind every trace: captures states only when some
// format still wants them, keeps a window of the last N states when asked,
// reports progress on long runs and says on stderr when a trace is bounded.
import type {
  MachineObserver,
  MachineView,
  RuleName,
  RunOutcome,
} from "../ministg/run-api.js";
import { captureStep, type StepRecord, type TraceMeta } from "./record.js";
import type { TraceSink, TraceSummary } from "./sink.js";

export interface RecorderOptions {
  /** Keep only the last N states (--trace-window N). */
  readonly window?: number;
  /** Write a progress line every this many steps (0 = never). */
  readonly progressEvery: number;
  /** Notices and progress (stderr). */
  readonly notice: (line: string) => void;
}

export class TraceRecorder implements MachineObserver {
  private readonly ring: StepRecord[] = [];
  private ringStart = 0;
  private readonly counts: number[];
  private first = -1;
  private last = -1;
  private recorded = 0;
  private limitHit = false;
  private peakStack = 0;
  private peakHeap = 0;
  private readonly rules: Partial<Record<RuleName, number>> = {};

  constructor(
    private readonly meta: TraceMeta,
    private readonly sinks: readonly TraceSink[],
    private readonly opts: RecorderOptions,
  ) {
    this.counts = sinks.map(() => 0);
  }

  // Sinks begin (create their files) only once the machine starts, so a
  // program that fails to load leaves earlier trace files as they were.
  onStart(view: MachineView): void {
    for (const s of this.sinks) s.begin(this.meta);
    this.take(view, null);
  }

  onStep(rule: RuleName, view: MachineView): void {
    this.rules[rule] = (this.rules[rule] ?? 0) + 1;
    const every = this.opts.progressEvery;
    if (every > 0 && view.step % every === 0)
      this.opts.notice(
        `hs2stg: trace: ${view.step.toLocaleString("en-US")} steps...`,
      );
    this.take(view, rule);
  }

  onEnd(outcome: RunOutcome, view: MachineView): void {
    const w = this.opts.window;
    if (w !== undefined) {
      const n = this.ring.length;
      for (let i = 0; i < n; i++)
        this.deliver(this.ring[(this.ringStart + i) % n]!, true);
    }
    const bounded =
      w !== undefined && view.step + 1 > w
        ? "window"
        : this.limitHit
          ? "limit"
          : null;
    const summary: TraceSummary = {
      outcome,
      steps: view.step,
      first: this.first,
      last: this.last,
      recorded: this.recorded,
      bounded,
      rules: this.rules,
      peakStack: this.peakStack,
      peakHeap: this.peakHeap,
    };
    for (const s of this.sinks) s.end(summary);
    if (bounded === "window")
      this.opts.notice(
        `hs2stg: trace: the run took ${view.step} steps; the trace keeps the last ${this.recorded} states (steps ${this.first}-${this.last}, --trace-window ${w})`,
      );
    else if (bounded === "limit")
      this.opts.notice(
        `hs2stg: trace: the run took ${view.step} steps; the trace holds only steps ${this.first}-${this.last} (use -m N to stop the run sooner or --trace-window N to keep the last N steps)`,
      );
  }

  private take(view: MachineView, rule: RuleName | null): void {
    const w = this.opts.window;
    if (w !== undefined) {
      const rec = captureStep(view, rule, this.meta.callStack);
      if (this.ring.length < w) this.ring.push(rec);
      else {
        this.ring[this.ringStart] = rec;
        this.ringStart = (this.ringStart + 1) % w;
      }
      return;
    }
    if (!this.sinks.some((s, i) => this.counts[i]! < s.limit)) {
      this.limitHit = true;
      return;
    }
    this.deliver(captureStep(view, rule, this.meta.callStack), false);
  }

  private deliver(rec: StepRecord, all: boolean): void {
    if (this.first < 0) this.first = rec.step;
    this.last = rec.step;
    this.recorded++;
    if (rec.stack.length > this.peakStack) this.peakStack = rec.stack.length;
    if (rec.heap.length > this.peakHeap) this.peakHeap = rec.heap.length;
    this.sinks.forEach((s, i) => {
      if (all || this.counts[i]! < s.limit) {
        this.counts[i]!++;
        s.step(rec);
      } else this.limitHit = true;
    });
  }
}
