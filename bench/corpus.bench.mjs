// The examples corpus: per program, our run time (the machine only: GHC,
// parsing, lowering and linking excluded) against the GHC-built native
// executable's (-O0, process start included, as a user would see it), and
// the median ratio. `npm run bench -- corpus` runs only this bench;
// `npm run bench -- corpus fib hanoi` only those programs.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GHC_JOBS = 2;

export default async function corpusBench({ root, args, log }) {
  const names = args.filter((a) => !a.startsWith("--"));
  // run-all passes every argument to every bench: a run filtered to other benches skips this one.
  if (names.length > 0 && !names.includes("corpus")) return [];
  const only = names.filter((n) => n !== "corpus");
  const { compileNativeWithDumps } = await import(
    join(root, "dist/ghc/index.js")
  );
  const { convertDumps, runConverted } = await import(
    join(root, "dist/pipeline/in-memory.js")
  );
  if (spawnSync("ghc", ["--numeric-version"]).status !== 0) {
    log("corpus bench: GHC is not installed (apt-get install -y ghc); skipped");
    return [];
  }
  const programs = corpusPrograms(join(root, "examples")).filter(
    (p) => only.length === 0 || only.includes(p.name),
  );
  const work = mkdtempSync(join(tmpdir(), "hs2stg-corpus-bench-"));
  try {
    const built = new Map();
    let next = 0;
    const worker = async () => {
      while (next < programs.length) {
        const p = programs[next++];
        try {
          built.set(
            p.name,
            await compileNativeWithDumps(p.source, {
              outDir: join(work, p.name),
              onGhcOutput: () => {},
            }),
          );
        } catch (err) {
          built.set(p.name, { error: String(err.message ?? err) });
        }
      }
    };
    await Promise.all(Array.from({ length: GHC_JOBS }, worker));

    const rows = [];
    const ratios = [];
    for (const p of programs) {
      const b = built.get(p.name);
      if (b.error !== undefined) {
        log(`  ${p.name}: GHC build failed: ${b.error.split("\n")[0]}`);
        continue;
      }
      const nativeMs = bestOf(3, () => {
        const t0 = performance.now();
        spawnSync(b.exe, p.args, {
          input: p.stdin,
          stdio: ["pipe", "ignore", "ignore"],
        });
        return performance.now() - t0;
      });
      let program;
      try {
        program = convertDumps(b.dumps, p.source);
      } catch (err) {
        log(
          `  ${p.name}: not converted: ${String(err.message ?? err).split("\n")[0]}`,
        );
        continue;
      }
      // Two runs (the first also warms the JIT); the faster one counts.
      let steps = 0;
      let exitCode = 0;
      const oursMs = bestOf(2, () => {
        const r = runConverted(program, { stdin: p.stdin, args: p.args });
        steps = r.stats.steps;
        exitCode = r.exitCode;
        return r.stats.wallMs;
      });
      const ratio = oursMs / nativeMs;
      ratios.push(ratio);
      rows.push({
        bench: `corpus ${p.name}`,
        variant: "O0",
        steps,
        wallMs: oursMs,
        note: `native ${nativeMs.toFixed(1)} ms, ratio ${ratio.toFixed(1)}x${exitCode !== 0 ? `, exit ${exitCode}` : ""}`,
      });
    }
    if (ratios.length > 0) {
      const med = median(ratios);
      const totalOurs = rows.reduce((s, r) => s + r.wallMs, 0);
      rows.push({
        bench: `corpus median ratio (${ratios.length} programs)`,
        variant: "O0",
        wallMs: totalOurs,
        note: `median ours/native ${med.toFixed(1)}x (wall ms = our total)`,
      });
      log(
        `corpus: ${ratios.length} programs, median ratio ours/native ${med.toFixed(1)}x`,
      );
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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

/** examples/NAME.hs and examples/NAME/Main.hs, with NAME.stdin and NAME.args (one per line). */
function corpusPrograms(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    let name;
    let source;
    if (statSync(path).isDirectory()) {
      if (entry === "parse" || !existsSync(join(path, "Main.hs"))) continue;
      name = entry;
      source = join(path, "Main.hs");
    } else if (entry.endsWith(".hs")) {
      name = entry.slice(0, -3);
      source = path;
    } else continue;
    const stdinPath = join(dir, `${name}.stdin`);
    const argsPath = join(dir, `${name}.args`);
    const argLines = existsSync(argsPath)
      ? readFileSync(argsPath, "utf8").split("\n")
      : [];
    if (argLines[argLines.length - 1] === "") argLines.pop();
    out.push({
      name,
      source,
      stdin: existsSync(stdinPath) ? readFileSync(stdinPath) : Buffer.alloc(0),
      args: argLines,
    });
  }
  return out;
}
