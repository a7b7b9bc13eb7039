// Running GHC itself: its messages (errors, warnings, anything a user's
// --ghc-option makes it print) go to a sink, by default our stderr, so the
// program's own stdout stays clean and GHC's errors are shown as they are.
import { spawn } from "node:child_process";
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
  const r = await runInterleaved(ghcPath, args, cwd);
  const all = r.output;
  const output = all === "" || all.endsWith("\n") ? all : all + "\n";
  if (output !== "") sink(output);
  if ("spawnError" in r)
    throw new UserError(`could not run GHC (${ghcPath}): ${r.spawnError}`);
  if (r.exitCode !== 0) throw new UserError(`GHC could not compile ${what}`);
  return output;
}

type Finished =
  | { readonly output: string; readonly exitCode: number }
  | { readonly output: string; readonly spawnError: string };

/**
 * Runs `command` with no input, collecting its stdout and stderr as one text
 * in the order they arrive. (node:child_process rather than execa: it keeps
 * some hundred modules out of every compile's start-up.)
 */
function runInterleaved(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<Finished> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    const text = (): string => Buffer.concat(chunks).toString("utf8");
    child.on("error", (err) =>
      resolve({ output: text(), spawnError: err.message }),
    );
    child.on("close", (code, signal) =>
      resolve(
        code === null
          ? { output: text(), spawnError: `killed by ${signal ?? "a signal"}` }
          : { output: text(), exitCode: code },
      ),
    );
  });
}
