// What a cached result computed by hs2stg's own code depends on besides its
// input: the code itself (every module of src/ under vitest, of dist/
// otherwise) and the data files it reads (inventory/*.json, the refused
// list). Each file counts by name, size and modification time, so that a
// rebuild, a checkout or an edit makes every such entry miss.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// src/cache/ and dist/cache/ are one level below the code root, two below the package.
const CODE_ROOT = fileURLToPath(new URL("../", import.meta.url));
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
    if (/\.(js|ts|mjs)$/.test(f) && !f.endsWith(".d.ts")) add(f);
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
