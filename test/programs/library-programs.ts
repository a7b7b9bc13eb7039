// The library programs, test/programs/GROUP/NAME.hs (with NAME.stdin and
// NAME.args when they need input), as program-suite.ts compares them with
// GHC and the machine's differential test runs them: one list, so both take
// the same GHC builds from the cache. A program of several modules is a
// directory, test/programs/GROUP/NAME/ with Main.hs and its modules (GHC
// finds them from there), NAME.stdin and NAME.args beside the directory.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ProgramInput } from "../support/ghc-compare.js";
import { parseArgsFile } from "../pipeline/corpus/corpus-programs.js";

export const PROGRAMS_DIR = import.meta.dirname;

// Programs that write files: each run (GHC's binary and ours) gets an empty
// directory of its own as working directory and TMPDIR, and the files it
// leaves there are compared too. Such programs use relative paths and never
// print absolute ones (the directories differ between the runs). Without a
// sandbox, the -O0 and -O1 runs of one program, which run at once in two
// test workers, would share (and delete) each other's files. Whole groups
// are sandboxed, and any other program whose sources name a function that
// writes or removes files.
export const SANDBOXED: ReadonlySet<string> = new Set([
  "files",
  "handles",
  "bytestring",
  "text",
  "wild",
  "wild2",
  "process",
  "binary",
  "unix",
  "hpc",
]);

export interface LibraryProgram {
  /** `GROUP/NAME`. */
  readonly id: string;
  readonly input: ProgramInput;
}

/** Every program. */
export function allLibraryPrograms(): LibraryProgram[] {
  const out: LibraryProgram[] = [];
  for (const group of readdirSync(PROGRAMS_DIR).sort()) {
    const gdir = join(PROGRAMS_DIR, group);
    if (!statSync(gdir).isDirectory()) continue;
    for (const file of readdirSync(gdir).sort()) {
      const multi = statSync(join(gdir, file)).isDirectory();
      if (!multi && !file.endsWith(".hs")) continue;
      const name = multi ? file : file.slice(0, -3);
      const source = multi ? join(gdir, file, "Main.hs") : join(gdir, file);
      if (multi && !existsSync(source)) continue;
      const stdin = join(gdir, `${name}.stdin`);
      const args = join(gdir, `${name}.args`);
      out.push({
        id: `${group}/${name}`,
        input: {
          source,
          ...(multi ? { files: moduleFiles(join(gdir, file)) } : {}),
          stdin: existsSync(stdin) ? readFileSync(stdin) : Buffer.alloc(0),
          args: existsSync(args)
            ? parseArgsFile(readFileSync(args, "utf8"))
            : [],
          progName: name,
          sandbox:
            SANDBOXED.has(group) ||
            (multi ? moduleFiles(join(gdir, file)) : [source]).some(
              writesFiles,
            ),
        },
      });
    }
  }
  return out;
}

const WRITES_FILES =
  /\b(writeFile|appendFile|openFile|openBinaryFile|withFile|withBinaryFile|removeFile|renameFile|createDirectory\w*|removeDirectory\w*|openTempFile\w*)\b/;

/** Whether a source names a function that writes or removes files. */
function writesFiles(source: string): boolean {
  return WRITES_FILES.test(readFileSync(source, "utf8"));
}

/** Every Haskell source (and boot file) below `dir`, sorted. */
function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(l?hs|l?hs-boot)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Whether HS2STG_PROGRAMS=printf,lists/sortOn (groups or programs) selects `id`. */
export function selected(id: string): boolean {
  const only = process.env["HS2STG_PROGRAMS"]
    ?.split(",")
    .filter((n) => n !== "");
  return (
    only === undefined || only.some((o) => id === o || id.startsWith(`${o}/`))
  );
}
