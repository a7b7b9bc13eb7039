#!/usr/bin/env node
// The -O0 (or, with --o1, -O1) surface names the preludes cover but no program of ours ran
// (covered is not tested: such a name may still be wrong). Lists them per
// package and per defining module, largest groups first.
//   node scripts/unexercised.mjs                 every package, every name
//   node scripts/unexercised.mjs --summary       counts per package and module
//   node scripts/unexercised.mjs --package base --module Data.List
//   node scripts/unexercised.mjs --exercised FILE   another list of run names
//                                                   (default inventory/exercised.txt)
//   node scripts/unexercised.mjs --o1            the -O1 surfaces instead (the
//                                                names unfoldings reach too)
// A name counts for the package whose module defines it (re-exports count
// once, for the defining package), as in docs/coverage.md. Needs `npm run build`.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isCovered } from "../dist/coverage/coverage.js";
import { o1Surface } from "../dist/coverage/surface.js";
import { SURFACE_JSON, EXERCISED_TXT } from "../dist/coverage/files.js";
import { loadBasePrelude } from "../dist/preludes/base.js";
import { globalName } from "../dist/lower/index.js";
import { splitQualified } from "../dist/lower/names.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) {
    process.stderr.write(`unexercised: ${flag} needs a value\n`);
    process.exit(1);
  }
  return v;
};
const onlyPackage = option("--package");
const onlyModule = option("--module");
const summary = args.includes("--summary");
const o1 = args.includes("--o1");
const exercisedFile = option("--exercised") ?? join(root, EXERCISED_TXT);

const surface = JSON.parse(readFileSync(join(root, SURFACE_JSON), "utf8"));
const defined = new Set(loadBasePrelude().definitions.keys());
const exercised = new Set(
  readFileSync(exercisedFile, "utf8")
    .split("\n")
    .filter((l) => l !== ""),
);

// Defining module -> its package (exposed and internal modules alike).
const packageOf = new Map();
for (const p of surface.packages)
  for (const m of [...p.modules, ...p.internal]) packageOf.set(m, p.name);

// package -> module -> sorted unexercised names, over the union of the
// exposed modules' -O0 surfaces.
const seen = new Set();
const groups = new Map();
let covered = 0;
for (const p of surface.packages)
  for (const exposed of p.modules)
    for (const q of o1
      ? o1Surface(surface, exposed)
      : (surface.o0[exposed] ?? [])) {
      if (seen.has(q)) continue;
      seen.add(q);
      const { module, occ } = splitQualified(q);
      const pkg = packageOf.get(module);
      if (pkg === undefined || !isCovered(q, defined)) continue;
      if (module === "GHC.Prim") continue; // primops: covered by the machine, not a prelude name
      covered++;
      if (exercised.has(globalName(module, occ))) continue;
      if (onlyPackage !== undefined && pkg !== onlyPackage) continue;
      if (onlyModule !== undefined && module !== onlyModule) continue;
      if (!groups.has(pkg)) groups.set(pkg, new Map());
      const mods = groups.get(pkg);
      if (!mods.has(module)) mods.set(module, []);
      mods.get(module).push(occ);
    }

const count = (mods) => [...mods.values()].reduce((n, l) => n + l.length, 0);
const out = [];
const pkgs = [...groups.entries()].sort((a, b) => count(b[1]) - count(a[1]));
for (const [pkg, mods] of pkgs) {
  out.push(`${pkg}: ${count(mods)} covered names never run`);
  const sorted = [...mods.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  for (const [module, occs] of sorted) {
    if (summary) {
      out.push(`  ${module}: ${occs.length}`);
      continue;
    }
    out.push(`  ${module} (${occs.length}):`);
    for (const occ of occs.sort()) out.push(`    ${occ}`);
  }
}
process.stdout.write(out.join("\n") + (out.length > 0 ? "\n" : ""));
process.stderr.write(
  `unexercised: ${covered} covered non-primop names in all, ${[...groups.values()].reduce((n, m) => n + count(m), 0)} listed\n`,
);
