// `npm install`'s install step: builds native/ (the C library's math
// functions as a Node addon, native/libm.c; and utimensat, OFD locks and terminals, native/posix.c) with node-gyp against the
// running Node's own headers. The addon is optional: when it cannot be
// built (no compiler, no headers) this says so and succeeds, and the
// primops use the JavaScript ports (docs/primops.md, "Math functions").
// HS2STG_NATIVE=0 skips the build.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = join(root, "native");
const built = join(dir, "build/Release/hs2stg_libm.node");
// The running Node's headers (a distribution's /usr/include/node): no
// download of a headers tarball, which this machine's network refuses.
const prefix = dirname(dirname(process.execPath));
const headers = join(prefix, "include/node/node_api.h");

if (process.env.HS2STG_NATIVE === "0") {
  rmSync(join(dir, "build"), { recursive: true, force: true });
  console.log("native: HS2STG_NATIVE=0, addon not built (JavaScript libm)");
  process.exit(0);
}

/** node-gyp's script: npm's own copy (npm names it to scripts) or a local one. */
function nodeGyp() {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return fromNpm;
  const npmDirs = [
    dirname(dirname(process.env.npm_execpath ?? "")),
    join(prefix, "lib/node_modules/npm"),
  ];
  for (const npmDir of npmDirs) {
    const bundled = join(npmDir, "node_modules/node-gyp/bin/node-gyp.js");
    if (existsSync(bundled)) return bundled;
  }
  try {
    return createRequire(import.meta.url).resolve("node-gyp/bin/node-gyp.js");
  } catch {
    return null;
  }
}

const gyp = nodeGyp();
if (gyp === null) {
  console.log(
    "native: node-gyp not found; the primops use the JavaScript libm",
  );
  process.exit(0);
}
const args = [gyp, "rebuild", "--directory", dir];
if (existsSync(headers)) args.push(`--nodedir=${prefix}`);
const r = spawnSync(process.execPath, args, {
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
});
if (r.status === 0 && existsSync(built)) {
  console.log(
    `native: built ${built.slice(root.length + 1)} (glibc's libm) and hs2stg_posix.node (utimensat, OFD locks, terminals)`,
  );
} else {
  const tail = `${r.stdout ?? ""}${r.stderr ?? ""}`
    .trim()
    .split("\n")
    .slice(-8)
    .join("\n");
  console.log(
    `native: the addons did not build; the primops use the JavaScript libm, and file times keep whole microseconds\n${tail}`,
  );
  rmSync(join(dir, "build"), { recursive: true, force: true });
}
