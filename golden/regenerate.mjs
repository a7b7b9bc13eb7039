#!/usr/bin/env node
// Regenerates golden cases' GHC-made files from their Haskell source with
// real GHC (9.0.2): NAME.dump-stg-final (all modules' dumps, Main last) and
// expected.stdout (the compiled program's output). Never touches the
// expected miniSTG (that is `hs2stg golden --update`).
//
//   node golden/regenerate.mjs [NAME...]     (default: every case)
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const names =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();

for (const name of names) {
  const dir = join(root, name);
  const meta = existsSync(join(dir, "case.json"))
    ? JSON.parse(readFileSync(join(dir, "case.json"), "utf8"))
    : {};
  const tmp = mkdtempSync(join(tmpdir(), "golden-"));
  try {
    execFileSync(
      "ghc",
      [
        "--make",
        "-v0",
        "-O0",
        ...(meta.ghcOptions ?? []),
        "-ddump-stg-final",
        "-ddump-to-file",
        "-dumpdir",
        tmp,
        "-outputdir",
        tmp,
        "-i.",
        `${name}.hs`,
        "-o",
        join(tmp, "prog"),
      ],
      { cwd: dir, stdio: ["ignore", "inherit", "inherit"] },
    );
    // Every module's dump, the main program's (NAME.dump-stg-final) last.
    const dumps = readdirSync(tmp)
      .filter((f) => f.endsWith(".dump-stg-final"))
      .sort((a, b) =>
        a === `${name}.dump-stg-final` ? 1 : b === `${name}.dump-stg-final` ? -1 : a < b ? -1 : 1,
      );
    const text = dumps.map((f) => readFileSync(join(tmp, f), "utf8")).join("");
    writeFileSync(join(dir, `${name}.dump-stg-final`), text);
    const out = execFileSync(join(tmp, "prog"), [], {
      input: meta.stdin ?? "",
    });
    writeFileSync(join(dir, "expected.stdout"), out);
    console.log(`${name}: ${dumps.length} dump(s), ${out.length} bytes of output`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
