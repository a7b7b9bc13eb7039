{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Utf8: a
-- character's UTF-8 bytes and back, and which byte sequences are
-- well-formed UTF-8 (no overlong forms, surrogates or code points past
-- U+10FFFF). chrN do no checking in the package: bytes out of range give
-- whatever code the arithmetic makes, and GHC keeps it in an invalid Char
-- (a negative or too large code, which ord gives back). hs2stg's Char
-- holds code points only, so such bytes stop the program, naming the
-- function (see codeChr).
module Data.Text.Internal.Encoding.Utf8
  ( ord2,
    ord3,
    ord4,
    chr2,
    chr3,
    chr4,
    validate1,
    validate2,
    validate3,
    validate4,
  )
where

import Data.Bits (shiftL, shiftR, (.&.))
import Data.Char (ord)
import Data.Word (Word8)
import GHC.Exts (Char (..), Int (..), chr#)

ord2 :: Char -> (Word8, Word8)
ord2 c = (lead 0xC0 6, cont 0)
  where
    n = ord c
    lead b k = fromIntegral (b + (n `shiftR` k))
    cont k = fromIntegral (0x80 + ((n `shiftR` k) .&. 0x3F))

ord3 :: Char -> (Word8, Word8, Word8)
ord3 c = (fromIntegral (0xE0 + (n `shiftR` 12)), cont 6, cont 0)
  where
    n = ord c
    cont k = fromIntegral (0x80 + ((n `shiftR` k) .&. 0x3F))

ord4 :: Char -> (Word8, Word8, Word8, Word8)
ord4 c = (fromIntegral (0xF0 + (n `shiftR` 18)), cont 12, cont 6, cont 0)
  where
    n = ord c
    cont k = fromIntegral (0x80 + ((n `shiftR` k) .&. 0x3F))

-- | The character of a code computed without a range check.
-- | The character of a code chrN computed; out of range: stop, naming
-- the function (GHC would make an invalid Char).
codeChr :: String -> Int -> Char
codeChr name n@(I# i)
  | n >= 0 && n <= 0x10FFFF = C# (chr# i)
  | otherwise =
      errorWithoutStackTrace
        ( "hs2stg: Data.Text.Internal.Encoding.Utf8."
            ++ name
            ++ ": the bytes make code "
            ++ show n
            ++ ", not a code point; GHC keeps it in an invalid Char, which hs2stg's Char cannot hold"
        )

chr2 :: Word8 -> Word8 -> Char
chr2 a b = codeChr "chr2" (((int a - 0xC0) `shiftL` 6) + (int b - 0x80))

chr3 :: Word8 -> Word8 -> Word8 -> Char
chr3 a b c = codeChr "chr3" (((int a - 0xE0) `shiftL` 12) + ((int b - 0x80) `shiftL` 6) + (int c - 0x80))

chr4 :: Word8 -> Word8 -> Word8 -> Word8 -> Char
chr4 a b c d =
  codeChr "chr4" (((int a - 0xF0) `shiftL` 18) + ((int b - 0x80) `shiftL` 12) + ((int c - 0x80) `shiftL` 6) + (int d - 0x80))

int :: Word8 -> Int
int = fromIntegral

between :: Word8 -> Word8 -> Word8 -> Bool
between lo hi x = x >= lo && x <= hi

cont :: Word8 -> Bool
cont = between 0x80 0xBF

validate1 :: Word8 -> Bool
validate1 a = a <= 0x7F

validate2 :: Word8 -> Word8 -> Bool
validate2 a b = between 0xC2 0xDF a && cont b

validate3 :: Word8 -> Word8 -> Word8 -> Bool
validate3 a b c = second && cont c
  where
    second
      | a == 0xE0 = between 0xA0 0xBF b
      | a == 0xED = between 0x80 0x9F b
      | between 0xE1 0xEC a || between 0xEE 0xEF a = cont b
      | otherwise = False

validate4 :: Word8 -> Word8 -> Word8 -> Word8 -> Bool
validate4 a b c d = second && cont c && cont d
  where
    second
      | a == 0xF0 = between 0x90 0xBF b
      | a == 0xF4 = between 0x80 0x8F b
      | between 0xF1 0xF3 a = cont b
      | otherwise = False
