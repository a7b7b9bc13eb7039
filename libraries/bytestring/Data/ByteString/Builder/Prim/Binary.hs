-- hs2stg: clean-room Data.ByteString.Builder.Prim.Binary
-- (bytestring-0.10.12.1): the binary encodings as FixedPrims (big-endian,
-- little-endian and host order, little-endian here).
module Data.ByteString.Builder.Prim.Binary
  ( int8, word8
  , int16BE, int32BE, int64BE, int16LE, int32LE, int64LE
  , word16BE, word32BE, word64BE, word16LE, word32LE, word64LE
  , floatBE, doubleBE, floatLE, doubleLE
  , intHost, int16Host, int32Host, int64Host
  , wordHost, word16Host, word32Host, word64Host
  , floatHost, doubleHost
  ) where

import Data.ByteString.Builder.Prim.Internal
import Data.Bits (shiftR)
import Data.Int (Int8, Int16, Int32, Int64)
import Data.Word (Word8, Word16, Word32, Word64)
import GHC.Float (castFloatToWord32, castDoubleToWord64)

-- The n bytes of x, most significant first when big.
bytesOf :: Integral a => Bool -> Int -> FixedPrim a
bytesOf big n = fixedPrim n (\x p -> writeBytes (order (bytes x)) p >> return ())
  where
    bytes x = let v = toInteger x `mod` (256 ^ n)
               in [fromIntegral (v `shiftR` (8 * k)) :: Word8 | k <- [n - 1, n - 2 .. 0]]
    order = if big then id else reverse

int8 :: FixedPrim Int8
int8 = bytesOf True 1
word8 :: FixedPrim Word8
word8 = bytesOf True 1
int16BE :: FixedPrim Int16
int16BE = bytesOf True 2
int32BE :: FixedPrim Int32
int32BE = bytesOf True 4
int64BE :: FixedPrim Int64
int64BE = bytesOf True 8
int16LE :: FixedPrim Int16
int16LE = bytesOf False 2
int32LE :: FixedPrim Int32
int32LE = bytesOf False 4
int64LE :: FixedPrim Int64
int64LE = bytesOf False 8
word16BE :: FixedPrim Word16
word16BE = bytesOf True 2
word32BE :: FixedPrim Word32
word32BE = bytesOf True 4
word64BE :: FixedPrim Word64
word64BE = bytesOf True 8
word16LE :: FixedPrim Word16
word16LE = bytesOf False 2
word32LE :: FixedPrim Word32
word32LE = bytesOf False 4
word64LE :: FixedPrim Word64
word64LE = bytesOf False 8
floatBE :: FixedPrim Float
floatBE = castFloatToWord32 >$< word32BE
doubleBE :: FixedPrim Double
doubleBE = castDoubleToWord64 >$< word64BE
floatLE :: FixedPrim Float
floatLE = castFloatToWord32 >$< word32LE
doubleLE :: FixedPrim Double
doubleLE = castDoubleToWord64 >$< word64LE

intHost :: FixedPrim Int
intHost = bytesOf False 8
int16Host :: FixedPrim Int16
int16Host = int16LE
int32Host :: FixedPrim Int32
int32Host = int32LE
int64Host :: FixedPrim Int64
int64Host = int64LE
wordHost :: FixedPrim Word
wordHost = bytesOf False 8
word16Host :: FixedPrim Word16
word16Host = word16LE
word32Host :: FixedPrim Word32
word32Host = word32LE
word64Host :: FixedPrim Word64
word64Host = word64LE
floatHost :: FixedPrim Float
floatHost = floatLE
doubleHost :: FixedPrim Double
doubleHost = doubleLE
