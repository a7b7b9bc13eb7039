// A cache of GHC's side of the comparisons: the STG dumps and the native
// run's output of one program at one optimisation level, keyed by
// everything they depend on (GHC's version, the options, every source
// file's text, stdin, arguments, the program's name). Test runs on this
// machine then compile each program once, not once a run. The cache lives
// outside the checkout (`$XDG_CACHE_HOME/hs2stg/ghc-runs`, else
// `~/.cache/...`); HS2STG_NO_CACHE=1 turns it off.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { StgDumpFile } from "../../src/ghc/index.js";

export interface CachedRun {
  readonly dumps: StgDumpFile[];
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly exitCode: number;
  /** A sandboxed run's files left (relative path -> base64, "/" = directory). */
  readonly files?: Readonly<Record<string, string>>;
}

const DIR =
  process.env["HS2STG_NO_CACHE"] === "1"
    ? null
    : join(
        process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"),
        "hs2stg",
        "ghc-runs",
      );

export function cacheKey(parts: readonly (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(String(p.length));
    h.update(":");
    h.update(p);
  }
  return h.digest("hex");
}

export function readCached(key: string): CachedRun | undefined {
  if (DIR === null) return undefined;
  try {
    const j = JSON.parse(readFileSync(join(DIR, `${key}.json`), "utf8")) as {
      dumps: StgDumpFile[];
      stdout: string;
      stderr: string;
      exitCode: number;
      files?: Record<string, string>;
    };
    return {
      dumps: j.dumps,
      stdout: Buffer.from(j.stdout, "base64"),
      stderr: Buffer.from(j.stderr, "base64"),
      exitCode: j.exitCode,
      ...(j.files !== undefined ? { files: j.files } : {}),
    };
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, run: CachedRun): void {
  if (DIR === null) return;
  try {
    mkdirSync(DIR, { recursive: true });
    const tmp = join(DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(
      tmp,
      JSON.stringify({
        dumps: run.dumps,
        stdout: run.stdout.toString("base64"),
        stderr: run.stderr.toString("base64"),
        exitCode: run.exitCode,
        files: run.files,
      }),
    );
    renameSync(tmp, join(DIR, `${key}.json`)); // atomic: readers see all or nothing
  } catch {
    // A cache that cannot be written only costs time.
  }
}
