// A Haskell program built once per optimisation level by GHC (native
// executable and STG dumps from the same compile), run natively for the
// expected output and through our pipeline for the actual one.
import { expect, it } from "vitest";
import { execa } from "execa";
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import {
  compileNativeWithDumps,
  type StgDumpFile,
} from "../../src/ghc/index.js";
import { convertDumps, runConverted } from "../../src/pipeline/in-memory.js";
import { SYNTHESIZED_FILE } from "../../src/preludes/link-program.js";
import { convertedFileProgram } from "./converted-file.js";
import { cacheKey, readCached, writeCached } from "./native-cache.js";
import { GHC_VERSION } from "./ghc.js";

export interface ProgramInput {
  /** The file given to GHC (the main module). */
  readonly source: string;
  readonly stdin: Buffer;
  readonly args: readonly string[];
  /** The executable's name, which GHC's messages print as `name: ...`. */
  readonly progName: string;
  /** Every Haskell file of the program (default: `source` alone). */
  readonly files?: readonly string[];
  /**
   * Run in a fresh empty directory of its own (the working directory, and
   * TMPDIR), and compare the files the run leaves there too.
   */
  readonly sandbox?: boolean;
}

/** The files a sandboxed run left: relative path -> base64 content ("/" for a directory). */
export type LeftFiles = Readonly<Record<string, string>>;

export interface NativeRun {
  readonly dumps: StgDumpFile[];
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly exitCode: number;
  readonly files?: LeftFiles;
}

export interface OurRun {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  /** A number, or why the pipeline stopped before producing one. */
  readonly exitCode: number | string;
  /** The prelude definitions the program was linked with (encoded names). */
  readonly linked: readonly string[];
  readonly files?: LeftFiles;
}

/** A fresh empty directory for a sandboxed run. */
function makeSandbox(): string {
  return mkdtempSync(join(tmpdir(), "hs2stg-sandbox-"));
}

/** What a sandboxed run left, then the sandbox removed. */
function collectSandbox(dir: string): LeftFiles {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel)).sort()) {
      const r = rel === "" ? e : `${rel}/${e}`;
      if (statSync(join(dir, r)).isDirectory()) {
        out[r] = "/";
        walk(r);
      } else out[r] = readFileSync(join(dir, r)).toString("base64");
    }
  };
  walk("");
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/**
 * Compiles with GHC (dumps and executable in one go) and runs the
 * executable, or takes both from the cache (native-cache.ts).
 */
export async function buildAndRunNative(
  p: ProgramInput,
  ghcOptions: readonly string[],
  outDir: string,
): Promise<NativeRun | { error: string }> {
  const key = cacheKey([
    GHC_VERSION ?? "",
    ghcOptions.join(" "),
    p.progName,
    p.args.join("\0"),
    p.stdin,
    ...(p.sandbox === true ? ["sandbox"] : []),
    // File names and contents, not where the checkout is: a clean clone
    // elsewhere (CI) finds the same entries. (A dump and its native run
    // come from one compile, so paths GHC prints in them agree.)
    // A module's path from the main source's directory (Foo/Bar.hs).
    ...(p.files ?? [p.source]).flatMap((f) => [
      relative(dirname(p.source), f),
      readFileSync(f),
    ]),
  ]);
  const cached = readCached(key);
  if (cached !== undefined) return cached;
  const built = await buildAndRun(p, ghcOptions, outDir);
  if (!("error" in built)) writeCached(key, built);
  return built;
}

async function buildAndRun(
  p: ProgramInput,
  ghcOptions: readonly string[],
  outDir: string,
): Promise<NativeRun | { error: string }> {
  let ghcSaid = "";
  try {
    const { exe, dumps } = await compileNativeWithDumps(p.source, {
      outDir,
      exeName: p.progName,
      // Dynamic linking is faster and leaves the STG unchanged.
      ghcOptions: ["-dynamic", ...ghcOptions],
      onGhcOutput: (t) => (ghcSaid += t),
    });
    const sandbox = p.sandbox === true ? makeSandbox() : undefined;
    const r = await execa(exe, p.args, {
      input: p.stdin,
      encoding: "buffer",
      stripFinalNewline: false,
      reject: false,
      timeout: 20_000,
      ...(sandbox !== undefined
        ? { cwd: sandbox, env: { TMPDIR: sandbox } }
        : {}),
    });
    const files = sandbox !== undefined ? collectSandbox(sandbox) : undefined;
    if (r.exitCode === undefined)
      return { error: `native run failed: ${r.shortMessage}` };
    return {
      dumps,
      stdout: Buffer.from(r.stdout),
      stderr: Buffer.from(r.stderr),
      exitCode: r.exitCode,
      ...(files !== undefined ? { files } : {}),
    };
  } catch (err) {
    return {
      error: `${err instanceof Error ? err.message : String(err)}\n${ghcSaid}`,
    };
  }
}

