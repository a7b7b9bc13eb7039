-- Chess bitboards on Word64: knight and king attack masks, popcounts,
-- bit scanning, and a perft-free move count for knights.
module Main (main) where

import Data.Bits
import Data.Word
import Numeric (showHex)
import Data.List (intercalate)

sq :: Int -> Int -> Int
sq file rank = rank * 8 + file

bb :: [Int] -> Word64
bb = foldr (\s acc -> setBit acc s) 0

notA, notAB, notH, notGH :: Word64
notA = 0xfefefefefefefefe
notAB = 0xfcfcfcfcfcfcfcfc
notH = 0x7f7f7f7f7f7f7f7f
notGH = 0x3f3f3f3f3f3f3f3f

knightAttacks :: Word64 -> Word64
knightAttacks b =
  ((b `shiftL` 17) .&. notA) .|. ((b `shiftL` 15) .&. notH) .|. ((b `shiftL` 10) .&. notAB) .|. ((b `shiftL` 6) .&. notGH)
  .|. ((b `shiftR` 17) .&. notH) .|. ((b `shiftR` 15) .&. notA) .|. ((b `shiftR` 10) .&. notGH) .|. ((b `shiftR` 6) .&. notAB)

kingAttacks :: Word64 -> Word64
kingAttacks b = let lr = ((b `shiftL` 1) .&. notA) .|. ((b `shiftR` 1) .&. notH) .|. b
                    all3 = lr .|. (lr `shiftL` 8) .|. (lr `shiftR` 8)
                in all3 .&. complement b

squares :: Word64 -> [Int]
squares 0 = []
squares b = let s = countTrailingZeros b in s : squares (b .&. (b - 1))

name :: Int -> String
name s = [toEnum (fromEnum 'a' + s `mod` 8), toEnum (fromEnum '1' + s `div` 8)]

draw :: Word64 -> String
draw b = intercalate "\n" [[if testBit b (sq f r) then 'x' else '.' | f <- [0 .. 7]] | r <- [7, 6 .. 0]]

main :: IO ()
main = do
  let n = bb [sq 1 0, sq 6 0]
  putStrLn (draw (knightAttacks n))
  print (map name (squares (knightAttacks (bb [sq 0 0]))))
  print [popCount (knightAttacks (bit s)) | s <- [0 .. 7]]
  print (sum [popCount (knightAttacks (bit s)) | s <- [0 .. 63]], sum [popCount (kingAttacks (bit s)) | s <- [0 .. 63]])
  putStrLn (showHex (kingAttacks (bit (sq 4 3))) "")
  print (countLeadingZeros (bit 40 :: Word64), popCount (maxBound :: Word64), complement notA == 0x0101010101010101)
  print (fromIntegral (knightAttacks (bit 27)) :: Int, (fromIntegral (bit 63 :: Word64) :: Int) < 0)
  print (rotate (0x8000000000000001 :: Word64) 1, shift (1 :: Word64) 64, unsafeShiftL (3 :: Word64) 62)
