// Data.Bits, Word and the sized Int/Word types (preludes/base) against real
// GHC, beyond what the corpus examples reach: a user Bits instance that
// relies on the class defaults ($dmshiftL, $dmsetBit, $dmcountLeadingZeros,
// ...), and the error messages and exit codes of GHC.Word/GHC.Int/GHC.Enum.
// Also the bit-counting primops of src/ministg/primops/bits.ts on values
// worked out by hand.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  runBoth,
  type Comparison,
} from "../../preludes/base-core/ghc-compare.js";
import { lookupPrimOp } from "../../../src/ministg/primops.js";
import type { PrimContext } from "../../../src/ministg/primops.js";

function prim(name: string, arg: number | bigint): unknown {
  const op = lookupPrimOp(name);
  if (op === undefined) throw new Error(`no primop ${name}`);
  return op.fn(arg, 0, 0, {} as PrimContext);
}

describe("bit primops", () => {
  it("count bits of the whole word or of its low bits", () => {
    expect(prim("popCnt#", 0)).toBe(0);
    expect(prim("popCnt#", 2n ** 64n - 1n)).toBe(64);
    expect(prim("popCnt8#", 0x1ff)).toBe(8);
    expect(prim("popCnt16#", 0x10001)).toBe(1);
    expect(prim("popCnt32#", 0xf0f0f0f0)).toBe(16);
  });
  it("count leading and trailing zeros, the width for 0", () => {
    expect(prim("clz#", 1)).toBe(63);
    expect(prim("clz#", 0)).toBe(64);
    expect(prim("clz8#", 0x80)).toBe(0);
    expect(prim("clz32#", 0x100000000)).toBe(32);
    expect(prim("ctz#", 2n ** 63n)).toBe(63);
    expect(prim("ctz16#", 0)).toBe(16);
    expect(prim("ctz8#", 0x100)).toBe(8);
  });
  it("reverse bytes and bits", () => {
    expect(prim("byteSwap16#", 0x1234)).toBe(0x3412);
    expect(prim("byteSwap32#", 0x12345678)).toBe(0x78563412);
    expect(prim("byteSwap#", 1)).toBe(2n ** 56n);
    expect(prim("bitReverse8#", 1)).toBe(0x80);
    expect(prim("bitReverse16#", 0x00ff)).toBe(0xff00);
    expect(prim("bitReverse#", 1)).toBe(2n ** 63n);
  });
});

/** Our stderr names the program `prog` as GHC's does; compare it whole. */
function expectSame(c: Comparison): void {
  expect(c.ours.stdout).toBe(c.ghc.stdout);
  expect(c.ours.exitCode).toBe(c.ghc.exitCode);
  expect(c.ours.stderr).toBe(c.ghc.stderr);
}

const userInstance = `
import Data.Bits

-- A 12-bit register: only the minimal methods, the rest are class defaults.
newtype R12 = R12 Int deriving (Eq, Show)

mask :: Int -> R12
mask x = R12 (x .&. 0xfff)

instance Bits R12 where
  R12 a .&. R12 b = R12 (a .&. b)
  R12 a .|. R12 b = R12 (a .|. b)
  xor (R12 a) (R12 b) = R12 (xor a b)
  complement (R12 a) = mask (complement a)
  shift (R12 a) i = mask (shift a i)
  rotate x i = let k = i \`mod\` 12 in shift x k .|. shift x (k - 12)
  bitSize _ = 12
  bitSizeMaybe _ = Just 12
  isSigned _ = False
  testBit = testBitDefault
  bit = bitDefault
  popCount = popCountDefault

instance Num R12 where
  R12 a + R12 b = mask (a + b)
  R12 a * R12 b = mask (a * b)
  R12 a - R12 b = mask (a - b)
  abs = id
  signum (R12 a) = R12 (signum a)
  fromInteger n = mask (fromInteger n)

instance FiniteBits R12 where
  finiteBitSize _ = 12

main :: IO ()
main = do
  let r = R12 0x0a5
  print (shiftL r 4, shiftR r 4, unsafeShiftL r 8, unsafeShiftR r 1, rotateL r 8, rotateR r 4)
  print (setBit r 11, clearBit r 0, complementBit r 1, zeroBits :: R12, testBit r 5, testBit r 6)
  print (countLeadingZeros r, countTrailingZeros (R12 0x40), countLeadingZeros (R12 0), popCount r)
  print (toIntegralSized (4095 :: Integer) :: Maybe Int, toIntegralSized (-1 :: Integer) :: Maybe Word)
`;

