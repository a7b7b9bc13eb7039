{-# LANGUAGE BangPatterns, MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- Clean-room GHC.IO.Buffer (base-4.15.1's API, issue 14): the Buffer record
-- with the interface file's fields, order and UNPACKs (seven fields at run
-- time: Addr#, ForeignPtrContents, BufferState, Int#, Word#, Int#, Int#; GHC
-- unpacks only when it keeps interface pragmas, hence the option above), over
-- the machine's ForeignPtr memory. A Char buffer holds one 32-bit code point
-- per element (charSize 4, as on GHC's non-Windows builds). Compiled into
-- preludes/base/GHC.IO.Buffer.stg by scripts/gen-library-preludes.mjs.
module GHC.IO.Buffer
  ( Buffer (..),
    BufferState (..),
    CharBuffer,
    CharBufElem,
    RawBuffer,
    RawCharBuffer,
    newByteBuffer,
    newCharBuffer,
    newBuffer,
    emptyBuffer,
    bufferRemove,
    bufferAdd,
    slideContents,
    bufferAdjustL,
    bufferAddOffset,
    bufferAdjustOffset,
    isEmptyBuffer,
    isFullBuffer,
    isFullCharBuffer,
    isWriteBuffer,
    bufferElems,
    bufferAvailable,
    bufferOffset,
    summaryBuffer,
    withBuffer,
    withRawBuffer,
    checkBuffer,
    readWord8Buf,
    writeWord8Buf,
    readCharBuf,
    writeCharBuf,
    readCharBufPtr,
    writeCharBufPtr,
    peekCharBuf,
    charSize,
    -- workers -O1 code calls (the Buffer's fields unboxed, the
    -- ForeignPtrContents left out)
    zz_zdwsummaryBuffer,
    zz_zdwcheckBuffer,
    -- the IO functions under the names -O1 code gives them (the same
    -- closures: IO is a newtype)
    zz_checkBuffer1,
    zz_newBuffer1,
    zz_newByteBuffer1,
    zz_newCharBuffer1,
    zz_peekCharBuf1,
    zz_readWord8Buf1,
    zz_slideContents1,
    zz_withBuffer1,
    zz_withRawBuffer1,
    zz_writeWord8Buf1,
  )
where

import Data.Word (Word32, Word64, Word8)
import Foreign.ForeignPtr (ForeignPtr, castForeignPtr, mallocForeignPtrBytes, withForeignPtr)
import Foreign.Marshal.Utils (moveBytes)
import Foreign.Ptr (Ptr, castPtr, plusPtr)
import Foreign.Storable (peekByteOff, peekElemOff, pokeByteOff, pokeElemOff)
import GHC.Char (chr)
import GHC.Exts (Addr#, Int (I#), Int#, Ptr (Ptr), Word#)
import GHC.Word (Word64 (W64#))

type RawBuffer e = ForeignPtr e

type CharBufElem = Char

type RawCharBuffer = RawBuffer CharBufElem

type CharBuffer = Buffer Char

data BufferState = ReadBuffer | WriteBuffer
  deriving (Eq)

data Buffer e = Buffer
  { bufRaw :: {-# UNPACK #-} !(RawBuffer e),
    bufState :: BufferState,
    bufSize :: {-# UNPACK #-} !Int,
    bufOffset :: {-# UNPACK #-} !Word64,
    bufL :: {-# UNPACK #-} !Int,
    bufR :: {-# UNPACK #-} !Int
  }

-- bytes per element of a Char buffer
charSize :: Int
charSize = 4

readWord8Buf :: RawBuffer Word8 -> Int -> IO Word8
readWord8Buf arr ix = withForeignPtr arr (\p -> peekByteOff p ix)

writeWord8Buf :: RawBuffer Word8 -> Int -> Word8 -> IO ()
writeWord8Buf arr ix w = withForeignPtr arr (\p -> pokeByteOff p ix w)

-- the character at element ix and the index after it
readCharBuf :: RawCharBuffer -> Int -> IO (Char, Int)
readCharBuf arr ix = withForeignPtr arr (\p -> readCharBufPtr p ix)

writeCharBuf :: RawCharBuffer -> Int -> Char -> IO Int
writeCharBuf arr ix c = withForeignPtr arr (\p -> writeCharBufPtr p ix c)

peekCharBuf :: RawCharBuffer -> Int -> IO Char
peekCharBuf arr ix = do
  (c, _) <- readCharBuf arr ix
  return c

readCharBufPtr :: Ptr CharBufElem -> Int -> IO (Char, Int)
readCharBufPtr p ix = do
  w <- peekElemOff (castPtr p :: Ptr Word32) ix
  return (chr (fromIntegral w), ix + 1)

writeCharBufPtr :: Ptr CharBufElem -> Int -> Char -> IO Int
writeCharBufPtr p ix c = do
  pokeElemOff (castPtr p :: Ptr Word32) ix (fromIntegral (fromEnum c))
  return (ix + 1)

newByteBuffer :: Int -> BufferState -> IO (Buffer Word8)
newByteBuffer c st = newBuffer c c st

newCharBuffer :: Int -> BufferState -> IO CharBuffer
newCharBuffer c st = newBuffer (c * charSize) c st

-- newBuffer bytes elements state: fresh memory, empty
newBuffer :: Int -> Int -> BufferState -> IO (Buffer e)
newBuffer bytes sz st = do
  fp <- mallocForeignPtrBytes bytes
  return (emptyBuffer fp sz st)

emptyBuffer :: RawBuffer e -> Int -> BufferState -> Buffer e
emptyBuffer raw sz st =
  Buffer {bufRaw = raw, bufState = st, bufSize = sz, bufOffset = 0, bufL = 0, bufR = 0}

bufferRemove :: Int -> Buffer e -> Buffer e
bufferRemove i buf = bufferAdjustL (bufL buf + i) buf

-- a buffer whose elements are all taken starts again at 0
bufferAdjustL :: Int -> Buffer e -> Buffer e
bufferAdjustL l buf
  | l == bufR buf = buf {bufL = 0, bufR = 0}
  | otherwise = buf {bufL = l}

bufferAdd :: Int -> Buffer e -> Buffer e
bufferAdd i buf = buf {bufR = bufR buf + i}

bufferOffset :: Buffer e -> Word64
bufferOffset = bufOffset

bufferAdjustOffset :: Word64 -> Buffer e -> Buffer e
bufferAdjustOffset off buf = buf {bufOffset = off}

bufferAddOffset :: Int -> Buffer e -> Buffer e
bufferAddOffset i buf = buf {bufOffset = bufOffset buf + fromIntegral i}

isEmptyBuffer :: Buffer e -> Bool
isEmptyBuffer buf = bufL buf == bufR buf

isFullBuffer :: Buffer e -> Bool
isFullBuffer buf = bufSize buf == bufR buf

isFullCharBuffer :: Buffer e -> Bool
isFullCharBuffer = isFullBuffer

isWriteBuffer :: Buffer e -> Bool
isWriteBuffer buf = case bufState buf of
  WriteBuffer -> True
  ReadBuffer -> False

bufferElems :: Buffer e -> Int
bufferElems buf = bufR buf - bufL buf

bufferAvailable :: Buffer e -> Int
bufferAvailable buf = bufSize buf - bufR buf

-- the bytes between l and r moved to the start
slideContents :: Buffer Word8 -> IO (Buffer Word8)
slideContents buf = do
  let l = bufL buf
      n = bufR buf - l
  withForeignPtr (bufRaw buf) (\p -> moveBytes p (p `plusPtr` l) n)
  return buf {bufL = 0, bufR = n}

-- the memory's address, then size, l, r and offset (as GHC shows them)
summaryBuffer :: Buffer a -> String
summaryBuffer buf = summary (show (bufRaw buf)) (bufSize buf) (bufOffset buf) (bufL buf) (bufR buf)

summary :: String -> Int -> Word64 -> Int -> Int -> String
summary addr size off l r =
  addr ++ "@buf" ++ show size ++ "(" ++ show l ++ "-" ++ show r ++ ") (>=" ++ show off ++ ")"

zz_zdwsummaryBuffer :: Addr# -> Int# -> Word# -> Int# -> Int# -> String
zz_zdwsummaryBuffer a size off l r = summary (show (Ptr a)) (I# size) (W64# off) (I# l) (I# r)

withBuffer :: Buffer e -> (Ptr e -> IO a) -> IO a
withBuffer buf = withForeignPtr (castForeignPtr (bufRaw buf))

withRawBuffer :: RawBuffer e -> (Ptr e -> IO a) -> IO a
withRawBuffer raw = withForeignPtr (castForeignPtr raw)

-- the documented invariant: 0 < size, 0 <= l <= r <= size
checkBuffer :: Buffer a -> IO ()
checkBuffer buf = check (show (bufRaw buf)) (bufSize buf) (bufOffset buf) (bufL buf) (bufR buf)

check :: String -> Int -> Word64 -> Int -> Int -> IO ()
check addr size off l r
  | size > 0 && 0 <= l && l <= r && r <= size = return ()
  | otherwise = errorWithoutStackTrace ("buffer invariant violation: " ++ summary addr size off l r)

zz_zdwcheckBuffer :: Addr# -> BufferState -> Int# -> Word# -> Int# -> Int# -> IO ()
zz_zdwcheckBuffer a _ size off l r = check (show (Ptr a)) (I# size) (W64# off) (I# l) (I# r)

zz_checkBuffer1 :: Buffer a -> IO ()
zz_checkBuffer1 = checkBuffer

zz_newBuffer1 :: Int -> Int -> BufferState -> IO (Buffer e)
zz_newBuffer1 = newBuffer

zz_newByteBuffer1 :: Int -> BufferState -> IO (Buffer Word8)
zz_newByteBuffer1 = newByteBuffer

zz_newCharBuffer1 :: Int -> BufferState -> IO CharBuffer
zz_newCharBuffer1 = newCharBuffer

zz_peekCharBuf1 :: RawCharBuffer -> Int -> IO Char
zz_peekCharBuf1 = peekCharBuf

zz_readWord8Buf1 :: RawBuffer Word8 -> Int -> IO Word8
zz_readWord8Buf1 = readWord8Buf

zz_slideContents1 :: Buffer Word8 -> IO (Buffer Word8)
zz_slideContents1 = slideContents

zz_withBuffer1 :: Buffer e -> (Ptr e -> IO a) -> IO a
zz_withBuffer1 = withBuffer

zz_withRawBuffer1 :: RawBuffer e -> (Ptr e -> IO a) -> IO a
zz_withRawBuffer1 = withRawBuffer

zz_writeWord8Buf1 :: RawBuffer Word8 -> Int -> Word8 -> IO ()
zz_writeWord8Buf1 = writeWord8Buf
