{-# LANGUAGE NumericUnderscores #-}
-- CRC-32, CRC-16/CCITT and Adler-32 with Data.Bits on Word32/Word16/Word8,
-- plus bit-twiddling utilities over Word64.
module Main (main) where

import Data.Bits
import Data.Word
import Data.Char (ord)
import Data.List (foldl')
import Numeric (showHex)
import Data.Array.Unboxed

crcTable :: UArray Word8 Word32
crcTable = listArray (0, 255) [go (fromIntegral n) (8 :: Int) | n <- [0 .. 255 :: Int]]
  where go c 0 = c
        go c k = go (if testBit c 0 then 0xEDB88320 `xor` (c `shiftR` 1) else c `shiftR` 1) (k - 1)

crc32 :: [Word8] -> Word32
crc32 = complement . foldl' step 0xFFFFFFFF
  where step c b = (crcTable ! (fromIntegral c `xor` b)) `xor` (c `shiftR` 8)

crc16 :: [Word8] -> Word16
crc16 = foldl' step 0xFFFF
  where step c b = foldl' (\x _ -> if testBit x 15 then (x `shiftL` 1) `xor` 0x1021 else x `shiftL` 1)
                          (c `xor` (fromIntegral b `shiftL` 8)) [1 .. 8 :: Int]

adler32 :: [Word8] -> Word32
adler32 bs = (b `shiftL` 16) .|. a
  where (a, b) = foldl' (\(x, y) w -> let x' = (x + fromIntegral w) `mod` 65521 in (x', (y + x') `mod` 65521)) (1, 0) bs

bytes :: String -> [Word8]
bytes = map (fromIntegral . ord)

hex :: (Integral a, Show a) => a -> String
hex x = "0x" ++ showHex x ""

main :: IO ()
main = do
  let msgs = ["", "a", "123456789", "The quick brown fox jumps over the lazy dog"]
  mapM_ (\m -> putStrLn (show m ++ ": crc32=" ++ hex (crc32 (bytes m)) ++ " crc16=" ++ hex (crc16 (bytes m)) ++ " adler=" ++ hex (adler32 (bytes m)))) msgs
  let w = 0xF0F0_1234_ABCD_0001 :: Word64
  print (popCount w, countLeadingZeros w, countTrailingZeros w, w `rotateL` 12, w `rotateR` 4)
  print (complement (0 :: Word8), (200 :: Word8) + 100, (3 :: Word8) - 5, (255 :: Word16) * 300)
  print (shiftL (1 :: Word32) 31, shiftR (0x80000000 :: Word32) 31, (maxBound :: Word64) `div` 3)
  print (fromIntegral (-1 :: Int) :: Word32, fromIntegral (300 :: Int) :: Word8, toInteger (maxBound :: Word64) + 1)
  print (finiteBitSize (0 :: Word16), bit 5 :: Word8, clearBit (0xFF :: Word8) 0, setBit (0 :: Word64) 63)
  print [x .&. (x - 1) | x <- [12, 16, 255 :: Word8]]
  print (foldr xor 0 [1 .. 1000 :: Word16], isSigned (0 :: Word8), zeroBits :: Word32)
