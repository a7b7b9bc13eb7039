-- hs2stg's own implementation of containers-0.6.4.1's
-- Utils.Containers.Internal.BitUtil.
module Utils.Containers.Internal.BitUtil (bitcount, highestBitMask, shiftLL, shiftRL, wordSize) where

import Data.Bits

bitcount :: Int -> Word -> Int
bitcount a x = a + popCount x

highestBitMask :: Word -> Word
highestBitMask w = bit (finiteBitSize w - 1 - countLeadingZeros w)

shiftLL :: Word -> Int -> Word
shiftLL = unsafeShiftL

shiftRL :: Word -> Int -> Word
shiftRL = unsafeShiftR

wordSize :: Int
wordSize = finiteBitSize (0 :: Word)
