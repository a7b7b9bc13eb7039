import type { Command } from "commander";
import { UserError } from "../errors.js";

// Placeholder until this command is implemented; replaced by its owner.
export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("(not implemented yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError("'parse' is not implemented yet");
    });
}
