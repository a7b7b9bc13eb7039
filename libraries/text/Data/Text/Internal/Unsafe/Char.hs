{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Unsafe.Char: characters
-- from code units without range checks, and one character written into a
-- text array as UTF-16.
module Data.Text.Internal.Unsafe.Char
  ( ord,
    unsafeChr,
    unsafeChr8,
    unsafeChr32,
    unsafeWrite,
  )
where

import Data.Bits (shiftR, (.&.))
import qualified Data.Char as C
import qualified Data.Text.Array as A
import Data.Word (Word16, Word32, Word8)
import GHC.Exts (Char (..), Int (..), chr#)
import GHC.ST (ST)

ord :: Char -> Int
ord = C.ord

rawChr :: Int -> Char
rawChr (I# i) = C# (chr# i)

unsafeChr :: Word16 -> Char
unsafeChr = rawChr . fromIntegral

unsafeChr8 :: Word8 -> Char
unsafeChr8 = rawChr . fromIntegral

unsafeChr32 :: Word32 -> Char
unsafeChr32 = rawChr . fromIntegral

-- | The character's code units at index i; gives how many (1 or 2).
unsafeWrite :: A.MArray s -> Int -> Char -> ST s Int
unsafeWrite marr i c
  | n < 0x10000 = do
      A.unsafeWrite marr i (fromIntegral n)
      return 1
  | otherwise = do
      let m = n - 0x10000
      A.unsafeWrite marr i (fromIntegral (0xD800 + (m `shiftR` 10)))
      A.unsafeWrite marr (i + 1) (fromIntegral (0xDC00 + (m .&. 0x3FF)))
      return 2
  where
    n = C.ord c
