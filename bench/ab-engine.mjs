// A/B of two builds of the machine on the real programs (bench/programs/*.hs),
// in CPU time: the way to tell a change of the engine's cost per step from
// the noise of a loaded machine. Not part of `npm run bench`.
//
//   node bench/ab-engine.mjs save NAME      keep the current dist/ as build NAME
//   node bench/ab-engine.mjs compare NAME [--rounds N] [--reps N] [--new-env K=V] [prog...]
//
// `save` copies dist/ and preludes/ to bench/out/ab/NAME/ beside links to
// the rest of the repository (a build finds preludes/ next to its dist/). `compare` runs
// each program on NAME and on the current dist/ in fresh processes, taking
// turns (NAME, new, new, NAME, ...: a machine whose load changes slows both
// alike), each process running it --reps times; per build the fastest run
// counts (user + system CPU of runConverted alone, not loading or GHC). It
// prints per program both times, their ratio and the steps (which must be
// equal), then the median and geometric mean of the ratios. GHC builds each
// program once; its dumps and the native binary's stdout are kept in
// bench/out/ab/dumps/, and a run whose output differs is reported.
// `--new NAME2` compares against saved build NAME2 instead of dist/.
// `--new-env K=V` (repeatable) sets a variable for the new build's runs only:
// `save off` then `compare off --new-env HS2STG_JIT=1` measures the compiling
// tier against the interpreter on one build.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bench/out/ab");
const [cmd, ...rest] = process.argv.slice(2);

if (cmd === "save") save(rest[0]);
else if (cmd === "compare") await compare(rest);
else if (cmd === "child") await child(rest);
else {
  console.error(
    "usage: node bench/ab-engine.mjs save NAME | compare NAME [--rounds N] [--reps N] [prog...]",
  );
  process.exit(2);
}

function save(name) {
  if (!name) throw new Error("save: a name for the build");
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // preludes/ copied too: linked, the saved build would run the preludes
  // of the working tree, and an A/B of a prelude change compare nothing.
  for (const e of readdirSync(root))
    if (e !== "dist" && e !== "bench" && e !== "preludes")
      symlinkSync(join(root, e), join(dir, e));
  cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
  cpSync(join(root, "preludes"), join(dir, "preludes"), { recursive: true });
  console.log(`saved dist/ as ${dir}`);
}

