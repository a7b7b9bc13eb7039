// Whether the GHC-backed tests can run here. Tests that need GHC use
// `describe.skipIf(!HAVE_GHC)`; the global setup prints why they skipped.
import { execFileSync } from "node:child_process";

function probeGhc(): string | null {
  try {
    return execFileSync("ghc", ["--numeric-version"], {
      encoding: "utf8",
    }).trim();
  } catch {
    return null;
  }
}

export const GHC_VERSION: string | null = probeGhc();
export const HAVE_GHC: boolean = GHC_VERSION !== null;
export const NO_GHC_REASON =
  "GHC is not installed (install it with `apt-get install -y ghc`); GHC-backed tests are skipped";
