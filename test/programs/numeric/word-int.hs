import Data.Int
import Data.Word
import Data.Ix

main :: IO ()
main = do
  print (maxBound :: Word8, maxBound + 1 :: Word8, 200 * 2 :: Word8, 0 - 1 :: Word16, maxBound :: Word32, maxBound :: Word64, minBound :: Word)
  print (maxBound :: Int8, maxBound + 1 :: Int8, minBound :: Int16, negate (minBound :: Int32), maxBound :: Int64, (minBound :: Int64) - 1)
  print (fromIntegral (300 :: Int) :: Word8, fromIntegral (-1 :: Int) :: Word32, fromIntegral (200 :: Word8) :: Int8, fromIntegral (maxBound :: Word64) :: Int)
  print (div (-7) 2 :: Int8, mod (-7) 2 :: Int8, quot (-7) 2 :: Int16, rem (-7) 2 :: Int16, divMod (200 :: Word8) 7, quotRem (-100 :: Int32) 7)
  print (toInteger (maxBound :: Word64), toInteger (minBound :: Int64), fromInteger (2 ^ 64 + 5) :: Word64, fromInteger (-(2 ^ 63) - 1) :: Int64)
  print (read "255" :: Word8, read "-1" :: Word8, read "70000" :: Int16, read "(-5)" :: Int32, read " 18446744073709551615 " :: Word64, read "[1,2]" :: [Int8])
  print ([1 .. 5] :: [Word8], [250 ..] :: [Word8], [10, 8 .. 1] :: [Int8], [maxBound - 2 ..] :: [Int64], take 3 [1, 3 ..] :: [Word16])
  print (succ (5 :: Word32), pred (5 :: Int64), toEnum 65 :: Word8, fromEnum (200 :: Word8), fromEnum (-3 :: Int16))
  print (range (1 :: Word8, 4), index (10 :: Int16, 20) 15, inRange (1 :: Word64, 5) 6, rangeSize (0 :: Int8, 9), range ((0, 0), (1, 1 :: Word8)))
  print (showsPrec 7 (-5 :: Int8) "", show (Just (-3 :: Int32)), show [1 :: Word16, 2])
  print (byteSwap16 0x1234, byteSwap32 0x12345678, byteSwap64 0x0102030405060708)
  print (bitReverse8 1, bitReverse16 1, bitReverse32 0xF, bitReverse64 3)
  print (toRational (200 :: Word8), realToFrac (3 :: Int8) :: Double, fromIntegral (maxBound :: Word) :: Double)
  print (gcd (12 :: Word8) 18, lcm (4 :: Int16) 6, (2 :: Word32) ^ (31 :: Int), (3 :: Int64) ^ (40 :: Int))
  print (compare (1 :: Word8) 2, max (-1 :: Int8) 1, min (3 :: Word) 4, (5 :: Int32) == 5, abs (minBound :: Int8), signum (-4 :: Int16), signum (0 :: Word8))
  print (minimum [3, 1, 2 :: Word64], sum [1 .. 100 :: Int16], product [1 .. 10 :: Word32])
