{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Encoding. As text does it
-- (observed): UTF-8 decoding gives a chunk per input chunk (bytes of a
-- character split across chunks wait for the next one) and, when bytes of
-- an incomplete character remain at the end, a last chunk (even an empty
-- one) of their replacements; Latin-1 a chunk per input chunk; UTF-16/32
-- decode the whole byte stream into chunks as `pack` makes them. Encoding
-- gives a chunk per text chunk, but UTF-8, which goes through a Builder
-- whose first buffer holds 4 bytes per character of the first chunk (and
-- 4 more, up to 4080), then 32752-byte ones.
module Data.Text.Lazy.Encoding
  ( decodeLatin1,
    decodeASCII,
    decodeUtf8,
    decodeUtf8',
    decodeUtf8With,
    decodeUtf16LE,
    decodeUtf16LEWith,
    decodeUtf16BE,
    decodeUtf16BEWith,
    decodeUtf32LE,
    decodeUtf32LEWith,
    decodeUtf32BE,
    decodeUtf32BEWith,
    encodeUtf8,
    encodeUtf8Builder,
    encodeUtf8BuilderEscaped,
    encodeUtf16LE,
    encodeUtf16BE,
    encodeUtf32LE,
    encodeUtf32BE,
    -- text's internals -O1 code calls
    zz_decodeLatin1zugo1,
    zz_encodeUtf1,
    zz_zdwfill,
    zz_encodeUtf8zugo4,
  )
where

import Control.Exception (evaluate, try)
import qualified Data.ByteString as S
import Data.ByteString.Builder.Internal (Builder, toLazyByteStringFrom, BufferRange (..), Buffer (..), BuildStep, BuildSignal, runBuilderWith, ChunkIOStream, fromStrategy, fillBuffers, ciosUnitToLazyByteString)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import GHC.Exts (Addr#, Ptr (..))
import GHC.IO (IO (IO))
import Data.ByteString.Builder.Prim (BoundedPrim)
import Data.Word (Word8)
import GHC.Exts (State#, RealWorld)
import qualified Data.ByteString.Lazy as B
import qualified Data.ByteString.Lazy.Internal as BI
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import Data.Text.Encoding.Error (OnDecodeError, UnicodeException, strictDecode)
import Data.Text.Internal.Chars (fromChars)
import Data.Text.Internal.Lazy (Text (..), chunk, foldrChunks)
import Data.Text.Internal.Lazy.Utf8 (decodeUtf8Lazy', decodeUtf8WithLazy, encodeUtf8BuilderLazy, encodeUtf8Lazy)
import qualified Data.Text.Lazy as L
import GHC.IO (unsafeDupablePerformIO)

decodeLatin1 :: B.ByteString -> Text
decodeLatin1 = zz_decodeLatin1zugo1 . B.toChunks

-- | decodeLatin1 of the chunks (decodeLatin1_go1).
zz_decodeLatin1zugo1 :: [S.ByteString] -> Text
zz_decodeLatin1zugo1 = foldr (\c rest -> chunk (TE.decodeLatin1 c) rest) Empty

decodeUtf8With :: OnDecodeError -> B.ByteString -> Text
decodeUtf8With = decodeUtf8WithLazy

decodeUtf8 :: B.ByteString -> Text
decodeUtf8 = decodeUtf8With strictDecode

decodeASCII :: B.ByteString -> Text
decodeASCII = decodeUtf8

decodeUtf8' :: B.ByteString -> Either UnicodeException Text
decodeUtf8' = decodeUtf8Lazy'

-- | The characters of the whole byte stream, in chunks as pack makes them.
decodeWhole :: (S.ByteString -> [Char]) -> B.ByteString -> Text
decodeWhole f bs = L.pack (f (B.toStrict bs))

decodeUtf16LEWith, decodeUtf16BEWith, decodeUtf32LEWith, decodeUtf32BEWith :: OnDecodeError -> B.ByteString -> Text
decodeUtf16LEWith onErr = decodeWhole (lazyUnitChars (TE.utf16Char True) "decodeUtf16LEWith" "Data.Text.Lazy.Encoding.Fusion.streamUtf16LE: Invalid UTF-16LE stream" onErr)
decodeUtf16BEWith onErr = decodeWhole (lazyUnitChars (TE.utf16Char False) "decodeUtf16BEWith" "Data.Text.Lazy.Encoding.Fusion.streamUtf16BE: Invalid UTF-16BE stream" onErr)
decodeUtf32LEWith onErr = decodeWhole (lazyUnitChars (TE.utf32Char True) "decodeUtf32LEWith" "Data.Text.Lazy.Encoding.Fusion.streamUtf32LE: Invalid UTF-32LE stream" onErr)
decodeUtf32BEWith onErr = decodeWhole (lazyUnitChars (TE.utf32Char False) "decodeUtf32BEWith" "Data.Text.Lazy.Encoding.Fusion.streamUtf32BE: Invalid UTF-32BE stream" onErr)

-- | The lazy UTF-16/UTF-32 decoders' characters (text-1.2.5.0's, observed):
-- at the first bytes that start no character, the handler gets the first
-- of them when at least 5 bytes are left from there; with fewer it gets no
-- byte, again and again without end (an endless text of replacements, or
-- a loop for a handler that drops them). After an error with a byte the
-- decoder resynchronises in a way of its own that we do not follow: we
-- stop there, naming the function (a handler that throws, as
-- strictDecode, never gets there).
lazyUnitChars :: (S.ByteString -> Int -> Maybe (Char, Int)) -> String -> String -> OnDecodeError -> S.ByteString -> [Char]
lazyUnitChars char name desc onErr bs = go 0
  where
    n = S.length bs
    go i
      | i >= n = []
      | otherwise = case char bs i of
          Just (c, k) -> c : go (i + k)
          Nothing
            | n - i >= 5 -> maybe id (:) (onErr desc (Just (S.index bs i))) unsupported
            | otherwise -> endless
    endless = maybe endless (: endless) (onErr desc Nothing)
    unsupported =
      errorWithoutStackTrace
        ( "hs2stg: Data.Text.Lazy.Encoding."
            ++ name
            ++ ": the bytes after an undecodable one are read as text-1.2.5.0's lazy decoder reads them, which is not supported (only a handler that throws, as strictDecode, or an error within the last 4 bytes)"
        )

decodeUtf16LE, decodeUtf16BE, decodeUtf32LE, decodeUtf32BE :: B.ByteString -> Text
decodeUtf16LE = decodeUtf16LEWith strictDecode
decodeUtf16BE = decodeUtf16BEWith strictDecode
decodeUtf32LE = decodeUtf32LEWith strictDecode
decodeUtf32BE = decodeUtf32BEWith strictDecode

encodeUtf8Builder :: Text -> Builder
encodeUtf8Builder = encodeUtf8BuilderLazy

encodeUtf8BuilderEscaped :: BoundedPrim Word8 -> Text -> Builder
encodeUtf8BuilderEscaped prim = foldrChunks (\c b -> TE.encodeUtf8BuilderEscaped prim c <> b) mempty

encodeUtf8 :: Text -> B.ByteString
encodeUtf8 = encodeUtf8Lazy

-- | A chunk per text chunk.
encodeChunks :: (T.Text -> S.ByteString) -> Text -> B.ByteString
encodeChunks f = foldrChunks (\c rest -> BI.chunk (f c) rest) BI.Empty

encodeUtf16LE, encodeUtf16BE, encodeUtf32LE, encodeUtf32BE :: Text -> B.ByteString
encodeUtf16LE = encodeChunks TE.encodeUtf16LE
encodeUtf16BE = encodeChunks TE.encodeUtf16BE
encodeUtf32LE = encodeChunks TE.encodeUtf32LE
encodeUtf32BE = encodeChunks TE.encodeUtf32BE

-- encodeUtf8's loops, which -O1 code that inlines encodeUtf8 calls: the
-- builder run from the first buffer it allocated (its start, contents, the
-- free range) on, then the chunks as a lazy ByteString (its strategy
-- after the first buffer: defaultChunkSize buffers, half-empty chunks
-- copied).
zz_zdwfill
  :: BuildStep a -> Addr# -> ForeignPtrContents -> Addr# -> Addr#
  -> State# RealWorld -> (# State# RealWorld, ChunkIOStream a #)
zz_zdwfill step start contents op ope =
  case fillBuffers (fromStrategy 0) step (Buffer (ForeignPtr start contents) (BufferRange (Ptr op) (Ptr ope))) of
    IO f -> f

zz_encodeUtf8zugo4 :: ChunkIOStream () -> B.ByteString
zz_encodeUtf8zugo4 = ciosUnitToLazyByteString (fromStrategy 0) BI.Empty

-- encodeUtf8Builder as GHC's -O1 user code calls it (eta-expanded).
zz_encodeUtf1 :: Text -> BuildStep r -> BufferRange -> State# RealWorld -> (# State# RealWorld, BuildSignal r #)
zz_encodeUtf1 t k br = case runBuilderWith (encodeUtf8Builder t) k br of IO f -> f
