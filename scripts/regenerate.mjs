#!/usr/bin/env node
// Runs every prelude generator in dependency order, again and again until a
// pass changes no file under preludes/ (a fixed point: later generators
// leave out names earlier files define, and the library preludes feed the
// -O1 name generators). After a change to libraries/ or to the surface's
// package list (then run `npm run surface` first).
//   node scripts/regenerate.mjs [--passes N]   (after `npm run build`)
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ORDER = [
  "gen-library-preludes",
  "gen-containers",
  "gen-o1-base-names",
  "gen-o1-library-names",
  "gen-o1-aliases",
  "gen-o1-unfoldings",
  "gen-everyday-methods",
  "gen-array-methods",
  "gen-base-tycons",
  "gen-data-constants",
  "gen-data-constrs",
  "gen-everyday-tuples",
  "gen-memory-prims",
  "gen-primop-wrappers",
  "gen-o1-library-core",
];
const passesArg = process.argv.indexOf("--passes");
const maxPasses = passesArg < 0 ? 4 : Number(process.argv[passesArg + 1]);

/** A digest of every file under preludes/ (names and contents). */
function preludesDigest() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(join(root, "preludes"));
  return h.digest("hex");
}

let before = preludesDigest();
for (let pass = 1; pass <= maxPasses; pass++) {
  for (const g of ORDER) {
    const started = Date.now();
    execFileSync(process.execPath, [join(root, "scripts", `${g}.mjs`)], {
      stdio: ["ignore", "ignore", "inherit"],
      cwd: root,
    });
    console.log(`pass ${pass}: ${g} (${Date.now() - started} ms)`);
  }
  const after = preludesDigest();
  if (after === before) {
    console.log(`fixed point after ${pass} pass(es)`);
    process.exit(0);
  }
  before = after;
}
console.error(`no fixed point after ${maxPasses} passes`);
process.exit(1);
