{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Clean-room GHC.Float.ConversionUtils (base-4.15.1's API): the helpers
-- of GHC.Float's conversions that strip trailing zero bits from a mantissa
-- while the exponent allows. As GHC 9.0.2's binary computes them
-- (observed): on the number's low 64 bits; 0 gives (0, 0); with t the count
-- of trailing zero bits, an exponent e <= t shifts right by e (the shift
-- count taken modulo 64, as the machine's) and gives exponent 0, a larger
-- one shifts by t and gives e - t. Compiled into
-- preludes/base/GHC.Float.ConversionUtils.stg by scripts/gen-library-preludes.mjs.
module GHC.Float.ConversionUtils
  ( elimZerosInteger,
    elimZerosInt#,
  )
where

import Data.Bits (countTrailingZeros, shiftR, (.&.))
import GHC.Exts (Int (I#), Int#)

elimZerosInteger :: Integer -> Int# -> (# Integer, Int# #)
elimZerosInteger m e = elimZerosInt# (case fromInteger m of I# n -> n) e

elimZerosInt# :: Int# -> Int# -> (# Integer, Int# #)
elimZerosInt# n e = case strip (I# n) (I# e) of
  (m, I# e') -> (# toInteger m, e' #)

strip :: Int -> Int -> (Int, Int)
strip 0 _ = (0, 0)
strip n e
  | e <= t = (n `shiftR` (e .&. 63), 0)
  | otherwise = (n `shiftR` t, e - t)
  where
    t = countTrailingZeros n
