// Runs glibc-oracle.hs (compiled once by GHC into a temporary directory):
// the bit patterns of what a GHC-compiled program computes through glibc.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let binary: string | null = null;

function compile(): string {
  if (binary !== null) return binary;
  const out = mkdtempSync(join(tmpdir(), "hs2stg-libm-"));
  const exe = join(out, "oracle");
  execFileSync(
    "ghc",
    ["-O0", "-v0", "-outputdir", out, "-o", exe, join(here, "glibc-oracle.hs")],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  binary = exe;
  return exe;
}

/** Each line "<function> <hex> [<hex>]" answered by the result's hex bits. */
export function askGlibc(lines: string[]): string[] {
  const out = execFileSync(compile(), {
    input: lines.join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return out.trimEnd().split("\n");
}
