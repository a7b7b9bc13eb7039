{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC.Float, GHC.Float.RealFracMethods, GHC.Natural and GHC.Real's
-- exported helpers, called directly: casts, classification, comparisons,
-- rounding to Int and Integer, Natural arithmetic with its errors.
import GHC.Float
import GHC.Float.RealFracMethods
import GHC.Natural
import GHC.Real (integralEnumFrom, integralEnumFromThen, integralEnumFromThenTo, integralEnumFromTo, infinity, notANumber, ratioPrec, (%))
import GHC.Num (quotRemInteger)
import Numeric.Natural (Natural)
import Control.Exception
import Data.Word
import GHC.Exts (Int#)

qr :: Integer -> Integer -> (Integer, Integer)
qr a b = case quotRemInteger a b of (# q, r #) -> (q, r)

catchArith :: Show a => String -> a -> IO ()
catchArith what x = do
  r <- try (evaluate x)
  putStrLn $ what ++ ": " ++ case r of
    Left e -> "exception " ++ show (e :: ArithException)
    Right v -> show v

main :: IO ()
main = do
  -- casts and conversions
  print (castWord32ToFloat 0x40490fdb, castWord32ToFloat 0x7f800000, castWord32ToFloat 0x80000000)
  print (castWord64ToDouble 0x400921fb54442d18, castWord64ToDouble 0xfff0000000000000)
  print (castFloatToWord32 1.5, castDoubleToWord64 (-0.0))
  print (double2Float 3.141592653589793, float2Double 0.1, double2Float 1e300, float2Double (-2.5))
  print (word2Double 18446744073709551615, word2Float 4294967295, word2Double 0)
  print (map (clamp 10) [-20, -5, 0, 5, 20], clamp (-3) 7)
  print (maxExpt, maxExpt10)
  -- classification of special values
  let ds = [0, -0.0, 1 / 0, -1 / 0, 0 / 0, 5.0e-324, 1.5] :: [Double]
      fs = [0, -0.0, 1 / 0, -1 / 0, 0 / 0, 1.0e-45, 1.5] :: [Float]
  print [(isDoubleNaN d, isDoubleInfinite d, isDoubleDenormalized d, isDoubleNegativeZero d, isDoubleFinite d) | d <- ds]
  print [(isFloatNaN f, isFloatInfinite f, isFloatDenormalized f, isFloatNegativeZero f, isFloatFinite f) | f <- fs]
  -- the comparison helpers
  print [(gtDouble a b, geDouble a b, ltDouble a b, leDouble a b) | a <- [1, 0 / 0 :: Double], b <- [1, 2]]
  print [(gtFloat a b, geFloat a b, ltFloat a b, leFloat a b) | a <- [1, 3 :: Float], b <- [1, 2]]
  -- RealFrac methods, Float and Double, to Int and Integer
  let xs = [2.5, -2.5, 3.7, -3.7, 0, 1.0e20] :: [Double]
      ys = [2.5, -2.5, 3.7, -3.7, 0, 1.0e10] :: [Float]
  print (map ceilingDoubleInteger xs, map floorDoubleInteger xs, map properFractionDoubleInteger xs)
  print (map ceilingFloatInteger ys, map roundFloatInteger ys, map truncateFloatInteger ys, map properFractionFloatInteger ys)
  print (map float2Int (take 5 ys), map floorFloatInt (take 5 ys), map properFractionFloatInt (take 5 ys))
  print (map (\x -> (round x :: Integer, truncate x :: Int, ceiling x :: Int)) ys)
  -- GHC.Real helpers
  print (integralEnumFromTo (3 :: Integer) 7, integralEnumFromThenTo (10 :: Integer) 7 0)
  print (take 4 (integralEnumFrom (250 :: Word8)), take 4 (integralEnumFromThen (1 :: Int) 5))
  print (integralEnumFromTo (5 :: Int) 1, integralEnumFromThenTo (1 :: Int) 3 2)
  print (infinity, notANumber, ratioPrec, 3 % (-6 :: Integer))
  print (qr 17 (-5), qr (-17) 5, qr (2 ^ 70) 12345)
  -- GHC.Natural
  let a = 2 ^ 70 + 12345 :: Natural
      b = 1000000007 :: Natural
  print (plusNatural a b, timesNatural b b, minusNaturalMaybe b a, minusNaturalMaybe a b)
  print (quotNatural a b, remNatural a b, quotRemNatural a b, gcdNatural 84 36, lcmNatural 4 6, lcmNatural 0 5)
  print (andNatural a 0xffff, orNatural 5 10, xorNatural a a, bitNatural 65#, testBitNatural a 70, testBitNatural a 69)
  print (shiftLNatural 3 66, shiftRNatural a 60, popCountNatural a, signumNatural 0, signumNatural b)
  print (powModNatural 3 200 b, powModNatural 2 10 1, isValidNatural a)
  print (naturalToInteger a, naturalFromInteger 99, naturalToWord b, wordToNatural 77)
  print (mkNatural [1, 2], mkNatural [], negateNatural 0)
  print (naturalToWordMaybe a, naturalToWordMaybe b)
  catchArith "minusNatural 3 5" (minusNatural 3 5)
  catchArith "negateNatural 4" (negateNatural 4)
  catchArith "naturalFromInteger (-1)" (naturalFromInteger (-1))
  catchArith "fromInteger (-3) :: Natural" (fromInteger (-3) :: Natural)
  print (minusNatural 10 3, [2, 4 .. 11 :: Natural], toRational (7 :: Natural))
