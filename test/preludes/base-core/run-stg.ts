// Runs an extended-dialect miniSTG program linked with preludes/base, with
// in-memory IO: what the .stg tests of the base prelude observe.
import { parseStg } from "../../../src/ministg/parse.js";
import { linkBase, loadBasePrelude } from "../../../src/preludes/base.js";
import { bufferedIO, runBindings } from "../../../src/ministg/run-stg.js";

export interface StgRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** The final value as ministg prints it, for programs that return one. */
  readonly value?: string;
}

/**
 * Shared by the test programs: `out s` writes the String s to stdout and
 * gives 0; `outLn` adds a newline.
 */
export const OUT_HELPERS = `
out = FUN(s -> case s of { Nil -> 0; Cons c cs -> case c of { C ch -> case writeStdout# ch of { r -> out cs } } });
outLn = FUN(s -> case out s of { r -> writeStdout# '\\n' });
`;

export function runWithBase(
  text: string,
  opts: { stdin?: string; progName?: string } = {},
): StgRun {
  const program = parseStg(OUT_HELPERS + text, {
    file: "test.stg",
    dialect: "extended",
  });
  const linked = linkBase(program, loadBasePrelude());
  if (linked.missing.length > 0)
    throw new Error(`missing: ${linked.missing.join(" ")}`);
  const buf = bufferedIO(opts.stdin ?? "", [], opts.progName ?? "prog");
  const { outcome } = runBindings(
    linked.program.bindings.map((binding) => ({ binding, file: "test.stg" })),
    { style: "EA", gc: true, callStack: false, annotate: false, io: buf.io },
  );
  const exitCode =
    outcome.kind === "exit" || outcome.kind === "error" ? outcome.exitCode : 0;
  return {
    stdout: buf.stdout(),
    stderr: buf.stderr(),
    exitCode,
    ...(outcome.kind === "value" ? { value: outcome.text } : {}),
    ...(outcome.kind === "error"
      ? { stderr: buf.stderr() + outcome.message }
      : {}),
  };
}
