// Reads the installed packages' interface files through GHC itself:
// `ghc-pkg field` for each package's modules and import directories,
// `ghc --show-iface` for each module's interface.
import { execa } from "execa";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseIface, type ModuleIface } from "./iface.js";
import type { PackageModules } from "./surface.js";

/** The packages the inventory covers, in dependency order. */
export const SURFACE_PACKAGES: readonly string[] = [
  "ghc-prim",
  "ghc-bignum",
  "base",
  "array",
  "deepseq",
  "time",
  "containers",
  "transformers",
  "mtl",
  "stm",
  "filepath",
  "directory",
  "process",
  "pretty",
  "bytestring",
  "text",
  "parsec",
  "exceptions",
  "binary",
  "unix",
  "integer-gmp",
  "xhtml",
  "hpc",
];

export interface InstalledInterfaces {
  readonly ghc: string;
  readonly packages: PackageModules[];
  readonly ifaces: Map<string, ModuleIface>;
}

export async function readInstalledInterfaces(
  ghc: string,
  ghcPkg: string,
  jobs: number,
  log: (line: string) => void,
): Promise<InstalledInterfaces> {
  const version = (await execa(ghc, ["--numeric-version"])).stdout.trim();
  // Module lists are separated by commas or white space; a re-exported
  // module (`M from pkg:M`) belongs to its own package and is left out.
  const field = async (pkg: string, name: string) =>
    (await execa(ghcPkg, ["field", pkg, name, "--simple-output"])).stdout
      .split(/,\s*|\n/)
      .flatMap((entry) => (entry.includes(" from ") ? [] : entry.split(/\s+/)))
      .filter((w) => w !== "");
  const packages: PackageModules[] = [];
  const files: { module: string; hi: string }[] = [];
  for (const pkg of SURFACE_PACKAGES) {
    const [v] = await field(pkg, "version");
    const exposed = await field(pkg, "exposed-modules");
    const hidden = await field(pkg, "hidden-modules");
    const dirs = await field(pkg, "import-dirs");
    // GHC.Prim has no interface file: the compiler knows it (its primops).
    const virtual = pkg === "ghc-prim" ? ["GHC.Prim"] : [];
    packages.push({
      name: pkg,
      version: v ?? "?",
      modules: [...exposed].sort(),
      internal: [...hidden, ...virtual].sort(),
    });
    for (const m of [...exposed, ...hidden]) {
      const rel = m.split(".").join("/") + ".hi";
      const hi = dirs.map((d) => join(d, rel)).find((p) => existsSync(p));
      if (hi !== undefined) files.push({ module: m, hi });
    }
  }
  log(`reading ${files.length} interface files with ${ghc} --show-iface`);
  const ifaces = new Map<string, ModuleIface>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++]!;
      const out = await execa(ghc, ["--show-iface", f.hi]);
      ifaces.set(f.module, parseIface(out.stdout));
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { ghc: version, packages, ifaces };
}
