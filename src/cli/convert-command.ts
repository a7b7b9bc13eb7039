import type { Command } from "commander";
import { UserError } from "../errors.js";

// Placeholder until this command is implemented; replaced by its owner.
export function registerConvertCommand(program: Command): void {
  program
    .command("convert")
    .description("(not implemented yet)")
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new UserError("'convert' is not implemented yet");
    });
}
