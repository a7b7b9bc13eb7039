-- Word arithmetic: wrap-around, division, conversions, Enum/Bounded, Read and Show.
import Data.Bits

main :: IO ()
main = do
  let top = maxBound :: Word
  print (top, top + 1, minBound :: Word, negate (1 :: Word), 0 - (5 :: Word))
  print (top * 3, top `div` 7, top `mod` 7, divMod (100 :: Word) 7, quotRem top 10)
  print (abs (3 :: Word), signum (0 :: Word), signum (42 :: Word), fromInteger (2 ^ 64 + 5) :: Word)
  print (fromIntegral (-1 :: Int) :: Word, fromIntegral top :: Int, toInteger top, fromIntegral (2 ^ 63 :: Word) :: Integer)
  print (compare (1 :: Word) top, max 3 (9 :: Word), min 3 (9 :: Word), (5 :: Word) == 5, (5 :: Word) /= 5, top > 0)
  print ([1 .. 5] :: [Word], [10, 8 .. 1] :: [Word], take 3 [top - 2 ..], succ (41 :: Word), pred (1 :: Word))
  print (fromEnum (77 :: Word), toEnum 12 :: Word, [top - 4, top - 2 ..])
  print (read "123" :: Word, read " 18446744073709551615 " :: Word, read "[1,2,3]" :: [Word], read "(-1)" :: Word)
  print (show (42 :: Word), showsPrec 11 (7 :: Word) "", Just (3 :: Word), [Left (1 :: Word), Right 'x'])
  print (toRational (10 :: Word), realToFrac (3 :: Word) :: Double, fromIntegral (300 :: Word) :: Double)
  print (gcd (12 :: Word) 18, lcm (4 :: Word) 6, (2 :: Word) ^ (63 :: Int), even (6 :: Word), odd (6 :: Word))
  -- bits on Word
  print (popCount top, complement (0 :: Word), shiftR top 60, shiftL (1 :: Word) 63, shiftL (1 :: Word) 64)
  print (rotateL (0x8000000000000001 :: Word) 1, rotateR (1 :: Word) 1, testBit top 63, countLeadingZeros (255 :: Word))
  print (xor (0xff00 :: Word) 0x0ff0, (0xf0 :: Word) .&. 0x3c, (0xf0 :: Word) .|. 0x0f, countTrailingZeros (1024 :: Word), finiteBitSize (0 :: Word), isSigned (0 :: Word))
  print (sum [1 .. 100 :: Word], product [1 .. 20 :: Word], product [1 .. 21 :: Word])
  print (map (`div` 3) [0, 1, 2, 3, 10 :: Word], [x * x | x <- [1 .. 10 :: Word], odd x])
