// Where GHC runs for a source file. GHC 9.0.2 places `-ddump-to-file`
// output by joining the output directory with the source path as given, so
// an absolute or `../` path would put dumps beside the user's sources. We
// therefore run GHC in the source's directory and pass only its base name;
// `-i.` then finds the other modules of a multi-module program there.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { UserError } from "../errors.js";

export interface SourceLocation {
  /** Absolute directory of the source: GHC's working directory. */
  readonly dir: string;
  /** The file's base name, as GHC is given it. */
  readonly name: string;
  /** The path as the user wrote it, for messages. */
  readonly display: string;
}

export function locateSource(file: string): SourceLocation {
  const abs = resolve(file);
  if (!existsSync(abs)) throw new UserError(`${file}: no such file`);
  if (!statSync(abs).isFile()) throw new UserError(`${file}: not a file`);
  return { dir: dirname(abs), name: basename(abs), display: file };
}
