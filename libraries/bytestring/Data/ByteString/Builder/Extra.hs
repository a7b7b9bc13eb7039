-- hs2stg: clean-room Data.ByteString.Builder.Extra (bytestring-0.10.12.1),
-- in part: the allocation strategies, copy/insert control, flush and the
-- host-order (little-endian here) binary primitives. runBuilder and its
-- BufferWriter/Next need the real Builder's buffer-filling representation
-- (preludes/refused.txt).
module Data.ByteString.Builder.Extra
  ( toLazyByteStringWith, AllocationStrategy, safeStrategy, untrimmedStrategy
  , smallChunkSize, defaultChunkSize
  , byteStringCopy, byteStringInsert, byteStringThreshold
  , lazyByteStringCopy, lazyByteStringInsert, lazyByteStringThreshold
  , flush
  , intHost, int16Host, int32Host, int64Host
  , wordHost, word16Host, word32Host, word64Host
  , floatHost, doubleHost
  ) where

import Data.ByteString.Builder
import Data.ByteString.Builder.Internal
import Data.ByteString.Lazy.Internal (smallChunkSize, defaultChunkSize)
import Data.Int (Int16, Int32, Int64)
import Data.Word (Word16, Word32, Word64)

intHost :: Int -> Builder
intHost = int64LE . fromIntegral

int16Host :: Int16 -> Builder
int16Host = int16LE

int32Host :: Int32 -> Builder
int32Host = int32LE

int64Host :: Int64 -> Builder
int64Host = int64LE

wordHost :: Word -> Builder
wordHost = word64LE . fromIntegral

word16Host :: Word16 -> Builder
word16Host = word16LE

word32Host :: Word32 -> Builder
word32Host = word32LE

word64Host :: Word64 -> Builder
word64Host = word64LE

floatHost :: Float -> Builder
floatHost = floatLE

doubleHost :: Double -> Builder
doubleHost = doubleLE
