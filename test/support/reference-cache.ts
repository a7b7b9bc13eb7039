// A cache of the reference machine's runs of whole programs, for the
// differential test (test/ministg/machine/differential.test.ts): the
// reference is the oracle there, as GHC is for the library programs, and its
// answer depends only on the program, the run's options and the machine's
// code. An entry is keyed by all three: the linked program (serialised), the
// options, and the content of every source file the machines' entry point
// (src/ministg/run-stg.ts) imports, transitively, except the fast engine's
// own loop (machine/machine.ts, through which alone jit/ is reached): a
// reference run never enters it, and most speed work edits only it, so such
// a change keeps the cache (any change to the reference, the loader, frames,
// values, the primops or the scheduler makes every entry miss). The fast
// engine always runs, and a cached answer that it does not agree with is
// checked by running the reference (a run may read the directory or the
// environment, which the key leaves out). The cache lives beside the GHC runs'
// (`$XDG_CACHE_HOME/hs2stg/reference-runs`, else `~/.cache/...`);
// HS2STG_NO_CACHE=1 turns it off.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import type { TranslatedProgram } from "../../src/pipeline/translate.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const ENTRY = join(ROOT, "src", "ministg", "run-stg.ts");
/** The fast engine's loop: only the fast engine runs it (see above). */
const FAST_LOOP = join(ROOT, "src", "ministg", "machine", "machine.ts");
const FORMAT = "hs2stg-reference-run-1";

const DIR =
  process.env["HS2STG_NO_CACHE"] === "1"
    ? null
    : join(
        process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"),
        "hs2stg",
        "reference-runs",
      );

let codeHash: string | undefined;

/** The hash of every file the reference's runs can execute (see above; memoised). */
function machineCode(): string {
  if (codeHash !== undefined) return codeHash;
  const seen = new Set<string>();
  const todo = [ENTRY];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || file === FAST_LOOP) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // static imports, re-exports and dynamic imports of our own modules
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g))
      todo.push(resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts")));
  }
  const h = createHash("sha256");
  for (const f of [...seen].sort()) {
    h.update(relative(ROOT, f));
    h.update("\0");
    h.update(readFileSync(f));
    h.update("\0");
  }
  codeHash = h.digest("hex");
  return codeHash;
}

/**
 * The hash of a linked program, the same in every checkout: the files its
 * bindings came from are named relative to the checkout. (A run that prints
 * such a name differs between checkouts; the differential test then runs the
 * reference again, see above.)
 */
export function programHash(p: TranslatedProgram): string {
  return createHash("sha256")
    .update(
      serialize([
        p.program,
        p.conTags,
        p.sources.map((s) => ({
          ...s,
          file: s.file.split(ROOT).join("<root>"),
        })),
      ]),
    )
    .digest("hex");
}

/**
 * `run()`'s report, from the cache when the same program ran with the same
 * options on the same machine code before. `same` is what must survive the
 * cache (a report that does not come back equal is not stored).
 */
export function cachedReference<R>(
  parts: readonly string[],
  run: () => R,
  same: (r: R) => unknown,
): R {
  const key = createHash("sha256")
    .update(JSON.stringify([FORMAT, machineCode(), ...parts]))
    .digest("hex");
  const file = DIR === null ? null : join(DIR, `${key}.bin`);
  if (file !== null) {
    try {
      return deserialize(readFileSync(file)) as R;
    } catch {
      // no entry (or a damaged one): run
    }
  }
  const report = run();
  if (file !== null) {
    try {
      const bytes = serialize(report);
      if (isDeepStrictEqual(same(deserialize(bytes) as R), same(report))) {
        mkdirSync(DIR!, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file); // atomic: readers see all or nothing
      }
    } catch {
      // A report that cannot be stored only costs time.
    }
  }
  return report;
}
