{-# LANGUAGE MagicHash #-}
-- Clean-room GHC.IO.Encoding.UTF16 (base-4.15.1's API, issue 14): UTF-16
-- big- and little-endian, and with a byte order mark (read: it picks the
-- order, big-endian without one; written first, big-endian). The loops are
-- Hs2stg.Codec's. Compiled into preludes/base/GHC.IO.Encoding.UTF16.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.UTF16
  ( utf16,
    mkUTF16,
    utf16_decode,
    utf16_encode,
    utf16be,
    mkUTF16be,
    utf16be_decode,
    utf16be_encode,
    utf16le,
    mkUTF16le,
    utf16le_decode,
    utf16le_encode,
    -- -O1 names of the interface (what GHC's own closures are called)
    zz_mkUTF1,
    zz_mkUTF16le1,
    zz_mkUTF3,
    zz_mkUTF5,
    zz_mkUTF4,
    zz_mkUTF6,
    zz_mkUTF2,
    zz_mkUTF16be1,
    zz_utf16be1,
    zz_utf16be2,
    zz_utf16le1,
    zz_utf16le2,
    zz_utf16zudecode1,
    zz_utf16zuencode1,
    zz_zdwutf16zudecode,
    zz_zdwutf16zuencode
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

utf16, utf16be, utf16le :: TextEncoding
utf16 = mkUTF16 ErrorOnCodingFailure
utf16be = mkUTF16be ErrorOnCodingFailure
utf16le = mkUTF16le ErrorOnCodingFailure

mkUTF16, mkUTF16be, mkUTF16le :: CodingFailureMode -> TextEncoding
mkUTF16 cfm = bomEncoding "UTF-16" 3 cfm utf16_decode utf16_encode
mkUTF16be cfm = simpleEncoding "UTF-16BE" 5 cfm utf16be_decode utf16be_encode
mkUTF16le cfm = simpleEncoding "UTF16-LE" 4 cfm utf16le_decode utf16le_encode

utf16_decode :: IORef (Maybe DecodeBuffer) -> DecodeBuffer
utf16_decode = bomDecode [0xFE, 0xFF] [0xFF, 0xFE] utf16be_decode utf16le_decode

utf16_encode :: IORef Bool -> EncodeBuffer
utf16_encode = bomEncode [0xFE, 0xFF] utf16be_encode

utf16be_decode, utf16le_decode :: DecodeBuffer
utf16be_decode = decodeWith (utf16Step True)
utf16le_decode = decodeWith (utf16Step False)

utf16be_encode, utf16le_encode :: EncodeBuffer
utf16be_encode = encodeWith (utf16Bytes True)
utf16le_encode = encodeWith (utf16Bytes False)

zz_mkUTF1, zz_mkUTF16le1 :: EncodeBuffer
zz_mkUTF1 = utf16be_encode
zz_mkUTF16le1 = utf16le_encode

zz_mkUTF3, zz_mkUTF5 :: DecodeBuffer
zz_mkUTF3 = utf16le_decode
zz_mkUTF5 = utf16be_decode

zz_mkUTF4, zz_mkUTF6 :: Maybe DecodeBuffer
zz_mkUTF4 = Just utf16le_decode
zz_mkUTF6 = Just utf16be_decode

zz_mkUTF2 :: IO ()
zz_mkUTF2 = unitIO

zz_mkUTF16be1 :: () -> IO ()
zz_mkUTF16be1 = unitSetState

zz_utf16be1, zz_utf16le1 :: IO (TextEncoder ())
zz_utf16be1 = encoderOf utf16be
zz_utf16le1 = encoderOf utf16le

zz_utf16be2, zz_utf16le2 :: IO (TextDecoder ())
zz_utf16be2 = decoderOf utf16be
zz_utf16le2 = decoderOf utf16le

zz_utf16zudecode1 :: IORef (Maybe DecodeBuffer) -> DecodeBuffer
zz_utf16zudecode1 = utf16_decode

zz_utf16zuencode1 :: IORef Bool -> EncodeBuffer
zz_utf16zuencode1 = utf16_encode

-- the workers: the IORef's MutVar# and one buffer's fields unboxed
zz_zdwutf16zudecode ::
  MutVar# RealWorld (Maybe DecodeBuffer) -> Addr# -> ForeignPtrContents -> BufferState -> Int# -> Word# -> Int# -> Int# -> Buffer Char -> IO (CodingProgress, Buffer Word8, Buffer Char)
zz_zdwutf16zudecode mv a fpc st sz off l r output =
  utf16_decode (IORef (STRef mv)) (Buffer (ForeignPtr a fpc) st (I# sz) (W64# off) (I# l) (I# r)) output

zz_zdwutf16zuencode ::
  MutVar# RealWorld Bool -> Buffer Char -> Addr# -> ForeignPtrContents -> BufferState -> Int# -> Word# -> Int# -> Int# -> IO (CodingProgress, Buffer Char, Buffer Word8)
zz_zdwutf16zuencode mv input a fpc st sz off l r =
  utf16_encode (IORef (STRef mv)) input (Buffer (ForeignPtr a fpc) st (I# sz) (W64# off) (I# l) (I# r))
