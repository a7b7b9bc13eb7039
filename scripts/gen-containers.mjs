#!/usr/bin/env node
// Regenerates the containers preludes (preludes/base/Data.Map.Internal.stg,
// ...) from our own Haskell sources in libraries/containers/ (written from
// containers' documented API and data layouts, not from its code).
//
//   npm run build && node scripts/gen-containers.mjs [--check] [Module...]
//
// --check writes nothing and exits 1 when a checked-in file differs from
// what would be written.
//
// GHC compiles the sources with -O1 (UNPACK pragmas are honoured only when
// optimising, and containers' -O1 callers rely on the unpacked Size/Prefix
// fields), -fignore-interface-pragmas (our code calls only base's exported
// names), -fno-worker-wrapper and -fomit-interface-pragmas (GHC invents no
// `$w...` names of its own, whose conventions could differ from containers').
// Each module's STG is lowered with hs2stg's own lowering and printed.
// Naming rules applied to the printed text:
//   - a top-level binder GHC left unqualified (a local helper) gets `_hs`
//     appended to its occurrence name, so it never collides with one of
//     containers' real internal names;
//   - a source name `zz_X` is containers' internal whose Z-encoded name is X
//     (`zz_zdwelemAt` is the worker `$welemAt`), written by hand with the
//     convention its interface file gives.
import { tmpdir } from "node:os";
import {
  unlinkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdtempSync,
  rmSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGhcDump } from "../dist/parse-ghc-dump/index.js";
import { Globals, topBindings, moduleNameOf } from "../dist/lower/globals.js";
import { Constructors } from "../dist/lower/constructors.js";
import { ModuleLowering } from "../dist/lower/lower-module.js";
import { EnumTypes } from "../dist/lower/types.js";
import { printStg } from "../dist/print/print-stg.js";
import { zEncode, zDecode } from "../dist/lower/names.js";
import { canSynthesize } from "../dist/preludes/library-constructors.js";
import { letGroupsAsLetrec } from "../dist/preludes/letrec-groups.js";
import { ghcMake, showIface } from "./ghc-cache.mjs";
import { exportedOccs } from "./generated-preludes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "libraries/containers");
const out = join(root, "preludes/base");
// A directory of this run's own: a test and a developer may run it at once.
const work = mkdtempSync(join(tmpdir(), "hs2stg-gen-containers-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
mkdirSync(work, { recursive: true });

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".hs")
        ? [join(dir, e.name)]
        : [],
  );
}

const files = sources(src);
const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((a) => a !== "--check");
let stale = 0;
ghcMake(
  [
    "--make",
    "-no-link",
    "-O1",
    "-fignore-interface-pragmas",
    "-fno-worker-wrapper",
    // the real unit: TyCon fingerprints (Typeable) and package names are
    // containers-0.6.4.1's
    "-this-unit-id",
    "containers-0.6.4.1",
    "-hide-package",
    "containers",
    "-hide-package",
    "deepseq",
    "-i" + relative(root, src),
    // our deepseq (its NFData class; containers has the instances)
    "-i" + relative(root, join(root, "libraries", "deepseq")),
    // our Data.Data (its class; containers has the instances)
    "-i" + relative(root, join(root, "libraries", "base")),
    "-outputdir",
    work,
    "-ddump-stg-final",
    "-ddump-to-file",
    "-dsuppress-ticks",
    "-fforce-recomp",
    // Relative paths: call-site strings and the patterns GHC prints in
    // pattern-match errors (wrapped by width) must not depend on where the
    // checkout is.
    ...files.map((f) => relative(root, f)),
  ],
  {
    cwd: root,
    // the sources and those of the -i directories
    inputs: ["containers", "deepseq", "base"].map((l) =>
      join(root, "libraries", l),
    ),
    root,
    temp: work,
    outDir: work,
    keep: [".hi", ".dump-stg-final"],
  },
);

