{-# LANGUAGE BangPatterns, MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary.Get (clean-room, issue 14: from the
-- documented API, the installed interface file and observed behaviour).
-- The runners over Data.Binary.Get.Internal's decoder keep the number of
-- bytes fed, which makes the offsets of Done and Fail and the answers to
-- bytesRead.
module Data.Binary.Get
  ( Get,
    runGet,
    runGetOrFail,
    ByteOffset,
    Decoder (..),
    runGetIncremental,
    pushChunk,
    pushChunks,
    pushEndOfInput,
    skip,
    isEmpty,
    bytesRead,
    isolate,
    lookAhead,
    lookAheadM,
    lookAheadE,
    label,
    getByteString,
    getLazyByteString,
    getLazyByteStringNul,
    getRemainingLazyByteString,
    getWord8,
    getWord16be,
    getWord32be,
    getWord64be,
    getWord16le,
    getWord32le,
    getWord64le,
    getWordhost,
    getWord16host,
    getWord32host,
    getWord64host,
    getInt8,
    getInt16be,
    getInt32be,
    getInt64be,
    getInt16le,
    getInt32le,
    getInt64le,
    getInthost,
    getInt16host,
    getInt32host,
    getInt64host,
    getFloatbe,
    getFloatle,
    getFloathost,
    getDoublebe,
    getDoublele,
    getDoublehost,
    runGetState,
    remaining,
    getBytes,
    -- hs2stg: -O1 internals of the installed package
    zz_zdwpolyzugo,
    zz_runGet3,
    zz_runGetOrFail1,
    zz_pushChunks1,
    zz_runGetState1,
  )
where

