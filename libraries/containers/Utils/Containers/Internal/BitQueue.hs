-- hs2stg's own Utils.Containers.Internal.BitQueue (containers-0.6.4.1): a
-- queue of up to 127 bits in two words, laid out as its Show instances show
-- them (observed, first word's bits from the top, then the second's): the
-- builder shifts the pair right and puts each new bit on top, its end
-- marked by the lowest set bit (emptyQB is the marker alone, on top);
-- buildQ right-aligns the bits, the first one lowest, with the marker just
-- above the last; unconsQ takes the lowest bit.
{-# LANGUAGE MagicHash #-}
module Utils.Containers.Internal.BitQueue where

import Data.Bits (shiftL, shiftR, testBit, (.|.), bit)
import GHC.Exts (Int (I#), Int#, Word (W#), Word#)

newtype BitQueue = BQ BitQueueB

data BitQueueB = BQB {-# UNPACK #-} !Word {-# UNPACK #-} !Word

instance Show BitQueueB where
  showsPrec _ (BQB hi lo) = showString "BQ" . shows (topDown hi ++ topDown lo)

instance Show BitQueue where
  showsPrec p (BQ b) = showParen (p > 10) (showString "BQ " . showsPrec 11 b)

-- a word's bits, the highest first
topDown :: Word -> [Bool]
topDown w = [testBit w i | i <- [63, 62 .. 0]]

emptyQB :: BitQueueB
emptyQB = BQB (bit 63) 0

snocQB :: BitQueueB -> Bool -> BitQueueB
snocQB (BQB hi lo) b =
  BQB ((hi `shiftR` 1) .|. (if b then bit 63 else 0)) ((lo `shiftR` 1) .|. (hi `shiftL` 63))

buildQ :: BitQueueB -> BitQueue
-- 127 bits, the marker lowest: containers' result (observed) also has the
-- shifted first word in the second one
buildQ (BQB hi lo)
  | testBit lo 0 =
      BQ (BQB ((hi `shiftR` 1) .|. bit 63) ((lo `shiftR` 1) .|. (hi `shiftL` 63) .|. (hi `shiftR` 1)))
buildQ (BQB hi lo) =
  let v = toInteger hi * 2 ^ (64 :: Int) + toInteger lo
      z = lowestSet v 0
      n = 127 - z
      r = (v `div` 2 ^ (z + 1)) + 2 ^ n
  in BQ (BQB (fromInteger (r `div` 2 ^ (64 :: Int))) (fromInteger (r `mod` 2 ^ (64 :: Int))))
  where
    lowestSet v i
      | i >= 127 || odd (v `div` 2 ^ i) = i
      | otherwise = lowestSet v (i + 1)

unconsQ :: BitQueue -> Maybe (Bool, BitQueue)
unconsQ (BQ (BQB hi lo))
  | hi == 0 && lo == 1 = Nothing
  | otherwise = Just (testBit lo 0, BQ (BQB (hi `shiftR` 1) ((lo `shiftR` 1) .|. (hi `shiftL` 63))))

toListQ :: BitQueue -> [Bool]
toListQ q = case unconsQ q of
  Nothing -> []
  Just (b, q') -> b : toListQ q'

-- The workers containers' -O1 code calls (scripts/gen-containers.mjs).
zz_zdwtoListQ :: Word# -> Word# -> [Bool]
zz_zdwtoListQ hi lo = toListQ (BQ (BQB (W# hi) (W# lo)))

zz_zdwzdcshow :: Word# -> Word# -> String
zz_zdwzdcshow hi lo = show (BQB (W# hi) (W# lo))

zz_zdwzdcshowsPrec :: Int# -> BitQueue -> String -> String
zz_zdwzdcshowsPrec p q = showsPrec (I# p) q
