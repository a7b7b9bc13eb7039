// Runs a Haskell program two ways: compiled by GHC natively, and through
// hs2stg (GHC's STG dump, lowered, linked with preludes/base, interpreted),
// so tests compare our output with real GHC's.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileNativeWithDumps } from "../../../src/ghc/index.js";
import { parseGhcDump } from "../../../src/parse-ghc-dump/index.js";
import { lowerProgram } from "../../../src/lower/index.js";
import {
  formatMissing,
  linkBase,
  loadBasePrelude,
} from "../../../src/preludes/base.js";
import { bufferedIO, runBindings } from "../../../src/ministg/run-stg.js";
import type { Program } from "../../../src/ministg/ast.js";

export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface Comparison {
  readonly ghc: Outcome;
  readonly ours: Outcome;
}

/** Compiles `source` as Main.hs in a fresh directory and runs it both ways. */
export async function runBoth(
  source: string,
  opts: { stdin?: string; ghcOptions?: string[]; exeName?: string } = {},
): Promise<Comparison> {
  const dir = mkdtempSync(join(tmpdir(), "base-core-"));
  const file = join(dir, "Main.hs");
  writeFileSync(file, source);
  const exeName = opts.exeName ?? "prog";
  const { exe, dumps } = await compileNativeWithDumps(file, {
    outDir: join(dir, "out"),
    exeName,
    ghcOptions: opts.ghcOptions ?? [],
    onGhcOutput: () => {},
  });
  const native = spawnSync(exe, [], {
    input: opts.stdin ?? "",
    encoding: "utf8",
  });
  const ghc: Outcome = {
    stdout: native.stdout,
    stderr: native.stderr,
    exitCode: native.status ?? -1,
  };
  const program = translate(dumps);
  const buf = bufferedIO(opts.stdin ?? "", [], exeName);
  const result = runBindings(
    program.bindings.map((binding) => ({ binding, file: "Main.hs" })),
    { style: "EA", gc: true, callStack: false, annotate: false, io: buf.io },
  );
  const ours: Outcome = {
    stdout: buf.stdout(),
    // A machine error (a bug, not a program error) shows up in stderr.
    stderr:
      buf.stderr() +
      (result.outcome.kind === "error"
        ? `hs2stg: ${result.outcome.message}\n`
        : ""),
    exitCode: exitCodeOf(result.outcome),
  };
  return { ghc, ours };
}

/** GHC dumps to a linked program: parse, lower, link with preludes/base. */
export function translate(
  dumps: ReadonlyArray<{ name: string; text: string }>,
): Program {
  const modules = dumps.flatMap((d) => parseGhcDump(d.text, d.name).modules);
  const lowered = lowerProgram(modules).program;
  const linked = linkBase(lowered, loadBasePrelude());
  if (linked.missing.length > 0) throw new Error(formatMissing(linked.missing));
  return linked.program;
}

function exitCodeOf(outcome: { kind: string; exitCode?: number }): number {
  if (outcome.kind === "exit" || outcome.kind === "error")
    return outcome.exitCode ?? 1;
  return 0;
}
