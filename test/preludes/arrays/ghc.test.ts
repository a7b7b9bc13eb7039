// Data.Array programs run by real GHC and through hs2stg with preludes/base:
// stdout, stderr (GHC's index-error messages) and exit code must match.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { HAVE_GHC } from "../../support/ghc.js";
import { runBoth } from "../base-core/ghc-compare.js";

const program = (name: string) =>
  readFileSync(new URL(`./programs/${name}.hs`, import.meta.url), "utf8");

describe.skipIf(!HAVE_GHC)("Data.Array compared with GHC", () => {
  it("Ix instances, laziness, Show/Eq/Ord/Functor/Foldable, updates", async () => {
    const { ghc, ours } = await runBoth(program("Ix"));
    expect(ghc.exitCode).toBe(0);
    expect(ours).toEqual(ghc);
  });

  it("IArray/MArray functions on Array, UArray and the mutable arrays", async () => {
    const { ghc, ours } = await runBoth(program("IArray"));
    expect(ghc.exitCode).toBe(0);
    expect(ours).toEqual(ghc);
  });

  // Each bad index ends the program with GHC's message and exit code 1.
  const errors: Record<string, string> = {
    "Int index": `listArray (0, 4) [1 .. 5 :: Int] ! (10 :: Int)`,
    "Char index": `listArray ('a', 'c') "xyz" ! 'z'`,
    "Integer index": `listArray (0, 4 :: Integer) "abcde" ! (-1)`,
    "tuple index (GHC's default index)": `listArray ((0, 0), (1, 1)) [1 .. 4 :: Int] ! ((2, 0) :: (Int, Int))`,
    "element never defined": `array (0, 4 :: Int) [(1, 'x')] ! 3`,
  };
  for (const [what, expr] of Object.entries(errors)) {
    it(`${what}: GHC's message on stderr, exit code 1`, async () => {
      const source = `import Data.Array\nmain :: IO ()\nmain = do\n  putStrLn "start"\n  print (${expr})\n`;
      const { ghc, ours } = await runBoth(source);
      expect(ghc.exitCode).toBe(1);
      expect(ours).toEqual(ghc);
    });
  }
});
