-- Clean-room GHC.IO.BufferedIO (base-4.15.1's API, issue 14): the
-- BufferedIO class (methods in the interface file's order; emptyWriteBuffer's
-- default empties the buffer for writing) and the helpers that read into and
-- write from a byte Buffer through a RawIO device, at the buffer's offset,
-- which they advance. Compiled into preludes/base/GHC.IO.BufferedIO.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.BufferedIO
  ( BufferedIO (..),
    readBuf,
    readBufNonBlocking,
    writeBuf,
    writeBufNonBlocking,
  )
where

import Data.Word (Word8)
import Foreign.Ptr (plusPtr)
import GHC.IO.Buffer
import GHC.IO.Device (RawIO)
import qualified GHC.IO.Device as RawIO

class BufferedIO dev where
  newBuffer :: dev -> BufferState -> IO (Buffer Word8)
  fillReadBuffer :: dev -> Buffer Word8 -> IO (Int, Buffer Word8)
  fillReadBuffer0 :: dev -> Buffer Word8 -> IO (Maybe Int, Buffer Word8)
  emptyWriteBuffer :: dev -> Buffer Word8 -> IO (Buffer Word8)
  emptyWriteBuffer _ buf = return buf {bufL = 0, bufR = 0, bufState = WriteBuffer}
  flushWriteBuffer :: dev -> Buffer Word8 -> IO (Buffer Word8)
  flushWriteBuffer0 :: dev -> Buffer Word8 -> IO (Int, Buffer Word8)
  {-# MINIMAL newBuffer, fillReadBuffer, fillReadBuffer0, flushWriteBuffer, flushWriteBuffer0 #-}

-- read into the free space after bufR
readBuf :: RawIO dev => dev -> Buffer Word8 -> IO (Int, Buffer Word8)
readBuf dev buf = do
  n <- withBuffer buf (\p -> RawIO.read dev (p `plusPtr` bufR buf) (bufOffset buf) (bufferAvailable buf))
  return (n, bufferAddOffset n (bufferAdd n buf))

readBufNonBlocking :: RawIO dev => dev -> Buffer Word8 -> IO (Maybe Int, Buffer Word8)
readBufNonBlocking dev buf = do
  r <- withBuffer buf (\p -> RawIO.readNonBlocking dev (p `plusPtr` bufR buf) (bufOffset buf) (bufferAvailable buf))
  case r of
    Nothing -> return (Nothing, buf)
    Just n -> return (Just n, bufferAddOffset n (bufferAdd n buf))

-- write the elements between bufL and bufR; the buffer comes back empty
writeBuf :: RawIO dev => dev -> Buffer Word8 -> IO (Buffer Word8)
writeBuf dev buf = do
  let n = bufferElems buf
  withBuffer buf (\p -> RawIO.write dev (p `plusPtr` bufL buf) (bufOffset buf) n)
  return (bufferAddOffset n buf) {bufL = 0, bufR = 0}

writeBufNonBlocking :: RawIO dev => dev -> Buffer Word8 -> IO (Int, Buffer Word8)
writeBufNonBlocking dev buf = do
  let n = bufferElems buf
  k <- withBuffer buf (\p -> RawIO.writeNonBlocking dev (p `plusPtr` bufL buf) (bufOffset buf) n)
  -- the offset moves by all the elements, however many were written (as GHC's)
  return (k, bufferAddOffset n (bufferRemove k buf))
