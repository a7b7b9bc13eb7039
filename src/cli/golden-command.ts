// `hs2stg golden [--update] [--dir DIR] [NAME...]`: convert every golden
// case's dump and compare with the expected miniSTG, showing a coloured
// unified diff on mismatch; exit 1 if anything differs.
import type { Command } from "commander";
import { UserError } from "../errors.js";

interface GoldenCliOptions {
  update?: boolean;
  dir?: string;
  color?: boolean;
}

export function registerGoldenCommand(program: Command): void {
  program
    .command("golden")
    .description(
      "check the golden cases: each dump must convert to the expected miniSTG",
    )
    .argument("[names...]", "only these cases")
    .option("--update", "rewrite the expected miniSTG files that differ")
    .option("--dir <dir>", "the golden directory (default: the repository's)")
    .option("--no-color", "plain diffs")
    .action(async (names: string[], opts: GoldenCliOptions) => {
      const {
        checkGoldenCase,
        defaultGoldenDir,
        goldenDialects,
        listGoldenCases,
        sameProgram,
        unifiedDiff,
      } = await import("../pipeline/golden.js");
      const root = opts.dir ?? defaultGoldenDir();
      let cases = listGoldenCases(root);
      if (names.length > 0) {
        const unknown = names.filter((n) => !cases.some((c) => c.name === n));
        if (unknown.length > 0) {
          throw new UserError(`no golden case named ${unknown.join(", ")}`);
        }
        cases = cases.filter((c) => names.includes(c.name));
      }
      const colour = opts.color !== false && process.stdout.isTTY === true;
      const dialects = await goldenDialects();
      let failed = 0;
      let updated = 0;
      for (const c of cases) {
        const r = await checkGoldenCase(c, dialects, opts.update === true);
        if (r.error !== undefined) {
          failed++;
          process.stdout.write(`FAIL ${c.name}: ${r.error}\n`);
          continue;
        }
        const bad = r.files.filter(
          (f) => f.status === "differs" || f.status === "missing",
        );
        updated += r.files.filter((f) => f.status === "updated").length;
        if (bad.length === 0) {
          const note = r.files.some((f) => f.status === "updated")
            ? " (updated)"
            : "";
          process.stdout.write(`ok   ${c.name}${note}\n`);
          continue;
        }
        failed++;
        process.stdout.write(`FAIL ${c.name}\n`);
        for (const f of bad) {
          process.stdout.write(
            f.status === "missing"
              ? `  missing ${f.file} (run \`hs2stg golden --update\`)\n`
              : unifiedDiff(f.file, f.expected, f.actual, colour) +
                  "\n" +
                  (sameProgram(f.expected, f.actual, f.dialect)
                    ? "  (layout only: the same program, printed differently)\n"
                    : ""),
          );
        }
      }
      const dialectNote =
        dialects.length === 1
          ? " (extended dialect only: the ministg-dialect pass is not available)"
          : "";
      process.stdout.write(
        `${cases.length - failed}/${cases.length} golden cases match${dialectNote}` +
          (updated > 0 ? `; ${updated} file(s) updated` : "") +
          "\n",
      );
      if (failed > 0) process.exitCode = 1;
    });
}
