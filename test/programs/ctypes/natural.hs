import Numeric.Natural
import Control.Exception
import Data.Bits

t :: Show a => String -> a -> IO ()
t l x = do
  r <- try (evaluate (length (show x) `seq` x))
  case r of
    Left e -> putStrLn (l ++ ": exception: " ++ show (e :: SomeException))
    Right v -> putStrLn (l ++ ": " ++ show v)

big :: Natural
big = 123456789012345678901234567890

main :: IO ()
main = do
  print (5 :: Natural, big, big + 1, big * big, big - 1, 2 ^ 64 :: Natural, 2 ^ 64 - 1 :: Natural)
  print (showsPrec 11 big "", showsPrec 11 (3 :: Natural) "", [1, 2, big])
  print (fromIntegral (7 :: Int) :: Natural, fromIntegral big :: Int, toInteger big, fromInteger 42 :: Natural)
  print (big `div` 7, big `mod` 7, big `quot` 1000, big `rem` 1000, divMod big 13, quotRem (2 ^ 70) (2 ^ 65 :: Natural))
  print (gcd big 30, lcm 4 (6 :: Natural), compare big 3, big == big, big /= 0, max 3 big, min 3 (big :: Natural))
  print (abs big, signum big, signum (0 :: Natural), negate (0 :: Natural), toRational (big :: Natural))
  print ([1 .. 5] :: [Natural], [10, 7 .. 0] :: [Natural], take 3 [big ..], [5, 3 ..] :: [Natural], [1, 3 .. 10] :: [Natural])
  print (succ big, pred big, fromEnum (99 :: Natural), toEnum 12 :: Natural, take 3 [2 ^ 64 - 1 :: Natural ..])
  print (big .&. 0xFFFF, big .|. 1, xor big big, shiftL 1 100 :: Natural, shiftR big 64, testBit big 0, testBit big 200)
  print (popCount big, bit 65 :: Natural, setBit 0 3 :: Natural, clearBit big 1, complementBit (5 :: Natural) 0, bitSizeMaybe big, isSigned big)
  print (shift big (-3), shift (1 :: Natural) 3, rotate big 2, rotateR (64 :: Natural) 3, zeroBits :: Natural)
  print (realToFrac (fromIntegral big :: Double) :: Double, fromIntegral big :: Double, fromIntegral (2 ^ 64 + 3 :: Natural) :: Word)
  t "3 - 5" (3 - 5 :: Natural)
  t "negate 1" (negate 1 :: Natural)
  t "pred 0" (pred 0 :: Natural)
  t "fromInteger (-1)" (fromInteger (-1) :: Natural)
  t "fromIntegral (-1 :: Int)" (fromIntegral (-1 :: Int) :: Natural)
  t "toEnum (-1)" (toEnum (-1) :: Natural)
  t "fromEnum 2^63" (fromEnum (2 ^ 63 :: Natural))
  t "fromEnum 2^64+5" (fromEnum (2 ^ 64 + 5 :: Natural))
  t "div by 0" (div big 0)
  t "quotRem by 0" (quotRem big 0)
  t "complement" (complement (1 :: Natural))
  t "bitSize" (bitSize (1 :: Natural))
  t "shiftL -1" (shiftL (1 :: Natural) (-1))
  print (sum [1 .. 100 :: Natural], product [1 .. 25 :: Natural])
