// `npm run build`, after tsc: bundles dist/cli-start.js and what it imports
// (our modules and the npm packages) into dist/bundle/, so that a run loads
// a few dozen files instead of some three hundred ESM modules (Node's
// resolving, reading and compiling each costs ~100 ms of a hello world).
// Dynamic imports stay dynamic (their own chunks): a run from the cache
// still loads no GHC driver, parser or lowering. bin/hs2stg runs the bundle
// when it is at least as new as dist/cli-main.js, else the modules.
//
// The bundle is CommonJS (`.cjs`), so that load-bundle.cjs can compile
// each chunk through vm.Script with V8's code cache (ES modules cannot be
// given cached data). Chunk names carry a hash of their content, which the
// code cache counts by.
//
// The bundle lives two levels below the package root, as every module
// does, so `new URL("../../...", import.meta.url)` (which rolldown turns
// into the chunk's own file URL) finds the same files.
// The bundler is rolldown (a dev dependency); without it the build keeps
// only the modules, which work the same, slower.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, "dist/bundle");

let build;
try {
  ({ build } = await import("rolldown"));
} catch {
  console.log(
    "bundle: rolldown is not installed; bin/hs2stg runs dist/ modules",
  );
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
await build({
  cwd: root,
  // The entry's name is dist/load-bundle.js's BUNDLE_ENTRY.
  input: { "cli-start": join(root, "dist/cli-start.js") },
  platform: "node",
  external: [/^node:/],
  logLevel: "warn",
  output: {
    dir: out,
    format: "cjs",
    entryFileNames: "[name].cjs",
    chunkFileNames: "[name]-[hash].cjs",
  },
});
// Code run through vm.Script has no import() (load-bundle.ts): a dynamic
// import rolldown left as it is (of a `node:` module, which is external)
// would fail at run time, so it fails the build.
const { readdirSync, readFileSync } = await import("node:fs");
for (const f of readdirSync(out)) {
  const text = readFileSync(join(out, f), "utf8");
  // As code writes it (not JSDoc's `{ import("./x.js").T }`).
  const m = /(?:\bawait|\breturn|=>|[=(,;])\s*import\(\s*["'`]/.exec(text);
  if (m !== null) {
    const line = text.slice(0, m.index).split("\n").length;
    console.error(
      `bundle: dist/bundle/${f}:${line} keeps a dynamic import(); import the module statically (or through createRequire) instead`,
    );
    process.exit(1);
  }
}

// What bin/hs2stg (CommonJS: bin/package.json) requires to run the bundle:
// load-bundle.ts and the cache store, in one file of their own.
await build({
  cwd: root,
  input: { "load-bundle": join(root, "dist/load-bundle.js") },
  platform: "node",
  external: [/^node:/],
  logLevel: "warn",
  output: { dir: out, format: "cjs", entryFileNames: "[name].cjs" },
});
