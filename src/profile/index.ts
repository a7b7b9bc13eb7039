// --heap-profile FILE.html: the census hook for the machine and, once the
// run is over, the page written from what it gathered.
import { writeFileSync } from "node:fs";
import { UserError } from "../errors.js";
import type { CensusHook } from "../ministg/machine/census.js";
import { renderProfilePage } from "./page.js";
import { HeapProfiler } from "./profiler.js";

export { HeapProfiler, type HeapProfile } from "./profiler.js";
export { renderProfilePage } from "./page.js";

export interface HeapProfileSession {
  readonly census: CensusHook;
  /** Writes the page; `exitCode` is how the run ended. */
  write(exitCode: number): void;
}

export function startHeapProfile(
  file: string,
  program: string,
  decode: (name: string) => string,
): HeapProfileSession {
  const profiler = new HeapProfiler(decode);
  const started = performance.now();
  return {
    census: profiler,
    write(exitCode) {
      const runMs = performance.now() - started;
      const p = profiler.result();
      const html = renderProfilePage(p, {
        program,
        steps: p.steps[p.steps.length - 1] ?? 0,
        outcome: `exit code ${exitCode}`,
        runMs,
      });
      try {
        writeFileSync(file, html);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new UserError(`--heap-profile ${file}: cannot write: ${why}`);
      }
      process.stderr.write(
        `hs2stg: heap profile: ${file} (${p.censuses} censuses, ${p.censusMs.toFixed(0)} ms of ${runMs.toFixed(0)} ms)\n`,
      );
    },
  };
}
