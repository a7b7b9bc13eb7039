// The transformers/mtl preludes are generated from libraries/ by
// scripts/gen-library-preludes.mjs; regenerating must give the checked-in
// files (edit the Haskell and regenerate, never the generated .stg).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAVE_GHC } from "../support/ghc.js";

const root = join(import.meta.dirname, "..", "..");

describe.skipIf(!HAVE_GHC)("library preludes generated from libraries/", () => {
  it("regenerating gives the checked-in files", () => {
    let out = "";
    try {
      execFileSync("node", ["scripts/gen-library-preludes.mjs", "--check"], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      out = String((e as { stderr?: string }).stderr ?? e);
    }
    expect(out).toBe("");
  }, 120_000);
});
