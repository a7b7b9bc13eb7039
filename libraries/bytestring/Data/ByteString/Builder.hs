-- hs2stg: clean-room Data.ByteString.Builder (bytestring-0.10.12.1):
-- running Builders, character and binary encodings (see
-- Data.ByteString.Builder.Internal for the representation).
module Data.ByteString.Builder
  ( Builder
  , toLazyByteString, hPutBuilder, shortByteString
  , byteString, lazyByteString
  , int8, word8
  , int16BE, int32BE, int64BE, word16BE, word32BE, word64BE, floatBE, doubleBE
  , int16LE, int32LE, int64LE, word16LE, word32LE, word64LE, floatLE, doubleLE
  , char7, string7, char8, string8, charUtf8, stringUtf8
  , int8Dec, int16Dec, int32Dec, int64Dec, intDec, integerDec
  , word8Dec, word16Dec, word32Dec, word64Dec, wordDec
  , floatDec, doubleDec
  , word8Hex, word16Hex, word32Hex, word64Hex, wordHex
  , int8HexFixed, int16HexFixed, int32HexFixed, int64HexFixed
  , word8HexFixed, word16HexFixed, word32HexFixed, word64HexFixed
  , floatHexFixed, doubleHexFixed
  , byteStringHex, lazyByteStringHex
  ) where

import Data.ByteString.Builder.Internal
import Data.ByteString.Builder.ASCII
import qualified Data.ByteString.Lazy as L
import Data.Bits (shiftR, (.&.))
import Data.Char (ord)
import Data.Int (Int8, Int16, Int32, Int64)
import Data.Word (Word8, Word16, Word32, Word64)
import GHC.Float (castFloatToWord32, castDoubleToWord64)
import System.IO (Handle)
import Data.String (IsString (..))

-- String literals are encoded as UTF-8.
instance IsString Builder where
  fromString = stringUtf8

toLazyByteString :: Builder -> L.ByteString
toLazyByteString = toLazyByteStringWith (safeStrategy smallChunkSize defaultChunkSize) L.empty

hPutBuilder :: Handle -> Builder -> IO ()
hPutBuilder h b = hPut h (putBuilder b)

-- The n bytes of x, most significant first.
bigEndian :: Integral a => Int -> a -> [Word8]
bigEndian n x = [fromIntegral (v `shiftR` (8 * k)) | k <- [n - 1, n - 2 .. 0]]
  where v = toInteger x `mod` (256 ^ n)

bin :: Integral a => Bool -> Int -> a -> Builder
bin big n x = boundedBytes n (if big then ws else reverse ws)
  where ws = bigEndian n x

int8 :: Int8 -> Builder
int8 = bin True 1
word8 :: Word8 -> Builder
word8 = bin True 1
int16BE :: Int16 -> Builder
int16BE = bin True 2
int32BE :: Int32 -> Builder
int32BE = bin True 4
int64BE :: Int64 -> Builder
int64BE = bin True 8
word16BE :: Word16 -> Builder
word16BE = bin True 2
word32BE :: Word32 -> Builder
word32BE = bin True 4
word64BE :: Word64 -> Builder
word64BE = bin True 8
floatBE :: Float -> Builder
floatBE = word32BE . castFloatToWord32
doubleBE :: Double -> Builder
doubleBE = word64BE . castDoubleToWord64
int16LE :: Int16 -> Builder
int16LE = bin False 2
int32LE :: Int32 -> Builder
int32LE = bin False 4
int64LE :: Int64 -> Builder
int64LE = bin False 8
word16LE :: Word16 -> Builder
word16LE = bin False 2
word32LE :: Word32 -> Builder
word32LE = bin False 4
word64LE :: Word64 -> Builder
word64LE = bin False 8
floatLE :: Float -> Builder
floatLE = word32LE . castFloatToWord32
doubleLE :: Double -> Builder
doubleLE = word64LE . castDoubleToWord64

-- char7 keeps the low 7 bits, char8 the low 8.
char7 :: Char -> Builder
char7 c = boundedBytes 1 [fromIntegral (ord c .&. 0x7F)]

string7 :: String -> Builder
string7 = foldr (\c b -> char7 c <> b) mempty

char8 :: Char -> Builder
char8 c = boundedBytes 1 [fromIntegral (ord c)]

string8 :: String -> Builder
string8 = foldr (\c b -> char8 c <> b) mempty

charUtf8 :: Char -> Builder
charUtf8 c = boundedBytes 4 (utf8 (ord c))

stringUtf8 :: String -> Builder
stringUtf8 = foldr (\c b -> charUtf8 c <> b) mempty

-- UTF-8 of a code point (surrogates are encoded as any other, as the real
-- package does).
utf8 :: Int -> [Word8]
utf8 x
  | x <= 0x7F = [fromIntegral x]
  | x <= 0x7FF = [0xC0 + hi 6, cont 0]
  | x <= 0xFFFF = [0xE0 + hi 12, cont 6, cont 0]
  | otherwise = [0xF0 + hi 18, cont 12, cont 6, cont 0]
  where
    hi k = fromIntegral (x `shiftR` k)
    cont k = fromIntegral (0x80 + ((x `shiftR` k) .&. 0x3F))
