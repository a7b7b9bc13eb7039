// Traces of a run (-t, --trace-html, --trace-json): builds the machine
// observer that writes whichever formats the command line asks for.
import type { MachineObserver } from "../ministg/run-api.js";
import { JsonLinesSink } from "./json-lines.js";
import { TraceRecorder, type TraceUntil } from "./recorder.js";
import type { TraceSink } from "./sink.js";
import { DEFAULT_PAGE_LIMIT, StepPagesSink } from "./step-pages.js";
import { DEFAULT_VIEWER_LIMIT, ViewerSink } from "./viewer/viewer-sink.js";

export { explainRule, ruleExplanations } from "./explain.js";
export type { StepRecord, TraceMeta } from "./record.js";
export type { TraceSink, TraceSummary } from "./sink.js";
export type { TraceUntil } from "./recorder.js";

export interface TraceRequest {
  /** The program file as the user named it. */
  readonly program: string;
  readonly style: "EA" | "PE";
  readonly gc: boolean;
  readonly callStack: boolean;
  /** -t: one page per step in this directory. */
  readonly traceDir?: string;
  /** Write into a trace directory holding other files (--force). */
  readonly force?: boolean;
  readonly traceHtml?: string;
  readonly traceJson?: string;
  /** -m N: the run stops there, so the trace is bounded already. */
  readonly maxSteps?: number;
  /** --trace-window N: keep the last N states. */
  readonly window?: number;
  /** --trace-from NAME: record from the first entry of this function. */
  readonly from?: string;
  /** --trace-until NAME|STEP: stop recording there. */
  readonly until?: TraceUntil;
  /** Translated programs: miniSTG global name -> Haskell name. */
  readonly decode?: (name: string) => string;
  /** Haskell programs: where the sources define a global. */
  readonly locate?: (name: string) => string | undefined;
  /** Where notices and progress go (default: stderr). */
  readonly notice?: (line: string) => void;
}

/** Progress lines on stderr every this many steps. */
export const PROGRESS_EVERY = 100_000;

/** The observer for the requested traces, or undefined when none is asked for. */
export function traceObserver(req: TraceRequest): MachineObserver | undefined {
  // With -m the user bounded the run (and with --trace-until STEP the
  // trace); otherwise HTML formats stop recording
  // at their default limit (JSON streams, so it has none).
  // --trace-until STEP bounds it as -m does.
  const bounded = req.maxSteps !== undefined || req.until?.kind === "step";
  const sinks: TraceSink[] = [];
  if (req.traceDir !== undefined)
    sinks.push(
      new StepPagesSink(
        req.traceDir,
        bounded ? Infinity : DEFAULT_PAGE_LIMIT,
        req.force === true,
      ),
    );
  if (req.traceHtml !== undefined)
    sinks.push(
      new ViewerSink(req.traceHtml, bounded ? Infinity : DEFAULT_VIEWER_LIMIT),
    );
  if (req.traceJson !== undefined) sinks.push(new JsonLinesSink(req.traceJson));
  if (sinks.length === 0) return undefined;
  const notice =
    req.notice ?? ((line: string) => void process.stderr.write(line + "\n"));
  return new TraceRecorder(
    {
      program: req.program,
      style: req.style,
      gc: req.gc,
      callStack: req.callStack,
      ...(req.decode !== undefined ? { decode: req.decode } : {}),
      ...(req.locate !== undefined ? { locate: req.locate } : {}),
    },
    sinks,
    {
      ...(req.window !== undefined ? { window: req.window } : {}),
      ...(req.from !== undefined ? { from: req.from } : {}),
      ...(req.until !== undefined ? { until: req.until } : {}),
      progressEvery: PROGRESS_EVERY,
      notice,
    },
  );
}
