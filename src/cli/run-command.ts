import type { Command } from "commander";
import { UserError } from "../errors.js";

// Placeholder until this command is implemented; replaced by its owner.
export function registerRunCommand(program: Command): void {
  program
    .command("run")
    .description("(not implemented yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError("'run' is not implemented yet");
    });
}
