// Where hs2stg keeps what it can reuse between runs (GHC's dumps, the
// prelude index): `$HS2STG_CACHE_DIR`, else `$XDG_CACHE_HOME/hs2stg`, else
// `~/.cache/hs2stg` -- never beside the user's files. `HS2STG_NO_CACHE=1`
// or `hs2stg run --no-cache` turns every cache off for the process.
import { homedir } from "node:os";
import { join } from "node:path";

let disabled = false;

/** Turns the caches off for the rest of this process (`--no-cache`). */
export function disableCache(): void {
  disabled = true;
}

/** The directory of one kind of cache entry, or null when caching is off. */
export function cacheDir(kind: string): string | null {
  if (disabled || process.env["HS2STG_NO_CACHE"] === "1") return null;
  const explicit = process.env["HS2STG_CACHE_DIR"];
  const xdg = process.env["XDG_CACHE_HOME"];
  const root =
    explicit !== undefined && explicit !== ""
      ? explicit
      : join(
          xdg !== undefined && xdg !== "" ? xdg : join(homedir(), ".cache"),
          "hs2stg",
        );
  return join(root, kind);
}
