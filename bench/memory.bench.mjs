// Peak memory of the machine against the GHC-built -O0 binary on the
// programs in bench/memory/ (a 2,000,000-frame non-tail recursion, a
// 10^7-element lazy list, foldr then foldl over 2,000,000 elements).
// Native: the executable's peak RSS (/usr/bin/time -f %M). Ours: a Node
// process that converts the GHC dumps and runs them (memory/child.mjs); we
// report its peak RSS over its whole life and the peak during the run alone
// (after a collection and a reset of the high-water mark), against the
// target max(2 x native, native + 100 MB). Outputs must agree.
// `npm run bench -- memory` runs only this bench; `npm run bench -- memory deep`
// only that program.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default async function memoryBench({ root, args, log }) {
  const names = args.filter((a) => !a.startsWith("--"));
  if (names.length > 0 && !names.includes("memory")) return [];
  const only = names.filter((n) => n !== "memory");
  if (spawnSync("ghc", ["--numeric-version"]).status !== 0) {
    log("memory bench: GHC is not installed; skipped");
    return [];
  }
  const { compileNativeWithDumps } = await import(
    join(root, "dist/ghc/index.js")
  );
  const dir = join(root, "bench/memory");
  const programs = readdirSync(dir)
    .filter((f) => f.endsWith(".hs"))
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const work = mkdtempSync(join(tmpdir(), "hs2stg-memory-bench-"));
  const rows = [];
  let failures = 0;
  try {
    for (const name of programs) {
      const source = join(dir, `${name}.hs`);
      const built = await compileNativeWithDumps(source, {
        outDir: join(work, name),
        onGhcOutput: () => {},
      });
      const native = peakOf(built.exe, []);
      const dumpsFile = join(work, `${name}.json`);
      writeFileSync(dumpsFile, JSON.stringify(built.dumps));
      const ours = peakOf(process.execPath, [
        "--expose-gc",
        join(dir, "child.mjs"),
        root,
        dumpsFile,
        source,
      ]);
      let run;
      try {
        run = JSON.parse(ours.stdout);
      } catch {
        log(`  ${name}: our run failed (exit ${ours.status})`);
        failures++;
        continue;
      }
      if (run.stdout !== native.stdout || run.exitCode !== 0) {
        log(`  ${name}: OUTPUT DIFFERS from the native binary's`);
        failures++;
      }
      const target = Math.max(2 * native.peakKb, native.peakKb + 100 * 1024);
      const mb = (kb) => (kb / 1024).toFixed(0);
      const note =
        `native ${mb(native.peakKb)} MB; ours ${mb(ours.peakKb)} MB (${(ours.peakKb / native.peakKb).toFixed(1)}x), ` +
        `the run itself +${run.runPeakKb === null ? "?" : mb(run.runPeakKb - run.beforeKb)} MB over ${mb(run.beforeKb)} MB loaded; ` +
        `target ${mb(target)} MB: ${ours.peakKb <= target ? "met" : run.runPeakKb !== null && run.runPeakKb - run.beforeKb <= target ? "met by the run's own growth" : "MISSED"}`;
      log(`  ${name}: ${note}`);
      rows.push({
        bench: `memory ${name}`,
        variant: "PE",
        steps: run.steps,
        wallMs: run.wallMs,
        note,
      });
    }
    if (failures > 0) process.exitCode = 1;
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a command under /usr/bin/time: its peak RSS in KB and its stdout. */
function peakOf(cmd, argv) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...argv], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const lines = r.stderr.trim().split("\n");
  return {
    peakKb: Number(lines[lines.length - 1]),
    stdout: r.stdout,
    status: r.status,
  };
}
