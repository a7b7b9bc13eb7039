// The examples corpus as data: which programs there are, their input and
// arguments, and the checked-in lists the corpus test reads.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const EXAMPLES_DIR = join(import.meta.dirname, "../../../examples");

export interface CorpusProgram {
  /** `fib` for examples/fib.hs, `multi-bank` for examples/multi-bank/Main.hs. */
  readonly name: string;
  /** The file given to GHC (the main module). */
  readonly source: string;
  /** Every Haskell file of the program. */
  readonly files: readonly string[];
  readonly stdin: Buffer;
  readonly args: readonly string[];
}

/** Directories of examples/ that are not corpus programs. */
const NOT_PROGRAMS = new Set(["parse"]);

export function corpusPrograms(): CorpusProgram[] {
  const out: CorpusProgram[] = [];
  for (const entry of readdirSync(EXAMPLES_DIR).sort()) {
    const path = join(EXAMPLES_DIR, entry);
    if (statSync(path).isDirectory()) {
      if (NOT_PROGRAMS.has(entry)) continue;
      const main = join(path, "Main.hs");
      if (!existsSync(main)) continue;
      const files = (readdirSync(path, { recursive: true }) as string[])
        .filter((f) => f.endsWith(".hs"))
        .map((f) => join(path, f));
      out.push(program(entry, main, files));
    } else if (entry.endsWith(".hs")) {
      out.push(program(entry.slice(0, -3), path, [path]));
    }
  }
  return out;
}

function program(name: string, source: string, files: string[]): CorpusProgram {
  const stdinPath = join(EXAMPLES_DIR, `${name}.stdin`);
  const argsPath = join(EXAMPLES_DIR, `${name}.args`);
  return {
    name,
    source,
    files,
    stdin: existsSync(stdinPath) ? readFileSync(stdinPath) : Buffer.alloc(0),
    args: existsSync(argsPath)
      ? parseArgsFile(readFileSync(argsPath, "utf8"))
      : [],
  };
}

/** One argument per line; a final newline does not add an empty argument. */
export function parseArgsFile(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * A checked-in list of program ids (`NAME` at -O0, `NAME@O1` at -O1), one per
 * line as `ID: reason`; `#` starts a comment line. Returns id -> reason.
 */
export function readIdList(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(join(import.meta.dirname, file), "utf8");
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const id = (colon < 0 ? line : line.slice(0, colon)).trim();
    const reason = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (out.has(id)) throw new Error(`${file}:${i + 1}: ${id} is listed twice`);
    out.set(id, reason);
  });
  return out;
}
