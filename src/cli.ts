// The `hs2stg` command line. Each subcommand lives in its own module under
// src/cli/; this file only assembles them and turns errors into messages.
import { Command, CommanderError } from "commander";
import { UserError } from "./errors.js";
import { VERSION } from "./version.js";
import { bareProfileFlag, registerRunCommand } from "./cli/run-command.js";
import { registerParseCommand } from "./cli/parse-command.js";
import { registerConvertCommand } from "./cli/convert-command.js";
import { registerGoldenCommand } from "./cli/golden-command.js";
import { registerStepCommand } from "./cli/step-command.js";
import {
  isStackOverflow,
  mayRetryDeeper,
  rerunOnDeepStack,
  tooDeepMessage,
} from "./cli/deep-stack.js";

export function buildCli(): Command {
  const program = new Command("hs2stg")
    .description(
      "GHC's STG made visible and runnable: convert Haskell or GHC STG dumps to miniSTG and run it",
    )
    .version(VERSION, "-v, --version")
    .showHelpAfterError();
  registerRunCommand(program);
  registerParseCommand(program);
  registerConvertCommand(program);
  registerGoldenCommand(program);
  registerStepCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildCli();
  program.exitOverride();
  try {
    await program.parseAsync(bareProfileFlag(argv));
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    // `hs2stg run -d parsed X | head` closed our stdout: stop quietly, as Unix tools do.
    if ((err as NodeJS.ErrnoException | null)?.code === "EPIPE") return 0;
    // Only this process's own command line can be run again.
    if (isOwnCommandLine(argv) && mayRetryDeeper(err))
      return rerunOnDeepStack(argv);
    if (isStackOverflow(err)) {
      process.stderr.write(`hs2stg: ${tooDeepMessage()}\n`);
      return 70;
    }
    if (err instanceof UserError) {
      process.stderr.write(`hs2stg: ${err.message}\n`);
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `hs2stg: internal error: ${msg}\n(this is a bug in hs2stg; please report it with the input that caused it)\n`,
    );
    return 70;
  }
}

/** Whether `argv` is this process's command line (not one a test made up). */
function isOwnCommandLine(argv: readonly string[]): boolean {
  return (
    argv.length === process.argv.length &&
    argv.every((a, i) => a === process.argv[i])
  );
}
