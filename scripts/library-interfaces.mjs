// The installed interface files of a package and their text, for the
// generators that read the libraries' interfaces (gen-o1-library-names,
// gen-o1-library-core).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The interface files of a package: module -> .hi path. */
export function packageInterfaces(pkg) {
  const dirs = execFileSync(
    "ghc-pkg",
    ["field", pkg, "import-dirs", "--simple-output"],
    { encoding: "utf8" },
  )
    .trim()
    .split(/\s+/);
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

/** `ghc --show-iface` of one interface file. */
export const showIface = (hi) =>
  execFileSync("ghc", ["--show-iface", hi], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
