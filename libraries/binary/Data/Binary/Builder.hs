{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary.Builder (clean-room, issue 14, from the
-- documented API and the installed interface file): binary's Builder is
-- bytestring's, so every function here is one of bytestring's encodings
-- (big-endian, little-endian or host order; chunk boundaries are then
-- bytestring's, as with the real package).
module Data.Binary.Builder
  ( Builder,
    toLazyByteString,
    empty,
    singleton,
    append,
    fromByteString,
    fromLazyByteString,
    fromShortByteString,
    flush,
    putWord16be,
    putWord32be,
    putWord64be,
    putInt16be,
    putInt32be,
    putInt64be,
    putWord16le,
    putWord32le,
    putWord64le,
    putInt16le,
    putInt32le,
    putInt64le,
    putWordhost,
    putWord16host,
    putWord32host,
    putWord64host,
    putInthost,
    putInt16host,
    putInt32host,
    putInt64host,
    putCharUtf8,
    putStringUtf8,
  )
where

import qualified Data.ByteString as S
import qualified Data.ByteString.Builder as B
import Data.ByteString.Builder.Extra (flush)
import qualified Data.ByteString.Builder.Extra as E
import Data.ByteString.Builder.Internal (Builder)
import qualified Data.ByteString.Lazy as L
import Data.ByteString.Short (ShortByteString)
import Data.Int (Int16, Int32, Int64)
import Data.Word (Word16, Word32, Word64, Word8)

toLazyByteString :: Builder -> L.ByteString
toLazyByteString = B.toLazyByteString

empty :: Builder
empty = mempty

singleton :: Word8 -> Builder
singleton = B.word8

append :: Builder -> Builder -> Builder
append = mappend

fromByteString :: S.ByteString -> Builder
fromByteString = B.byteString

fromLazyByteString :: L.ByteString -> Builder
fromLazyByteString = B.lazyByteString

fromShortByteString :: ShortByteString -> Builder
fromShortByteString = B.shortByteString

putWord16be :: Word16 -> Builder
putWord16be = B.word16BE

putWord32be :: Word32 -> Builder
putWord32be = B.word32BE

putWord64be :: Word64 -> Builder
putWord64be = B.word64BE

putInt16be :: Int16 -> Builder
putInt16be = B.int16BE

putInt32be :: Int32 -> Builder
putInt32be = B.int32BE

putInt64be :: Int64 -> Builder
putInt64be = B.int64BE

putWord16le :: Word16 -> Builder
putWord16le = B.word16LE

putWord32le :: Word32 -> Builder
putWord32le = B.word32LE

putWord64le :: Word64 -> Builder
putWord64le = B.word64LE

putInt16le :: Int16 -> Builder
putInt16le = B.int16LE

putInt32le :: Int32 -> Builder
putInt32le = B.int32LE

putInt64le :: Int64 -> Builder
putInt64le = B.int64LE

putWordhost :: Word -> Builder
putWordhost = E.wordHost

putWord16host :: Word16 -> Builder
putWord16host = E.word16Host

putWord32host :: Word32 -> Builder
putWord32host = E.word32Host

putWord64host :: Word64 -> Builder
putWord64host = E.word64Host

putInthost :: Int -> Builder
putInthost = E.intHost

putInt16host :: Int16 -> Builder
putInt16host = E.int16Host

putInt32host :: Int32 -> Builder
putInt32host = E.int32Host

putInt64host :: Int64 -> Builder
putInt64host = E.int64Host

putCharUtf8 :: Char -> Builder
putCharUtf8 = B.charUtf8

putStringUtf8 :: String -> Builder
putStringUtf8 = B.stringUtf8
