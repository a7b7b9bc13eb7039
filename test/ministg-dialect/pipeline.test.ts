// The whole route: GHC dump → lowering (extended) → ministg-dialect pass →
// printed ministg → parsed with ministg's lexer → checker clean → run in
// both styles, printing the same final value as the extended program (the
// lowering linked with the base prelude, run in our interpreter). Values
// from real GHC are checked too, for the programs compiled here.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpStg } from "../../src/ghc/index.js";
import { lower } from "../../src/lower/index.js";
import type { Program } from "../../src/ministg/ast.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { linkBase, loadBasePrelude } from "../../src/preludes/base.js";
import {
  defaultGoldenDir,
  listGoldenCases,
} from "../../src/pipeline/golden.js";
import { toMinistgDialect } from "../../src/ministg-dialect/index.js";
import { HAVE_GHC } from "../support/ghc.js";
import { convert, runProgram } from "./helpers.js";

/** The extended program's value: the lowering linked with the base prelude. */
function extendedValue(p: Program): string {
  const linked = linkBase(p, loadBasePrelude());
  expect(linked.missing).toEqual([]);
  return runProgram(linked.program);
}

describe("golden cases", () => {
  const cases = listGoldenCases(defaultGoldenDir());
  const lowered = (name: string) => {
    const c = cases.find((x) => x.name === name)!;
    const dump = parseGhcDump(readFileSync(c.dumpFile, "utf8"), c.dumpFile);
    return lower([dump], c.entry !== undefined ? { entry: c.entry } : {});
  };

  it("fac-entry (--entry test) gives the extended program's value, 120", () => {
    const p = lowered("fac-entry");
    const want = extendedValue(p);
    expect(want).toBe("(I 120)");
    expect(convert(p).ea).toBe(want);
  });

  it.each(["hello", "fac-article", "io-loop"])(
    "%s, an IO program, is refused with a clear error",
    (name) => {
      expect(() => toMinistgDialect(lowered(name))).toThrow(
        /IO programs cannot be expressed in the ministg dialect/,
      );
    },
  );
});

// One module, several pure entry points; `expected` is what GHC's own
// program prints for `show` of the same values where it reads alike
// (5050 * 15! = 6603755558400000; 54 and 55 both take 112 Collatz steps).
const SOURCE = `module Main where
import Data.List (sortBy, foldl')
import Data.Char (toUpper, ord)

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

fibList :: [Integer]
fibList = take 15 fibs

primes :: [Int]
primes = take 12 (sieve [2..]) where sieve (p:xs) = p : sieve [x | x <- xs, x \`mod\` p /= 0]

collatz :: Int -> Int
collatz n = go n 0 where
  go 1 acc = acc
  go m acc = go (if even m then m \`div\` 2 else 3 * m + 1) (acc + 1)

collatzMax :: (Int, Int)
collatzMax = maximum [ (collatz n, n) | n <- [1..60] ]

shout :: String
shout = map toUpper "hello, world"

codes :: [Int]
codes = map ord "Az09"

sorted :: [Int]
sorted = sortBy (flip compare) [3, -1, 4, -1, 5, -9, 2, 6]

total :: Integer
total = foldl' (+) 0 [1..100] * product [1..15]

signs :: [Int]
signs = [ (-7) \`div\` 2, (-7) \`mod\` 2, (-7) \`quot\` 2, (-7) \`rem\` 2, negate 5, abs (-3) ]

lookups :: [Maybe Int]
lookups = map (\\k -> lookup k (zip "abc" [1..])) "bxc"

shown :: String
shown = show (-42 :: Int) ++ " " ++ show (123456789012 :: Integer) ++ show [Just 'x']

localRec :: Int -> [Int]
localRec k = take 5 xs where xs = k : map (* 2) xs

doubled :: [Int]
doubled = localRec 3

boom :: Int
boom = head []

main :: IO ()
main = print fibList
`;