/** Converts GHC's dumps and runs the result in our machine; never throws. */
export function runOursOnDumps(
  p: ProgramInput,
  native: NativeRun,
  maxSteps: number,
  viaFile = false,
): OurRun {
  const none = Buffer.alloc(0);
  let program;
  let printValue = false;
  try {
    if (viaFile) {
      const converted = convertedFileProgram(p.source, native.dumps);
      program = converted.program;
      printValue = converted.printValue;
    } else program = convertDumps(native.dumps, p.source);
  } catch (err) {
    const msg = firstLines(err instanceof Error ? err.message : String(err), 3);
    return {
      stdout: none,
      stderr: none,
      exitCode: `conversion failed: ${msg}`,
      linked: [],
    };
  }
  // Prelude definitions, and the constructor wrappers made from GHC's facts
  // (a `$W` wrapper the program reached counts as run like a written one).
  const linked = program.sources
    .filter(
      (s) => s.file.startsWith("preludes/") || s.file === SYNTHESIZED_FILE,
    )
    .map((s) => s.binding.name);
  const sandbox = p.sandbox === true ? makeSandbox() : undefined;
  try {
    const r = runConverted(program, {
      stdin: p.stdin,
      args: p.args,
      progName: p.progName,
      maxSteps,
      printValue,
      ...(sandbox !== undefined
        ? { cwd: sandbox, env: { ...process.env, TMPDIR: sandbox } }
        : {}),
    });
    return {
      stdout: Buffer.from(r.stdout),
      stderr: Buffer.from(r.stderr),
      exitCode: r.exitCode,
      linked,
      ...(sandbox !== undefined ? { files: collectSandbox(sandbox) } : {}),
    };
  } catch (err) {
    if (sandbox !== undefined)
      rmSync(sandbox, { recursive: true, force: true });
    const msg = firstLines(err instanceof Error ? err.message : String(err), 2);
    return {
      stdout: none,
      stderr: none,
      exitCode: `run threw: ${msg}`,
      linked,
    };
  }
}

/** One line saying how our run differs from GHC's ("pass" when it does not). */
export function verdict(
  ours: OurRun,
  native: NativeRun,
  compareStderr: boolean,
): string {
  if (typeof ours.exitCode === "string") return ours.exitCode;
  const diffs: string[] = [];
  if (!ours.stdout.equals(native.stdout)) diffs.push("stdout differs");
  if (compareStderr && !ours.stderr.equals(native.stderr))
    diffs.push("stderr differs");
  if (ours.exitCode !== native.exitCode)
    diffs.push(`exit ${ours.exitCode} (GHC ${native.exitCode})`);
  if (JSON.stringify(ours.files) !== JSON.stringify(native.files))
    diffs.push("the files left differ");
  if (diffs.length === 0) return "pass";
  const said = firstLines(ours.stderr.toString("utf8"), 2);
  return diffs.join(", ") + (said !== "" ? `; stderr: ${said}` : "");
}

/**
 * With HS2STG_EXERCISED_DIR set, notes the prelude names a program that
 * matched GHC was linked with (one file per test process); `npm run surface
 * -- --exercised DIR` gathers them into inventory/exercised.txt.
 */
export function recordExercised(ours: OurRun): void {
  const dir = process.env["HS2STG_EXERCISED_DIR"];
  if (dir === undefined || dir === "") return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(
    join(dir, `${process.pid}.txt`),
    ours.linked.join("\n") + "\n",
  );
}

/**
 * Declares the test of one program run: `it`, or `it.fails` with the reason
 * in the title when the run is on a known-failing list.
 */
export function comparisonTest(
  id: string,
  knownFailing: ReadonlyMap<string, string>,
  body: () => void,
): void {
  const reason = knownFailing.get(id);
  if (reason === undefined) it(id, body);
  else it.fails(`${id}  [known failing: ${reason}]`, body);
}

/**
 * One program against GHC's native run: records the verdict in `results`,
 * expects the same stdout and exit code (and stderr, when asked), and notes
 * the prelude names a matching run exercised.
 */
export function compareWithNative(
  id: string,
  input: ProgramInput,
  native: NativeRun | { error: string } | undefined,
  results: Map<string, string>,
  opts: {
    readonly maxSteps: number;
    readonly compareStderr: boolean;
    /** Convert to a file, read it back and run it as `hs2stg run FILE.stg` does. */
    readonly viaFile?: boolean;
  },
): void {
  if (native === undefined || "error" in native) {
    results.set(id, "GHC build failed");
    throw new Error(
      `GHC could not build ${id}: ${native?.error ?? "not built"}`,
    );
  }
  const ours = runOursOnDumps(
    input,
    native,
    opts.maxSteps,
    opts.viaFile === true,
  );
  results.set(id, verdict(ours, native, opts.compareStderr));
  const seen = (r: {
    stdout: Buffer;
    stderr: Buffer;
    exitCode: number | string;
    files?: LeftFiles;
  }) => ({
    stdout: r.stdout.toString("latin1"),
    ...(opts.compareStderr ? { stderr: r.stderr.toString("latin1") } : {}),
    exitCode: r.exitCode,
    ...(r.files !== undefined ? { files: r.files } : {}),
  });
  expect(seen(ours)).toEqual(seen(native));
  recordExercised(ours);
}

export async function inParallel<T>(
  items: readonly T[],
  jobs: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

export function firstLines(text: string, n: number): string {
  return text.trim().split("\n").slice(0, n).join(" | ");
}