async function compare(args) {
  const name = args[0];
  const base = join(out, name ?? "", "dist");
  if (!name || !existsSync(base)) throw new Error(`no saved build ${name}`);
  const opt = (flag, d) => {
    const i = args.indexOf(flag);
    return i < 0 ? d : Number(args[i + 1]);
  };
  const rounds = opt("--rounds", 2);
  // one run a process by default: a second run in the same process reuses
  // the compiling tier's code (and V8's feedback), which a plain run never has
  const reps = opt("--reps", 1);
  const progDir = join(root, "bench/programs");
  const skip = new Set(["--rounds", "--reps", "--new-env", "--new"]);
  const newEnv = { ...process.env };
  args.forEach((a, i) => {
    if (a !== "--new-env") return;
    const [k, ...v] = args[i + 1].split("=");
    newEnv[k] = v.join("=");
  });
  const named = args
    .slice(1)
    .filter((a, i, xs) => !skip.has(a) && !skip.has(xs[i - 1]));
  const programs =
    named.length > 0
      ? named
      : readdirSync(progDir)
          .filter((f) => f.endsWith(".hs"))
          .map((f) => f.slice(0, -3))
          .sort();
  await prepareDumps(programs, progDir);
  const newName = args[args.indexOf("--new") + 1];
  const builds = {
    [name]: base,
    new: args.includes("--new")
      ? join(out, newName, "dist")
      : join(root, "dist"),
  };
  const ratios = [];
  const mainRatios = [];
  for (const prog of programs) {
    const best = {};
    const main = {};
    const steps = {};
    let ok = true;
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [name, "new"] : ["new", name];
      for (const b of order) {
        const p = spawnSync(
          process.execPath,
          [
            fileURLToPath(import.meta.url),
            "child",
            builds[b],
            prog,
            String(reps),
          ],
          {
            encoding: "utf8",
            maxBuffer: 1 << 28,
            env: b === "new" ? newEnv : process.env,
          },
        );
        if (p.status !== 0) {
          console.log(`  ${prog} on ${b}: failed: ${p.stderr.slice(0, 400)}`);
          ok = false;
          continue;
        }
        for (const x of JSON.parse(p.stdout)) {
          best[b] = Math.min(best[b] ?? Infinity, x.cpuMs);
          main[b] = Math.min(main[b] ?? Infinity, x.mainMs);
          steps[b] = x.steps;
          ok &&= x.same;
        }
      }
    }
    const ratio = best.new / best[name];
    if (Number.isFinite(ratio)) ratios.push(ratio);
    const mainRatio = main.new / main[name];
    if (Number.isFinite(mainRatio)) mainRatios.push(mainRatio);
    console.log(
      `${prog.padEnd(10)} ${name} ${best[name]?.toFixed(0)} ms, new ${best.new?.toFixed(0)} ms: ${ratio.toFixed(3)}x; ` +
        `main thread ${main[name]?.toFixed(0)}/${main.new?.toFixed(0)} ms: ${mainRatio.toFixed(3)}x; ` +
        `${steps.new} steps${steps.new === steps[name] ? "" : ` (${name}: ${steps[name]})`}` +
        (ok ? "" : "; OUTPUT DIFFERS OR A RUN FAILED"),
    );
  }
  const summary = (what, rs) => {
    if (rs.length === 0) return;
    const s = [...rs].sort((a, b) => a - b);
    const m = s.length >> 1;
    const median = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    const geo = Math.exp(s.reduce((t, x) => t + Math.log(x), 0) / s.length);
    console.log(
      `new/${name} (${what}): median ${median.toFixed(3)}x, geometric mean ${geo.toFixed(3)}x over ${s.length} programs`,
    );
  };
  summary("process CPU", ratios);
  summary("main thread CPU", mainRatios);
}

/** GHC's dumps of each program and its native stdout, made once. */
async function prepareDumps(programs, progDir) {
  const dumps = join(out, "dumps");
  mkdirSync(dumps, { recursive: true });
  let compile = null;
  for (const prog of programs) {
    const file = join(dumps, `${prog}.json`);
    if (existsSync(file)) continue;
    compile ??= (await import(join(root, "dist/ghc/index.js")))
      .compileNativeWithDumps;
    const source = join(progDir, `${prog}.hs`);
    const built = await compile(source, {
      outDir: join(out, "build", prog),
      onGhcOutput: () => {},
    });
    const r = spawnSync(built.exe, [], { maxBuffer: 1 << 28 });
    writeFileSync(
      file,
      JSON.stringify({
        source,
        dumps: built.dumps,
        expected: r.stdout.toString("latin1"),
      }),
    );
  }
}

/**
 * CPU time of the calling thread in ns (Linux's schedstat), NaN elsewhere:
 * the run without V8's background compiler and collector threads, which on
 * an idle machine of several cores run beside it.
 */
function mainThreadNs() {
  try {
    return Number(
      readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0],
    );
  } catch {
    return NaN;
  }
}

/** One process: `reps` runs of one program on the build in `dist`. */
async function child([dist, prog, reps]) {
  const { convertDumps, runConverted } = await import(
    join(dist, "pipeline/in-memory.js")
  );
  const d = JSON.parse(
    readFileSync(join(out, "dumps", `${prog}.json`), "utf8"),
  );
  const program = convertDumps(d.dumps, d.source);
  const res = [];
  for (let i = 0; i < Number(reps); i++) {
    const c0 = process.cpuUsage();
    const m0 = mainThreadNs();
    const r = runConverted(program, {});
    const cu = process.cpuUsage(c0);
    res.push({
      cpuMs: (cu.user + cu.system) / 1000,
      mainMs: (mainThreadNs() - m0) / 1e6,
      steps: r.stats.steps,
      same:
        r.exitCode === 0 &&
        Buffer.from(r.stdout).toString("latin1") === d.expected,
    });
  }
  process.stdout.write(JSON.stringify(res));
}
