// Compiles the examples/ corpus with GHC into STG dumps, in a temporary
// directory (never inside examples/). Shared by the corpus test and the bench.
import { execFile } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

/** A corpus program: one standalone module, or a directory built with --make. */
export interface Program {
  readonly name: string; // path relative to examples/, e.g. "fib.hs" or "multi-bank"
  readonly kind: "single" | "make";
  readonly path: string;
}

/**
 * Directories of examples/ that are not programs of this corpus:
 * ministg-article has its own Prelude module, which must not join the
 * one-shot compile of the other programs (test/pipeline/standalone/article.test.ts).
 */
const NOT_HERE = new Set(["ministg-article"]);

/** Every .hs under examples/: `NAME/Main.hs` directories are --make builds. */
export function listPrograms(root = EXAMPLES): Program[] {
  const out: Program[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const name = relative(root, path);
      if (statSync(path).isDirectory()) {
        if (dir === root && NOT_HERE.has(entry)) continue;
        if (existsSync(join(path, "Main.hs")))
          out.push({ name, kind: "make", path });
        else visit(path);
      } else if (entry.endsWith(".hs"))
        out.push({ name, kind: "single", path });
    }
  };
  if (existsSync(root)) visit(root);
  return out;
}

export interface CorpusDump {
  readonly program: Program;
  readonly level: "O0" | "O1";
  readonly file: string;
  readonly text: string;
  /** GHC's complaint when the program did not compile (text is then ""). */
  readonly error: string | null;
}

/**
 * Compiles every program at -O0 and -O1. Standalone modules go through one
 * GHC process per level (`-c` with many files: GHC's start-up is paid once);
 * --make builds print their modules' dumps to stdout, which we keep as one
 * multi-module dump. The two levels run side by side.
 */
export async function compileCorpus(
  programs: readonly Program[],
): Promise<CorpusDump[]> {
  const tmp = mkdtempSync(join(tmpdir(), "hs2stg-corpus-"));
  const src = join(tmp, "src");
  mkdirSync(src);
  const singles = programs.filter((p) => p.kind === "single");
  const copies = new Map<string, Program>();
  for (const p of singles) {
    // Unique, readable file names; one-shot mode ignores module/file mismatches.
    const copy = `${p.name.replace(/[/\\]/g, "__").replace(/[^\w.]/g, "_")}`;
    copyFileSync(p.path, join(src, copy));
    copies.set(copy.replace(/\.hs$/, ""), p);
  }
  const level = async (lvl: "O0" | "O1"): Promise<CorpusDump[]> => {
    const out = join(tmp, lvl);
    const dumps: CorpusDump[] = [];
    if (singles.length > 0) {
      const flags = [
        "-c",
        `-${lvl}`,
        "-ddump-stg-final",
        "-ddump-to-file",
        "-outputdir",
        out,
      ];
      const errors = new Map<string, string>();
      try {
        await ghc([...flags, ...[...copies.keys()].map((c) => `${c}.hs`)], src);
      } catch {
        // Some module does not compile: go one by one, so the rest is still checked.
        for (const copy of copies.keys())
          await ghc([...flags, `${copy}.hs`], src).catch((e: Error) =>
            errors.set(copy, e.message),
          );
      }
      for (const [copy, program] of copies) {
        const file = join(out, `${copy}.dump-stg-final`);
        const error =
          errors.get(copy) ??
          (existsSync(file) ? null : `GHC wrote no dump ${file}`);
        const text = error === null ? readFileSync(file, "utf8") : "";
        dumps.push({ program, level: lvl, file, text, error });
      }
    }
    const makes = programs.filter((q) => q.kind === "make");
    for (const [n, p] of makes.entries()) {
      const dir = join(tmp, `${lvl}-${n}-${basename(p.path)}`);
      cpSync(p.path, dir, { recursive: true });
      const file = `${p.name} (${lvl} --make stdout)`;
      const args = ["--make", `-${lvl}`, "-no-link", "-ddump-stg-final"];
      const made = await ghc(
        [...args, "-i.", "-outputdir", "out", "Main.hs"],
        dir,
      ).then(
        ({ stdout }) => ({ text: stdout, error: null }),
        (e: Error) => ({ text: "", error: e.message }),
      );
      dumps.push({ program: p, level: lvl, file, ...made });
    }
    return dumps;
  };
  try {
    const [o0, o1] = await Promise.all([level("O0"), level("O1")]);
    return [...o0!, ...o1!]; // texts are read, so the directory can go
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function ghc(args: string[], cwd: string): Promise<{ stdout: string }> {
  try {
    return await run("ghc", args, {
      cwd,
      maxBuffer: 1 << 30,
      encoding: "utf8",
    });
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new Error(
      `ghc ${args.join(" ")} failed in ${cwd}:\n${e.stderr ?? e.message}`,
    );
  }
}
