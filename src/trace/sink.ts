// What a trace format implements: told about the run, given the recorded
// states in order, then told how the run ended.
import type { RuleName, RunOutcome } from "../ministg/run-api.js";
import type { StepRecord, TraceMeta } from "./record.js";

export interface TraceSummary {
  readonly outcome: RunOutcome;
  /** Steps the machine took. */
  readonly steps: number;
  /** Steps of the first and last recorded states, and how many were recorded. */
  readonly first: number;
  readonly last: number;
  readonly recorded: number;
  /**
   * Why states are missing: a window kept only the last ones, a limit
   * stopped recording, or --trace-from/--trace-until scoped it.
   */
  readonly bounded: "window" | "limit" | "scope" | null;
  /** Applications of each rule over the whole run. */
  readonly rules: Partial<Record<RuleName, number>>;
  /** Over the recorded states: most stack frames, most heap objects shown. */
  readonly peakStack: number;
  readonly peakHeap: number;
}

export interface TraceSink {
  /** Most states this format records when no window is asked for. */
  readonly limit: number;
  /** The option that asked for it, for notices (`--trace-html`). */
  readonly name?: string;
  begin(meta: TraceMeta): void;
  step(rec: StepRecord): void;
  end(summary: TraceSummary): void;
}
