#!/usr/bin/env node
// npm run surface: the inventory of what GHC-compiled code can call in the
// libraries that ship with GHC, and how much of it the preludes cover.
//   1. with GHC installed, reads every interface file of the packages
//      (ghc --show-iface) and writes inventory/surface.json and
//      inventory/constructors.json (the data types' constructors, which the
//      linker uses: src/preludes/library-constructors.ts) (without GHC, or
//      with --no-ghc, the checked-in surface.json is used);
//   2. with --exercised DIR, gathers the prelude names that test runs with
//      HS2STG_EXERCISED_DIR=DIR recorded into inventory/exercised.txt;
//   3. computes coverage against preludes/base and writes docs/coverage.md
//      and inventory/floor.json (a test holds coverage to that floor; the
//      floor only goes down with --lower-floor).
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { readInstalledInterfaces } from "../dist/coverage/ghc-interfaces.js";
import { buildSurface, libraryConstructors } from "../dist/coverage/surface.js";
import { CONSTRUCTORS_JSON } from "../dist/preludes/library-constructors.js";
import {
  currentCoverage,
  SURFACE_JSON,
  FLOOR_JSON,
  COVERAGE_MD,
  COVERAGE_O1_MD,
  EXERCISED_TXT,
} from "../dist/coverage/files.js";
import { dropsBelow, floorOf } from "../dist/coverage/report.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const log = (s) => process.stderr.write(`surface: ${s}\n`);

function haveGhc() {
  try {
    execFileSync("ghc", ["--numeric-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (!args.includes("--no-ghc") && haveGhc()) {
  const t0 = Date.now();
  const { ghc, packages, ifaces } = await readInstalledInterfaces(
    "ghc",
    "ghc-pkg",
    4,
    log,
  );
  const surface = buildSurface(ghc, packages, ifaces);
  writeFileSync(join(root, SURFACE_JSON), surfaceJson(surface));
  const cons = Object.entries(libraryConstructors(ifaces))
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(",\n");
  writeFileSync(join(root, CONSTRUCTORS_JSON), `{\n${cons}\n}\n`);
  log(
    `wrote ${SURFACE_JSON} (${Object.keys(surface.o0).length} modules, ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
} else {
  log(`GHC not used: computing coverage from the checked-in ${SURFACE_JSON}`);
}

// --exercised DIR: the names test runs with HS2STG_EXERCISED_DIR=DIR noted.
const ex = args.indexOf("--exercised");
if (ex >= 0) {
  const dir = args[ex + 1];
  if (dir === undefined || !existsSync(dir)) {
    log(
      `--exercised needs the directory HS2STG_EXERCISED_DIR named (${dir ?? "none given"})`,
    );
    process.exit(1);
  }
  const names = new Set();
  for (const f of readdirSync(dir))
    for (const n of readFileSync(join(dir, f), "utf8").split("\n"))
      if (n !== "") names.add(n);
  writeFileSync(join(root, EXERCISED_TXT), [...names].sort().join("\n") + "\n");
  log(
    `wrote ${EXERCISED_TXT} (${names.size} prelude names linked by programs that match GHC)`,
  );
}

let report, markdown, markdownO1;
try {
  ({ report, markdown, markdownO1 } = currentCoverage(root));
} catch (err) {
  // A prelude that does not load is the user's to fix: say where, no trace.
  log(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const floorPath = join(root, FLOOR_JSON);
if (existsSync(floorPath) && !args.includes("--lower-floor")) {
  const drops = dropsBelow(report, JSON.parse(readFileSync(floorPath, "utf8")));
  if (drops.length > 0) {
    log(
      "coverage dropped below inventory/floor.json (run with --lower-floor to accept):",
    );
    for (const d of drops) log(`  ${d}`);
    process.exit(1);
  }
}
writeFileSync(floorPath, JSON.stringify(floorOf(report), null, 1) + "\n");
writeFileSync(join(root, COVERAGE_MD), markdown);
writeFileSync(join(root, COVERAGE_O1_MD), markdownO1);
for (const p of report.packages)
  log(
    `${p.name}: -O0 ${p.o0.covered}/${p.o0.total} (run ${p.o0.exercised}), ` +
      `-O1 ${p.o1.covered}/${p.o1.total} (run ${p.o1.exercised})`,
  );
log(`wrote ${COVERAGE_MD}, ${COVERAGE_O1_MD} and ${FLOOR_JSON}`);

/** One line per module and per name: small diffs when GHC's facts change. */
function surfaceJson(s) {
  const lines = (obj) =>
    Object.entries(obj)
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(",\n");
  return `{\n"ghc": ${JSON.stringify(s.ghc)},\n"packages": ${JSON.stringify(s.packages)},\n"o0": {\n${lines(s.o0)}\n},\n"uncallable": ${JSON.stringify(s.uncallable)},\n"refs": {\n${lines(s.refs)}\n},\n"aliases": {\n${lines(s.aliases)}\n},\n"dfuns": {\n${lines(s.dfuns)}\n},\n"classes": {\n${lines(s.classes)}\n},\n"unfoldings": {\n${lines(s.unfoldings)}\n}\n}\n`;
}
