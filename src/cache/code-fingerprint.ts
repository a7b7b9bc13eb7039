// What a cached result computed by hs2stg's own code depends on besides its
// input: the code itself (every module of src/ under vitest, of dist/ when
// bin/hs2stg runs the modules, of dist/bundle/ when it runs the bundle) and
// the data files it reads (inventory/*.json, the refused list). Each file
// counts by name, size and modification time, so that a rebuild, a checkout
// or an edit makes every such entry miss.
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// This module is in src/cache/, dist/cache/ or (bundled) dist/bundle/: two
// levels below the package. The bundle is all the code a bundled run
// executes, a few dozen files where dist/ has some seven hundred to stat.
const HERE = dirname(fileURLToPath(import.meta.url));
const CODE_ROOT = basename(HERE) === "bundle" ? HERE : dirname(HERE);
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA_FILES = ["inventory", "preludes/refused.txt"];

let memo: string[] | undefined;

/** Name, size and time of every code and data file, in a fixed order (memoised). */
export function codeFingerprint(): readonly string[] {
  memo ??= compute();
  return memo;
}

function compute(): string[] {
  const out: string[] = [];
  const add = (path: string): void => {
    try {
      const st = statSync(path);
      out.push(path, String(st.size), String(st.mtimeMs));
    } catch {
      out.push(path, "absent");
    }
  };
  for (const f of listFiles(CODE_ROOT))
    if (/\.(js|ts|mjs|cjs)$/.test(f) && !f.endsWith(".d.ts")) add(f);
  for (const d of DATA_FILES) {
    const path = join(PACKAGE_ROOT, d);
    const files = listFiles(path);
    if (files.length === 0) add(path);
    else for (const f of files) add(f);
  }
  return out;
}

/** Every file below `dir` (sorted), or none when it is not a directory. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}
