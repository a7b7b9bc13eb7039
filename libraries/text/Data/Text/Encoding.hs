{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Encoding: Text to and from
-- ByteStrings in UTF-8, UTF-16 and UTF-32 (either byte order) and Latin-1.
-- Invalid input goes to the OnDecodeError handler as text does it
-- (observed): UTF-8 reports the first byte of a sequence that is not a
-- complete, shortest, non-surrogate code point up to U+10FFFF and goes on
-- at the next byte; UTF-16/32 report no byte and also go on at the next byte.
module Data.Text.Encoding
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
    streamDecodeUtf8,
    streamDecodeUtf8With,
    Decoding (..),
    encodeUtf8,
    encodeUtf8Builder,
    encodeUtf8BuilderEscaped,
    encodeUtf16LE,
    encodeUtf16BE,
    encodeUtf32LE,
    encodeUtf32BE,
    -- hs2stg helpers shared with Data.Text.Lazy.Encoding
    utf8Chars,
    utf16Chars,
    utf32Chars,
    utf16Char,
    utf32Char,
    utf8Bytes,
    utf16Bytes,
    utf32Bytes,
    -- text's internals -O1 code calls
    zz_zdwencodeUtf8,
    zz_zdwencodeUtf8Builder,
    zz_zdwzdcshowsPrec2,
  )
where