for (const f of files) {
  const mod = relative(src, f).replace(/\.hs$/, "").split("/").join(".");
  if (only.length > 0 && !only.includes(mod)) continue;
  // GHC 9.0 writes a relative source's dump under -outputdir, at its path.
  const dumpFile = join(work, relative(root, f)).replace(
    /\.hs$/,
    ".dump-stg-final",
  );
  const dump = parseGhcDump(readFileSync(dumpFile, "utf8"), dumpFile);
  unlinkSync(dumpFile);
  const modules = dump.modules.map((module) => ({
    file: dumpFile,
    module,
    name: moduleNameOf(module),
  }));
  const ctx = {
    globals: new Globals(modules),
    cons: new Constructors(),
    topLits: new Map(),
    enums: new EnumTypes(modules),
    tagToEnumTypes: new Set(),
  };
  const lowerings = modules.map((m, i) => new ModuleLowering(ctx, i, m));
  for (const l of lowerings) l.collectLiterals();
  const bindings = lowerings.flatMap((l) => l.lowerBindings());
  const suffix = "_" + zEncode(mod);
  const defined = new Set(bindings.map((b) => b.name));
  const pool = [
    ...bindings,
    ...ctx.enums.helpers(ctx.tagToEnumTypes),
    ...ctx.cons.generate((n) => defined.has(n)),
  ].filter(
    (b) =>
      b.name.includes("_") && // nil, true, ... are GHC.Types'
      !(
        b.name.startsWith("con_") &&
        (canSynthesize(b.name) || !b.name.endsWith(suffix))
      ),
  );
  // Renames: local helpers get `_hs`; `zd...` source names become `$...`.
  const renames = new Map();
  const localNames = new Set();
  modules.forEach((m, i) => {
    for (const b of topBindings(m.module))
      if (b.name.module === null)
        localNames.add(ctx.globals.binderName(i, b.name));
  });
  // The module's exported source names (from our interface file).
  const iface = showIface(join(work, relative(src, f).replace(/\.hs$/, ".hi")));
  const exported = exportedOccs(iface);
  // GHC-made names we keep: instance dictionaries and their methods,
  // constructor wrappers, Typeable bindings.
  const keep = (occ) =>
    exported.has(occ) ||
    /^zd[Wbm]/.test(occ) || // constructor wrappers, pattern synonyms
    (/^zd(f|tc|tr)/.test(occ) && !/[0-9]$/.test(occ));
  for (const b of pool) {
    const n = b.name;
    if (!n.endsWith(suffix)) continue;
    const occ = n.slice(0, -suffix.length);
    const hs = zDecode(occ);
    if (hs.startsWith("zz_") && exported.has(occ) && !localNames.has(n))
      renames.set(n, hs.slice(3) + suffix);
    else if (localNames.has(n) || !keep(occ))
      renames.set(n, occ + "zuhs" + suffix);
  }
  let text = printStg({ bindings: pool }, { dialect: "extended" });
  text = text.replace(/[A-Za-z0-9_]+/g, (w) => renames.get(w) ?? w);
  // Call-site strings name the source relative to the checkout, wherever it is.
  text = text.split(root).join("");
  // Chains of lets as one letrec where that means the same (fewer steps).
  text = letGroupsAsLetrec(text, `${mod}.stg`);
  const header =
    `# GENERATED by scripts/gen-containers.mjs from libraries/containers/${relative(src, f)}\n` +
    `# (our own implementation of containers-0.6.4.1's ${mod}); do not edit.\n\n`;
  const target = join(out, `${mod}.stg`);
  if (check) {
    let old = "";
    try {
      old = readFileSync(target, "utf8");
    } catch {}
    if (old !== header + text) {
      console.log(
        `${relative(root, target)} differs from what the generator writes`,
      );
      stale++;
    }
  } else {
    writeFileSync(target, header + text);
    console.log(`${mod}: ${pool.length} bindings`);
  }
}
if (stale > 0) process.exit(1);
