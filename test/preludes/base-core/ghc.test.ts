// Haskell programs run by real GHC and through hs2stg with preludes/base:
// stdout, stderr and exit code must match GHC's.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { HAVE_GHC } from "../../support/ghc.js";
import { runBoth } from "./ghc-compare.js";

const program = (name: string) =>
  readFileSync(new URL(`./programs/${name}.hs`, import.meta.url), "utf8");

describe.skipIf(!HAVE_GHC)("base core programs, compared with GHC", () => {
  for (const name of ["Show", "Numbers", "Read", "Chars"]) {
    it(`${name}.hs prints what GHC prints`, async () => {
      const { ghc, ours } = await runBoth(program(name));
      expect(ghc.exitCode).toBe(0);
      expect(ours).toEqual(ghc);
    });
  }

  // -O1 code calls base's internal workers and constants (GHC.Show.$witos,
  // ...). Read is left out: at -O1 it inlines GHC's ReadP machinery.
  for (const name of ["Numbers", "Chars", "Show"]) {
    it(`${name}.hs at -O1 prints what GHC prints`, async () => {
      const { ghc, ours } = await runBoth(program(name), {
        ghcOptions: ["-O1"],
      });
      expect(ours).toEqual(ghc);
    });
  }

  const errors: Record<string, string> = {
    "error with a call stack": `f :: Int -> Int\nf x = error ("bad " ++ show x)\nmain = putStrLn "before" >> print (f 7)`,
    undefined: `main = print (undefined :: Int)`,
    "pattern-match failure": `f :: Int -> Int\nf 1 = 2\nf 2 = 3\nmain = print (f 5)`,
    "errors of base": `import Data.Char\nmain = do { print (map digitToInt "12"); print (succ (maxBound :: Int)) }`,
  };
  for (const [what, source] of Object.entries(errors)) {
    it(`${what}: GHC's message on stderr, exit code 1`, async () => {
      const { ghc, ours } = await runBoth(source);
      expect(ghc.exitCode).toBe(1);
      expect(ours).toEqual(ghc);
    });
  }
});
