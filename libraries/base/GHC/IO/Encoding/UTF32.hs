{-# LANGUAGE MagicHash #-}
-- Clean-room GHC.IO.Encoding.UTF32 (base-4.15.1's API, issue 14): UTF-32
-- big- and little-endian, and with a byte order mark (read: it picks the
-- order, big-endian without one; written first, big-endian). The loops are
-- Hs2stg.Codec's. Compiled into preludes/base/GHC.IO.Encoding.UTF32.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.UTF32
  ( utf32,
    mkUTF32,
    utf32_decode,
    utf32_encode,
    utf32be,
    mkUTF32be,
    utf32be_decode,
    utf32be_encode,
    utf32le,
    mkUTF32le,
    utf32le_decode,
    utf32le_encode,
    -- -O1 names of the interface (what GHC's own closures are called)
    zz_mkUTF1,
    zz_mkUTF32le1,
    zz_mkUTF3,
    zz_mkUTF5,
    zz_mkUTF4,
    zz_mkUTF6,
    zz_mkUTF2,
    zz_mkUTF32be1,
    zz_utf32be1,
    zz_utf32be2,
    zz_utf32le1,
    zz_utf32le2,
    zz_utf32zudecode1,
    zz_utf32zuencode1,
    zz_zdwutf32zudecode,
    zz_zdwutf32zuencode
  )
where

import Data.Word (Word8)
import GHC.Exts (Addr#, Int (I#), Int#, MutVar#, RealWorld, Word#)
import GHC.ForeignPtr (ForeignPtr (ForeignPtr), ForeignPtrContents)
import GHC.IO.Buffer (Buffer (Buffer), BufferState)
import GHC.IORef (IORef (IORef))
import GHC.STRef (STRef (STRef))
import GHC.Word (Word64 (W64#))
import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Types
import Hs2stg.Codec

utf32, utf32be, utf32le :: TextEncoding
utf32 = mkUTF32 ErrorOnCodingFailure
utf32be = mkUTF32be ErrorOnCodingFailure
utf32le = mkUTF32le ErrorOnCodingFailure

mkUTF32, mkUTF32be, mkUTF32le :: CodingFailureMode -> TextEncoding
mkUTF32 cfm = bomEncoding "UTF-32" 6 cfm utf32_decode utf32_encode
mkUTF32be cfm = simpleEncoding "UTF-32BE" 8 cfm utf32be_decode utf32be_encode
mkUTF32le cfm = simpleEncoding "UTF-32LE" 7 cfm utf32le_decode utf32le_encode

utf32_decode :: IORef (Maybe DecodeBuffer) -> DecodeBuffer
utf32_decode = bomDecode [0, 0, 0xFE, 0xFF] [0xFF, 0xFE, 0, 0] utf32be_decode utf32le_decode

utf32_encode :: IORef Bool -> EncodeBuffer
utf32_encode = bomEncode [0, 0, 0xFE, 0xFF] utf32be_encode

utf32be_decode, utf32le_decode :: DecodeBuffer
utf32be_decode = decodeWith (utf32Step True)
utf32le_decode = decodeWith (utf32Step False)

utf32be_encode, utf32le_encode :: EncodeBuffer
utf32be_encode = encodeWith (utf32Bytes True)
utf32le_encode = encodeWith (utf32Bytes False)

zz_mkUTF1, zz_mkUTF32le1 :: EncodeBuffer
zz_mkUTF1 = utf32be_encode
zz_mkUTF32le1 = utf32le_encode

zz_mkUTF3, zz_mkUTF5 :: DecodeBuffer
zz_mkUTF3 = utf32le_decode
zz_mkUTF5 = utf32be_decode

zz_mkUTF4, zz_mkUTF6 :: Maybe DecodeBuffer
zz_mkUTF4 = Just utf32le_decode
zz_mkUTF6 = Just utf32be_decode

zz_mkUTF2 :: IO ()
zz_mkUTF2 = unitIO

zz_mkUTF32be1 :: () -> IO ()
zz_mkUTF32be1 = unitSetState

zz_utf32be1, zz_utf32le1 :: IO (TextEncoder ())
zz_utf32be1 = encoderOf utf32be
zz_utf32le1 = encoderOf utf32le

zz_utf32be2, zz_utf32le2 :: IO (TextDecoder ())
zz_utf32be2 = decoderOf utf32be
zz_utf32le2 = decoderOf utf32le

zz_utf32zudecode1 :: IORef (Maybe DecodeBuffer) -> DecodeBuffer
zz_utf32zudecode1 = utf32_decode

zz_utf32zuencode1 :: IORef Bool -> EncodeBuffer
zz_utf32zuencode1 = utf32_encode

-- the workers: the IORef's MutVar# and one buffer's fields unboxed
zz_zdwutf32zudecode ::
  MutVar# RealWorld (Maybe DecodeBuffer) -> Addr# -> ForeignPtrContents -> BufferState -> Int# -> Word# -> Int# -> Int# -> Buffer Char -> IO (CodingProgress, Buffer Word8, Buffer Char)
zz_zdwutf32zudecode mv a fpc st sz off l r output =
  utf32_decode (IORef (STRef mv)) (Buffer (ForeignPtr a fpc) st (I# sz) (W64# off) (I# l) (I# r)) output

zz_zdwutf32zuencode ::
  MutVar# RealWorld Bool -> Buffer Char -> Addr# -> ForeignPtrContents -> BufferState -> Int# -> Word# -> Int# -> Int# -> IO (CodingProgress, Buffer Char, Buffer Word8)
zz_zdwutf32zuencode mv input a fpc st sz off l r =
  utf32_encode (IORef (STRef mv)) input (Buffer (ForeignPtr a fpc) st (I# sz) (W64# off) (I# l) (I# r))
