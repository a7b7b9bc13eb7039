// `hs2stg convert FILE.hs|DUMP [--entry NAME] [--dialect ministg|extended]
// [-o OUT [--force]]`: print a program as miniSTG. Haskell input is compiled
// by GHC (src/ghc/) for its STG dumps; a dump file is read directly.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import type { Dialect } from "../ministg/ast.js";
import { dumpStg } from "../ghc/index.js";
import { convertDumps, type NamedDump } from "../lower/convert.js";

interface ConvertCliOptions {
  entry?: string;
  dialect: string;
  output?: string;
  force?: boolean;
  ghc?: string;
  ghcOption: string[];
}

function isHaskell(file: string): boolean {
  return /\.l?hs$/.test(file);
}

function readDump(file: string): NamedDump {
  try {
    return {
      name: file === "-" ? "<stdin>" : file,
      text: readFileSync(file === "-" ? 0 : file, "utf8"),
    };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UserError(`${file}: cannot read the dump: ${why}`);
  }
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
    .description("convert a Haskell program or a GHC STG dump to miniSTG")
    .argument(
      "<file>",
      "a .hs/.lhs program or a -ddump-stg-final dump (- for stdin)",
    )
    .option(
      "--entry <name>",
      "evaluate this top-level binding fully instead of running main",
    )
    .option("--dialect <dialect>", "extended or ministg", "extended")
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
      const dumps: NamedDump[] = isHaskell(file)
        ? await dumpStg(file, {
            ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
            ghcOptions: opts.ghcOption,
          })
        : [readDump(file)];
      const text = await convertDumps(dumps, {
        dialect,
        ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
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
