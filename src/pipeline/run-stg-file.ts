// `hs2stg run FILE.stg` (one file, the bundled ministg Prelude): ministg's
// `-d` dumps, then the run on this process's IO, unbuffered as ministg's.
import { readFileSync } from "node:fs";
import type { Program } from "../ministg/ast.js";
import type { RunCliOptions } from "./run-options.js";
import { UserError } from "../errors.js";
import { stripPositions } from "../ministg/parse.js";
import { prettyProgram } from "../print/ministg-layout.js";
import { linkWithPrelude, ministgPrelude } from "../ministg/prelude.js";
import { loadBindings } from "../ministg/run-stg.js";
import { runLoadedHandWritten } from "./run-hand-written.js";
import { parseStgFile } from "../ministg/stg-file.js";
import { writeAllSync } from "./unbuffered-io.js";

/** `hs2stg run FILE.stg`: run it with this process's IO; resolves to the exit code. */
export async function runStgFile(
  file: string,
  opts: RunCliOptions,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UserError(`${file}: cannot read the program: ${why}`);
  }
  const out = (s: string): void => writeAllSync(1, new TextEncoder().encode(s));
  const program = parseStgFile(text, file);
  if (opts.dump === "ast") {
    out(`The AST of the program from ${file}:\n${astJson(program)}\n\n`);
  } else if (opts.dump === "parsed") {
    if (opts.prelude)
      out(
        `The parsed program from Prelude.stg:\n${prettyProgram(ministgPrelude().bindings)}\n\n`,
      );
    out(
      `The parsed program from ${file}:\n${prettyProgram(program.bindings)}\n\n`,
    );
  }
  const prog = loadBindings(linkWithPrelude(program, file, opts.prelude), {
    annotate: opts.annotate,
    ...(opts.entry !== undefined ? { entry: opts.entry } : {}),
  });
  if (opts.dump === "arity") {
    const text = prettyProgram(prog.bindings, {
      arity: (app) => prog.knownArity(app),
    });
    out(`The program after arity analysis:\n${text}\n\n`);
  }
  return runLoadedHandWritten(prog, opts, file);
}

/** The AST as JSON (bigints as strings, positions dropped), for `-d ast`. */
function astJson(p: Program): string {
  return JSON.stringify(
    stripPositions(p),
    (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
    2,
  );
}
