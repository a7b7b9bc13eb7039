// The -t trace directory: created when missing; reused only when everything
// in it is ours (an earlier trace), so a user's files are never overwritten
// or mixed with step pages unless --force says so.
import { mkdirSync, readdirSync, rmSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";

export const STEP_PAGE = /^step\d+\.html$/;
const OUR_FILES = new Set(["index.html", "trace.css"]);

export function isTraceFile(name: string): boolean {
  return STEP_PAGE.test(name) || OUR_FILES.has(name);
}

function statOrUndefined(dir: string): Stats | undefined {
  try {
    return statSync(dir);
  } catch {
    return undefined;
  }
}

/**
 * Checks, without touching anything, that `dir` can take a trace: it is
 * missing or a directory holding only an earlier trace (or `force`). Called
 * before the program loads, so a bad --tracedir fails early and a program
 * that never starts leaves the directory as it was.
 */
export function checkTraceDir(dir: string, force: boolean): void {
  const st = statOrUndefined(dir);
  if (st === undefined) return;
  if (!st.isDirectory())
    throw new UserError(
      `${dir}: exists and is not a directory; choose another --tracedir`,
    );
  const entries = readdirSync(dir);
  const foreign = entries.filter((n) => !isTraceFile(n));
  if (foreign.length > 0 && !force) {
    const shown = foreign.slice(0, 3).join(", ");
    const more = foreign.length > 3 ? ` and ${foreign.length - 3} more` : "";
    throw new UserError(
      `${dir}: the trace directory holds files that are not from a trace (${shown}${more}); choose another --tracedir or pass --force to write there anyway`,
    );
  }
}

/** Makes `dir` ready for a new trace: creates it, or empties it of an older trace. */
export function prepareTraceDir(dir: string, force: boolean): void {
  if (statOrUndefined(dir) === undefined) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new UserError(`${dir}: cannot create the trace directory: ${why}`);
    }
    return;
  }
  checkTraceDir(dir, force);
  // Pages of an earlier trace would be stale: remove them (ours only).
  for (const n of readdirSync(dir))
    if (isTraceFile(n)) rmSync(join(dir, n), { force: true });
}
