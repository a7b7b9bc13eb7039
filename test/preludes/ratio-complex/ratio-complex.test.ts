// Rational (GHC.Real's Ratio instances) and Data.Complex against real GHC:
// each program is compiled by GHC and run natively, and run through our
// pipeline with preludes/base; stdout, the error message and the exit code
// must agree. The programs aim at what the corpus examples do not reach:
// Ratio Int, Complex Float, user instances that fall back on the RealFrac
// defaults ($dmtruncate, $dmround, ...), errors, and -O1 specialisations.
import { describe, expect, it } from "vitest";
import { HAVE_GHC } from "../../support/ghc.js";
import { runBoth, type Comparison } from "../base-core/ghc-compare.js";

/** Our stderr names the program `prog` as GHC's does; compare it whole. */
function expectSame(c: Comparison): void {
  expect(c.ours.stdout).toBe(c.ghc.stdout);
  expect(c.ours.exitCode).toBe(c.ghc.exitCode);
  expect(c.ours.stderr).toBe(c.ghc.stderr);
}

const userRealFrac = `
import Data.Ratio

-- A user type whose RealFrac instance defines only properFraction, so
-- truncate/round/ceiling/floor are the class defaults from GHC.Real.
newtype Money = Money Rational deriving (Eq, Ord, Show)

instance Num Money where
  Money a + Money b = Money (a + b)
  Money a * Money b = Money (a * b)
  negate (Money a) = Money (negate a)
  abs (Money a) = Money (abs a)
  signum (Money a) = Money (signum a)
  fromInteger = Money . fromInteger

instance Fractional Money where
  Money a / Money b = Money (a / b)
  fromRational = Money

instance Real Money where
  toRational (Money a) = a

instance RealFrac Money where
  properFraction (Money r) = let (n, f) = properFraction r in (n, Money f)

-- Class-polymorphic code: every method through a dictionary.
describe :: (RealFrac a, Show a) => a -> String
describe x = show x ++ " " ++ show (truncate x :: Integer, round x :: Int, ceiling x :: Integer, floor x :: Int)

main :: IO ()
main = do
  mapM_ (putStrLn . describe . Money) [5 % 2, 7 % 2, -5 % 2, -7 % 2, 9 % 4, -1 % 3, 0]
  mapM_ (putStrLn . describe) [5 % 2, -3 % 2, 10 % 3 :: Rational]
  print (realToFrac (Money (3 % 8)) :: Rational, Money 1 / Money 3 + 0.5)
  print (Money (1 % 2) ^^ (-3 :: Int), recip (Money (-2 % 7)))
`;

const ratioInt = `
import Data.Ratio

main :: IO ()
main = do
  let r = 6 % (-8) :: Ratio Int
      s = 5 % 12 :: Ratio Int
  print (r, s, r + s, r - s, r * s, r / s)
  print (negate r, abs r, signum r, recip r)
  print (numerator r, denominator r, compare r s, max r s, r == (-3) % 4)
  print (properFraction (17 % 5 :: Ratio Int) :: (Integer, Ratio Int))
  print (toRational s, fromRational (7 % 21) :: Ratio Int, toEnum 3 :: Ratio Int)
  print [1 % 3, 2 % 3 .. 2 :: Ratio Int]
  print (showsPrec 8 r "", showsPrec 7 s "")
`;

const complexFloat = `
import Data.Complex

main :: IO ()
main = do
  let z = 1.5 :+ (-2.5) :: Complex Float
      w = (-0.25) :+ 4 :: Complex Float
  print (z, w, z + w, z - w, z * w, z / w, negate z)
  print (magnitude z, phase w, realPart w, imagPart z, conjugate w)
  print (abs z, signum w, sqrt z, sqrt w, fromIntegral (3 :: Int) :: Complex Float)
  print ((1e30 :+ 1e30) / (2e30 :+ 1e-30) :: Complex Float, magnitude (3e-30 :+ 4e-30 :: Complex Float))
  print (z == z, z == w, [Just z])
`;

