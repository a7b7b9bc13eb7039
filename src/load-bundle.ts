// Runs the bundle (dist/bundle/, a CommonJS build of cli-start.ts made by
// scripts/bundle.mjs) with V8's code cache: each chunk is compiled through
// vm.Script with the cached data a previous run left in the user's cache
// directory, so V8 neither parses nor compiles again the functions that run
// used (Node 20 has no module.enableCompileCache; ES modules offer no way to
// hand V8 cached data). A chunk without cached data, or whose data V8
// rejects (another Node, other V8 flags, a changed chunk), is compiled as
// usual, and at exit the cache is written again from what this run compiled.
//
// The entry is keyed by Node's version and architecture, the bundle's
// directory and its entry file's size and time (every build rewrites it);
// chunks carry a hash of their content in their names and count by name.
// store.ts checks the entry's digest, so a corrupt file is a miss, never
// data handed to V8. HS2STG_NO_CACHE=1 or --no-cache leave it alone.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { Script } from "node:vm";
import { cacheKey, readEntry, writeEntry } from "./cache/store.js";

/** The bundle's entry file (scripts/bundle.mjs names it). */
export const BUNDLE_ENTRY = "cli-start.cjs";

const KIND = "code-cache";
const FORMAT = "hs2stg-code-cache-1";
// A few builds' worth: the entries of older builds are pruned.
const MAX_BYTES = 32 * 2 ** 20;

interface LoadedChunk {
  readonly script: Script;
  readonly exports: Record<string, unknown>;
}

/** Runs `start` of the bundle in `dir` on `argv`; resolves to the exit code. */
export async function runBundle(
  dir: string,
  argv: readonly string[],
): Promise<number> {
  const key =
    process.env["HS2STG_NO_CACHE"] === "1" || argv.includes("--no-cache")
      ? undefined
      : codeCacheKey(dir);
  const stored = key === undefined ? new Map() : readCodeCache(key);
  const loaded = new Map<string, LoadedChunk>();
  let stale = false;
  const nodeRequire = createRequire(join(dir, BUNDLE_ENTRY));

  const load = (name: string): Record<string, unknown> => {
    const done = loaded.get(name);
    if (done !== undefined) return done.exports;
    const file = join(dir, name);
    const source = readFileSync(file, "utf8");
    const cachedData = stored.get(name);
    const script = new Script(
      // CommonJS's wrapper, on the first line so that line numbers hold.
      `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
      {
        filename: file,
        ...(cachedData !== undefined ? { cachedData } : {}),
      },
    );
    if (cachedData === undefined || script.cachedDataRejected === true)
      stale = true;
    const module = { exports: {} as Record<string, unknown> };
    // Set before it runs: chunks that require each other see the exports so far.
    loaded.set(name, { script, exports: module.exports });
    const require = (id: string): unknown =>
      id.startsWith("./") ? load(id.slice(2)) : nodeRequire(id);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, require, module, file, dir);
    if (module.exports !== loaded.get(name)!.exports)
      loaded.set(name, { script, exports: module.exports });
    return module.exports;
  };

  if (key !== undefined)
    process.on("exit", () => {
      if (!stale) return;
      // What every chunk loaded now has compiled, with the entries of
      // chunks this run did not load kept as they were.
      const next = new Map(stored);
      for (const [name, chunk] of loaded)
        next.set(name, chunk.script.createCachedData());
      try {
        writeEntry(
          KIND,
          key,
          serialize({ format: FORMAT, chunks: next }),
          MAX_BYTES,
        );
      } catch {
        // Not cached this time.
      }
    });

  const { start } = load(BUNDLE_ENTRY) as {
    start: (argv: readonly string[]) => Promise<number>;
  };
  return start(argv);
}

function codeCacheKey(dir: string): string | undefined {
  try {
    const st = statSync(join(dir, BUNDLE_ENTRY));
    return cacheKey([
      FORMAT,
      process.version,
      process.arch,
      dir,
      String(st.size),
      String(st.mtimeMs),
    ]);
  } catch {
    return undefined;
  }
}

/** The cached data by chunk name; empty when there is none or it is not whole. */
function readCodeCache(key: string): Map<string, Uint8Array> {
  const payload = readEntry(KIND, key);
  if (payload === undefined) return new Map();
  try {
    const v = deserialize(payload) as { format?: unknown; chunks?: unknown };
    if (v.format !== FORMAT || !(v.chunks instanceof Map)) return new Map();
    const chunks = new Map<string, Uint8Array>();
    for (const [name, data] of v.chunks as Map<unknown, unknown>)
      if (typeof name === "string" && data instanceof Uint8Array)
        chunks.set(name, data);
    return chunks;
  } catch {
    return new Map();
  }
}
