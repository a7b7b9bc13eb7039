// Runs a Haskell program through GHC's dump, the lowering, the base prelude
// and our interpreter, in memory; and natively through GHC, for comparison.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import { dumpStg } from "../../../src/ghc/index.js";
import { parseGhcDump } from "../../../src/parse-ghc-dump/index.js";
import { lower } from "../../../src/lower/index.js";
import {
  formatMissing,
  linkBase,
  loadBasePrelude,
} from "../../../src/preludes/base.js";
import { runBindings, bufferedIO } from "../../../src/ministg/run-stg.js";
import type { Binding } from "../../../src/ministg/ast.js";

export interface ProgramRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunInput {
  stdin?: string;
  args?: readonly string[];
  ghcOptions?: readonly string[];
  maxSteps?: number;
}

/** A program converted by our pipeline, ready to run any number of times. */
export interface Converted {
  readonly file: string;
  readonly bindings: readonly Binding[];
}

/** GHC dump, lowering and base prelude link. Missing prelude names throw. */
export async function convertOurs(
  file: string,
  ghcOptions: readonly string[] = [],
): Promise<Converted> {
  const dumps = await dumpStg(file, { ghcOptions: [...ghcOptions] });
  const modules = dumps.flatMap((d) => parseGhcDump(d.text, d.name).modules);
  const linked = linkBase(lower(modules), loadBasePrelude());
  if (linked.missing.length > 0) throw new Error(formatMissing(linked.missing));
  return { file, bindings: linked.program.bindings };
}

/** Our pipeline, in memory. */
export async function runOurs(
  file: string,
  inp: RunInput = {},
): Promise<ProgramRun> {
  return runConverted(await convertOurs(file, inp.ghcOptions), inp);
}

/** Runs a converted program in our interpreter with the given input. */
export function runConverted(conv: Converted, inp: RunInput = {}): ProgramRun {
  const { file } = conv;
  const name = basename(file).replace(/\.l?hs$/, "");
  const buf = bufferedIO(inp.stdin, inp.args ?? [], name);
  const result = runBindings(
    conv.bindings.map((binding) => ({ binding, file })),
    {
      style: "EA",
      gc: true,
      annotate: false,
      callStack: false,
      io: buf.io,
      ...(inp.maxSteps !== undefined ? { maxSteps: inp.maxSteps } : {}),
    },
  );
  const o = result.outcome;
  const exitCode =
    o.kind === "exit"
      ? o.exitCode
      : o.kind === "value"
        ? 0
        : o.kind === "error"
          ? o.exitCode
          : 99;
  const extra =
    o.kind === "error"
      ? `\n[machine error] ${o.message}`
      : o.kind === "stepLimit"
        ? "\n[step limit]"
        : "";
  return { stdout: buf.stdout(), stderr: buf.stderr() + extra, exitCode };
}

/** Compiles the program with GHC into a temporary directory; returns the binary. */
export function compileNative(
  file: string,
  ghcOptions: readonly string[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), "base-lists-native-"));
  const name = basename(file).replace(/\.l?hs$/, "");
  const src = join(dir, basename(file));
  copyFileSync(file, src);
  // Compiled from inside its directory, as our driver does, so that source
  // locations in error messages read the same.
  execFileSync(
    "ghc",
    ["-O0", "-v0", "-o", name, basename(file), ...ghcOptions],
    { cwd: dir },
  );
  return join(dir, name);
}

/** Runs a native binary with the given input. */
export function runBinary(binary: string, inp: RunInput = {}): ProgramRun {
  const r = spawnSync(binary, [...(inp.args ?? [])], {
    input: inp.stdin ?? "",
    encoding: "utf8",
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}

/** GHC's own binary for the program, run with the same input. */
export function runNative(file: string, inp: RunInput = {}): ProgramRun {
  return runBinary(compileNative(file, inp.ghcOptions), inp);
}

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "h6b2-src-"));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
