import Foreign.C.Types
import Data.Bits

main :: IO ()
main = do
  print (3 :: CInt, -7 :: CLong, 200 :: CUChar, 65535 :: CUShort)
  print (maxBound :: CInt, minBound :: CInt, maxBound :: CUInt, minBound :: CSChar)
  print (maxBound :: CChar, maxBound :: CShort, maxBound :: CLLong, maxBound :: CULLong)
  print (maxBound :: CSize, maxBound :: CPtrdiff, maxBound :: CWchar, maxBound :: CSigAtomic)
  print (maxBound :: CIntPtr, maxBound :: CUIntPtr, maxBound :: CIntMax, maxBound :: CUIntMax)
  print (maxBound :: CBool, minBound :: CULong, maxBound :: CUShort, maxBound :: CUChar)
  -- arithmetic wraps at the C width
  print ((maxBound :: CInt) + 1, (200 :: CUChar) * 2, negate (5 :: CUInt), (127 :: CSChar) + 1)
  print (abs (-5 :: CShort), signum (-5 :: CLong), signum (0 :: CULong), abs (minBound :: CInt))
  print (17 `div` (-5) :: CInt, 17 `mod` (-5) :: CInt, 17 `quot` (-5) :: CLong, 17 `rem` (-5) :: CLong)
  print (divMod (-17) 5 :: (CLLong, CLLong), quotRem (-17) 5 :: (CShort, CShort), divMod 17 5 :: (CSize, CSize))
  print (toInteger (maxBound :: CULong), toInteger (minBound :: CLong), fromIntegral (300 :: CInt) :: CUChar)
  print (fromIntegral (-1 :: CInt) :: CUInt, fromIntegral (-1 :: CInt) :: CSize, fromIntegral (maxBound :: CUInt) :: CInt)
  print (toRational (7 :: CInt), realToFrac (3 :: CInt) :: Double)
  print (showsPrec 7 (-3 :: CInt) "", showsPrec 6 (-3 :: CInt) "", show [1, -2, 3 :: CLong])
  print (compare (1 :: CInt) 2, (3 :: CUInt) < 2, max (4 :: CWchar) 9, min (4 :: CChar) (-9), (5 :: CSize) == 5, (5 :: CSize) /= 5)
  -- Enum
  print ([1 .. 5] :: [CInt], [1, 3 .. 11] :: [CUChar], [10, 8 .. 1] :: [CShort], take 3 [250 ..] :: [CUChar])
  print (succ (4 :: CLong), pred (4 :: CULong), fromEnum (65 :: CChar), toEnum 66 :: CUInt)
  print ([maxBound - 2 ..] :: [CSChar], [minBound .. minBound + 2] :: [CUShort])
  print (fromEnum (maxBound :: CUInt), fromEnum (3 :: CBool), [False ..] == [False, True])
  -- Bits
  print ((12 :: CInt) .&. 10, (12 :: CUInt) .|. 3, xor (5 :: CLong) 3, complement (0 :: CUChar), complement (0 :: CInt))
  print (shiftL (1 :: CInt) 31, shiftR (-16 :: CInt) 2, shiftR (maxBound :: CUInt) 28, rotateL (0x81 :: CUChar) 1)
  print (popCount (255 :: CUShort), popCount (-1 :: CLong), testBit (5 :: CInt) 2, setBit (0 :: CSize) 63, clearBit (7 :: CChar) 0)
  print (finiteBitSize (0 :: CInt), finiteBitSize (0 :: CChar), finiteBitSize (0 :: CSize), finiteBitSize (0 :: CShort), finiteBitSize (0 :: CBool))
  print (countLeadingZeros (1 :: CInt), countTrailingZeros (8 :: CULong), bitSizeMaybe (0 :: CWchar), isSigned (0 :: CUInt), isSigned (0 :: CInt))
  print (sum [1 .. 100 :: CInt], product [1 .. 10 :: CLong], maximum [3, 9, 2 :: CUChar])
