// The containers preludes are generated from libraries/containers/ by
// scripts/gen-containers.mjs; regenerating must give the checked-in files
// (edit the Haskell and regenerate, never the generated .stg).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HAVE_GHC } from "../support/ghc.js";

const root = join(import.meta.dirname, "..", "..");

describe.skipIf(!HAVE_GHC)(
  "containers preludes generated from libraries/containers",
  () => {
    it("regenerating gives the checked-in files", () => {
      let out = "";
      try {
        execFileSync("node", ["scripts/gen-containers.mjs", "--check"], {
          cwd: root,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        out = String(err.stdout ?? "") + String(err.stderr ?? e);
      }
      expect(out).toBe("");
    }, 300_000);
  },
);
