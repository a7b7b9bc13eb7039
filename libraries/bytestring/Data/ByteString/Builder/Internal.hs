{-# LANGUAGE BangPatterns, RankNTypes, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Builder.Internal (bytestring-0.10.12.1),
-- written from the documented API and `ghc --show-iface` of the installed
-- package. The representation is the real one (a Builder transforms the
-- BuildStep that fills the rest of a BufferRange; a step ends Done, asks
-- for a bigger buffer with BufferFull or hands over a chunk with
-- InsertChunk), with the data layouts of the interface file (UNPACKed
-- fields, hence -fno-omit-interface-pragmas), so that GHC's -O1 user code,
-- which inlines Builder primitives as buffer-filling steps, runs with ours.
module Data.ByteString.Builder.Internal
  ( -- * Buffers
    BufferRange (..), Buffer (..), bufferSize, newBuffer, byteStringFromBuffer
    -- * Build steps and signals
  , BuildSignal (..), BuildStep, finalBuildStep, done, bufferFull, insertChunk
  , fillWithBuildStep
    -- * Builder
  , Builder, builder, runBuilder, runBuilderWith
  , empty, append, flush, ensureFree
  , byteString, byteStringCopy, byteStringInsert, byteStringThreshold
  , lazyByteString, lazyByteStringCopy, lazyByteStringInsert, lazyByteStringThreshold
  , shortByteString, maximalCopySize
    -- * Running
  , AllocationStrategy, safeStrategy, untrimmedStrategy, customStrategy
  , toLazyByteStringWith
  , ChunkIOStream (..), buildStepToCIOS, ciosToLazyByteString, ciosUnitToLazyByteString
    -- * Put
  , Put, put, putBuilder, fromPut, runPut, hPut
  , putToLazyByteString, putToLazyByteStringWith
  , L.smallChunkSize, L.defaultChunkSize, L.chunkOverhead
    -- * hs2stg
  , boundedBytes, toLazyByteStringFrom, fromStrategy, fillBuffers
  , zz_zdwwrappedBytesCopyStep, zz_finalBuildStep1, zz_hPut1
  , zz_zdfSemigroupBuilderzugo1
  ) where

import qualified Data.ByteString as S
import qualified Data.ByteString.Internal as S (ByteString (PS), mallocByteString, memcpy, pokeW8)
import qualified Data.ByteString.Lazy.Internal as L
import Data.ByteString.Short.Internal (ShortByteString, fromShort)
import Data.Word (Word8)
import Data.Semigroup (Semigroup (..))
import Data.List.NonEmpty (NonEmpty ((:|)))
import Foreign.Ptr (Ptr, plusPtr, minusPtr)
import GHC.Exts (Addr#, Ptr (Ptr), State#, RealWorld)
import GHC.ForeignPtr (ForeignPtr (ForeignPtr))
import GHC.IO (IO (IO), unsafeDupablePerformIO)
import System.IO (Handle)

-- | The free part of a buffer: the next byte to write and the end.
data BufferRange = BufferRange {-# UNPACK #-} !(Ptr Word8) {-# UNPACK #-} !(Ptr Word8)

-- | A buffer (its memory) with its free range.
data Buffer = Buffer {-# UNPACK #-} !(ForeignPtr Word8) {-# UNPACK #-} !BufferRange

data BuildSignal a
  = Done {-# UNPACK #-} !(Ptr Word8) a
  | BufferFull {-# UNPACK #-} !Int {-# UNPACK #-} !(Ptr Word8) (BuildStep a)
  | InsertChunk {-# UNPACK #-} !(Ptr Word8) S.ByteString (BuildStep a)

type BuildStep a = BufferRange -> IO (BuildSignal a)

newtype Builder = Builder (forall r. BuildStep r -> BuildStep r)

data ChunkIOStream a = Finished Buffer a | Yield1 S.ByteString (IO (ChunkIOStream a))

-- | How to get the next buffer (Nothing: the first; Just (old, size): one
-- of at least size bytes after old), the size of buffers after the first,
-- and whether a chunk of used bytes in a buffer of the size is copied
-- into one of its own.
data AllocationStrategy
  = AllocationStrategy (Maybe (Buffer, Int) -> IO Buffer) {-# UNPACK #-} !Int (Int -> Int -> Bool)

newtype Put a = Put {unPut :: forall r. (a -> BuildStep r) -> BuildStep r}

fpPtr :: ForeignPtr Word8 -> Ptr Word8
fpPtr (ForeignPtr a _) = Ptr a

bufferSize :: Buffer -> Int
bufferSize (Buffer fp (BufferRange _ pe)) = pe `minusPtr` fpPtr fp

newBuffer :: Int -> IO Buffer
newBuffer size = do
  fp <- S.mallocByteString size
  let p = fpPtr fp
  return (Buffer fp (BufferRange p (p `plusPtr` size)))

-- | The bytes written so far (from the buffer's start to its free range).
byteStringFromBuffer :: Buffer -> S.ByteString
byteStringFromBuffer (Buffer fp (BufferRange op _)) = S.PS fp 0 (op `minusPtr` fpPtr fp)

finalBuildStep :: BuildStep ()
finalBuildStep (BufferRange op _) = return (Done op ())

done :: Ptr Word8 -> a -> BuildSignal a
done = Done

bufferFull :: Int -> Ptr Word8 -> BuildStep a -> BuildSignal a
bufferFull = BufferFull

insertChunk :: Ptr Word8 -> S.ByteString -> BuildStep a -> BuildSignal a
insertChunk = InsertChunk

fillWithBuildStep
  :: BuildStep a
  -> (Ptr Word8 -> a -> IO b)
  -> (Ptr Word8 -> Int -> BuildStep a -> IO b)
  -> (Ptr Word8 -> S.ByteString -> BuildStep a -> IO b)
  -> BufferRange
  -> IO b
fillWithBuildStep step onDone onFull onChunk br = do
  sig <- step br
  case sig of
    Done op x -> onDone op x
    BufferFull n op k -> onFull op n k
    InsertChunk op bs k -> onChunk op bs k

builder :: (forall r. BuildStep r -> BuildStep r) -> Builder
builder = Builder

runBuilder :: Builder -> BuildStep ()
runBuilder b = runBuilderWith b finalBuildStep

runBuilderWith :: Builder -> BuildStep a -> BuildStep a
runBuilderWith (Builder b) = b

instance Semigroup Builder where
  (<>) = append
  sconcat (b :| bs) = zz_zdfSemigroupBuilderzugo1 b bs

-- sconcat's go (the class default's): b <> (c <> ...).
zz_zdfSemigroupBuilderzugo1 :: Builder -> [Builder] -> Builder
zz_zdfSemigroupBuilderzugo1 b [] = b
zz_zdfSemigroupBuilderzugo1 b (c : cs) = b <> zz_zdfSemigroupBuilderzugo1 c cs

instance Monoid Builder where
  mempty = empty
  mconcat = foldr append empty

empty :: Builder
empty = Builder (\k -> k)

append :: Builder -> Builder -> Builder
append (Builder f) (Builder g) = Builder (\k -> f (g k))

-- | Ends the chunk being filled.
flush :: Builder
flush = Builder (\k (BufferRange op _) -> return (InsertChunk op S.empty k))

-- | Makes sure the buffer has n free bytes.
ensureFree :: Int -> Builder
ensureFree n = Builder step
  where
    step k br@(BufferRange op ope)
      | ope `minusPtr` op < n = return (BufferFull n op k)
      | otherwise = k br

-- | Writes the bytes, asking first for a buffer with the given number of
-- free bytes (the bound the real primitive reserves: intDec 20, char7 1, ...).
boundedBytes :: Int -> [Word8] -> Builder
boundedBytes n ws = Builder step
  where
    step k br@(BufferRange op ope)
      | ope `minusPtr` op < n = return (BufferFull n op (emit k))
      | otherwise = emit k br
    -- Once it has asked for n bytes the real primitive writes without
    -- checking again: a driver giving a smaller buffer still sees progress.
    emit k (BufferRange op ope) = write op ws >>= \op' -> k (BufferRange op' ope)
    write op [] = return op
    write op (w : rest) = S.pokeW8 op 0 w >> write (op `plusPtr` 1) rest

-- | Copies the input range into the output, asking for new buffers as
-- the output fills.
wrappedBytesCopyStep :: BufferRange -> BuildStep a -> BuildStep a
wrappedBytesCopyStep (BufferRange ip ipe) k (BufferRange op ope)
  | inLen <= outLen = do
      S.memcpy op ip inLen
      k (BufferRange (op `plusPtr` inLen) ope)
  | otherwise = do
      S.memcpy op ip outLen
      return (BufferFull 1 ope (wrappedBytesCopyStep (BufferRange (ip `plusPtr` outLen) ipe) k))
  where
    inLen = ipe `minusPtr` ip
    outLen = ope `minusPtr` op

bytesRange :: S.ByteString -> BufferRange
bytesRange (S.PS fp off len) = let p = fpPtr fp `plusPtr` off in BufferRange p (p `plusPtr` len)

-- | The real package copies a ByteString of up to 8160 bytes (twice the
-- small chunk size) and inserts a longer one as a chunk.
maximalCopySize :: Int
maximalCopySize = 2 * L.smallChunkSize

byteString :: S.ByteString -> Builder
byteString = byteStringThreshold maximalCopySize

-- | Copied into the buffer up to the given length, inserted as a chunk
-- of its own when longer.
byteStringThreshold :: Int -> S.ByteString -> Builder
byteStringThreshold k bs
  | S.length bs <= k = byteStringCopy bs
  | otherwise = byteStringInsert bs

byteStringCopy :: S.ByteString -> Builder
byteStringCopy bs = Builder (\k -> wrappedBytesCopyStep (bytesRange bs) k)

-- | Ends the chunk being filled (even for an empty ByteString) and puts
-- the ByteString after it as a chunk.
byteStringInsert :: S.ByteString -> Builder
byteStringInsert bs = Builder (\k (BufferRange op _) -> return (InsertChunk op bs k))

lazyByteStringCopy, lazyByteStringInsert :: L.ByteString -> Builder
lazyByteStringCopy = L.foldrChunks (\c b -> byteStringCopy c `append` b) empty
lazyByteStringInsert = L.foldrChunks (\c b -> byteStringInsert c `append` b) empty

lazyByteStringThreshold :: Int -> L.ByteString -> Builder
lazyByteStringThreshold k = L.foldrChunks (\c b -> byteStringThreshold k c `append` b) empty

lazyByteString :: L.ByteString -> Builder
lazyByteString = L.foldrChunks (\c b -> byteString c `append` b) empty

-- | Copied into the buffer, whatever its length.
shortByteString :: ShortByteString -> Builder
shortByteString = byteStringCopy . fromShort

-- Buffers are at least the size of an Int.
sanitize :: Int -> Int
sanitize = max 8

customStrategy
  :: (Maybe (Buffer, Int) -> IO Buffer) -> Int -> (Int -> Int -> Bool) -> AllocationStrategy
customStrategy = AllocationStrategy

-- | The first buffer of firstSize bytes, the next ones of bufSize (or
-- more, when a primitive needs more); a chunk using less than half its
-- buffer is copied into one of its own.
safeStrategy :: Int -> Int -> AllocationStrategy
safeStrategy firstSize bufSize =
  AllocationStrategy (sizedBuffer firstSize) (sanitize bufSize) (\used size -> 2 * used < size)

-- | The same, never copying chunks.
untrimmedStrategy :: Int -> Int -> AllocationStrategy
untrimmedStrategy firstSize bufSize =
  AllocationStrategy (sizedBuffer firstSize) (sanitize bufSize) (\_ _ -> False)

sizedBuffer :: Int -> Maybe (Buffer, Int) -> IO Buffer
sizedBuffer firstSize Nothing = newBuffer (sanitize firstSize)
sizedBuffer _ (Just (_, size)) = newBuffer size

-- | Runs a step in buffers of the strategy: the full part of each buffer
-- is a chunk (none when empty), inserted chunks come in between.
buildStepToCIOS :: AllocationStrategy -> BuildStep a -> IO (ChunkIOStream a)
buildStepToCIOS strategy@(AllocationStrategy next _ _) step0 = next Nothing >>= fillBuffers strategy step0

-- | Runs a step from a given buffer on, in the strategy's next buffers
-- (text's lazy encodeUtf8, inlined by -O1 code, hands its first one).
fillBuffers :: AllocationStrategy -> BuildStep a -> Buffer -> IO (ChunkIOStream a)
fillBuffers (AllocationStrategy next bufSize trim) = fill
  where
    fill step buf@(Buffer fp br@(BufferRange _ pe)) = do
      sig <- step br
      case sig of
        Done op x -> return (Finished (Buffer fp (BufferRange op pe)) x)
        BufferFull n op k ->
          chunkThen op (next (Just (buf, max n bufSize)) >>= fill k)
        InsertChunk op bs k
          | op == start -> yield bs (fill k buf)
          | otherwise -> chunkThen op (yield bs (next (Just (buf, bufSize)) >>= fill k))
      where
        start = fpPtr fp
        size = pe `minusPtr` start
        chunkThen op rest
          | used == 0 = rest
          | otherwise = return (Yield1 (trimmed trim used size (S.PS fp 0 used)) rest)
          where used = op `minusPtr` start
    yield bs rest
      | S.null bs = rest
      | otherwise = return (Yield1 bs rest)

trimmed :: (Int -> Int -> Bool) -> Int -> Int -> S.ByteString -> S.ByteString
trimmed trim used size bs = if trim used size then S.copy bs else bs

-- | The chunks of the stream, lazily, with what its end makes of its value.
ciosToLazyByteString
  :: AllocationStrategy -> (a -> (b, L.ByteString)) -> ChunkIOStream a -> (b, L.ByteString)
ciosToLazyByteString (AllocationStrategy _ _ trim) end = go
  where
    go (Finished buf x) =
      let (y, rest) = end x
          bs = byteStringFromBuffer buf
       in (y, if S.null bs then rest else L.Chunk (trimmed trim (S.length bs) (bufferSize buf) bs) rest)
    go (Yield1 bs io) =
      let (y, rest) = go (unsafeDupablePerformIO io) in (y, L.Chunk bs rest)

ciosUnitToLazyByteString :: AllocationStrategy -> L.ByteString -> ChunkIOStream () -> L.ByteString
ciosUnitToLazyByteString strategy k cios = snd (ciosToLazyByteString strategy (\_ -> ((), k)) cios)

toLazyByteStringWith :: AllocationStrategy -> L.ByteString -> Builder -> L.ByteString
toLazyByteStringWith strategy k b =
  ciosUnitToLazyByteString strategy k (unsafeDupablePerformIO (buildStepToCIOS strategy (runBuilder b)))

-- | toLazyByteString with a first buffer of the given size (text's lazy
-- encodeUtf8 sizes it after its first chunk).
toLazyByteStringFrom :: Int -> Builder -> L.ByteString
toLazyByteStringFrom first = toLazyByteStringWith (fromStrategy first) L.Empty

-- | That strategy: the first buffer of the given size, then
-- defaultChunkSize ones; a chunk less than half full is copied.
fromStrategy :: Int -> AllocationStrategy
fromStrategy first = AllocationStrategy (sizedBuffer' first) L.defaultChunkSize (\used size -> 2 * used < size)
  where
    sizedBuffer' n Nothing = newBuffer n
    sizedBuffer' _ (Just (_, size)) = newBuffer size

instance Functor Put where
  fmap f (Put p) = Put (\k -> p (\x -> k (f x)))

instance Applicative Put where
  pure x = Put (\k -> k x)
  Put pf <*> Put px = Put (\k -> pf (\f -> px (\x -> k (f x))))

instance Monad Put where
  Put p >>= f = Put (\k -> p (\x -> unPut (f x) k))

put :: (forall r. (a -> BuildStep r) -> BuildStep r) -> Put a
put = Put

putBuilder :: Builder -> Put ()
putBuilder (Builder b) = Put (\k -> b (k ()))

fromPut :: Put () -> Builder
fromPut (Put p) = Builder (\k -> p (\_ -> k))

runPut :: Put a -> BuildStep a
runPut (Put p) = p (\x (BufferRange op _) -> return (Done op x))

putToLazyByteString :: Put a -> (a, L.ByteString)
putToLazyByteString =
  putToLazyByteStringWith (safeStrategy L.smallChunkSize L.defaultChunkSize) (\x -> (x, L.Empty))

putToLazyByteStringWith
  :: AllocationStrategy -> (a -> (b, L.ByteString)) -> Put a -> (b, L.ByteString)
putToLazyByteStringWith strategy end p =
  ciosToLazyByteString strategy end (unsafeDupablePerformIO (buildStepToCIOS strategy (runPut p)))

-- | Writes the chunks to the handle as they are made.
hPut :: Handle -> Put a -> IO a
hPut h p = buildStepToCIOS strategy (runPut p) >>= go
  where
    strategy = untrimmedStrategy L.smallChunkSize L.defaultChunkSize
    go (Yield1 bs io) = S.hPut h bs >> io >>= go
    go (Finished buf x) = S.hPut h (byteStringFromBuffer buf) >> return x

-- Internals GHC's -O1 user code calls (names `zz_<Z-encoded name>`, with
-- the types of the interface file).
zz_zdwwrappedBytesCopyStep
  :: Addr# -> Addr# -> BuildStep a -> Addr# -> Addr# -> State# RealWorld
  -> (# State# RealWorld, BuildSignal a #)
zz_zdwwrappedBytesCopyStep ip ipe k op ope =
  case wrappedBytesCopyStep (BufferRange (Ptr ip) (Ptr ipe)) k (BufferRange (Ptr op) (Ptr ope)) of
    IO f -> f

zz_finalBuildStep1 :: BufferRange -> State# RealWorld -> (# State# RealWorld, BuildSignal () #)
zz_finalBuildStep1 br = case finalBuildStep br of IO f -> f

zz_hPut1 :: Handle -> Put a -> State# RealWorld -> (# State# RealWorld, a #)
zz_hPut1 h p = case hPut h p of IO f -> f
