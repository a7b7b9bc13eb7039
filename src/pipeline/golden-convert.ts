// Dump text → printed miniSTG in either dialect, for `hs2stg golden`
// (golden.ts): parse, lower, and for ministg run the ministg-dialect pass.
import type { Dialect, Program } from "../ministg/ast.js";
import { parseGhcDump } from "../parse-ghc-dump/index.js";
import { printStg } from "../print/print-stg.js";
import { lower } from "../lower/index.js";
import { toMinistgDialect } from "../ministg-dialect/index.js";

/** A dump's text and the name errors call it by. */
export interface NamedDump {
  readonly name: string;
  readonly text: string;
}

export interface ConvertOptions {
  readonly entry?: string;
  readonly dialect: Dialect;
}

/** The lowered program in `dialect`, ready to print. */
export function inDialect(p: Program, dialect: Dialect): Program {
  return dialect === "extended" ? p : toMinistgDialect(p);
}

/** Parses, lowers and prints a program given as one or more dumps. */
export function dumpsToText(
  dumps: readonly NamedDump[],
  opts: ConvertOptions,
): string {
  const parsed = dumps.map((d) => parseGhcDump(d.text, d.name));
  const program = lower(
    parsed,
    opts.entry !== undefined ? { entry: opts.entry } : {},
  );
  return printStg(inDialect(program, opts.dialect), {
    dialect: opts.dialect,
  });
}
