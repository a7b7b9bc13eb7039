// The stepper's machine observer. Streaming (not a terminal): each state
// that passes the filters is printed as the machine reaches it, and the
// run is stopped after --max states. Collecting (interactive): the states
// from --from on are kept (up to --max) for the key-driven browser.
import type {
  MachineObserver,
  MachineView,
  RuleName,
  RunOutcome,
} from "../ministg/run-api.js";
import { captureStep, type StepRecord } from "../trace/record.js";
import { FromGate, ruleMatches, type StepFilter } from "./filters.js";
import {
  formatState,
  heapIndex,
  type FormatOptions,
  type HeapIndex,
} from "./format.js";

/** Thrown out of the machine to end the run once enough states were shown. */
export class StopStepping extends Error {
  constructor(readonly shown: number) {
    super("the stepper has shown enough states");
  }
}

export function outcomeText(o: RunOutcome): string {
  switch (o.kind) {
    case "value":
      return `the program's value: ${o.text}`;
    case "error":
      return `runtime error: ${o.message} (exit code ${o.exitCode})`;
    case "exception":
      return "an exception was raised";
    case "exit":
      return `the program exited with code ${o.exitCode}`;
    case "stepLimit":
      return `stopped at the step limit (${o.steps} steps)`;
  }
}

abstract class StepperBase implements MachineObserver {
  private readonly gate: FromGate;
  constructor(
    protected readonly filter: StepFilter,
    protected readonly callStack: boolean,
    names: (text: string) => string,
  ) {
    this.gate = new FromGate(filter.from, names);
  }
  onStart(view: MachineView): void {
    this.visit(view, null);
  }
  onStep(rule: RuleName, view: MachineView): void {
    this.visit(view, rule);
  }
  private visit(view: MachineView, rule: RuleName | null): void {
    // Before --from is reached only the step or the code is looked at.
    if (!this.gate.pass(view.step, () => view.code().text)) return;
    this.state(captureStep(view, rule, this.callStack));
  }
  protected abstract state(rec: StepRecord): void;
  abstract onEnd(outcome: RunOutcome): void;
}

/** Prints states as they come (pipes, files, pagers). */
export class StreamingStepper extends StepperBase {
  private prev: HeapIndex | null = null;
  private shown = 0;
  constructor(
    filter: StepFilter,
    callStack: boolean,
    private readonly format: FormatOptions,
    private readonly write: (text: string) => void,
  ) {
    super(filter, callStack, format.names);
  }
  protected state(rec: StepRecord): void {
    if (ruleMatches(rec, this.filter.rules)) {
      this.write(formatState(rec, this.prev, this.format) + "\n");
      if (++this.shown >= this.filter.max) throw new StopStepping(this.shown);
    }
    this.prev = heapIndex(rec);
  }
  onEnd(outcome: RunOutcome): void {
    if (this.shown === 0)
      this.write("no state of the run matched --from and --rule\n");
    this.write(this.format.style.head(`end: ${outcomeText(outcome)}`) + "\n");
  }
}

/** Keeps the states for the interactive browser. */
export class CollectingStepper extends StepperBase {
  readonly states: StepRecord[] = [];
  outcome: RunOutcome | null = null;
  protected state(rec: StepRecord): void {
    this.states.push(rec);
    if (this.states.length >= this.filter.max)
      throw new StopStepping(this.states.length);
  }
  onEnd(outcome: RunOutcome): void {
    this.outcome = outcome;
  }
}
