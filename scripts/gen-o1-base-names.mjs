#!/usr/bin/env node
// Writes preludes/base/<Module>+IfaceO1.stg: base's (and ghc-prim's,
// ghc-bignum's) internal names -O1 code reaches (workers `$w...` of
// wrappers, specialisations from SPEC/SC rules, internals an exported
// function only repacks, and the aliases, simple unfoldings and dictionary
// fields the other generators leave), by the rules gen-o1-library-names.mjs
// applies to the libraries (its --base mode; see there). It sees every
// other prelude file but the libraries' +LibraryO1 ones, and defines only
// what none of them does; run before gen-o1-library-names.mjs and again
// with gen-o1-aliases, gen-o1-unfoldings and gen-everyday-methods until
// none of them changes (each sees the others' names).
//   node scripts/gen-o1-base-names.mjs           write the files
//   node scripts/gen-o1-base-names.mjs --check   exit 1 when a file differs
// Needs `npm run build` first (it uses dist/).
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const r = spawnSync(
  process.execPath,
  [join(here, "gen-o1-library-names.mjs"), "--base", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(r.status ?? 1);