const errorProgram = (expr: string): string => `
import Data.Int
import Data.Ix
import Data.Word
import Data.Bits

main :: IO ()
main = do
  putStrLn "before"
  print (${expr})
`;

const ixPrintf = `
import Data.Int
import Data.Ix
import Data.Word
import Text.Printf

main :: IO ()
main = do
  printf "%d %d %d|%5d|%-4d|\\n" (200 :: Word8) (65535 :: Word16) (maxBound :: Word) (-5 :: Int8) (7 :: Int64)
  print (range (1 :: Word8, 5), index (10 :: Word, 20) 15, inRange (0 :: Int16, 9) 10, rangeSize (-3 :: Int32, 3))
  print (map (index (minBound :: Int8, maxBound)) [minBound, 0, maxBound], range (250 :: Word8, 255))
`;

describe.skipIf(!HAVE_GHC)("Bits, Word and sized integers against GHC", () => {
  it("has Ix and PrintfArg instances", async () => {
    expectSame(await runBoth(ixPrintf));
  }, 60_000);

  it("runs a user Bits instance on the class defaults", async () => {
    expectSame(await runBoth(userInstance));
  }, 60_000);

  for (const [what, expr] of [
    ["succ of maxBound", "succ (maxBound :: Word8)"],
    ["toEnum out of range", "toEnum 300 :: Int8"],
    ["fromEnum beyond Int", "fromEnum (maxBound :: Word64)"],
    ["minBound quot -1", "quot (minBound :: Int16) (-1)"],
    ["division by zero", "div (7 :: Word32) 0"],
    ["a negative shiftL", "shiftL (1 :: Word) (-1)"],
    ["an Ix index out of range", "index (0 :: Word8, 5) 9"],
  ] as const) {
    it(`fails as GHC does on ${what}`, async () => {
      expectSame(await runBoth(errorProgram(expr)));
    }, 60_000);
  }
});

// The Word and sized-type examples at -O1, where GHC calls GHC.Int's and
// GHC.Word's workers ($w$cdivMod3, $w$sboundedEnumFromThen2, ...), showWord,
// efdtWord and ghc-bignum's gcd. Read at -O1 is not supported (it inlines
// ReadP), so the lines that read are left out.
function withoutRead(example: string): string {
  return readFileSync(`examples/${example}.hs`, "utf8")
    .split("\n")
    .filter((line) => !line.includes('read "'))
    .join("\n");
}

const showAtO1 = `
import Data.Int
import Data.Word

main :: IO ()
main = do
  let xs = [minBound, -1, 0, maxBound] :: [Int8]
  mapM_ (putStrLn . show) xs
  print (map show [1, 2 :: Word16], shows (5 :: Int32) "!", showsPrec 11 (-5 :: Int64) "")
  print ([[1, 2], [3 :: Word8]], Just [minBound :: Int16])
`;

describe.skipIf(!HAVE_GHC)("Word and sized integers at -O1", () => {
  it("shows the sized types through GHC.Int's and GHC.Word's methods", async () => {
    expectSame(await runBoth(showAtO1, { ghcOptions: ["-O1"] }));
  }, 60_000);

  for (const example of ["word-arith", "word-sized"]) {
    it(`runs ${example} without its Read lines`, async () => {
      expectSame(await runBoth(withoutRead(example), { ghcOptions: ["-O1"] }));
    }, 60_000);
  }
});
