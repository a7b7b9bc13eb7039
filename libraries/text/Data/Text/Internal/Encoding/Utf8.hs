{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Utf8: a
-- character's UTF-8 bytes and back, and which byte sequences are
-- well-formed UTF-8 (no overlong forms, surrogates or code points past
-- U+10FFFF). chrN do no checking: bytes out of range give whatever code
-- the arithmetic makes, as the package's do.
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
rawChr :: Int -> Char
rawChr (I# i) = C# (chr# i)

chr2 :: Word8 -> Word8 -> Char
chr2 a b = rawChr (((int a - 0xC0) `shiftL` 6) + (int b - 0x80))

chr3 :: Word8 -> Word8 -> Word8 -> Char
chr3 a b c = rawChr (((int a - 0xE0) `shiftL` 12) + ((int b - 0x80) `shiftL` 6) + (int c - 0x80))

chr4 :: Word8 -> Word8 -> Word8 -> Word8 -> Char
chr4 a b c d =
  rawChr (((int a - 0xF0) `shiftL` 18) + ((int b - 0x80) `shiftL` 12) + ((int c - 0x80) `shiftL` 6) + (int d - 0x80))

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
