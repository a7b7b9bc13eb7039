// Finding GHC and checking its version. hs2stg is built against GHC 9.0.2's
// STG dumps; other versions are tried with a warning, because their dump
// syntax and base internals differ in places.
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";
import { UserError } from "../errors.js";
import { cacheKey, readJsonEntry, writeEntry } from "../cache/store.js";

export const SUPPORTED_GHC_VERSION = "9.0.2";

export const GHC_INSTALL_HINT = "apt-get install -y ghc";

export interface GhcInstallation {
  /** The command or path used to run GHC. */
  readonly path: string;
  /** `ghc --numeric-version`, e.g. "9.0.2". */
  readonly version: string;
  /** Whether this is the version hs2stg fully supports. */
  readonly supported: boolean;
}

const cache = new Map<string, Promise<GhcInstallation>>();

/**
 * Locates GHC: `explicit` (from `--ghc PATH`) when given, else `ghc` on PATH.
 * Throws a UserError naming the install command when it cannot be run.
 * Results are cached per path for the life of the process.
 */
export function locateGhc(explicit?: string): Promise<GhcInstallation> {
  const path = explicit ?? "ghc";
  let found = cache.get(path);
  if (found === undefined) {
    found = probe(path, explicit !== undefined);
    // A failed probe is not cached, so a later call can succeed after an install.
    found.catch(() => cache.delete(path));
    cache.set(path, found);
  }
  return found;
}

async function probe(
  path: string,
  explicit: boolean,
): Promise<GhcInstallation> {
  const key = binaryKey(path);
  const known =
    key === undefined
      ? undefined
      : readJsonEntry(VERSION_KIND, key, isVersionEntry);
  if (known !== undefined)
    return {
      path,
      version: known.version,
      supported: known.version === SUPPORTED_GHC_VERSION,
    };
  const r = await numericVersion(path);
  if (!r.ok) {
    const where = explicit ? `at ${path}` : "on the PATH";
    if (r.code === "ENOENT" || r.code === "EACCES") {
      throw new UserError(
        `GHC was not found ${where}; hs2stg needs GHC ${SUPPORTED_GHC_VERSION} to run Haskell source.\n` +
          `Install it with \`${GHC_INSTALL_HINT}\`, or pass --ghc PATH.`,
      );
    }
    throw new UserError(
      `could not run GHC ${where} (\`${path} --numeric-version\` failed): ${r.output}`,
    );
  }
  const version = r.stdout.trim();
  if (key !== undefined)
    writeEntry(VERSION_KIND, key, JSON.stringify({ version }));
  return { path, version, supported: version === SUPPORTED_GHC_VERSION };
}

/**
 * `path --numeric-version`'s output, or why it failed (the spawn error's
 * code, and what the command printed). Through node:child_process, not
 * execa: loading and running execa cost ~80 ms CPU of a first run.
 */
function numericVersion(
  path: string,
): Promise<
  | { readonly ok: true; readonly stdout: string }
  | { readonly ok: false; readonly code?: string; readonly output: string }
> {
  // Required here, not imported: a known GHC loads no child_process.
  const { execFile } = createRequire(import.meta.url)(
    "node:child_process",
  ) as typeof import("node:child_process");
  return new Promise((resolve) => {
    execFile(
      path,
      ["--numeric-version"],
      { encoding: "utf8" },
      (err, stdout, stderr) => {
        if (err === null) return resolve({ ok: true, stdout });
        const output = `${stdout}${stderr}`.trim();
        resolve({
          ok: false,
          ...(typeof err.code === "string" ? { code: err.code } : {}),
          output: output !== "" ? output : err.message,
        });
      },
    );
  });
}

// `ghc --numeric-version` costs a process start on every run; its answer is
// cached per binary (the file GHC's path resolves to, its size and time).
const VERSION_KIND = "ghc-version";

function binaryKey(path: string): string | undefined {
  const file = onPath(path);
  if (file === undefined) return undefined;
  try {
    const real = realpathSync(file);
    const st = statSync(real);
    return cacheKey([path, real, String(st.size), String(st.mtimeMs)]);
  } catch {
    return undefined;
  }
}

/** The executable `command` runs (a path, or found on $PATH). */
function onPath(command: string): string | undefined {
  const candidates = command.includes("/")
    ? [command]
    : (process.env["PATH"] ?? "")
        .split(delimiter)
        .filter((d) => d !== "")
        .map((d) => join(d, command));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      if (statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function isVersionEntry(v: unknown): v is { version: string } {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { version?: unknown }).version === "string" &&
    (v as { version: string }).version !== ""
  );
}

/** The warning printed when GHC is not the supported version (null when it is). */
export function versionWarning(ghc: GhcInstallation): string | null {
  if (ghc.supported) return null;
  return (
    `warning: GHC ${ghc.version} found at ${ghc.path}; hs2stg supports GHC ${SUPPORTED_GHC_VERSION}. ` +
    `Trying anyway: dumps or base internals may differ.`
  );
}
