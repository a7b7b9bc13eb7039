{-# LANGUAGE BangPatterns, MagicHash, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Fusion: strict
-- ByteStrings decoded as streams of characters, and a stream of bytes
-- into a ByteString. A byte that starts no well-formed sequence goes to
-- the error handler and decoding goes on at the next byte (UTF-8 hands
-- the handler the byte, UTF-16/32 nothing), as the package's decoders do.
module Data.Text.Internal.Encoding.Fusion
  ( streamASCII,
    streamUtf8,
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
    zz_zdwtrimUp,
  )
where

import Data.Bits (shiftL, (.|.))
import qualified Data.ByteString as B
import qualified Data.ByteString.Unsafe as U
import Data.Text.Encoding.Error (OnDecodeError)
import Data.Text.Internal.Encoding.Fusion.Common
import qualified Data.Text.Internal.Encoding.Utf16 as U16
import qualified Data.Text.Internal.Encoding.Utf32 as U32
import qualified Data.Text.Internal.Encoding.Utf8 as U8
import Data.Text.Internal.Fusion.Size (maxSize)
import Data.Text.Internal.Fusion.Types (Step (..), Stream (..))
import Data.Text.Internal.Unsafe.Char (unsafeChr, unsafeChr32, unsafeChr8)
import Data.Word (Word16, Word32, Word8)
import Data.Text.Internal.ByteStringCompat (mkBS)
import GHC.Exts (Addr#, Int (I#), Int#)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)

-- | Each byte as the character of that code.
streamASCII :: B.ByteString -> Stream Char
streamASCII bs = Stream next 0 (maxSize len)
  where
    len = B.length bs
    next !i
      | i >= len = Done
      | otherwise = Yield (unsafeChr8 (U.unsafeIndex bs i)) (i + 1)

streamUtf8 :: OnDecodeError -> B.ByteString -> Stream Char
streamUtf8 onErr bs = Stream next 0 (maxSize len)
  where
    len = B.length bs
    at = U.unsafeIndex bs
    next !i
      | i >= len = Done
      | U8.validate1 a = Yield (unsafeChr8 a) (i + 1)
      | i + 1 < len && U8.validate2 a (at (i + 1)) = Yield (U8.chr2 a (at (i + 1))) (i + 2)
      | i + 2 < len && U8.validate3 a (at (i + 1)) (at (i + 2)) =
          Yield (U8.chr3 a (at (i + 1)) (at (i + 2))) (i + 3)
      | i + 3 < len && U8.validate4 a (at (i + 1)) (at (i + 2)) (at (i + 3)) =
          Yield (U8.chr4 a (at (i + 1)) (at (i + 2)) (at (i + 3))) (i + 4)
      | otherwise = decodeError "streamUtf8" "UTF-8" onErr (Just a) (i + 1)
      where
        a = at i

-- | UTF-16 with the code unit of two bytes at an index given by unit.
streamUtf16 :: String -> String -> (B.ByteString -> Int -> Word16) -> OnDecodeError -> B.ByteString -> Stream Char
streamUtf16 func kind unit onErr bs = Stream next 0 (maxSize (len `div` 2))
  where
    len = B.length bs
    next !i
      | i >= len = Done
      | i + 1 < len && U16.validate1 w1 = Yield (unsafeChr w1) (i + 2)
      | i + 3 < len && U16.validate2 w1 w2 = Yield (U16.chr2 w1 w2) (i + 4)
      | otherwise = decodeError func kind onErr Nothing (i + 1)
      where
        w1 = unit bs i
        w2 = unit bs (i + 2)

streamUtf16LE, streamUtf16BE :: OnDecodeError -> B.ByteString -> Stream Char
streamUtf16LE = streamUtf16 "streamUtf16LE" "UTF-16LE" (\bs i -> w16 (U.unsafeIndex bs (i + 1)) (U.unsafeIndex bs i))
streamUtf16BE = streamUtf16 "streamUtf16BE" "UTF-16BE" (\bs i -> w16 (U.unsafeIndex bs i) (U.unsafeIndex bs (i + 1)))

w16 :: Word8 -> Word8 -> Word16
w16 hi lo = (fromIntegral hi `shiftL` 8) .|. fromIntegral lo

streamUtf32 :: String -> String -> (B.ByteString -> Int -> Word32) -> OnDecodeError -> B.ByteString -> Stream Char
streamUtf32 func kind unit onErr bs = Stream next 0 (maxSize (len `div` 4))
  where
    len = B.length bs
    next !i
      | i >= len = Done
      | i + 3 < len && U32.validate w = Yield (unsafeChr32 w) (i + 4)
      | otherwise = decodeError func kind onErr Nothing (i + 1)
      where
        w = unit bs i

streamUtf32LE, streamUtf32BE :: OnDecodeError -> B.ByteString -> Stream Char
streamUtf32LE = streamUtf32 "streamUtf32LE" "UTF-32LE" (\bs i -> w32 [U.unsafeIndex bs (i + k) | k <- [3, 2, 1, 0]])
streamUtf32BE = streamUtf32 "streamUtf32BE" "UTF-32BE" (\bs i -> w32 [U.unsafeIndex bs (i + k) | k <- [0, 1, 2, 3]])

-- | The word of bytes, most significant first.
w32 :: [Word8] -> Word32
w32 = foldl (\acc b -> (acc `shiftL` 8) .|. fromIntegral b) 0

-- The last step of the package's unstream, which -O1 code that inlines
-- unstream calls (in IO) once the stream is done: the first len bytes of
-- the buffer written, as a ByteString, returned with the monad's pure.
zz_zdwtrimUp :: (forall a. a -> m a) -> Addr# -> ForeignPtrContents -> Int# -> m B.ByteString
zz_zdwtrimUp pure' addr contents len = pure' $! mkBS (ForeignPtr addr contents) (I# len)

unstream :: Stream Word8 -> B.ByteString
unstream (Stream next s0 _) = B.pack (go s0)
  where
    go s = case next s of
      Done -> []
      Skip s' -> go s'
      Yield w s' -> w : go s'

-- | decodeError function encoding handler byte state: the handler's
-- replacement, or nothing, then on from the state.
decodeError :: String -> String -> OnDecodeError -> Maybe Word8 -> s -> Step s Char
decodeError func kind onErr mb i = case onErr desc mb of
  Nothing -> Skip i
  Just c -> Yield c i
  where
    desc = "Data.Text.Internal.Encoding.Fusion." ++ func ++ ": Invalid " ++ kind ++ " stream"
