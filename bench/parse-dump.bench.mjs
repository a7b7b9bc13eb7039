// Parse throughput of the GHC STG dump parser on a large dump: the examples/
// corpus compiled by GHC at -O0 and -O1, all dumps concatenated into one
// multi-module dump. Without GHC it falls back to the checked-in fixtures.
// Run: `npm run bench -- parse-dump`, or `node bench/parse-dump.bench.mjs`
// after `npm run build` (target: 10 MB/s).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLES = join(ROOT, "examples");
const FIXTURES = join(ROOT, "test", "fixtures", "dumps");

function ghcVersion() {
  try {
    return execFileSync("ghc", ["--numeric-version"], {
      encoding: "utf8",
    }).trim();
  } catch {
    return null;
  }
}

/** Standalone .hs files and NAME/Main.hs --make directories under examples/. */
function programs(dir, out = { singles: [], makes: [] }) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      // Its own Prelude module must not join the one-shot compile.
      if (entry === "ministg-article") continue;
      if (existsSync(join(path, "Main.hs"))) out.makes.push(path);
      else programs(path, out);
    } else if (entry.endsWith(".hs")) out.singles.push(path);
  }
  return out;
}

/** All corpus dumps concatenated; compiled once and cached in the temp dir. */
function corpusDump(version) {
  const { singles, makes } = programs(EXAMPLES);
  const hash = createHash("sha1").update(version);
  for (const f of [...singles, ...makes.flatMap((d) => listHs(d))])
    hash.update(f).update(readFileSync(f));
  const cache = join(
    tmpdir(),
    `hs2stg-bench-dumps-${hash.digest("hex").slice(0, 16)}.txt`,
  );
  if (existsSync(cache)) return readFileSync(cache, "utf8");
  const tmp = mkdtempSync(join(tmpdir(), "hs2stg-bench-"));
  try {
    const src = join(tmp, "src");
    mkdirSync(src);
    const names = singles.map((f) => {
      const copy = relative(EXAMPLES, f)
        .replace(/[/\\]/g, "__")
        .replace(/[^\w.]/g, "_");
      cpSync(f, join(src, copy));
      return copy;
    });
    const parts = [];
    for (const level of ["-O0", "-O1"]) {
      const out = join(tmp, level);
      const ghc = (args, cwd) =>
        execFileSync("ghc", args, {
          cwd,
          encoding: "utf8",
          maxBuffer: 1 << 30,
          stdio: ["ignore", "pipe", "pipe"],
        });
      ghc(
        [
          "-c",
          level,
          "-ddump-stg-final",
          "-ddump-to-file",
          "-outputdir",
          out,
          ...names,
        ],
        src,
      );
      for (const n of names)
        parts.push(
          readFileSync(
            join(out, n.replace(/\.hs$/, ".dump-stg-final")),
            "utf8",
          ),
        );
      for (const d of makes) {
        const copy = join(
          tmp,
          `${level}-${relative(EXAMPLES, d).replace(/[/\\]/g, "__")}`,
        );
        cpSync(d, copy, { recursive: true });
        parts.push(
          ghc(
            [
              "--make",
              level,
              "-no-link",
              "-ddump-stg-final",
              "-i.",
              "-outputdir",
              "out",
              "Main.hs",
            ],
            copy,
          ),
        );
      }
    }
    const text = parts.join("\n");
    writeFileSync(cache, text);
    return text;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function listHs(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(".hs"))
    .sort();
}

function fixtureDump() {
  return readdirSync(FIXTURES)
    .filter((f) => f.includes(".dump-stg") || f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), "utf8"))
    .join("\n");
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs the benchmark (bench/run-all.mjs calls it with { root, args, log });
 * returns one table row, the MB/s figures in its note.
 */
export default async function run({
  args = [],
  log = console.log,
  runs = 5,
} = {}) {
  const only = args.filter((a) => !a.startsWith("--"));
  if (only.length > 0 && !only.some((o) => "parse-dump".includes(o))) return [];
  const { parseGhcDump } = await import(
    join(ROOT, "dist", "parse-ghc-dump", "index.js")
  );
  const version = ghcVersion();
  const text = version === null ? fixtureDump() : corpusDump(version);
  const source =
    version === null
      ? "checked-in fixture dumps (GHC not found)"
      : `examples/ corpus, GHC ${version} -O0 and -O1`;
  const mb = Buffer.byteLength(text) / 1e6;
  let dump = parseGhcDump(text, "corpus"); // warm-up
  parseGhcDump(text, "corpus");
  const wallMs = [];
  const cpuMs = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    dump = parseGhcDump(text, "corpus");
    wallMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  const wall = median(wallMs);
  const cpu = median(cpuMs);
  const groups = dump.modules.reduce((n, m) => n + m.bindings.length, 0);
  const rate = (ms) => (mb / (ms / 1000)).toFixed(1);
  const note = `${mb.toFixed(2)} MB: ${rate(wall)} MB/s wall, ${rate(cpu)} MB/s cpu (target 10)`;
  log(
    `parse-dump: ${source}; ${dump.modules.length} modules, ${groups} top-level groups; ` +
      `median of ${runs}: ${note}`,
  );
  return [
    { bench: "parse-dump", variant: "corpus", wallMs: wall, cpuMs: cpu, note },
  ];
}

export { run };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await run();
