-- hs2stg: clean-room Data.ByteString.Builder.Prim.ASCII
-- (bytestring-0.10.12.1): char7 and the decimal and hexadecimal encodings
-- as primitives, with the bounds the real ones have (`ghc --show-iface`
-- types; bounds as Data.ByteString.Builder.ASCII's).
module Data.ByteString.Builder.Prim.ASCII
  ( char7
  , int8Dec, int16Dec, int32Dec, int64Dec, intDec
  , word8Dec, word16Dec, word32Dec, word64Dec, wordDec
  , word8Hex, word16Hex, word32Hex, word64Hex, wordHex
  , int8HexFixed, int16HexFixed, int32HexFixed, int64HexFixed
  , word8HexFixed, word16HexFixed, word32HexFixed, word64HexFixed
  , floatHexFixed, doubleHexFixed
  ) where

import Data.ByteString.Builder.Prim.Internal
import Data.Bits ((.&.))
import Data.Char (ord, intToDigit)
import Data.Int (Int8, Int16, Int32, Int64)
import Data.Word (Word8, Word16, Word32, Word64)
import GHC.Float (castFloatToWord32, castDoubleToWord64)
import Numeric (showHex)

ascii :: String -> [Word8]
ascii = map (fromIntegral . ord)

-- | The low 7 bits of the Char.
char7 :: FixedPrim Char
char7 = fixedPrim 1 (\c p -> writeBytes [fromIntegral (ord c .&. 0x7F)] p >> return ())

dec :: Show a => Int -> BoundedPrim a
dec n = boundedPrim n (\x -> writeBytes (ascii (show x)))

int8Dec :: BoundedPrim Int8
int8Dec = dec 4
int16Dec :: BoundedPrim Int16
int16Dec = dec 6
int32Dec :: BoundedPrim Int32
int32Dec = dec 11
int64Dec :: BoundedPrim Int64
int64Dec = dec 20
intDec :: BoundedPrim Int
intDec = dec 20
word8Dec :: BoundedPrim Word8
word8Dec = dec 3
word16Dec :: BoundedPrim Word16
word16Dec = dec 5
word32Dec :: BoundedPrim Word32
word32Dec = dec 10
word64Dec :: BoundedPrim Word64
word64Dec = dec 20
wordDec :: BoundedPrim Word
wordDec = dec 20

hex :: (Integral a, Show a) => Int -> BoundedPrim a
hex n = boundedPrim n (\x -> writeBytes (ascii (showHex (toInteger x) "")))

word8Hex :: BoundedPrim Word8
word8Hex = hex 2
word16Hex :: BoundedPrim Word16
word16Hex = hex 4
word32Hex :: BoundedPrim Word32
word32Hex = hex 8
word64Hex :: BoundedPrim Word64
word64Hex = hex 16
wordHex :: BoundedPrim Word
wordHex = hex 16

-- Exactly n lower-case hexadecimal digits of the value's bits.
hexFixed :: Integral a => Int -> FixedPrim a
hexFixed n = fixedPrim n (\x p -> writeBytes (digits (toInteger x `mod` (16 ^ n))) p >> return ())
  where
    digits v = ascii [intToDigit (fromInteger ((v `div` (16 ^ k)) `mod` 16)) | k <- [n - 1, n - 2 .. 0]]

int8HexFixed :: FixedPrim Int8
int8HexFixed = hexFixed 2
int16HexFixed :: FixedPrim Int16
int16HexFixed = hexFixed 4
int32HexFixed :: FixedPrim Int32
int32HexFixed = hexFixed 8
int64HexFixed :: FixedPrim Int64
int64HexFixed = hexFixed 16
word8HexFixed :: FixedPrim Word8
word8HexFixed = hexFixed 2
word16HexFixed :: FixedPrim Word16
word16HexFixed = hexFixed 4
word32HexFixed :: FixedPrim Word32
word32HexFixed = hexFixed 8
word64HexFixed :: FixedPrim Word64
word64HexFixed = hexFixed 16
floatHexFixed :: FixedPrim Float
floatHexFixed = castFloatToWord32 >$< word32HexFixed
doubleHexFixed :: FixedPrim Double
doubleHexFixed = castDoubleToWord64 >$< word64HexFixed
