{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Fusion.Common: a
-- stream of characters as a stream of UTF-16/UTF-32 bytes (the bytes of
-- one character held in the RS state; the size hint twice the
-- characters').
module Data.Text.Internal.Encoding.Fusion.Common
  ( restreamUtf16LE,
    restreamUtf16BE,
    restreamUtf32LE,
    restreamUtf32BE,
  )
where

import Data.Bits (shiftR, (.&.))
import Data.Char (ord)
import Data.Text.Internal.Fusion.Size (Size)
import Data.Text.Internal.Fusion.Types (RS (..), Step (..), Stream (..))
import Data.Word (Word8)

-- | The stream of each character's bytes (at most four).
restream :: (Char -> [Word8]) -> Stream Char -> Stream Word8
restream bytes (Stream next0 s0 len) = Stream next (RS0 s0) (len * (2 :: Size))
  where
    next (RS0 s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (RS0 s')
      Yield c s' -> case bytes c of
        [a, b] -> Yield a (RS1 s' b)
        [a, b, d] -> Yield a (RS2 s' b d)
        [a, b, d, e] -> Yield a (RS3 s' b d e)
        _ -> Skip (RS0 s')
    next (RS1 s a) = Yield a (RS0 s)
    next (RS2 s a b) = Yield a (RS1 s b)
    next (RS3 s a b d) = Yield a (RS2 s b d)

-- | The character's UTF-16 code units.
units :: Char -> [Int]
units c
  | n < 0x10000 = [n]
  | otherwise = [0xD800 + (m `shiftR` 10), 0xDC00 + (m .&. 0x3FF)]
  where
    n = ord c
    m = n - 0x10000

byte :: Int -> Int -> Word8
byte x k = fromIntegral ((x `shiftR` k) .&. 0xFF)

restreamUtf16LE, restreamUtf16BE, restreamUtf32LE, restreamUtf32BE :: Stream Char -> Stream Word8
restreamUtf16LE = restream (concatMap (\u -> [byte u 0, byte u 8]) . units)
restreamUtf16BE = restream (concatMap (\u -> [byte u 8, byte u 0]) . units)
restreamUtf32LE = restream (\c -> [byte (ord c) k | k <- [0, 8, 16, 24]])
restreamUtf32BE = restream (\c -> [byte (ord c) k | k <- [24, 16, 8, 0]])
