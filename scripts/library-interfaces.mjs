// The installed interface files of a package, their text and its declarations, for the
// generators that read the libraries' interfaces (gen-o1-library-names,
// gen-o1-library-core).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * The libraries shipped with GHC whose -O1 internals the generators define
 * (gen-o1-library-names; gen-o1-library-core reads all but stm).
 */
export const O1_LIBRARIES = [
  "containers",
  "transformers",
  "mtl",
  "parsec",
  "bytestring",
  "text",
  "deepseq",
  "pretty",
  "time",
  "directory",
  "process",
  "stm",
  "exceptions",
  "binary",
  "unix",
  "integer-gmp",
  "xhtml",
  "hpc",
];

/** The directories an installed package's interface files are under. */
export function packageImportDirs(pkg) {
  return execFileSync(
    "ghc-pkg",
    ["field", pkg, "import-dirs", "--simple-output"],
    { encoding: "utf8" },
  )
    .trim()
    .split(/\s+/);
}

/** The interface files of a package: module -> .hi path. */
export function packageInterfaces(pkg) {
  const dirs = packageImportDirs(pkg);
  const out = new Map();
  const walk = (base, d) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(base, p);
      else if (p.endsWith(".hi"))
        out.set(relative(base, p).slice(0, -3).split(sep).join("."), p);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d, d);
  return out;
}

/** `ghc --show-iface` of one interface file (cached: scripts/ghc-cache.mjs). */
export { showIface } from "./ghc-cache.mjs";

// The declarations' text: occ -> { type (one line), info (its lines:
// whitespace in a string literal is the string's) }. With `dfuns`, an
// instance's dictionary (`DFunId` on the line after its type) has its
// info too.
export function rawDecls(text, { dfuns = false } = {}) {
  const lines = text.split("\n");
  const decls = new Map();
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {2}(\S+) ::(.*)$/.exec(lines[i]);
    if (m === null) continue;
    let type = m[2];
    while (
      i + 1 < lines.length &&
      /^ {4}/.test(lines[i + 1]) &&
      !/^\s*\[/.test(lines[i + 1])
    )
      type += " " + lines[++i].trim();
    let info = "";
    if (dfuns && lines[i + 1] === "  DFunId") i++;
    while (i + 1 < lines.length && /^ {2}(\[| )/.test(lines[i + 1]))
      info += "\n" + lines[++i];
    decls.set(m[1], {
      type: type.replace(/\s+/g, " ").trim(),
      info: info.trim(),
    });
  }
  return decls;
}
