// How a translated program's run ends, as the user sees it: the exit code,
// and for anything other than a normal end, a message on stderr.
import type { ProgramIO, RunOutcome } from "../ministg/run-api.js";
import { STEP_LIMIT_EXIT } from "../ministg/run-stg.js";
import { haskellText } from "../trace/haskell-names.js";

/** Exit code of an `ERROR` closure reached (GHC's RTS exits 1 on an uncaught exception). */
export const FAILURE_EXIT_CODE = 1;

function say(io: ProgramIO, text: string): void {
  io.writeStderr(Buffer.from(text.endsWith("\n") ? text : text + "\n", "utf8"));
}

/**
 * Reports `outcome` through `io` and returns the exit code. With `printValue`
 * (`--entry`), a final value is printed to stdout, as `render` turns the
 * interpreter's text (ministg's format) into what the user sees; for `main`
 * it is the IO action's result and is not shown.
 */
export function reportOutcome(
  outcome: RunOutcome,
  io: ProgramIO,
  printValue: boolean,
  render: (valueText: string) => string = (text) => text,
): number {
  switch (outcome.kind) {
    case "value":
      if (printValue)
        io.writeStdout(Buffer.from(render(outcome.text) + "\n", "utf8"));
      return 0;
    case "exit":
      return outcome.exitCode;
    case "error": {
      const where = [
        outcome.rule !== undefined ? `rule ${outcome.rule}` : null,
        outcome.closure !== undefined
          ? `in ${closureText(outcome.closure)}`
          : null,
      ].filter((x) => x !== null);
      say(
        io,
        `hs2stg: runtime error: ${outcome.message}` +
          (where.length > 0 ? ` (${where.join(", ")})` : "") +
          callStackText(outcome.callStack),
      );
      return outcome.exitCode;
    }
    case "exception":
      say(io, "Exception raised!" + callStackText(outcome.callStack));
      return FAILURE_EXIT_CODE;
    case "stepLimit":
      say(
        io,
        `hs2stg: stopped after ${outcome.steps} steps: the step limit (-m) was reached`,
      );
      return STEP_LIMIT_EXIT;
    default: {
      const never: never = outcome;
      throw new Error(`unknown outcome ${String(never)}`);
    }
  }
}

function callStackText(stack: readonly string[]): string {
  if (stack.length === 0) return "";
  return (
    "\ncall stack (innermost first):\n" +
    stack.map((s) => `  ${closureText(s)}`).join("\n")
  );
}

/** A closure as errors name it: Haskell names, the encoded name beside (`Main.fac [fac_Main]`). */
function closureText(closure: string): string {
  const h = haskellText(closure);
  return h === closure ? closure : `${h} [${closure.split(" ")[0]}]`;
}