import Control.Exception (ErrorCall (ErrorCallWithLocation), evaluate, throw, try)
import Data.Bits (shiftL, shiftR, (.&.), (.|.))
import qualified Data.ByteString as B
import Data.ByteString.Builder.Prim (BoundedPrim, primBounded)
import Data.ByteString.Builder.Internal (Builder, boundedBytes, BufferRange (..), BuildSignal, runBuilderWith)
import GHC.IO (IO (IO))
import GHC.Exts (Addr#, Ptr (Ptr), State#, RealWorld)
import Data.ByteString.Internal (ByteString, bsIndex)
import Data.Char (chr, ord)
import Data.Text.Encoding.Error (OnDecodeError, UnicodeException, strictDecode)
import Data.Text.Internal (Text (..))
import Data.Text.Internal.Chars (fromChars, toChars)
import Data.Text.Show ()
import Data.Word (Word8)
import GHC.IO (unsafeDupablePerformIO)
import GHC.Exts (ByteArray#, Int (I#), Int#)
import qualified Data.Text.Array as A

-- ------------------------------------------------------------ UTF-8

-- | The code point at an index and its byte count, or why there is none.
data Utf8 = Ok !Int !Int | Bad | Short

byteAt :: ByteString -> Int -> Int
byteAt bs i = fromIntegral (bsIndex bs i)

utf8At :: ByteString -> Int -> Int -> Utf8
utf8At bs n i
  | b0 < 0x80 = Ok b0 1
  | b0 < 0xc2 = Bad
  | b0 < 0xe0 = cont 1 (b0 .&. 0x1f) 0x80 0xbf
  | b0 == 0xe0 = cont 2 0 0xa0 0xbf
  | b0 == 0xed = cont 2 0xd 0x80 0x9f
  | b0 < 0xf0 = cont 2 (b0 .&. 0xf) 0x80 0xbf
  | b0 == 0xf0 = cont 3 0 0x90 0xbf
  | b0 < 0xf4 = cont 3 (b0 .&. 7) 0x80 0xbf
  | b0 == 0xf4 = cont 3 4 0x80 0x8f
  | otherwise = Bad
  where
    b0 = byteAt bs i
    -- k continuation bytes, the first within lo..hi, the others 80..bf
    cont k acc lo hi = go 1 acc lo hi
      where
        go j !a l h
          | j > k = Ok a (k + 1)
          | i + j >= n = Short
          | b < l || b > h = Bad
          | otherwise = go (j + 1) ((a `shiftL` 6) .|. (b .&. 0x3f)) 0x80 0xbf
          where
            b = byteAt bs (i + j)

-- | A handler's replacement: text stores only BMP replacements.
replacement :: Maybe Char -> [Char] -> [Char]
replacement Nothing rest = rest
replacement (Just c) rest
  | ord c > 0xffff = throw (ErrorCallWithLocation "decodeUtf8With: non-BMP replacement characters not supported" "")
  | otherwise = c : rest

-- | The characters of UTF-8 bytes, and where the bytes left undecoded
-- start: when streaming, a valid but incomplete sequence at the end waits
-- for more bytes; otherwise its bytes are errors.
utf8Chars :: String -> OnDecodeError -> Bool -> ByteString -> ([Char], Int)
utf8Chars desc onErr streaming bs = go 0
  where
    n = B.length bs
    go i
      | i >= n = ([], n)
      | otherwise = case utf8At bs n i of
          Ok c k -> let (cs, e) = go (i + k) in (chr c : cs, e)
          Short | streaming -> ([], i)
          _ ->
            let (cs, e) = go (i + 1)
             in (replacement (onErr desc (Just (bsIndex bs i))) cs, e)

utf8Desc :: String
utf8Desc = "Data.Text.Internal.Encoding.decodeUtf8: Invalid UTF-8 stream"

decodeUtf8With :: OnDecodeError -> ByteString -> Text
decodeUtf8With onErr bs = fromChars (fst (utf8Chars utf8Desc onErr False bs))

decodeUtf8 :: ByteString -> Text
decodeUtf8 = decodeUtf8With strictDecode

decodeASCII :: ByteString -> Text
decodeASCII = decodeUtf8

decodeUtf8' :: ByteString -> Either UnicodeException Text
decodeUtf8' bs = unsafeDupablePerformIO (try (evaluate (decodeUtf8With strictDecode bs)))

decodeLatin1 :: ByteString -> Text
decodeLatin1 bs = fromChars (map (chr . fromIntegral) (B.unpack bs))

-- | The state of an incremental UTF-8 decoding: the text decoded so far,
-- the bytes of an incomplete character at the end, and the decoder of
-- what follows.
data Decoding = Some Text ByteString (ByteString -> Decoding)

instance Show Decoding where
  showsPrec d (Some t bs _) = showDecoding d t bs

showDecoding :: Int -> Text -> ByteString -> ShowS
showDecoding d t bs =
  showParen (d > 10) (showString "Some " . showsPrec 11 t . showChar ' ' . showsPrec 11 bs . showString " _")

-- | Show Decoding's worker ($w$cshowsPrec2).
zz_zdwzdcshowsPrec2 :: Int# -> Text -> ByteString -> ShowS
zz_zdwzdcshowsPrec2 d = showDecoding (I# d)

streamDecodeUtf8 :: ByteString -> Decoding
streamDecodeUtf8 = streamDecodeUtf8With strictDecode

streamDecodeUtf8With :: OnDecodeError -> ByteString -> Decoding
streamDecodeUtf8With onErr = go B.empty
  where
    desc = "Data.Text.Internal.Encoding.streamDecodeUtf8With: Invalid UTF-8 stream"
    go pending bs =
      let input = B.append pending bs
          (cs, k) = utf8Chars desc onErr True input
          t = fromChars cs
          rest = B.drop k input
       in t `seq` Some t rest (go rest)

-- ------------------------------------------------------------ UTF-16, UTF-32

-- | A code unit of w bytes at an index, little- or big-endian.
unitAt :: Bool -> Int -> ByteString -> Int -> Int
unitAt little w bs i = foldr step 0 order
  where
    order = if little then [0 .. w - 1] else [w - 1, w - 2 .. 0]
    step j acc = (acc `shiftL` 8) .|. byteAt bs (i + j)

-- | The UTF-16 character at an index and its size in bytes, if the bytes
-- there are one.
utf16Char :: Bool -> ByteString -> Int -> Maybe (Char, Int)
utf16Char little bs i
  | i + 1 >= n = Nothing
  | u < 0xd800 || u > 0xdfff = Just (chr u, 2)
  | u <= 0xdbff && i + 3 < n && v >= 0xdc00 && v <= 0xdfff =
      Just (chr (0x10000 + ((u - 0xd800) `shiftL` 10) + (v - 0xdc00)), 4)
  | otherwise = Nothing
  where
    n = B.length bs
    u = unitAt little 2 bs i
    v = unitAt little 2 bs (i + 2)

-- | The UTF-32 character at an index, if the bytes there are one.
utf32Char :: Bool -> ByteString -> Int -> Maybe (Char, Int)
utf32Char little bs i
  | i + 3 < B.length bs && (u < 0xd800 || (u > 0xdfff && u <= 0x10ffff)) = Just (chr u, 4)
  | otherwise = Nothing
  where
    u = unitAt little 4 bs i

-- | The characters of the bytes, as the strict decoders give them: one
-- error (the handler gets no byte) for each byte that starts no character.
unitChars :: (ByteString -> Int -> Maybe (Char, Int)) -> String -> OnDecodeError -> ByteString -> [Char]
unitChars char desc onErr bs = go 0
  where
    go i
      | i >= B.length bs = []
      | otherwise = case char bs i of
          Just (c, k) -> c : go (i + k)
          Nothing -> maybe id (:) (onErr desc Nothing) (go (i + 1))

utf16Chars, utf32Chars :: Bool -> String -> OnDecodeError -> ByteString -> [Char]
utf16Chars little = unitChars (utf16Char little)
utf32Chars little = unitChars (utf32Char little)

decodeUtf16LEWith, decodeUtf16BEWith, decodeUtf32LEWith, decodeUtf32BEWith :: OnDecodeError -> ByteString -> Text
decodeUtf16LEWith onErr bs =
  fromChars (utf16Chars True "Data.Text.Internal.Encoding.Fusion.streamUtf16LE: Invalid UTF-16LE stream" onErr bs)
decodeUtf16BEWith onErr bs =
  fromChars (utf16Chars False "Data.Text.Internal.Encoding.Fusion.streamUtf16BE: Invalid UTF-16BE stream" onErr bs)
decodeUtf32LEWith onErr bs =
  fromChars (utf32Chars True "Data.Text.Internal.Encoding.Fusion.streamUtf32LE: Invalid UTF-32LE stream" onErr bs)
decodeUtf32BEWith onErr bs =
  fromChars (utf32Chars False "Data.Text.Internal.Encoding.Fusion.streamUtf32BE: Invalid UTF-32BE stream" onErr bs)

decodeUtf16LE, decodeUtf16BE, decodeUtf32LE, decodeUtf32BE :: ByteString -> Text
decodeUtf16LE = decodeUtf16LEWith strictDecode
decodeUtf16BE = decodeUtf16BEWith strictDecode
decodeUtf32LE = decodeUtf32LEWith strictDecode
decodeUtf32BE = decodeUtf32BEWith strictDecode

-- ------------------------------------------------------------ encoding

-- | The UTF-8 bytes of a character.
utf8Bytes :: Char -> [Word8]
utf8Bytes ch
  | c < 0x80 = [fromIntegral c]
  | c < 0x800 = [fromIntegral (0xc0 .|. (c `shiftR` 6)), cb 0]
  | c < 0x10000 = [fromIntegral (0xe0 .|. (c `shiftR` 12)), cb 6, cb 0]
  | otherwise = [fromIntegral (0xf0 .|. (c `shiftR` 18)), cb 12, cb 6, cb 0]
  where
    c = ord ch
    cb s = fromIntegral (0x80 .|. ((c `shiftR` s) .&. 0x3f))

-- | The UTF-16 bytes of a character.
utf16Bytes :: Bool -> Char -> [Word8]
utf16Bytes little ch
  | c < 0x10000 = unit c
  | otherwise = unit (0xd800 + (c' `shiftR` 10)) ++ unit (0xdc00 + (c' .&. 0x3ff))
  where
    c = ord ch
    c' = c - 0x10000
    unit u = order [fromIntegral u, fromIntegral (u `shiftR` 8)]
    order = if little then id else reverse

utf32Bytes :: Bool -> Char -> [Word8]
utf32Bytes little ch = (if little then id else reverse) [fromIntegral (c `shiftR` s) | s <- [0, 8, 16, 24]]
  where
    c = ord ch

-- | A ByteString of the bytes of a text's characters.
encodeWith :: (Char -> [Word8]) -> Text -> ByteString
encodeWith f t = B.pack (concatMap f (toChars t))

encodeUtf8 :: Text -> ByteString
encodeUtf8 = encodeWith utf8Bytes

-- | encodeUtf8's worker: the text's array, offset and length.
zz_zdwencodeUtf8 :: ByteArray# -> Int# -> Int# -> ByteString
zz_zdwencodeUtf8 a o l = encodeUtf8 (Text (A.Array a) (I# o) (I# l))

encodeUtf16LE, encodeUtf16BE, encodeUtf32LE, encodeUtf32BE :: Text -> ByteString
encodeUtf16LE = encodeWith (utf16Bytes True)
encodeUtf16BE = encodeWith (utf16Bytes False)
encodeUtf32LE = encodeWith (utf32Bytes True)
encodeUtf32BE = encodeWith (utf32Bytes False)

-- | Each character reserves 4 bytes of the buffer, as text's does.
encodeUtf8Builder :: Text -> Builder
encodeUtf8Builder t = mconcat [boundedBytes 4 (utf8Bytes c) | c <- toChars t]

-- | UTF-8, the ASCII characters written by the given primitive (an
-- escaping one, say), the others as their UTF-8 bytes.
encodeUtf8BuilderEscaped :: BoundedPrim Word8 -> Text -> Builder
encodeUtf8BuilderEscaped prim t = mconcat (map one (toChars t))
  where
    one c
      | ord c < 0x80 = primBounded prim (fromIntegral (ord c))
      | otherwise = boundedBytes 4 (utf8Bytes c)

-- The worker GHC's -O1 user code calls for encodeUtf8Builder (the Text's
-- fields, the continuation and the BufferRange's two addresses).
zz_zdwencodeUtf8Builder
  :: ByteArray# -> Int# -> Int# -> (BufferRange -> IO (BuildSignal r)) -> Addr# -> Addr#
  -> State# RealWorld -> (# State# RealWorld, BuildSignal r #)
zz_zdwencodeUtf8Builder arr off len k op ope =
  case runBuilderWith (encodeUtf8Builder (Text (A.Array arr) (I# off) (I# len))) k (BufferRange (Ptr op) (Ptr ope)) of
    IO f -> f
