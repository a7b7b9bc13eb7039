{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Utf16: surrogate
-- pairs. chr2 does no checking in the package (GHC keeps a code out of
-- range in an invalid Char); hs2stg's Char holds code points only, so
-- units that make none stop the program, naming the function.
module Data.Text.Internal.Encoding.Utf16
  ( chr2,
    validate1,
    validate2,
  )
where

import Data.Bits (shiftL)
import Data.Word (Word16)
import GHC.Exts (Char (..), Int (..), chr#)

chr2 :: Word16 -> Word16 -> Char
chr2 a b = case ((int a - 0xD800) `shiftL` 10) + (int b - 0xDC00) + 0x10000 of
  n@(I# i)
    | n >= 0 && n <= 0x10FFFF -> C# (chr# i)
    | otherwise ->
        errorWithoutStackTrace
          ( "hs2stg: Data.Text.Internal.Encoding.Utf16.chr2: the units make code "
              ++ show n
              ++ ", not a code point; GHC keeps it in an invalid Char, which hs2stg's Char cannot hold"
          )
  where
    int :: Word16 -> Int
    int = fromIntegral

-- | A code unit that is a character by itself (no surrogate).
validate1 :: Word16 -> Bool
validate1 x = x < 0xD800 || x > 0xDFFF

-- | A high surrogate, then a low one.
validate2 :: Word16 -> Word16 -> Bool
validate2 a b = a >= 0xD800 && a <= 0xDBFF && b >= 0xDC00 && b <= 0xDFFF