const complexO1 = `
import Data.Complex

main :: IO ()
main = do
  let z = 3 :+ 4 :: Complex Double
      w = (-1.5) :+ 2 :: Complex Double
  print (z + w, z * w, z / w, magnitude z)
  print (sqrt w, signum z, abs w, recip w)
  print [z, w, conjugate z, mkPolar 1 0, cis 0]
  print (sqrt (1.5 :+ (-2.5) :: Complex Float), (1 :+ 2) / (3 :+ 4 :: Complex Float))
`;

// GHC.Real's other exports: showSigned (via Numeric) and the
// integralEnumFrom.. family a user Enum instance delegates to.
const realExtras = `
import Numeric (showSigned, showInt)
import GHC.Real (integralEnumFrom, integralEnumFromTo, integralEnumFromThen, integralEnumFromThenTo)
import Data.Ratio

newtype Small = Small Int deriving (Eq, Ord, Show)
instance Bounded Small where { minBound = Small (-3); maxBound = Small 5 }
instance Num Small where
  Small a + Small b = Small (a + b)
  Small a * Small b = Small (a * b)
  negate (Small a) = Small (negate a)
  abs (Small a) = Small (abs a)
  signum (Small a) = Small (signum a)
  fromInteger = Small . fromInteger
instance Real Small where toRational (Small a) = toRational a
instance Enum Small where
  toEnum = Small
  fromEnum (Small a) = a
  enumFrom = integralEnumFrom
  enumFromThen = integralEnumFromThen
  enumFromTo = integralEnumFromTo
  enumFromThenTo = integralEnumFromThenTo
instance Integral Small where
  toInteger (Small a) = toInteger a
  quotRem (Small a) (Small b) = let (q, r) = quotRem a b in (Small q, Small r)

main :: IO ()
main = do
  putStrLn (showSigned showInt 0 (-42 :: Int) "")
  putStrLn (showSigned showInt 7 (-42 :: Int) "!")
  putStrLn (showSigned showInt 7 (42 :: Integer) "")
  print [Small 1 ..]
  print [Small 4, Small 2 ..]
  print [Small 0, Small 2 ..]
  print [Small (-2) .. Small 2]
  print [Small 10, Small 7 .. Small 0]
  print (Small 7 \`div\` Small 2, Small 7 \`mod\` Small (-2), fromIntegral (Small 9) :: Rational)
`;

// Read (Ratio a) in GHC.Read and the derived Read (Complex a); Show and Read
// of Complex over non-RealFloat types (Int, Rational, Complex Int).
const reading = `
import Data.Ratio
import Data.Complex
main :: IO ()
main = do
  print (reads "3 % -4" :: [(Rational, String)])
  print (reads "3%4" :: [(Rational, String)])
  print (reads "((3 % 4))x" :: [(Rational, String)])
  print (read "1.5 :+ -2.0" :: Complex Double)
  print (reads "1 :+ 2 :+ 3" :: [(Complex Double, String)])
  print (read " ( 1e3 :+ Infinity ) " :: Complex Double)
  print (read "Just (1 :+ 2)" :: Maybe (Complex Double))
  print (reads "Just 1 :+ 2" :: [(Maybe (Complex Double), String)])
  print (reads "3 :- 4" :: [(Complex Double, String)])
  print ((read "(1 % 3, 2.5 :+ 1)") :: (Rational, Complex Float))
  print (read "3 % 4" :: Rational, read " ( -6 % 8 ) " :: Rational)
  print (read "[1 % 2,(3 % 4)]" :: [Rational])
  print (read "1.5 :+ (-2.0)" :: Complex Double)
  print (read "(Just (2 % 6))" :: Maybe Rational)
  print (reads "3 %4 rest" :: [(Rational, String)])
  print (reads "3 %% 4" :: [(Rational, String)])
  print (read "[0.0 :+ 1.0,(-2.5) :+ 3.0e-2]" :: [Complex Double])
  print ((1 :+ 2) :+ (3 :+ (-4)) :: Complex (Complex Int))
  print (Just ((-1) :+ 2 :: Complex Int), [1 % 2 :+ (-3) % 4 :: Complex Rational])
  print (realPart (5 :+ 6 :: Complex Integer), imagPart ((1 % 3) :+ (2 % 5) :: Complex Rational))
  print ((1 :+ 2) == (1 :+ (2 :: Int)), (1 % 2 :+ 0) /= (1 % 2 :+ (0 :: Rational)))
  print (showsPrec 11 (1 :+ 2 :: Complex Int) "", showsPrec 6 (1 :+ 2 :: Complex Int) "")
  print (read "(1 :+ 2) :+ (3 :+ 4)" :: Complex (Complex Int))
  print (read "3 % 4 :+ 1 % 2" :: Complex Rational)
`;