const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  [
    "fibList",
    "(Cons (IS_GHCziNumziInteger 0) (Cons (IS_GHCziNumziInteger 1) (Cons (IS_GHCziNumziInteger 1) (Cons (IS_GHCziNumziInteger 2) (Cons (IS_GHCziNumziInteger 3) (Cons (IS_GHCziNumziInteger 5) (Cons (IS_GHCziNumziInteger 8) (Cons (IS_GHCziNumziInteger 13) (Cons (IS_GHCziNumziInteger 21) (Cons (IS_GHCziNumziInteger 34) (Cons (IS_GHCziNumziInteger 55) (Cons (IS_GHCziNumziInteger 89) (Cons (IS_GHCziNumziInteger 144) (Cons (IS_GHCziNumziInteger 233) (Cons (IS_GHCziNumziInteger 377) Nil)))))))))))))))",
  ],
  ["primes", ""],
  ["collatzMax", "(Z2T (I 112) (I 55))"],
  ["shout", ""],
  ["codes", "(Cons (I 65) (Cons (I 122) (Cons (I 48) (Cons (I 57) Nil))))"],
  ["sorted", ""],
  ["total", "(IS_GHCziNumziInteger 6603755558400000)"],
  [
    "signs",
    "(Cons (I -4) (Cons (I 1) (Cons (I -3) (Cons (I -1) (Cons (I -5) (Cons (I 3) Nil))))))",
  ],
  ["lookups", ""],
  ["shown", ""],
  [
    "doubled",
    "(Cons (I 3) (Cons (I 6) (Cons (I 12) (Cons (I 24) (Cons (I 48) Nil)))))",
  ],
];

describe.skipIf(!HAVE_GHC)("Haskell programs compiled by GHC", () => {
  let dumps: ReturnType<typeof parseGhcDump>[] | undefined;
  const getDumps = async () => {
    if (dumps === undefined) {
      const dir = mkdtempSync(join(tmpdir(), "ministg-dialect-"));
      const file = join(dir, "Main.hs");
      writeFileSync(file, SOURCE);
      const files = await dumpStg(file, { onGhcOutput: () => {} });
      dumps = files.map((f) => parseGhcDump(f.text, f.name));
    }
    return dumps;
  };

  it.each(ENTRIES.map(([e, v]) => [e, v] as const))(
    "--entry %s: same value as the extended program",
    async (entry, expected) => {
      const p = lower(await getDumps(), { entry });
      const want = extendedValue(p);
      expect(want).not.toMatch(/^error|Exception/);
      if (expected !== "") expect(want).toBe(expected);
      const c = convert(p);
      expect(c.ea).toBe(want);
    },
    60_000,
  );

  it("an uncaught exception (head []) is ministg's ERROR", async () => {
    const p = lower(await getDumps(), { entry: "boom" });
    expect(extendedValue(p)).toBe("exit 1");
    expect(convert(p).ea).toBe("Exception raised!");
  });

  it("-O1 code (workers, unboxed values, join points) converts too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ministg-dialect-o1-"));
    const file = join(dir, "Main.hs");
    writeFileSync(file, SOURCE);
    const files = await dumpStg(file, {
      onGhcOutput: () => {},
      ghcOptions: ["-O1"],
    });
    const o1 = files.map((f) => parseGhcDump(f.text, f.name));
    // shout: at -O1 toUpper calls the C function u_towupper, which the base
    // prelude does not define (yet), so the extended program cannot run.
    for (const [entry, expected] of ENTRIES.filter(([e]) => e !== "shout")) {
      const p = lower(o1, { entry });
      const want = extendedValue(p);
      if (expected !== "") expect(want, entry).toBe(expected);
      expect(convert(p).ea, entry).toBe(want);
    }
  }, 120_000);

  it("main :: IO () is refused", async () => {
    const p = lower(await getDumps());
    expect(() => toMinistgDialect(p)).toThrow(/IO programs/);
  });
});
