// One measured run for memory.bench.mjs, in a process of its own:
// `node --expose-gc child.mjs ROOT DUMPS.json SOURCE`. Converts the dumps,
// collects, resets the peak RSS (/proc/self/clear_refs), runs the machine
// and prints one JSON line: the process's peak RSS over its whole life
// (as /usr/bin/time sees it) is measured by the parent; this gives the RSS
// before the run and the peak during it, in KB, and the program's stdout.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [root, dumpsFile, source] = process.argv.slice(2);
// What bin/hs2stg does first (src/cli-main.ts).
const { smallYoungGeneration } = await import(
  join(root, "dist/ministg/machine/limits.js")
);
smallYoungGeneration();
const { convertDumps, runConverted } = await import(
  join(root, "dist/pipeline/in-memory.js")
);
const program = convertDumps(
  JSON.parse(readFileSync(dumpsFile, "utf8")),
  source,
);
globalThis.gc?.();
const status = () => readFileSync("/proc/self/status", "utf8");
const kb = (text, key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)[1]);
let reset = true;
try {
  writeFileSync("/proc/self/clear_refs", "5");
} catch {
  reset = false;
}
const before = kb(status(), "VmRSS");
const r = runConverted(program, {});
const after = status();
process.stdout.write(
  JSON.stringify({
    beforeKb: before,
    runPeakKb: reset ? kb(after, "VmHWM") : null,
    exitCode: r.exitCode,
    steps: r.stats.steps,
    wallMs: r.stats.wallMs,
    stdout: Buffer.from(r.stdout).toString("utf8"),
  }) + "\n",
);