// Rational methods used as values (sortBy, zipWith, map): at -O1 GHC passes
// base's specialised dictionaries and methods ($fOrdRatio_$s$fOrdRatio, ...).
const rationalHigherOrder = `
import Data.Ratio
import Data.List (sort, sortBy, maximumBy, foldl')
import Data.Ord (comparing)

main :: IO ()
main = do
  let rs = [3 % 4, (-1) % 2, 5 % 3, 0, 7 % 8] :: [Rational]
  print (map (+ 1 % 3) rs, map negate rs, map abs rs, map signum rs, map recip (filter (/= 0) rs))
  print (zipWith (/) rs (reverse (map (+ 1) rs)), zipWith (*) rs rs, zipWith (-) rs (tail rs))
  print (sort rs, sortBy (comparing negate) rs, maximum rs, minimum rs, maximumBy (comparing abs) rs)
  print (foldl' (+) 0 rs, foldr (*) 1 rs, sum rs, product (filter (/= 0) rs))
  print (map numerator rs, map denominator rs, map (fromIntegral :: Int -> Rational) [1, 2, 3])
  print (map show rs, map (\\r -> showsPrec 11 r "") rs, rs == reverse rs, rs < reverse rs, compare rs rs)
  print (map (\\r -> (floor r, ceiling r, round r, truncate r) :: (Int, Int, Int, Int)) rs)
  print (map properFraction rs :: [(Integer, Rational)])
  print (map toRational [1 :: Int, 2, 3], map fromRational rs :: [Rational], map realToFrac rs :: [Rational])
  print (succ (1 % 2 :: Rational), pred (1 % 2 :: Rational), map fromEnum rs, [toEnum 3 :: Rational])
  print (take 3 [1 % 3 :: Rational ..], [1 % 3, 1 .. 3 :: Rational], [0, 1 % 4 .. 1 :: Rational])
  print (map (^ (3 :: Int)) rs, map (^^ (-2 :: Int)) (filter (/= 0) rs), map (flip (^) (2 :: Integer)) rs)
  print (max (1 % 2) (2 % 3 :: Rational), min (1 % 2) (2 % 3 :: Rational), (1 % 2 :: Rational) >= 1 % 3)
`;

// Complex methods as values and a polymorphic function GHC specialises, at -O1.
const complexHigherOrder = `
import Data.Complex

poly :: RealFloat a => [Complex a] -> Complex a -> Complex a
poly cs x = foldr (\\c acc -> c + x * acc) 0 cs

main :: IO ()
main = do
  let zs = [3 :+ 4, (-1.5) :+ 2, 0.25 :+ (-0.75), 0 :+ 1] :: [Complex Double]
  print (map negate zs, map abs zs, map signum zs, map recip zs, map conjugate zs)
  print (zipWith (/) zs (reverse zs), zipWith (*) zs zs, zipWith (-) zs (tail zs), zipWith (+) zs zs)
  print (sum zs, product zs, map magnitude zs, map realPart zs, map imagPart zs)
  print (map sqrt zs, map (logBase 2) [4 :+ 0, 0 :+ 0.5])
  print (map show zs, map (\\z -> showsPrec 7 z "") zs, zs == reverse zs, map (== (0 :+ 1)) zs)
  print (map (fromIntegral :: Int -> Complex Double) [1, 2], map (fromRational . toRational) [0.5 :: Double])
  print (poly zs (1 :+ 1), poly [1, 2, 3 :: Complex Float] (0.5 :+ 0.5))
  print (map (uncurry mkPolar) [(1, 0), (2, 1)] :: [Complex Double], map cis [0, 1] :: [Complex Double])
  print (map (\\z -> z ^ (3 :: Int)) zs, map (^^ (-1 :: Int)) zs)
`;

