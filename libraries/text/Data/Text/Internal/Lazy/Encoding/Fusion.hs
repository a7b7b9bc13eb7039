{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Lazy.Encoding.Fusion: lazy
-- ByteStrings decoded as streams of characters (sequences may span
-- chunks), and a stream of bytes into a lazy ByteString of 32752-byte
-- chunks. At a byte sequence that is not well-formed (or cut short by the
-- end) the package's decoders stop advancing: the handler is asked again
-- and again with no byte (lenient decoding never ends, strict decoding
-- throws), which these do too.
module Data.Text.Internal.Lazy.Encoding.Fusion
  ( streamUtf8,
    streamUtf16LE,
    streamUtf16BE,
    streamUtf32LE,
    streamUtf32BE,
    unstream,
    restreamUtf16LE,
    restreamUtf16BE,
    restreamUtf32LE,
    restreamUtf32BE,
    decodeError,
  )
where

import Data.Bits (shiftL, (.|.))
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import Data.Text.Encoding.Error (OnDecodeError)
import Data.Text.Internal.Encoding.Fusion.Common
import qualified Data.Text.Internal.Encoding.Utf16 as U16
import qualified Data.Text.Internal.Encoding.Utf32 as U32
import qualified Data.Text.Internal.Encoding.Utf8 as U8
import Data.Text.Internal.Fusion.Size (Size (..))
import Data.Text.Internal.Fusion.Types (Step (..), Stream (..))
import Data.Text.Internal.Unsafe.Char (unsafeChr, unsafeChr32, unsafeChr8)
import Data.Word (Word16, Word32, Word8)

-- | A decoder over the bytes: the character and the bytes after it, or
-- Nothing for a sequence that is not well-formed.
decodeWith :: String -> String -> ([Word8] -> Maybe (Char, [Word8])) -> OnDecodeError -> BL.ByteString -> Stream Char
decodeWith func kind one onErr bs = Stream next (BL.unpack bs) Unknown
  where
    next [] = Done
    next ws = case one ws of
      Just (c, rest) -> Yield c rest
      Nothing -> decodeError func kind onErr Nothing ws

streamUtf8 :: OnDecodeError -> BL.ByteString -> Stream Char
streamUtf8 = decodeWith "streamUtf8" "UTF-8" one
  where
    one (a : rest) | U8.validate1 a = Just (unsafeChr8 a, rest)
    one (a : b : rest) | U8.validate2 a b = Just (U8.chr2 a b, rest)
    one (a : b : c : rest) | U8.validate3 a b c = Just (U8.chr3 a b c, rest)
    one (a : b : c : d : rest) | U8.validate4 a b c d = Just (U8.chr4 a b c d, rest)
    one _ = Nothing

utf16 :: (Word8 -> Word8 -> Word16) -> [Word8] -> Maybe (Char, [Word8])
utf16 unit (a : b : rest)
  | U16.validate1 w1 = Just (unsafeChr w1, rest)
  | c : d : rest' <- rest, U16.validate2 w1 (unit c d) = Just (U16.chr2 w1 (unit c d), rest')
  where
    w1 = unit a b
utf16 _ _ = Nothing

streamUtf16LE, streamUtf16BE :: OnDecodeError -> BL.ByteString -> Stream Char
streamUtf16LE = decodeWith "streamUtf16LE" "UTF-16LE" (utf16 (\a b -> w16 b a))
streamUtf16BE = decodeWith "streamUtf16BE" "UTF-16BE" (utf16 w16)

w16 :: Word8 -> Word8 -> Word16
w16 hi lo = (fromIntegral hi `shiftL` 8) .|. fromIntegral lo

utf32 :: ([Word8] -> [Word8]) -> [Word8] -> Maybe (Char, [Word8])
utf32 order (a : b : c : d : rest)
  | U32.validate w = Just (unsafeChr32 w, rest)
  where
    w = foldl (\acc x -> (acc `shiftL` 8) .|. fromIntegral x) (0 :: Word32) (order [a, b, c, d])
utf32 _ _ = Nothing

streamUtf32LE, streamUtf32BE :: OnDecodeError -> BL.ByteString -> Stream Char
streamUtf32LE = decodeWith "streamUtf32LE" "UTF-32LE" (utf32 reverse)
streamUtf32BE = decodeWith "streamUtf32BE" "UTF-32BE" (utf32 id)

-- | The bytes in chunks of 32752 (lazy ByteString's default chunk size).
unstream :: Stream Word8 -> BL.ByteString
unstream (Stream next s0 _) = BL.fromChunks (chunks (go s0))
  where
    go s = case next s of
      Done -> []
      Skip s' -> go s'
      Yield w s' -> w : go s'
    chunks [] = []
    chunks ws = case splitAt 32752 ws of
      (now, rest) -> B.pack now : chunks rest

decodeError :: String -> String -> OnDecodeError -> Maybe Word8 -> s -> Step s Char
decodeError func kind onErr mb i = case onErr desc mb of
  Nothing -> Skip i
  Just c -> Yield c i
  where
    desc = "Data.Text.Lazy.Encoding.Fusion." ++ func ++ ": Invalid " ++ kind ++ " stream"
