-- Show/Read edge cases: string escapes (\SOH vs \SO\&H, numeric escapes
-- followed by digits), Double/Float extremes, negative zero, Ratio, small
-- integral types wrapping, and round trips.
module Main (main) where

import Data.Ratio
import Data.Int
import Data.Word
import qualified Data.Text as T
import Data.Char (toUpper, toLower)

main :: IO ()
main = do
  print "\SOH\SO\&H\1234\&5\DEL\200\t\"\\"
  print (show "\SO" ++ show "H", ['\0', '\a', '\DEL', '\x80', '\xff', '\x100'])
  putStrLn (show 'λ' ++ show '\'' ++ show '"' ++ show "'")
  print (read (show "\SO\&H\1234\&5") == "\SO\&H\1234\&5", read "\"\\SOH\\x41\\&1\"" :: String)
  print [0.1, 1.0e-2, 5.0e-324, 1.7976931348623157e308, 2 ^ (53 :: Int), 1e7, 9999999.0, 12345678.9, 0.1 + 0.7 :: Double]
  print [3.4028235e38, 1.0e-45, 0.1, 16777216, 1.0e7 :: Float]
  print (-0.0 :: Double, isNegativeZero (-0.0 :: Double), 0 * (-1) :: Double, sqrt (-1) :: Double, recip (-0.0) :: Double)
  print (read "-0.0" :: Double, read "1e400" :: Double, read "1e-400" :: Double, read (show (0.1 + 0.2 :: Double)) :: Double)
  print (realToFrac (0.1 :: Double) :: Float, realToFrac (0.1 :: Float) :: Double, fromIntegral (2 ^ (62 :: Int) + 1 :: Int) :: Double)
  print ((-3) % 4 :: Rational, Just (3 % (-6) :: Rational), [1 % 3, 2 % 4 :: Ratio Int])
  print (fromIntegral (200 :: Int) :: Int8, fromIntegral (-1 :: Int) :: Word16, (maxBound :: Int32) + 1, negate (minBound :: Int64), (minBound :: Int8) `div` (-1 + 2))
  print (toInteger (minBound :: Int), gcd 0 (0 :: Int), lcm 4 (-6 :: Int), (-7) `divMod` (2 :: Integer), (-7) `quotRem` (-2 :: Integer))
  print (truncate (1e10 :: Double) :: Int, floor (-2.5e15 :: Double) :: Integer, round (2.5 :: Double) :: Integer, round (-3.5 :: Float) :: Int)
  print (map toUpper "straße ǆ ﬁ", map toLower "İSTANBUL ǅ")
  print (T.toUpper (T.pack "straße ﬁ"), T.toLower (T.pack "ΣΑΣ"), T.length (T.pack "𝄞x"), T.toTitle (T.pack "ǆemal"))
  print (showsPrec 11 (-5 :: Int) "", showsPrec 11 (-5.5 :: Double) "", show (Just (-0.0 :: Double)), show [Just (-1 :: Int)])
  print (minimum [0 / 0, 1 :: Double], maximum [0 / 0, 1 :: Double], compare (0 / 0) (1 :: Double), (0 / 0 :: Double) == 0 / 0)
  print (fromEnum 'z', toEnum 955 :: Char, fromEnum (3.7 :: Double), [LT ..], succ 'a', pred 10.5 :: Double)
