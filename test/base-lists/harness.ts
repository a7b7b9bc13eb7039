// Runs a Haskell program through GHC's dump, the lowering, the base prelude
// and our interpreter, in memory; and natively through GHC, for comparison.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import { dumpStg } from "../../src/ghc/index.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { lower } from "../../src/lower/index.js";
import {
  formatMissing,
  linkBase,
  loadBasePrelude,
} from "../../src/preludes/base.js";
import { runBindings, bufferedIO } from "../../src/ministg/run-stg.js";

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

/** Our pipeline, in memory. Missing prelude names come back as an exception. */
export async function runOurs(file: string, inp: RunInput = {}): Promise<ProgramRun> {
  const dumps = await dumpStg(file, { ghcOptions: [...(inp.ghcOptions ?? [])] });
  const modules = dumps.flatMap((d) => parseGhcDump(d.text, d.name).modules);
  const program = lower(modules);
  const linked = linkBase(program, loadBasePrelude());
  if (linked.missing.length > 0) throw new Error(formatMissing(linked.missing));
  const name = basename(file).replace(/\.l?hs$/, "");
  const buf = bufferedIO(inp.stdin, inp.args ?? [], name);
  const result = runBindings(
    linked.program.bindings.map((binding) => ({ binding, file })),
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
    o.kind === "exit" ? o.exitCode : o.kind === "value" ? 0 : o.kind === "error" ? o.exitCode : 99;
  const extra = o.kind === "error" ? `\n[machine error] ${o.message}` : o.kind === "stepLimit" ? "\n[step limit]" : "";
  return { stdout: buf.stdout(), stderr: buf.stderr() + extra, exitCode };
}

/** GHC's own binary for the program, run with the same input. */
export function runNative(file: string, inp: RunInput = {}): ProgramRun {
  const dir = mkdtempSync(join(tmpdir(), "h6b2-native-"));
  const name = basename(file).replace(/\.l?hs$/, "");
  const src = join(dir, basename(file));
  copyFileSync(file, src);
  execFileSync("ghc", ["-O0", "-v0", "-outputdir", dir, "-o", join(dir, name), src, ...(inp.ghcOptions ?? [])]);
  const r = spawnSync(join(dir, name), [...(inp.args ?? [])], { input: inp.stdin ?? "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "h6b2-src-"));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
