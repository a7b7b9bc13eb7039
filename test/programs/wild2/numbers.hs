-- Numbers: read of doubles and negatives, Enum ranges of Double and Char,
-- Integer factorials and powers, Rational, rounding, show of special values.
module Main (main) where

import Data.Ratio
import Numeric (showFFloat, showEFloat, showGFloat, showHex, showOct, readHex)

main :: IO ()
main = do
  print (read "-3.5" :: Double, read "  42 " :: Int, read "-7" :: Integer, read "1e-3" :: Double)
  print (read "(-2)" :: Int, read "[1.5,-2.0e2,3]" :: [Double], read "(1,-1)" :: (Int, Int))
  print [1.0, 1.5 .. 3.0 :: Double]
  print [0.1, 0.2 .. 0.5 :: Double]
  print [10, 8 .. 1 :: Double]
  print (['a' .. 'j'], ['a', 'c' .. 'k'], ['z', 'x' .. 'p'])
  print (product [1 .. 25 :: Integer], 2 ^ (100 :: Int) :: Integer, (-3) ^ (21 :: Int) :: Integer)
  print (factorial 30 `div` factorial 28, gcd (factorial 20) (2 ^ (30 :: Int)), lcm 12 (18 :: Integer))
  let r = 3 % 4 + 5 % 6 :: Rational
  print (r, numerator r, denominator r, fromRational r :: Double, toRational (0.75 :: Double))
  print (map (\x -> (round x, truncate x, ceiling x, floor x) :: (Int, Int, Int, Int)) [2.5, 3.5, -2.5, -0.4 :: Double])
  print (1 / 0 :: Double, -1 / 0 :: Double, isNaN (0 / 0 :: Double), 5.0e-324 :: Double, 1.0e22 :: Double)
  print (0.1 + 0.2 :: Double, 1 / 3 :: Float, sqrt 2 :: Double, pi :: Float, exp 1 :: Double)
  putStrLn (showFFloat (Just 3) (3.14159 :: Double) "" ++ " " ++ showEFloat (Just 2) (123456 :: Double) "" ++ " " ++ showGFloat (Just 2) (0.05 :: Double) "")
  putStrLn (showHex (255 :: Int) "" ++ " " ++ showOct (64 :: Int) "" ++ " " ++ show (fst (head (readHex "ff" :: [(Int, String)]))))
  print (divMod (-7) 2 :: (Int, Int), quotRem (-7) 2 :: (Int, Int), (-7) `mod` (-2) :: Int)
  print (minBound :: Int, maxBound :: Int, fromIntegral (maxBound :: Int) + (1 :: Integer))
  print (properFraction (-3.75 :: Double) :: (Int, Double), realToFrac (1.5 :: Float) :: Double)
  print (decodeFloat (1.5 :: Double), significand (8 :: Double), exponent (8 :: Double), floatDigits (1 :: Float))
  print (show (-5 :: Int), showsPrec 7 (-5 :: Int) "", Just (-2.5 :: Double), [Left (-1), Right 2 :: Either Int Int])
  where factorial n = product [1 .. n :: Integer]
