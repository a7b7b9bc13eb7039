-- Word8/16/32/64 and Int8/16/32/64: overflow, sign, conversions, Show, Read, Enum, Bits.
import Data.Bits
import Data.Int
import Data.Word

main :: IO ()
main = do
  -- Word8 overflow
  let w8 = 250 :: Word8
  print (w8 + 10, w8 * 2, 3 - (5 :: Word8), negate (1 :: Word8), maxBound :: Word8, (maxBound :: Word8) + 1)
  print (fromIntegral (300 :: Int) :: Word8, fromIntegral (-1 :: Int) :: Word8, fromInteger (-129) :: Word8)
  print (div (200 :: Word8) 7, mod (200 :: Word8) 7, quotRem (255 :: Word8) 16, toInteger w8)
  print (maxBound :: Word16, (maxBound :: Word16) + 1, (60000 :: Word16) * 2, maxBound :: Word32, (maxBound :: Word32) + 1)
  print (maxBound :: Word64, (maxBound :: Word64) + 1, (2 :: Word64) ^ (40 :: Int), fromIntegral (maxBound :: Word64) :: Int)
  -- Int8/Int16 arithmetic and negative values
  let i8 = 100 :: Int8
  print (i8 + 100, i8 * 3, negate (minBound :: Int8), abs (minBound :: Int8), minBound :: Int8, maxBound :: Int8)
  print (div (-7 :: Int8) 2, mod (-7 :: Int8) 2, quot (-7 :: Int8) 2, rem (-7 :: Int8) 2, divMod (-100 :: Int8) 7)
  print (signum (-5 :: Int8), signum (0 :: Int16), (30000 :: Int16) + 30000, (-32768 :: Int16) - 1)
  print (minBound :: Int32, (maxBound :: Int32) + 1, minBound :: Int64, (maxBound :: Int64) + 1)
  print [-3, -2 .. 3 :: Int8]
  print (Just (-5 :: Int8), [Left (-1 :: Int16), Right (2 :: Int32)], showsPrec 7 (-3 :: Int64) "")
  -- conversions: truncation and sign extension
  print (fromIntegral (200 :: Word8) :: Int8, fromIntegral (-56 :: Int8) :: Word8, fromIntegral (-1 :: Int8) :: Word16)
  print (fromIntegral (-1 :: Int8) :: Int64, fromIntegral (0x12345678 :: Word32) :: Word16, fromIntegral (0x12345678 :: Int32) :: Int8)
  print (fromIntegral (-1 :: Int32) :: Word32, fromIntegral (4000000000 :: Word32) :: Int32, fromIntegral (-2 :: Int64) :: Word64)
  print (toInteger (minBound :: Int64), toInteger (maxBound :: Word32), fromIntegral (70000 :: Int) :: Int16)
  -- Enum and Bounded
  print ([250 ..] :: [Word8], [minBound .. minBound + 3] :: [Int8], [1, 3 .. 11] :: [Word16], fromEnum (200 :: Word8))
  print (succ (5 :: Int16), pred (0 :: Int32), toEnum 65 :: Word8, [10, 7 ..] :: [Word8])
  print (take 3 [maxBound - 1 ..] :: [Word64], take 3 [minBound ..] :: [Int64])
  -- Read and Show
  print (read "255" :: Word8, read "256" :: Word8, read "-1" :: Word8, read "-128" :: Int8, read "200" :: Int8)
  print (read "[1,2,-3]" :: [Int16], read "(4294967295,-7)" :: (Word32, Int32), read "18446744073709551615" :: Word64)
  print (show (minBound :: Int8), show (-1 :: Int64), show (maxBound :: Word64))
  -- Bits on sized types
  print (popCount (-1 :: Int8), popCount (255 :: Word8), complement (0 :: Word16), complement (5 :: Int8))
  print (shiftL (1 :: Word8) 7, shiftL (1 :: Word8) 8, shiftR (-128 :: Int8) 3, shiftR (128 :: Word8) 3, shift (3 :: Int16) 14)
  print (rotateL (0x81 :: Word8) 1, rotateR (1 :: Word16) 1, rotate (-128 :: Int8) 1, rotateL (0x80000000 :: Word32) 4)
  print (testBit (-1 :: Int32) 31, testBit (1 :: Word64) 64, setBit (0 :: Word8) 7, clearBit (-1 :: Int8) 7, bit 5 :: Int16)
  print (countLeadingZeros (1 :: Word8), countLeadingZeros (-1 :: Int16), countTrailingZeros (0 :: Word32), countTrailingZeros (8 :: Int64))
  print (finiteBitSize (0 :: Word8), finiteBitSize (0 :: Int32), bitSizeMaybe (0 :: Word64), isSigned (0 :: Int8), isSigned (0 :: Word8))
  print (xor (0x0f :: Word8) 0xff, (0x3c :: Int8) .&. 0x0f, (-16 :: Int16) .|. 3)
  print (toIntegralSized (300 :: Int) :: Maybe Word8, toIntegralSized (200 :: Int) :: Maybe Word8, toIntegralSized (-1 :: Int) :: Maybe Word16)
  print (toIntegralSized (200 :: Word8) :: Maybe Int8, toIntegralSized (100 :: Word8) :: Maybe Int8, toIntegralSized (-5 :: Int8) :: Maybe Int64)
  print (toIntegralSized (maxBound :: Word64) :: Maybe Int64, toIntegralSized (2 ^ 40 :: Integer) :: Maybe Word32, toIntegralSized (7 :: Integer) :: Maybe Int8)
