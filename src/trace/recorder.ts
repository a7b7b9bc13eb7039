// The machine observer behind every trace: captures states only when some
// format still wants them (and within --trace-from/--trace-until), keeps a
// window of the last N states when asked, tells each state what its step
// did and wrote, reports progress on long runs and says on stderr when a
// trace is bounded.
import type {
  MachineObserver,
  MachineView,
  RuleName,
  RunOutcome,
} from "../ministg/run-api.js";
import { haskellName, haskellText } from "./haskell-names.js";
import {
  captureStep,
  type ProgramOutput,
  type StepRecord,
  type TraceMeta,
} from "./record.js";
import type { TraceSink, TraceSummary } from "./sink.js";
import { stepStory } from "./step-story.js";

/** --trace-until: a function's first entry, or a step number. */
export type TraceUntil =
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "step"; readonly step: number };

export interface RecorderOptions {
  /** Keep only the last N states (--trace-window N). */
  readonly window?: number;
  /** Write a progress line every this many steps (0 = never). */
  readonly progressEvery: number;
  /** Notices and progress (stderr). */
  readonly notice: (line: string) => void;
  /** --trace-from NAME: record from the first entry of this function. */
  readonly from?: string;
  /** --trace-until NAME|STEP: stop recording there. */
  readonly until?: TraceUntil;
}

/** Whether the binding `owner` (encoded) is the function the user named. */
export function namesFunction(
  owner: string | undefined,
  want: string,
): boolean {
  if (owner === undefined) return false;
  if (owner === want) return true;
  const h = haskellName(owner);
  return h === want || (!want.includes(".") && h === `Main.${want}`);
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
  /** Scoping: before --trace-from's function is entered, recording, after --trace-until. */
  private phase: "waiting" | "recording" | "done";
  private fromStep = -1;
  private untilStep = -1;
  private output: ProgramOutput[] = [];
  private readonly utf8 = new TextDecoder();
  /** The last captured state and the highest object number seen so far. */
  private prev: StepRecord | undefined;
  private highest = -1;

  constructor(
    private readonly meta: TraceMeta,
    private readonly sinks: readonly TraceSink[],
    private readonly opts: RecorderOptions,
  ) {
    this.counts = sinks.map(() => 0);
    this.phase = opts.from === undefined ? "recording" : "waiting";
  }

  onOutput(stream: "stdout" | "stderr", chunk: Uint8Array): void {
    if (this.phase !== "recording") return;
    const text = this.utf8.decode(chunk);
    const last = this.output[this.output.length - 1];
    if (last !== undefined && last.stream === stream)
      this.output[this.output.length - 1] = { stream, text: last.text + text };
    else this.output.push({ stream, text });
  }

  // Sinks begin (create their files) only once the machine starts, so a
  // program that fails to load leaves earlier trace files as they were.
  onStart(view: MachineView): void {
    for (const s of this.sinks) s.begin(this.meta);
    if (this.phase === "recording") this.take(view, null);
  }

  onStep(rule: RuleName, view: MachineView): void {
    this.rules[rule] = (this.rules[rule] ?? 0) + 1;
    const every = this.opts.progressEvery;
    if (every > 0 && view.step % every === 0)
      this.opts.notice(
        `hs2stg: trace: ${view.step.toLocaleString("en-US")} steps...`,
      );
    const { from, until } = this.opts;
    if (this.phase === "waiting" && namesFunction(view.owner?.(), from ?? "")) {
      this.phase = "recording";
      this.fromStep = view.step;
    }
    if (this.phase === "recording") {
      this.take(view, rule);
      if (
        until?.kind === "step"
          ? view.step >= until.step
          : until?.kind === "name" &&
            view.step > this.fromStep &&
            namesFunction(view.owner?.(), until.name)
      ) {
        this.phase = "done";
        this.untilStep = view.step;
      }
    }
    this.output = [];
  }

  onEnd(outcome: RunOutcome, view: MachineView): void {
    const w = this.opts.window;
    if (w !== undefined) {
      const n = this.ring.length;
      for (let i = 0; i < n; i++)
        this.deliver(this.ring[(this.ringStart + i) % n]!, true);
    }
    // --trace-from named a function the run never entered: the final state,
    // so the trace still shows how the run ended.
    const neverEntered = this.recorded === 0;
    if (neverEntered) this.deliver(this.capture(view, null), true);
    const scoped = this.fromStep >= 0 || this.untilStep >= 0;
    const bounded =
      w !== undefined && this.recorded >= w && view.step + 1 > w
        ? "window"
        : this.limitHit
          ? "limit"
          : scoped || this.phase === "waiting"
            ? "scope"
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
        `hs2stg: trace: the run took ${view.step} steps; the trace holds only steps ${this.first}-${this.last} (${this.capText()}use -m N to stop the run sooner, --trace-window N to keep the last N steps or --trace-from NAME/--trace-until NAME|STEP to choose them)`,
      );
    else if (bounded === "scope")
      this.opts.notice(
        neverEntered
          ? `hs2stg: trace: ${this.opts.from} was never entered in the ${view.step} steps of the run; the trace holds only the final state`
          : `hs2stg: trace: the run took ${view.step} steps; the trace holds steps ${this.first}-${this.last}${this.fromStep >= 0 ? ` (from the first entry of ${this.opts.from})` : ""}${this.untilStep >= 0 ? ` (until ${this.opts.until?.kind === "name" ? `the first entry of ${this.opts.until.name}` : `step ${this.untilStep}`})` : ""}`,
      );
  }

  /** The default caps of the formats that stopped recording. */
  private capText(): string {
    const caps = this.sinks
      .filter((s, i) => s.limit !== Infinity && this.counts[i]! >= s.limit)
      .map(
        (s) =>
          `${s.name ?? "this format"} records at most ${s.limit.toLocaleString("en-US")} states by default`,
      );
    return caps.length === 0 ? "" : `${caps.join(", ")}; `;
  }

  /** The state with what its step did and wrote. */
  private capture(view: MachineView, rule: RuleName | null): StepRecord {
    const rec = captureStep(view, rule, this.meta.callStack);
    const prev = this.prev;
    const name =
      this.meta.decode !== undefined ? haskellText : (t: string) => t;
    const story =
      prev !== undefined && prev.step === rec.step - 1
        ? stepStory(prev, rec, this.highest + 1, name)
        : undefined;
    // Objects a step allocates are new in its heap (an object that leaves
    // the heap is garbage and never comes back): after a story, only those.
    for (const id of story?.touched.allocated ?? rec.heap.map((o) => o.id))
      if (id.startsWith("$")) {
        const n = Number(id.slice(1));
        if (n > this.highest) this.highest = n;
      }
    const out: StepRecord = {
      ...rec,
      ...(story !== undefined ? { story } : {}),
      ...(this.output.length > 0 ? { output: this.output } : {}),
    };
    this.output = [];
    this.prev = rec;
    return out;
  }

  private take(view: MachineView, rule: RuleName | null): void {
    const w = this.opts.window;
    if (w !== undefined) {
      this.pushRing(this.capture(view, rule));
      return;
    }
    if (!this.sinks.some((s, i) => this.counts[i]! < s.limit)) {
      this.limitHit = true;
      return;
    }
    this.deliver(this.capture(view, rule), false);
  }

  private pushRing(rec: StepRecord): void {
    const w = this.opts.window!;
    {
      if (this.ring.length < w) this.ring.push(rec);
      else {
        this.ring[this.ringStart] = rec;
        this.ringStart = (this.ringStart + 1) % w;
      }
    }
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
