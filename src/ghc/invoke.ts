// Running GHC itself: its messages (errors, warnings, anything a user's
// --ghc-option makes it print) go to a sink, by default our stderr, so the
// program's own stdout stays clean and GHC's errors are shown as they are.
import { execa } from "execa";
import { UserError } from "../errors.js";

/** Where GHC's output goes (stdout and stderr interleaved). */
export type GhcOutputSink = (text: string) => void;

export const toStderr: GhcOutputSink = (text) => {
  process.stderr.write(text);
};

/**
 * Runs GHC with `args` in `cwd`. Resolves to its messages (already given to
 * `sink`) when it succeeded; otherwise a UserError (exit code 1) says which
 * source failed to compile.
 */
export async function invokeGhc(
  ghcPath: string,
  args: readonly string[],
  cwd: string,
  sink: GhcOutputSink,
  what: string,
): Promise<string> {
  const r = await execa(ghcPath, args, {
    cwd,
    reject: false,
    all: true,
    stdin: "ignore",
  });
  const all = String(r.all ?? "");
  const output = all === "" || all.endsWith("\n") ? all : all + "\n";
  if (output !== "") sink(output);
  if (r.failed) {
    if (r.exitCode === undefined) {
      throw new UserError(`could not run GHC (${ghcPath}): ${r.shortMessage}`);
    }
    throw new UserError(`GHC could not compile ${what}`);
  }
  return output;
}
