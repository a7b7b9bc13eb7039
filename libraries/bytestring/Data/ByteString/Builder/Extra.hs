{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Builder.Extra (bytestring-0.10.12.1),
-- the allocation strategies, copy/insert control, flush, runBuilder with its
-- BufferWriter and Next, and the host-order (little-endian here) binary
-- primitives.
module Data.ByteString.Builder.Extra
  ( BufferWriter, Next (..), runBuilder
  -- hs2stg: the worker GHC's -O1 user code calls
  , zz_zdwrun
  , toLazyByteStringWith, AllocationStrategy, safeStrategy, untrimmedStrategy
  , smallChunkSize, defaultChunkSize
  , byteStringCopy, byteStringInsert, byteStringThreshold
  , lazyByteStringCopy, lazyByteStringInsert, lazyByteStringThreshold
  , flush
  , intHost, int16Host, int32Host, int64Host
  , wordHost, word16Host, word32Host, word64Host
  , floatHost, doubleHost
  ) where

import Data.ByteString.Builder
import Data.ByteString.Builder.Internal hiding (runBuilder, BuildSignal (..))
import qualified Data.ByteString.Builder.Internal as I
import qualified Data.ByteString as S
import Data.Word (Word8)
import Foreign.Ptr (Ptr, plusPtr, minusPtr)
import GHC.Exts (Addr#, Int#, Int (I#), Ptr (Ptr), State#, RealWorld)
import GHC.IO (IO (IO))
import Data.ByteString.Lazy.Internal (smallChunkSize, defaultChunkSize)
import Data.Int (Int16, Int32, Int64)
import Data.Word (Word16, Word32, Word64)

-- | Writes into the buffer given (its start and size) and tells how many
-- bytes it wrote and what comes next.
type BufferWriter = Ptr Word8 -> Int -> IO (Int, Next)

-- | Done: the Builder is finished; More n w: w goes on in a buffer of at
-- least n bytes; Chunk bs w: bs is the next chunk, w goes on after it.
data Next
  = Done
  | More {-# UNPACK #-} !Int BufferWriter
  | Chunk !S.ByteString BufferWriter

runBuilder :: Builder -> BufferWriter
runBuilder b = run (I.runBuilder b)

-- | The writer of a step.
run :: BuildStep () -> BufferWriter
run step p n = do
  sig <- step (BufferRange p (p `plusPtr` n))
  return $ case sig of
    I.Done op _ -> (op `minusPtr` p, Done)
    I.BufferFull m op k -> (op `minusPtr` p, More m (run k))
    I.InsertChunk op bs k -> (op `minusPtr` p, Chunk bs (run k))

-- The worker GHC's -O1 user code calls for run (names `zz_<Z-encoded
-- name>`, with the interface file's type).
zz_zdwrun :: BuildStep () -> Addr# -> Int# -> State# RealWorld -> (# State# RealWorld, (Int, Next) #)
zz_zdwrun step a n = case run step (Ptr a) (I# n) of IO f -> f

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