import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)
import Data.Binary.FloatCast (wordToDouble, wordToFloat)
import Data.Binary.Get.Internal hiding (Decoder (..), runGetIncremental)
import qualified Data.Binary.Get.Internal as I
import Data.Bits (shiftL, (.|.))
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Internal as L
import qualified Data.ByteString.Unsafe as B
import Data.Int (Int16, Int32, Int64, Int8)
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Exts (Int (I#), Int#)
import GHC.Int (Int64 (I64#))

-- | An offset in bytes from the start of the input.
type ByteOffset = Int64

data Decoder a
  = Fail !B.ByteString {-# UNPACK #-} !ByteOffset String
  | Partial (Maybe B.ByteString -> Decoder a)
  | Done !B.ByteString {-# UNPACK #-} !ByteOffset a

runGetIncremental :: Get a -> Decoder a
runGetIncremental g = withOffsets (I.runGetIncremental g) 0

-- | The internal decoder with the bytes fed counted.
withOffsets :: I.Decoder a -> Int64 -> Decoder a
withOffsets d !fed = case d of
  I.Done inp a -> Done inp (fed - len inp) a
  I.Fail inp msg -> Fail inp (fed - len inp) msg
  I.Partial more -> Partial (\m -> case m of
    Nothing -> withOffsets (more Nothing) fed
    Just s -> withOffsets (more m) (fed + len s))
  I.BytesRead unused more -> withOffsets (more $! fed - unused) fed
  where
    len = fromIntegral . B.length

takeHeadChunk :: L.ByteString -> Maybe B.ByteString
takeHeadChunk lbs = case lbs of
  L.Chunk s _ -> Just s
  L.Empty -> Nothing

dropHeadChunk :: L.ByteString -> L.ByteString
dropHeadChunk lbs = case lbs of
  L.Chunk _ rest -> rest
  L.Empty -> L.Empty

-- | Feeds a lazy ByteString's chunks to the decoder until it ends.
feedLazy :: Decoder a -> L.ByteString -> Decoder a
feedLazy d lbs = case d of
  Partial more -> feedLazy (more (takeHeadChunk lbs)) (dropHeadChunk lbs)
  _ -> d

runGetOrFail ::
  Get a ->
  L.ByteString ->
  Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)
runGetOrFail g lbs = orFail (runGetIncremental g) lbs

orFail ::
  Decoder a ->
  L.ByteString ->
  Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)
orFail d rest = case d of
  Done inp off a -> Right (L.chunk inp rest, off, a)
  Fail inp off msg -> Left (L.chunk inp rest, off, msg)
  Partial more -> orFail (more (takeHeadChunk rest)) (dropHeadChunk rest)

runGet :: Get a -> L.ByteString -> a
runGet g lbs = resultOf (runGetIncremental g) lbs

-- | The decoder fed the lazy ByteString: its result, or runGet's error.
resultOf :: Decoder a -> L.ByteString -> a
resultOf d lbs = case feedLazy d lbs of
  Done _ _ a -> a
  Fail _ off msg ->
    binaryError
      "Get.hs"
      "Data.Binary.Get"
      351
      5
      ("Data.Binary.Get.runGet at position " ++ show off ++ ": " ++ msg)
  Partial _ -> binaryError "Get.hs" "Data.Binary.Get" 351 5 "Data.Binary.Get.runGet: impossible"

-- | binary's `error` call at its place in the real package's source.
binaryError :: String -> String -> Int -> Int -> String -> a
binaryError file modl line col msg =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/binary/src/Data/Binary/"
            ++ file
            ++ ":"
            ++ show line
            ++ ":"
            ++ show col
            ++ " in binary-0.8.8.0:"
            ++ modl
        )
    )

{-# DEPRECATED runGetState "Use runGetIncremental instead. This function will be removed." #-}
runGetState :: Get a -> L.ByteString -> ByteOffset -> (a, L.ByteString, ByteOffset)
runGetState g lbs start = go (runGetIncremental g) lbs
  where
    go d rest = case d of
      Done inp off a -> (a, L.chunk inp rest, start + off)
      Fail _ off msg -> stateError off msg
      Partial more -> go (more (takeHeadChunk rest)) (dropHeadChunk rest)

-- | runGetState's error.
stateError :: ByteOffset -> String -> b
stateError off msg =
  binaryError
    "Get.hs"
    "Data.Binary.Get"
    312
    5
    ("Data.Binary.Get.runGetState at position " ++ show off ++ ": " ++ msg)

pushChunk :: Decoder a -> B.ByteString -> Decoder a
pushChunk d s = case d of
  Done inp off a -> Done (B.append inp s) off a
  Partial more -> more (Just s)
  Fail inp off msg -> Fail (B.append inp s) off msg

pushChunks :: Decoder a -> L.ByteString -> Decoder a
pushChunks d0 lbs = pushAll d0 (L.toChunks lbs)

pushAll :: Decoder a -> [B.ByteString] -> Decoder a
pushAll d [] = d
pushAll d cs@(c : rest) = case d of
  Done inp off a -> Done (B.concat (inp : cs)) off a
  Fail inp off msg -> Fail (B.concat (inp : cs)) off msg
  Partial more -> pushAll (more (Just c)) rest

pushEndOfInput :: Decoder a -> Decoder a
pushEndOfInput d = case d of
  Partial more -> more Nothing
  _ -> d

skip :: Int -> Get ()
skip n = withInputChunks (fromIntegral n :: Int64) consumeBytes (const ()) failOnEOF

-- | Takes the wanted number of bytes from the chunks.
consumeBytes :: Consume Int64
consumeBytes n s
  | fromIntegral (B.length s) >= n =
      let (want, rest) = B.splitAt (fromIntegral n) s in Right (want, rest)
  | otherwise = Left (n - fromIntegral (B.length s))

-- | Takes the bytes up to a NUL, which it drops.
consumeUntilNul :: Consume ()
consumeUntilNul _ s = case B.break (== 0) s of
  (want, rest)
    | B.null rest -> Left ()
    | otherwise -> Right (want, B.unsafeDrop 1 rest)

-- | Takes everything.
consumeAll :: Consume ()
consumeAll _ _ = Left ()

getLazyByteString :: Int64 -> Get L.ByteString
getLazyByteString n = withInputChunks n consumeBytes L.fromChunks failOnEOF

getLazyByteStringNul :: Get L.ByteString
getLazyByteStringNul = withInputChunks () consumeUntilNul L.fromChunks failOnEOF

getRemainingLazyByteString :: Get L.ByteString
getRemainingLazyByteString = withInputChunks () consumeAll L.fromChunks resumeOnEOF

resumeOnEOF :: [B.ByteString] -> Get L.ByteString
resumeOnEOF = return . L.fromChunks

getWord8 :: Get Word8
getWord8 = readN 1 B.unsafeHead

-- the bytes at i.. of a chunk, most significant first
bigEndian :: Int -> B.ByteString -> Word64
bigEndian n s = go 0 0
  where
    go !i !acc
      | i == n = acc
      | otherwise = go (i + 1) ((acc `shiftL` 8) .|. fromIntegral (B.unsafeIndex s i))

-- the first n bytes of a chunk, least significant first
littleEndian :: Int -> B.ByteString -> Word64
littleEndian n s = go (n - 1) 0
  where
    go !i !acc
      | i < 0 = acc
      | otherwise = go (i - 1) ((acc `shiftL` 8) .|. fromIntegral (B.unsafeIndex s i))

word16be :: B.ByteString -> Word16
word16be = fromIntegral . bigEndian 2

word16le :: B.ByteString -> Word16
word16le = fromIntegral . littleEndian 2

word32be :: B.ByteString -> Word32
word32be = fromIntegral . bigEndian 4

word32le :: B.ByteString -> Word32
word32le = fromIntegral . littleEndian 4

word64be :: B.ByteString -> Word64
word64be = bigEndian 8

word64le :: B.ByteString -> Word64
word64le = littleEndian 8

getWord16be :: Get Word16
getWord16be = readN 2 word16be

getWord16le :: Get Word16
getWord16le = readN 2 word16le

getWord32be :: Get Word32
getWord32be = readN 4 word32be

getWord32le :: Get Word32
getWord32le = readN 4 word32le

getWord64be :: Get Word64
getWord64be = readN 8 word64be

getWord64le :: Get Word64
getWord64le = readN 8 word64le

-- host order is little-endian on the machines GHC's binaries run here
getWordhost :: Get Word
getWordhost = readN 8 (fromIntegral . littleEndian 8)

getWord16host :: Get Word16
getWord16host = getWord16le

getWord32host :: Get Word32
getWord32host = getWord32le

getWord64host :: Get Word64
getWord64host = getWord64le

getInt8 :: Get Int8
getInt8 = fmap fromIntegral getWord8

getInt16be :: Get Int16
getInt16be = fmap fromIntegral getWord16be

getInt16le :: Get Int16
getInt16le = fmap fromIntegral getWord16le

getInt32be :: Get Int32
getInt32be = fmap fromIntegral getWord32be

getInt32le :: Get Int32
getInt32le = fmap fromIntegral getWord32le

getInt64be :: Get Int64
getInt64be = fmap fromIntegral getWord64be

getInt64le :: Get Int64
getInt64le = fmap fromIntegral getWord64le

getInthost :: Get Int
getInthost = fmap fromIntegral getWordhost

getInt16host :: Get Int16
getInt16host = fmap fromIntegral getWord16host

getInt32host :: Get Int32
getInt32host = fmap fromIntegral getWord32host

getInt64host :: Get Int64
getInt64host = fmap fromIntegral getWord64host

getFloatbe :: Get Float
getFloatbe = fmap wordToFloat getWord32be

getFloatle :: Get Float
getFloatle = fmap wordToFloat getWord32le

getFloathost :: Get Float
getFloathost = fmap wordToFloat getWord32host

getDoublebe :: Get Double
getDoublebe = fmap wordToDouble getWord64be

getDoublele :: Get Double
getDoublele = fmap wordToDouble getWord64le

getDoublehost :: Get Double
getDoublehost = fmap wordToDouble getWord64host

-- -O1 internals of the installed package (types from its interface file).

zz_zdwpolyzugo :: I.Decoder a -> Int# -> Decoder a
zz_zdwpolyzugo d fed = withOffsets d (I64# fed)

zz_runGet3 :: Decoder a -> L.ByteString -> a
zz_runGet3 = resultOf

zz_runGetOrFail1 ::
  Decoder a ->
  L.ByteString ->
  Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)
zz_runGetOrFail1 = orFail

zz_pushChunks1 :: Decoder a -> [B.ByteString] -> Decoder a
zz_pushChunks1 = pushAll

zz_runGetState1 :: Int# -> String -> (a, L.ByteString, ByteOffset)
zz_runGetState1 off msg = stateError (fromIntegral (I# off)) msg
