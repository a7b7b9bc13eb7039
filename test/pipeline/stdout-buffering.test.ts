// stdout buffered as GHC's Handle buffers it, seen where it shows: stdout
// and stderr on one pipe (`prog 2>&1`), and a pipe closed by its reader
// (`prog | head -1`). Each program runs natively (GHC, -O0 and -O1) and
// through `hs2stg run` under the same shell command; the bytes, the order
// and the exit code must agree.
import { describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC, GHC_VERSION } from "../support/ghc.js";
import { compileNative } from "../../src/ghc/index.js";
import { cacheKey, readCached, writeCached } from "../support/native-cache.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");
const DIR = join(import.meta.dirname, "stdout-buffering");

interface Case {
  readonly name: string;
  /** The shell command around the program (`PROG` stands for it). */
  readonly shell: string;
  readonly stdin?: string;
}

const CASES: readonly Case[] = [
  { name: "interleave", shell: "PROG 2>&1" },
  { name: "modes", shell: "PROG 2>&1", stdin: "abc\n" },
  { name: "uncaught", shell: "PROG 2>&1" },
  {
    name: "closed-pipe",
    shell:
      'PROG 2>err.txt | head -1; echo "exit ${PIPESTATUS[0]}"; cat err.txt',
  },
];

function run(shell: string, prog: string, cwd: string, stdin: string) {
  return execa("bash", ["-c", shell.replace("PROG", prog)], {
    cwd,
    input: stdin,
    encoding: "buffer",
    stripFinalNewline: false,
    reject: false,
    timeout: 60_000,
  });
}

/** The native program's output under `c.shell`, compiled once per level (cached). */
async function nativeOutput(c: Case, level: string): Promise<string> {
  const source = join(DIR, `${c.name}.hs`);
  const key = cacheKey([
    "stdout-buffering",
    GHC_VERSION ?? "",
    level,
    c.shell,
    c.stdin ?? "",
    readFileSync(source),
  ]);
  const cached = readCached(key);
  if (cached !== undefined) return cached.stdout.toString("utf8");
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-stdout-"));
  try {
    const exe = await compileNative(source, {
      outDir: dir,
      exeName: c.name,
      ghcOptions: ["-dynamic", level],
    });
    const r = await run(c.shell, exe, dir, c.stdin ?? "");
    const stdout = Buffer.from(r.stdout);
    writeCached(key, {
      dumps: [],
      stdout,
      stderr: Buffer.alloc(0),
      exitCode: 0,
    });
    return stdout.toString("utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ourOutput(c: Case, level: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-stdout-"));
  try {
    const prog = `${BIN} run --ghc-option=${level} ${join(DIR, `${c.name}.hs`)}`;
    const r = await run(c.shell, prog, dir, c.stdin ?? "");
    return Buffer.from(r.stdout).toString("utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!HAVE_GHC)("stdout buffering as GHC's", () => {
  for (const level of ["-O0", "-O1"])
    for (const c of CASES)
      it(`${c.name} ${level}: \`${c.shell}\``, async () => {
        const [native, ours] = await Promise.all([
          nativeOutput(c, level),
          ourOutput(c, level),
        ]);
        expect(native.length).toBeGreaterThan(0);
        expect(ours).toBe(native);
      }, 120_000);
});
