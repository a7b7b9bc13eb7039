import type { Command } from "commander";
import { UserError } from "../errors.js";

// Placeholder until this command is implemented; replaced by its owner.
export function registerGoldenCommand(program: Command): void {
  program
    .command("golden")
    .description("(not implemented yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError("'golden' is not implemented yet");
    });
}
