// `hs2stg convert FILE.hs|DUMP [--entry NAME] [--dialect ministg|extended]
// [--prelude FILE.stg]... [--no-comments] [-o OUT [--force]]`: print a
// program as miniSTG that `hs2stg run` runs on its own
// (src/pipeline/convert-program.ts, docs/standalone.md).
import { existsSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import type { Dialect } from "../ministg/ast.js";

interface ConvertCliOptions {
  entry?: string;
  dialect: string;
  output?: string;
  force?: boolean;
  ghc?: string;
  ghcOption: string[];
  prelude: string[];
  comments: boolean;
}

function parseDialect(d: string): Dialect {
  if (d === "ministg" || d === "extended") return d;
  throw new UserError(
    `unknown dialect \`${d}\` (expected \`extended\` or \`ministg\`)`,
  );
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];

export function registerConvertCommand(program: Command): void {
  program
    .command("convert")
    .description(
      "convert a Haskell program or a GHC STG dump to miniSTG (a file `hs2stg run` runs on its own)",
    )
    .argument(
      "<file>",
      "a .hs/.lhs program or a -ddump-stg-final dump (- for stdin)",
    )
    .option(
      "--entry <name>",
      "evaluate this top-level binding instead of running main (as run --entry; no export needed for .hs)",
    )
    .option("--dialect <dialect>", "extended or ministg", "extended")
    .option(
      "--prelude <file.stg>",
      "a prelude of your own (repeatable): its definitions win; the extended file names it in its header",
      collect,
      [],
    )
    .option(
      "--no-comments",
      "leave out the comment with each top-level binding's Haskell name and source line",
    )
    .option("-o, --output <file>", "write to this file instead of stdout")
    .option("--force", "let -o overwrite an existing file")
    .option("--ghc <path>", "the GHC to use for .hs input")
    .option(
      "--ghc-option <opt>",
      "pass an option to GHC (repeatable; -O1 overrides the default -O0)",
      collect,
      [],
    )
    .action(async (file: string, opts: ConvertCliOptions) => {
      const dialect = parseDialect(opts.dialect);
      if (
        opts.output !== undefined &&
        opts.force !== true &&
        existsSync(opts.output)
      ) {
        throw new UserError(
          `${opts.output} already exists (use --force to overwrite it)`,
        );
      }
      const { convertProgram } = await import("../pipeline/convert-program.js");
      const text = await convertProgram({
        file,
        dialect,
        ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
        ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
        ghcOptions: opts.ghcOption,
        preludeFiles: opts.prelude,
        ...(opts.output !== undefined ? { output: opts.output } : {}),
        comments: opts.comments,
        warn: (m) => process.stderr.write(`hs2stg: ${m}\n`),
      });
      if (opts.output === undefined) {
        process.stdout.write(text);
      } else {
        try {
          writeFileSync(opts.output, text);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          throw new UserError(`${opts.output}: cannot write: ${why}`);
        }
      }
    });
}
