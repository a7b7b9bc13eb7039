// Reading miniSTG files: the one loader behind every prelude (preludes/base,
// the ministg Prelude, the ministg-dialect support library, a user's
// `--prelude FILE.stg`) and the programs `hs2stg run` is given. A file that
// cannot be read is a UserError naming it; syntax errors are LocatedErrors
// with file:line:col.
import { readFileSync } from "node:fs";
import type { Dialect, Program } from "./ast.js";
import { UserError, fileErrorText } from "../errors.js";
import { parseStg } from "./parse.js";

/** A file's dialect, or "either": the extended dialect, else ministg's exact one. */
export type FileDialect = Dialect | "either";

/** The text of `path`; `what` says what it was to be (`the prelude`, `the program`). */
export function readStgText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new UserError(`${path}: cannot read ${what}: ${fileErrorText(err)}`);
  }
}

/** Parses `.stg` text: the extended dialect (a superset), falling back to ministg's exact lexer. */
export function parseStgFile(text: string, file: string): Program {
  try {
    return parseStg(text, { file, dialect: "extended" });
  } catch (extendedError) {
    try {
      return parseStg(text, { file, dialect: "ministg" });
    } catch {
      throw extendedError;
    }
  }
}

export interface StgFileOptions {
  readonly dialect: FileDialect;
  /** What messages call the file (default its path), e.g. `preludes/base/GHC.Show.stg`. */
  readonly label?: string;
  /** What it was to be, for a read error (default `the file`). */
  readonly what?: string;
}

/** Reads and parses one miniSTG file. */
export function readStgFile(path: string, opts: StgFileOptions): Program {
  const text = readStgText(path, opts.what ?? "the file");
  const file = opts.label ?? path;
  return opts.dialect === "either"
    ? parseStgFile(text, file)
    : parseStg(text, { file, dialect: opts.dialect });
}
