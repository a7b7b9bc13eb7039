#!/usr/bin/env node
// The names of a package that are covered but no program of ours has run:
// the work list for writing exercising programs (the "run" column of
// docs/coverage.md counts the others).
//   node scripts/unrun.mjs PACKAGE [--o1]   (PACKAGE: a name prefix, e.g. containers)
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isCovered, packageOwnNames } from "../dist/coverage/coverage.js";
import { loadBasePrelude } from "../dist/preludes/base.js";
import { globalName, splitQualified } from "../dist/lower/names.js";
import {
  SURFACE_JSON,
  readExercised,
  readSurface,
} from "../dist/coverage/files.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [pkgName, ...rest] = process.argv.slice(2);
if (pkgName === undefined) {
  process.stderr.write("usage: node scripts/unrun.mjs PACKAGE [--o1]\n");
  process.exit(2);
}
const at = rest.includes("--o1") ? "o1" : "o0";
const surface = readSurface(root);
const pkg = surface.packages.find((p) => p.name.startsWith(pkgName));
if (pkg === undefined) {
  process.stderr.write(`unrun: no package ${pkgName} in ${SURFACE_JSON}\n`);
  process.exit(1);
}
const defined = new Set(loadBasePrelude().definitions.keys());
const exercised = readExercised(root);
const byModule = new Map();
for (const q of packageOwnNames(surface, pkg, at)) {
  const { module, occ } = splitQualified(q);
  if (!isCovered(q, defined) || exercised.has(globalName(module, occ)))
    continue;
  if (!byModule.has(module)) byModule.set(module, new Set());
  byModule.get(module).add(occ);
}
let n = 0;
for (const [m, occs] of [...byModule].sort()) {
  n += occs.size;
  console.log(`${m} (${occs.size}): ${[...occs].sort().join(" ")}`);
}
console.log(
  `${pkg.name}: ${n} covered names not run at ${at === "o1" ? "-O1" : "-O0"}`,
);
