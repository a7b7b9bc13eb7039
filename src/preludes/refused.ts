// Base functions hs2stg deliberately does not support, each with the reason
// (preludes/refused.txt). A program that needs one is told which Haskell
// function it is and why, instead of a bare "missing name".
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";

const REFUSED_FILE = fileURLToPath(
  new URL("../../preludes/refused.txt", import.meta.url),
);

let cached: ReadonlyMap<string, string> | undefined;

/**
 * Haskell name (`GHC.Conc.Sync.forkOS`) -> why it is refused. The file has
 * one `Module.name: reason` per line; `#` starts a comment line.
 */
export function refusedNames(): ReadonlyMap<string, string> {
  cached ??= parseRefused(readFileSync(REFUSED_FILE, "utf8"), "preludes/refused.txt");
  return cached;
}

export function parseRefused(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const sep = line.indexOf(": ");
    if (sep < 0)
      throw new UserError(`${file}:${i + 1}: expected \`Module.name: reason\``);
    out.set(line.slice(0, sep), line.slice(sep + 2));
  });
  return out;
}