// Complex as a container: Functor, Foldable, Traversable, Applicative, Monad.
const complexContainer = `
import Data.Complex
import Data.Foldable (toList)
main :: IO ()
main = do
  let z = 3 :+ 4 :: Complex Double
  print (fmap (* 2) z, 7 <$ z, fmap show (1 :+ 2 :: Complex Int))
  print (sum z, product z, toList z, length z)
  print (maximum z, foldr (:) [] z, elem 4 z, null z)
  print (traverse (\\x -> if x > 0 then Just (x + 1) else Nothing) z, sequenceA (Just 1 :+ Just (2 :: Int)))
  print (mapM (\\x -> [x, -x]) (1 :+ (2 :: Int)))
  print (pure 5 :: Complex Int, (+ 1) :+ (* 2) <*> (10 :+ (20 :: Int)), (,) <$> (1 :+ 2) <*> ('a' :+ 'b'))
  print (z >>= \\x -> x :+ negate x, do { a <- 1 :+ 2; b <- 10 :+ 20; return (a + b :: Int) })
  print ((1 :+ 2) *> ('x' :+ 'y'), (1 :+ 2) <* ('x' :+ 'y'), (1 :+ 2 :: Complex Int) >> (5 :+ 6 :: Complex Int))
`;

const errors = (expr: string) => `
import Data.Ratio

main :: IO ()
main = do
  print (1 % 2 :: Rational)
  print (${expr})
`;

describe.skipIf(!HAVE_GHC)("Rational and Complex against GHC", () => {
  it("uses the RealFrac defaults for a user instance and through dictionaries", async () => {
    expectSame(await runBoth(userRealFrac));
  }, 60_000);

  it("computes with Ratio Int", async () => {
    expectSame(await runBoth(ratioInt));
  }, 60_000);

  it("has GHC.Real's showSigned and integralEnumFrom..", async () => {
    expectSame(await runBoth(realExtras));
  }, 60_000);

  it("reads Ratio and Complex values", async () => {
    expectSame(await runBoth(reading));
  }, 60_000);

  it("treats Complex as a Functor, Foldable, Traversable and Monad", async () => {
    expectSame(await runBoth(complexContainer));
  }, 60_000);

  it("computes with Complex Float", async () => {
    expectSame(await runBoth(complexFloat));
  }, 60_000);

  it.each([
    ["a zero denominator", "3 % 0 :: Rational"],
    ["recip 0", "recip (0 :: Rational)"],
    ["0 ^^ negative", "(0 :: Rational) ^^ (-2 :: Int)"],
    ["a negative exponent", "(2 % 3 :: Rational) ^ (-1 :: Int)"],
  ])(
    "fails like GHC on %s",
    async (_name, expr) => {
      const c = await runBoth(errors(expr));
      expect(c.ghc.exitCode).toBe(1);
      expectSame(c);
    },
    60_000,
  );

  it("runs Complex code at -O1 (Complex Double/Float specialisations)", async () => {
    expectSame(await runBoth(complexO1, { ghcOptions: ["-O1"] }));
  }, 60_000);

  it("passes Rational methods around at -O1", async () => {
    expectSame(await runBoth(rationalHigherOrder, { ghcOptions: ["-O1"] }));
  }, 60_000);

  it("passes Complex methods around at -O1", async () => {
    expectSame(await runBoth(complexHigherOrder, { ghcOptions: ["-O1"] }));
  }, 60_000);

  it("runs Rational code at -O1 (base's specialisations and workers)", async () => {
    expectSame(await runBoth(userRealFrac, { ghcOptions: ["-O1"] }));
  }, 60_000);
});
