// A cache of what the prelude generators ask GHC (compiles of libraries/ and
// `ghc --show-iface` texts), so `--check` runs (test/preludes/
// regenerate.test.ts) do not recompile what has not changed. An entry is
// keyed by everything GHC's answer depends on: GHC's version, the arguments
// (the run's temporary directory replaced by a placeholder) and the path and
// content of every input file (the libraries' sources, an interface file).
// Our own lowering still runs on every check, so a checked-in file that
// differs from what the generator would write still fails it. The cache lives
// beside the test harness's (`$XDG_CACHE_HOME/hs2stg/gen-ghc`, else
// `~/.cache/...`); HS2STG_NO_CACHE=1 turns it off.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

const DIR =
  process.env["HS2STG_NO_CACHE"] === "1"
    ? null
    : join(
        process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"),
        "hs2stg",
        "gen-ghc",
      );

let version;
function ghcVersion() {
  version ??= execFileSync("ghc", ["--numeric-version"], {
    encoding: "utf8",
  }).trim();
  return version;
}

function key(parts) {
  const h = createHash("sha256");
  for (const p of [ghcVersion(), ...parts]) {
    h.update(String(p.length));
    h.update(":");
    h.update(p);
  }
  return h.digest("hex");
}

function read(k) {
  if (DIR === null) return undefined;
  try {
    return JSON.parse(readFileSync(join(DIR, `${k}.json`), "utf8"));
  } catch {
    return undefined;
  }
}

function write(k, value) {
  if (DIR === null) return;
  try {
    mkdirSync(DIR, { recursive: true });
    const tmp = join(DIR, `${k}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(DIR, `${k}.json`)); // atomic: readers see all or nothing
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Every file under `dir` (relative paths, sorted). */
function filesUnder(dir, rel = "") {
  const out = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort(
    (a, b) => (a.name < b.name ? -1 : 1),
  )) {
    const r = rel === "" ? e.name : join(rel, e.name);
    if (e.isDirectory()) out.push(...filesUnder(dir, r));
    else out.push(r);
  }
  return out;
}

/**
 * `ghc args` run in `cwd` for its output files: those under `outDir` whose
 * names end in one of `keep` (e.g. `.hi`, `.dump-stg-final`). Without a
 * cache entry GHC runs; with one, the files are written as GHC wrote them.
 * `inputs` are the directories whose files GHC reads (each file's path and
 * content is in the key). Paths in the key are made independent of the
 * checkout (`root`) and of the run's temporary directory (`temp`).
 */
export function ghcMake(args, { cwd, inputs, root, temp, outDir, keep }) {
  const norm = (p) => p.split(temp).join("<tmp>").split(root).join("<root>");
  const parts = ["make", ...args.map(norm), norm(cwd), norm(outDir)];
  for (const dir of inputs)
    for (const f of filesUnder(dir)) {
      parts.push(norm(join(dir, f)));
      parts.push(readFileSync(join(dir, f)));
    }
  const k = key(parts);
  const hit = read(k);
  if (hit !== undefined) {
    for (const [rel, b64] of Object.entries(hit)) {
      mkdirSync(dirname(join(outDir, rel)), { recursive: true });
      writeFileSync(join(outDir, rel), Buffer.from(b64, "base64"));
    }
    return;
  }
  execFileSync("ghc", args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  const made = {};
  for (const rel of filesUnder(outDir))
    if (keep.some((e) => rel.endsWith(e)))
      made[rel] = readFileSync(join(outDir, rel)).toString("base64");
  write(k, made);
}

/** `ghc --show-iface hi`, keyed by the interface file's content. */
export function showIface(hi) {
  const k = key(["show-iface", readFileSync(hi)]);
  const hit = read(k);
  if (typeof hit === "string") return hit;
  const text = execFileSync("ghc", ["--show-iface", hi], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  write(k, text);
  return text;
}
