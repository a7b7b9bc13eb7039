// Start-up: a hello world end to end, against runghc (issue 16, item 3).
//   hello, cold cache      nothing cached: GHC runs, the prelude index is built
//   hello, new program     the prelude index cached, this source never seen
//                          (what a user meets on a first run of a program)
//   hello, second run      the same source again: from the program cache
//   runghc hello           GHC's interpreter, the reference
//   hs2stg --version, ghc --version
// Each row is the median of N runs (`--full`: 9, else 5) of the command as a
// user types it (bin/hs2stg), with its own cache directory in /tmp. CPU time
// (user + system of the command and its children) comes from /usr/bin/time
// when it is installed. The machine is shared: read wall times with care.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIME = "/usr/bin/time";

function measure(cmd, args, env, cwd) {
  const timed = existsSync(TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(TIME, ["-f", "%U %S", cmd, ...args], {
        env,
        cwd,
        encoding: "utf8",
      })
    : spawnSync(cmd, args, { env, cwd, encoding: "utf8" });
  const wallMs = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  let cpuMs;
  if (timed) {
    const last = r.stderr.trim().split("\n").pop() ?? "";
    const [u, s] = last.split(" ").map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpuMs = (u + s) * 1000;
  }
  return { wallMs, cpuMs, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export default async function ({ root, args, log }) {
  const n = args.includes("--full") ? 9 : 5;
  // `npm run bench -- NAME`: this bench runs for `startup`, `hello` or `version`.
  const only = args.filter((a) => !a.startsWith("--"));
  if (
    only.length > 0 &&
    !only.some((o) =>
      ["startup", "hello", "version"].some((w) => w.includes(o)),
    )
  )
    return [];
  const bin = join(root, "bin/hs2stg");
  const work = mkdtempSync(join(tmpdir(), "hs2stg-startup-bench-"));
  const hello = join(work, "hello.hs");
  const src = 'main = putStrLn "hello"\n';
  writeFileSync(hello, src);
  const env = (cache) => ({ ...process.env, HS2STG_CACHE_DIR: cache });
  const rows = [];
  const row = (bench, runs, note = "") => {
    const r = {
      bench,
      wallMs: median(runs.map((x) => x.wallMs)),
      ...(runs.every((x) => x.cpuMs !== undefined)
        ? { cpuMs: median(runs.map((x) => x.cpuMs)) }
        : {}),
      note,
    };
    rows.push(r);
    return r;
  };
  try {
    const cold = [];
    for (let i = 0; i < n; i++) {
      const cache = mkdtempSync(join(work, "cold-"));
      cold.push(measure(bin, ["run", hello], env(cache), work));
      rmSync(cache, { recursive: true, force: true });
    }
    const shared = join(work, "cache");
    measure(bin, ["run", hello], env(shared), work); // fills the prelude index
    const fresh = [];
    for (let i = 0; i < n; i++) {
      // A program never seen: the same hello with a different comment.
      const file = join(work, `hello${i}.hs`);
      writeFileSync(file, `${src}-- ${i} ${Date.now()}\n`);
      fresh.push(measure(bin, ["run", file], env(shared), work));
    }
    const second = [];
    for (let i = 0; i < n; i++)
      second.push(measure(bin, ["run", hello], env(shared), work));
    const runghc = [];
    for (let i = 0; i < n; i++)
      runghc.push(measure("runghc", [hello], process.env, work));
    const version = [];
    for (let i = 0; i < n; i++)
      version.push(measure(bin, ["--version"], process.env, work));
    const ghcVersion = [];
    for (let i = 0; i < n; i++)
      ghcVersion.push(measure("ghc", ["--version"], process.env, work));

    const ref = row("runghc hello", runghc);
    const ratio = (r) => `${(r.wallMs / ref.wallMs).toFixed(2)}x runghc (wall)`;
    for (const [name, runs] of [
      ["hello, cold cache", cold],
      ["hello, new program", fresh],
      ["hello, second run", second],
    ]) {
      const r = row(name, runs);
      r.note = ratio(r);
    }
    row("hs2stg --version", version);
    row("ghc --version", ghcVersion);
    for (const r of rows)
      log(
        `${r.bench.padEnd(20)} ${r.wallMs.toFixed(0).padStart(6)} ms wall` +
          (r.cpuMs !== undefined
            ? ` ${r.cpuMs.toFixed(0).padStart(6)} ms cpu`
            : "") +
          (r.note !== "" ? `  ${r.note}` : ""),
      );
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
