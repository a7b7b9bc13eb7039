// The stepper on a terminal: one state per screen, driven by keys.
//   n, space, Enter  next state      b  back
//   c NAME           continue to the next state entering function NAME
//   g / G            first / last state
//   q, Ctrl-C        quit             ?  help
// It browses the states the run recorded (from --from on, at most --max).
import type { RunOutcome } from "../ministg/run-api.js";
import type { StepRecord } from "../trace/record.js";
import { entersFunction, ruleMatches, type StepFilter } from "./filters.js";
import { formatState, heapIndex, type FormatOptions } from "./format.js";
import { outcomeText } from "./observer.js";

export const HELP = [
  "keys: n/space/Enter next   b back   c continue to a function   g first   G last   q quit   ? help",
];

export interface Terminal {
  readonly input: NodeJS.ReadStream;
  readonly write: (text: string) => void;
}

export function browse(
  states: readonly StepRecord[],
  outcome: RunOutcome | null,
  filter: StepFilter,
  format: FormatOptions,
  term: Terminal,
): Promise<void> {
  const shown = states
    .map((r, i) => (ruleMatches(r, filter.rules) ? i : -1))
    .filter((i) => i >= 0);
  let at = 0;
  let message = "";
  let prompt: string | null = null;
  const s = format.style;

  const render = (): void => {
    let text = "\x1b[2J\x1b[H";
    if (shown.length === 0) text += "no state matches the filters\n";
    else {
      const i = shown[at]!;
      text += formatState(
        states[i]!,
        i > 0 ? heapIndex(states[i - 1]!) : null,
        format,
      );
    }
    const end =
      at === shown.length - 1
        ? outcome !== null
          ? `  end: ${outcomeText(outcome)}`
          : `  (recording stopped after ${states.length} states: --max N for more)`
        : "";
    text += `\n${s.dim(`[${shown.length === 0 ? 0 : at + 1}/${shown.length}]`)}${end}\n`;
    if (message !== "") text += message + "\n";
    text +=
      prompt !== null
        ? `continue to function: ${prompt}`
        : s.dim("n next  b back  c continue to  q quit  ? help");
    term.write(text);
  };

  const continueTo = (name: string): void => {
    for (let k = at + 1; k < shown.length; k++)
      if (entersFunction(states[shown[k]!]!.code, name, format.names)) {
        at = k;
        message = `entered ${name}`;
        return;
      }
    message = `${name} is not entered in the recorded states after this one`;
  };

  return new Promise((resolve) => {
    const input = term.input;
    input.setRawMode?.(true);
    input.setEncoding("utf8");
    input.resume();
    const quit = (): void => {
      input.off("data", onData);
      input.setRawMode?.(false);
      input.pause();
      term.write("\n");
      resolve();
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (prompt !== null) {
          if (ch === "\r" || ch === "\n") {
            const name = prompt.trim();
            prompt = null;
            if (name !== "") continueTo(name);
          } else if (ch === "\x7f" || ch === "\b") prompt = prompt.slice(0, -1);
          else if (ch === "\x1b" || ch === "\x03") prompt = null;
          else prompt += ch;
          continue;
        }
        message = "";
        switch (ch) {
          case "n":
          case " ":
          case "\r":
            if (at < shown.length - 1) at++;
            else message = "this is the last recorded state";
            break;
          case "b":
            if (at > 0) at--;
            else message = "this is the first recorded state";
            break;
          case "g":
            at = 0;
            break;
          case "G":
            at = Math.max(0, shown.length - 1);
            break;
          case "c":
            prompt = "";
            break;
          case "?":
            message = HELP.join("\n");
            break;
          case "q":
          case "\x03":
            quit();
            return;
          default:
            message = `unknown key; ${HELP[0]}`;
        }
      }
      render();
    };
    input.on("data", onData);
    render();
  });
}
