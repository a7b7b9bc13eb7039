-- Natural and Integer beyond a word at -O1: ghc-bignum's BigNat# code that
-- GHC inlines (limb sizes, comparisons, max/min, conversions to Double,
-- powers of two), on values built by the program and by the library
import Numeric.Natural
import Data.Bits
import GHC.Natural (naturalToWordMaybe)

big :: [Natural]
big = [2 ^ 64, 2 ^ 64 + 1, 2 ^ 100, 3 ^ 50, 2 ^ 64 - 1, 18446744073709551617 * 3, 2 ^ 127 + 2 ^ 60 + 12345]

main :: IO ()
main = do
  mapM_ (\n -> print (n, fromIntegral n :: Double, naturalToWordMaybe n)) big
  print [compare a b | a <- big, b <- big]
  print (maximum big, minimum big, max (2 ^ 70) (2 ^ 69 :: Natural), min (2 ^ 70) (2 ^ 71 :: Natural))
  print [popCount n | n <- big]
  print [(testBit n 64, testBit n 0) | n <- big]
  print [fromIntegral (n * 7 + 1) :: Double | n <- big]
  print [fromIntegral (negate (toInteger n) - 3) :: Double | n <- big]
  print [encodeFloat (toInteger n) (-70) :: Double | n <- big]
  print (map (\n -> n `shiftR` 3) big, map (`shiftL` 5) big)
  print [(n `div` 1000003, n `mod` 97) | n <- big]
  print (sum big, product (take 3 big), gcd (2 ^ 100) (6 ^ 40 :: Natural))
  print (fromIntegral (2 ^ 63 + 1025 :: Natural) :: Double, fromIntegral (2 ^ 64 - 1 :: Natural) :: Double)
  print (fromIntegral (maxBound :: Word) :: Double, encodeFloat (2 ^ 63 + 1025) 3 :: Double)
