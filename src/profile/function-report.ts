// `hs2stg run --profile[=FILE]`: the function profile as a table (stderr or
// FILE) or as JSON (FILE ending in .json).
import { writeFileSync } from "node:fs";
import { UserError } from "../errors.js";
import type { StepProfileHook } from "../ministg/machine/step-profile.js";
import {
  FunctionProfiler,
  allocated,
  type FunctionCost,
  type FunctionProfile,
} from "./functions.js";

/** Rows the table on stderr shows (a file gets every row). */
export const STDERR_ROWS = 25;

const num = (n: number) => n.toLocaleString("en-US");
const pct = (n: number, of: number) =>
  of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`;

/** The profile as a table, most steps first; `limit` rows, then a summary of the rest. */
export function formatFunctionProfile(
  p: FunctionProfile,
  decode: (name: string) => string,
  limit = Infinity,
): string {
  const totalAlloc = p.functions.reduce((s, c) => s + allocated(c), 0);
  const head = [
    "function",
    "entries",
    "steps",
    "%steps",
    "allocated",
    "%alloc",
    "thunks",
  ];
  const row = (c: FunctionCost) => [
    decode(c.binding),
    num(c.entries),
    num(c.steps),
    pct(c.steps, p.steps),
    num(allocated(c)),
    pct(allocated(c), totalAlloc),
    num(c.alloc.THUNK),
  ];
  const shown = p.functions.slice(0, limit);
  const rows = [head, ...shown.map(row)];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  const out = [
    `profile: ${num(p.steps)} steps, ${num(totalAlloc)} objects allocated, ${num(p.functions.length)} functions (steps and allocations of each function's own code, callees not included)`,
    ...rows.map(line),
  ];
  const rest = p.functions.slice(limit);
  if (rest.length > 0) {
    const steps = rest.reduce((s, c) => s + c.steps, 0);
    out.push(
      `(${num(rest.length)} more functions: ${num(steps)} steps, ${pct(steps, p.steps)})`,
    );
  }
  return out.join("\n") + "\n";
}

/** The profile as JSON: every function with its Haskell and miniSTG names. */
export function functionProfileJson(
  p: FunctionProfile,
  decode: (name: string) => string,
): string {
  return (
    JSON.stringify(
      {
        steps: p.steps,
        functions: p.functions.map((c) => ({
          function: decode(c.binding),
          binding: c.binding,
          entries: c.entries,
          steps: c.steps,
          allocated: allocated(c),
          alloc: c.alloc,
        })),
      },
      null,
      1,
    ) + "\n"
  );
}

export interface FunctionProfileSession {
  readonly hook: StepProfileHook;
  /** Writes the profile where --profile asked. */
  write(): void;
}

/** `out`: true for a table on stderr, or the file to write. */
export function startFunctionProfile(
  out: true | string,
  decode: (name: string) => string,
): FunctionProfileSession {
  const profiler = new FunctionProfiler();
  return {
    hook: profiler,
    write() {
      const p = profiler.result();
      if (out === true) {
        process.stderr.write(formatFunctionProfile(p, decode, STDERR_ROWS));
        return;
      }
      const text = out.toLowerCase().endsWith(".json")
        ? functionProfileJson(p, decode)
        : formatFunctionProfile(p, decode);
      try {
        writeFileSync(out, text);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new UserError(`--profile ${out}: cannot write: ${why}`);
      }
      process.stderr.write(
        `hs2stg: profile: ${out} (${p.functions.length} functions, ${p.steps.toLocaleString("en-US")} steps)\n`,
      );
    },
  };
}
