// How a traced run ended, in words: ministg's terms for miniSTG programs,
// Haskell's for translated ones (`main returned (); exit code 0`).
import type { RunOutcome } from "../ministg/run-api.js";
import { haskellPieces, moduleOf } from "./haskell-names.js";

/** The outcome; `translated` says it in Haskell terms. */
export function outcomeText(o: RunOutcome, translated = false): string {
  switch (o.kind) {
    case "value":
      return translated
        ? `main returned ${mainResult(o.text)}; exit code 0`
        : `value ${o.text}`;
    case "error":
      return translated
        ? `${o.message}; exit code ${o.exitCode}`
        : `error: ${o.message}`;
    case "exception":
      return translated
        ? "main raised an exception nothing caught; exit code 1"
        : "exception raised";
    case "exit":
      return translated
        ? `the program exited (exitWith); exit code ${o.exitCode}`
        : `exit ${o.exitCode}`;
    case "stepLimit":
      return `stopped at the step limit (${o.steps} steps)`;
    default: {
      const never: never = o;
      return String(never);
    }
  }
}

/**
 * The value an IO action returned: the machine ends on `(# s, v #)`, shown
 * as `(Z1H v)`; v is shown with unqualified Haskell names (`()`).
 */
function mainResult(text: string): string {
  const m = /^\(Z1H (.*)\)$/s.exec(text.trim());
  const v = m === null ? text : m[1]!;
  return haskellPieces(v)
    .map((p) => {
      if (p.encoded === undefined) return p.text;
      const mod = moduleOf(p.text);
      return mod === undefined ? p.text : p.text.slice(mod.length + 1);
    })
    .join("");
}
