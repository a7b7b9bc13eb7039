// Dump text → printed miniSTG in either dialect: what `hs2stg convert` and
// `hs2stg golden` share.
import type { Dialect, Program } from "../ministg/ast.js";
import { parseGhcDump } from "../parse-ghc-dump/index.js";
import { printStg } from "../print/print-stg.js";
import { UserError } from "../errors.js";
import { lower } from "./index.js";

/** A dump's text and the name errors call it by. */
export interface NamedDump {
  readonly name: string;
  readonly text: string;
}

export interface ConvertOptions {
  readonly entry?: string;
  readonly dialect: Dialect;
}

type MinistgPass = (p: Program) => Program;

/**
 * The ministg-dialect pass (src/ministg-dialect/), loaded when present so
 * that this module does not depend on it being built yet.
 */
export async function loadMinistgPass(): Promise<MinistgPass | undefined> {
  const path = "../ministg-dialect/index.js";
  let mod: unknown;
  try {
    mod = await import(path);
  } catch {
    return undefined;
  }
  const pass =
    typeof mod === "object" && mod !== null
      ? (mod as Record<string, unknown>)["toMinistgDialect"]
      : undefined;
  return typeof pass === "function" ? (pass as MinistgPass) : undefined;
}

/** The lowered program in `dialect`, ready to print. */
export async function inDialect(
  p: Program,
  dialect: Dialect,
): Promise<Program> {
  if (dialect === "extended") return p;
  const pass = await loadMinistgPass();
  if (pass === undefined) {
    throw new UserError(
      "the ministg dialect is not available yet in this build (the ministg-dialect pass is missing); use --dialect extended",
    );
  }
  return pass(p);
}

/** Parses, lowers and prints a program given as one or more dumps. */
export async function convertDumps(
  dumps: readonly NamedDump[],
  opts: ConvertOptions,
): Promise<string> {
  const parsed = dumps.map((d) => parseGhcDump(d.text, d.name));
  const program = lower(
    parsed,
    opts.entry !== undefined ? { entry: opts.entry } : {},
  );
  return printStg(await inDialect(program, opts.dialect), {
    dialect: opts.dialect,
  });
}
