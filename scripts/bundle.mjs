// `npm run build`, after tsc: bundles dist/cli-main.js and what it imports
// (our modules and the npm packages) into dist/bundle/, so that a run loads
// a few dozen files instead of some three hundred ESM modules (Node's
// resolving, reading and compiling each costs ~100 ms of a hello world).
// Dynamic imports stay dynamic (their own chunks): a run from the cache
// still loads no GHC driver, parser or lowering. bin/hs2stg runs the bundle
// when it is at least as new as dist/cli-main.js, else the modules.
//
// The bundle lives two levels below the package root, as every module
// does, so `new URL("../../...", import.meta.url)` finds the same files.
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
  input: { "cli-main": join(root, "dist/cli-main.js") },
  platform: "node",
  external: [/^node:/],
  logLevel: "warn",
  output: {
    dir: out,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
  },
});
