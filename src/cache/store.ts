// Cache entries: one file per key, written atomically (a temporary file
// renamed into place) and read back only when whole. Every failure -- a
// missing, unreadable, truncated or garbled entry, an unwritable directory --
// counts as a miss: the caller computes the value again, and the cache is
// never a reason for a run to fail.
import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { cacheDir } from "./cache-dir.js";

/** A key from parts, each length-prefixed so that no two lists collide. */
export function cacheKey(parts: readonly (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(`${Buffer.byteLength(p)}:`);
    h.update(p);
  }
  return h.digest("hex");
}

// An entry is `<sha256 of the payload> <payload>`: a torn or edited file
// fails the check and is treated as absent.
const DIGEST_LENGTH = 64;

/** The payload stored under `kind`/`key`, or undefined (miss, corrupt entry, caching off). */
export function readEntry(kind: string, key: string): Buffer | undefined {
  const dir = cacheDir(kind);
  if (dir === null) return undefined;
  let data: Buffer;
  try {
    data = readFileSync(join(dir, key));
  } catch {
    return undefined;
  }
  if (data.length < DIGEST_LENGTH + 1) return undefined;
  const digest = data.subarray(0, DIGEST_LENGTH).toString("latin1");
  const payload = data.subarray(DIGEST_LENGTH + 1);
  if (createHash("sha256").update(payload).digest("hex") !== digest)
    return undefined;
  return payload;
}

/**
 * Stores `payload` under `kind`/`key`; silently does nothing when it cannot.
 * The kind's directory is then pruned to `maxBytes` (oldest entries first),
 * so that entries no key reaches any more (an old build's) do not pile up.
 */
export function writeEntry(
  kind: string,
  key: string,
  payload: string | Buffer,
  maxBytes = DEFAULT_MAX_BYTES,
): void {
  const dir = cacheDir(kind);
  if (dir === null) return;
  const body = typeof payload === "string" ? Buffer.from(payload) : payload;
  const digest = createHash("sha256").update(body).digest("hex");
  const tmp = join(
    dir,
    `.${key}.${process.pid}.${randomBytes(4).toString("hex")}`,
  );
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(digest + "\n"), body]));
    // Readers see the old entry or the whole new one, never a part.
    renameSync(tmp, join(dir, key));
    prune(dir, maxBytes);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the next run misses and tries again.
    }
  }
}

/** Each kind's default budget. */
const DEFAULT_MAX_BYTES = 256 * 2 ** 20;

/** Deletes the oldest entries of `dir` until the rest fit in `maxBytes`. */
function prune(dir: string, maxBytes: number): void {
  const entries: { path: string; size: number; time: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      entries.push({ path, size: st.size, time: st.mtimeMs });
    } catch {
      // Gone already (another process pruned it).
    }
  }
  let total = entries.reduce((n, e) => n + e.size, 0);
  if (total <= maxBytes) return;
  entries.sort((a, b) => a.time - b.time);
  for (const e of entries) {
    if (total <= maxBytes) break;
    rmSync(e.path, { force: true });
    total -= e.size;
  }
}

/** The JSON value stored under `kind`/`key` when `valid` accepts it. */
export function readJsonEntry<T>(
  kind: string,
  key: string,
  valid: (v: unknown) => v is T,
): T | undefined {
  const payload = readEntry(kind, key);
  if (payload === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(payload.toString("utf8"));
    return valid(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
