// Real programs of ours (bench/programs/*.hs), each measured in one run
// three ways, back to back so that the load of a shared machine affects all
// three alike:
// - native: the GHC-built -O0 executable (best of 3, process start included);
// - GHCi: `ghc -e main prog.hs` minus `ghc -e 'return ()'` (GHC's bytecode
//   interpreter; the program's compilation to bytecode counts), each the
//   faster of two runs, measured next to each other;
// - ours: the machine alone (GHC, parsing, lowering and linking excluded),
//   and end to end (`hs2stg run prog.hs` as a user runs it).
// The program's output must be the native binary's, byte for byte: a
// difference fails the bench. Prints per program the times, steps, M
// steps/s and the ratios ours/GHCi and ours/native, then their medians.
//
// `npm run bench -- ghci` runs only this bench; `npm run bench -- ghci nfib
// queens` only those programs; `--no-e2e` skips the end-to-end runs;
// `--cpu` measures CPU time (user + system; /usr/bin/time for the
// processes) instead of wall time, steadier on a loaded machine;
// `--big-young` lets V8 grow the young generation as it likes (the machine
// then runs as it never does from the command line: for comparisons).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default async function ghciBench({ root, args, log }) {
  const names = args.filter((a) => !a.startsWith("--"));
  // run-all passes every argument to every bench: a run filtered to other benches skips this one.
  if (names.length > 0 && !names.includes("ghci")) return [];
  const only = names.filter((n) => n !== "ghci");
  const e2e = !args.includes("--no-e2e");
  cpuMode = args.includes("--cpu");
  if (spawnSync("ghc", ["--numeric-version"]).status !== 0) {
    log("ghci bench: GHC is not installed (apt-get install -y ghc); skipped");
    return [];
  }
  const { compileNativeWithDumps } = await import(
    join(root, "dist/ghc/index.js")
  );
  const { convertDumps, runConverted } = await import(
    join(root, "dist/pipeline/in-memory.js")
  );
  // The young generation `hs2stg run` has (bin/hs2stg keeps it small for
  // the whole process): grown while loading, it stays grown, and the
  // machine would run here with 16 MiB semi-spaces a user's run never gets.
  if (!args.includes("--big-young")) {
    const { smallYoungGeneration } = await import(
      join(root, "dist/ministg/machine/limits.js")
    );
    smallYoungGeneration();
  }
  const dir = join(root, "bench/programs");
  const programs = readdirSync(dir)
    .filter((f) => f.endsWith(".hs"))
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const work = mkdtempSync(join(tmpdir(), "hs2stg-ghci-bench-"));
  const rows = [];
  const vsGhci = [];
  const vsNative = [];
  const e2eVsGhci = [];
  let failures = 0;
  try {
    for (const name of programs) {
      const source = join(dir, `${name}.hs`);
      let built;
      try {
        built = await compileNativeWithDumps(source, {
          outDir: join(work, name),
          onGhcOutput: () => {},
        });
      } catch (err) {
        log(`  ${name}: GHC build failed: ${firstLine(err)}`);
        failures++;
        continue;
      }
      let expected = null;
      // /usr/bin/time counts CPU time in 10 ms units: never below one.
      const nativeMs = Math.max(
        cpuMode ? 10 : 0,
        bestOf(3, () => {
          const r = timed(built.exe, []);
          expected = r.stdout;
          return r.ms;
        }),
      );
      // GHCi's start varies with the load: measured next to each program,
      // twice each (interleaved), the faster run counting.
      let ghci = null;
      let base = Infinity;
      for (let i = 0; i < 2; i++) {
        base = Math.min(base, timed("ghc", ["-e", "return ()"]).ms);
        const g = timed("ghc", ["-e", "main", source]);
        if (ghci === null || g.ms < ghci.ms) ghci = g;
      }
      const ghciMs = Math.max(1, ghci.ms - base);
      let program;
      try {
        program = convertDumps(built.dumps, source);
      } catch (err) {
        log(`  ${name}: not converted: ${firstLine(err)}`);
        failures++;
        continue;
      }
      const c0 = process.cpuUsage();
      const r = runConverted(program, {});
      const cu = process.cpuUsage(c0);
      const oursMs = cpuMode ? (cu.user + cu.system) / 1000 : r.stats.wallMs;
      const same =
        r.exitCode === 0 && Buffer.from(r.stdout).equals(expected ?? "");
      if (!same) {
        failures++;
        log(`  ${name}: OUTPUT DIFFERS from the native binary's`);
      }
      if (!ghci.stdout.equals(expected ?? Buffer.alloc(0)))
        log(`  ${name}: note: GHCi's output differs from the native binary's`);
      let e2eMs;
      if (e2e) {
        const e = timed(join(root, "bin/hs2stg"), ["run", source]);
        e2eMs = e.ms;
        if (!e.stdout.equals(expected)) {
          failures++;
          log(`  ${name}: end-to-end output differs from the native binary's`);
        }
        e2eVsGhci.push(e2eMs / ghci.ms);
      }
      vsGhci.push(oursMs / ghciMs);
      vsNative.push(oursMs / nativeMs);
      const steps = r.stats.steps;
      rows.push({
        bench: `ghci ${name}`,
        variant: "PE",
        steps,
        wallMs: oursMs,
        note:
          `native ${nativeMs.toFixed(0)} ms, ghci ${ghciMs.toFixed(0)} ms (ghc -e 'return ()' ${base.toFixed(0)})` +
          (e2eMs !== undefined
            ? `, e2e ${e2eMs.toFixed(0)} ms (ghc -e ${ghci.ms.toFixed(0)})`
            : "") +
          `; ours/ghci ${(oursMs / ghciMs).toFixed(2)}x, ours/native ${(oursMs / nativeMs).toFixed(1)}x` +
          (same ? "" : "; OUTPUT DIFFERS"),
      });
      log(
        `  ${name}: ours ${oursMs.toFixed(0)} ms (${(steps / oursMs / 1000).toFixed(1)} M steps/s), ghci ${ghciMs.toFixed(0)} ms, native ${nativeMs.toFixed(0)} ms`,
      );
    }
    if (vsGhci.length > 0) {
      const note =
        `median ours/ghci ${median(vsGhci).toFixed(2)}x, ours/native ${median(vsNative).toFixed(1)}x` +
        (e2eVsGhci.length > 0
          ? `, end to end / ghc -e ${median(e2eVsGhci).toFixed(2)}x`
          : "");
      rows.push({
        bench: `ghci median (${vsGhci.length} programs)`,
        variant: "PE",
        wallMs: rows.reduce((s, r) => s + r.wallMs, 0),
        note,
      });
      log(`ghci bench: ${vsGhci.length} programs, ${note}`);
    }
    if (failures > 0) {
      log(`ghci bench: ${failures} program(s) failed`);
      process.exitCode = 1;
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** --cpu: every time is CPU time (user + system), not wall time. */
let cpuMode = false;

/** Runs a command to completion; its time (see cpuMode) and stdout. */
function timed(cmd, argv) {
  if (cpuMode) {
    const r = spawnSync("/usr/bin/time", ["-f", "%U %S", cmd, ...argv], {
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1 << 28,
    });
    const lines = r.stderr.toString("utf8").trim().split("\n");
    const [user, sys] = lines[lines.length - 1].split(" ").map(Number);
    return { ms: (user + sys) * 1000, stdout: r.stdout, status: r.status };
  }
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 1 << 28,
  });
  return { ms: performance.now() - t0, stdout: r.stdout, status: r.status };
}

function bestOf(n, measure) {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, measure());
  return best;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function firstLine(err) {
  return String(err?.message ?? err).split("\n")[0];
}
