{-# LANGUAGE BangPatterns #-}
-- hs2stg: clean-room Data.ByteString.Builder.Internal (bytestring-0.10.12.1),
-- in part: the Builder type with its Semigroup/Monoid instances,
-- byteString, lazyByteString, empty and append. Our Builder is not the real
-- package's buffer-filling function but a list of pieces, each a short run
-- of bytes with the size bound the real primitive reserves in the buffer
-- (intDec reserves 20 bytes, char7 1, ...), so that toLazyByteString cuts
-- the chunks where the real one does (4080 bytes, then 32752 per chunk).
module Data.ByteString.Builder.Internal
  ( Builder
  , byteString, lazyByteString, empty, append
  -- hs2stg
  , shortByteString
  , AllocationStrategy, safeStrategy, untrimmedStrategy, toLazyByteStringWith
  , byteStringCopy, byteStringInsert, byteStringThreshold
  , lazyByteStringCopy, lazyByteStringInsert, lazyByteStringThreshold, flush
  , Piece (..), fromPieces, boundedBytes, toLazyByteStringPieces, toLazyByteStringPiecesFrom
  ) where

import qualified Data.ByteString as S
import qualified Data.ByteString.Internal as S (ByteString (PS))
import qualified Data.ByteString.Lazy.Internal as L
import Data.ByteString.Short.Internal (ShortByteString, fromShort)
import Data.Word (Word8)
import Data.Semigroup (Semigroup (..))
import Data.List.NonEmpty (NonEmpty ((:|)))

-- | A run of bytes written by a primitive that reserves the given number
-- of bytes, or a strict ByteString copied (split across chunks as needed),
-- or one inserted as a chunk of its own (a long one).
data Piece = Bounded !Int [Word8] | Copy S.ByteString | Insert S.ByteString

newtype Builder = Builder ([Piece] -> [Piece])

instance Semigroup Builder where
  (<>) = append
  sconcat (b :| bs) = mconcat (b : bs)

instance Monoid Builder where
  mempty = empty
  mconcat = foldr append empty

empty :: Builder
empty = Builder id

append :: Builder -> Builder -> Builder
append (Builder f) (Builder g) = Builder (f . g)

fromPieces :: [Piece] -> Builder
fromPieces ps = Builder (ps ++)

boundedBytes :: Int -> [Word8] -> Builder
boundedBytes b ws = Builder (Bounded b ws :)

-- The real package copies a ByteString of up to 8160 bytes (twice the
-- small chunk size) into the buffer and inserts a longer one as a chunk.
byteString :: S.ByteString -> Builder
byteString = byteStringThreshold (2 * L.smallChunkSize)

-- | Copied into the buffer up to the given length, inserted as a chunk
-- of its own when longer.
byteStringThreshold :: Int -> S.ByteString -> Builder
byteStringThreshold k bs
  | S.length bs <= k = byteStringCopy bs
  | otherwise = byteStringInsert bs

byteStringCopy :: S.ByteString -> Builder
byteStringCopy bs
  | S.null bs = empty
  | otherwise = Builder (Copy bs :)

-- | Ends the chunk being filled (even for an empty ByteString) and puts
-- the ByteString after it as a chunk.
byteStringInsert :: S.ByteString -> Builder
byteStringInsert bs = Builder (Insert bs :)

-- | Ends the chunk being filled.
flush :: Builder
flush = byteStringInsert S.empty

lazyByteStringCopy, lazyByteStringInsert :: L.ByteString -> Builder
lazyByteStringCopy = L.foldrChunks (\c b -> byteStringCopy c `append` b) empty
lazyByteStringInsert = L.foldrChunks (\c b -> byteStringInsert c `append` b) empty

lazyByteStringThreshold :: Int -> L.ByteString -> Builder
lazyByteStringThreshold k = L.foldrChunks (\c b -> byteStringThreshold k c `append` b) empty

-- | Copied into the buffer, whatever its length.
shortByteString :: ShortByteString -> Builder
shortByteString = byteStringCopy . fromShort

-- | The sizes of the first buffer and of the next ones (trimming, the
-- difference between the two strategies, copies chunks: not observable).
data AllocationStrategy = AllocationStrategy !Int !Int

safeStrategy, untrimmedStrategy :: Int -> Int -> AllocationStrategy
safeStrategy = AllocationStrategy
untrimmedStrategy = AllocationStrategy

toLazyByteStringWith :: AllocationStrategy -> L.ByteString -> Builder -> L.ByteString
toLazyByteStringWith (AllocationStrategy first next) = runPieces first next

lazyByteString :: L.ByteString -> Builder
lazyByteString = L.foldrChunks (\c b -> byteString c `append` b) empty

-- Chunks: a first buffer of smallChunkSize bytes, then defaultChunkSize
-- ones; a primitive that does not fit in what is left starts a new buffer.
toLazyByteStringPieces :: Builder -> L.ByteString
toLazyByteStringPieces = toLazyByteStringPiecesFrom L.smallChunkSize

-- | The same with a first buffer of the given size (text's lazy
-- encodeUtf8 sizes it after its first chunk).
toLazyByteStringPiecesFrom :: Int -> Builder -> L.ByteString
toLazyByteStringPiecesFrom first = runPieces first L.defaultChunkSize L.Empty

-- | The chunks of the pieces in buffers of the given sizes, then a tail.
runPieces :: Int -> Int -> L.ByteString -> Builder -> L.ByteString
runPieces first next end (Builder f) = go first 0 [] [] (f [])
  where
    -- acc: the chunk's pieces so far, last first; pend: bytes written since
    -- the last piece, last first (packed once, not byte by byte)
    flush pend acc = if null pend then acc else S.pack (reverse pend) : acc
    emit pend acc rest = case flush pend acc of
      [] -> rest
      cs -> L.Chunk (S.concat (reverse cs)) rest
    go :: Int -> Int -> [Word8] -> [S.ByteString] -> [Piece] -> L.ByteString
    go _ _ pend acc [] = emit pend acc end
    go size !used pend acc (p : ps) = case p of
      Bounded b ws
        | size - used < b && used > 0 -> emit pend acc (go (max next b) 0 [] [] (p : ps))
        | otherwise -> write size used pend acc ws ps
      Copy bs
        | S.length bs <= size - used -> go size (used + S.length bs) [] (bs : flush pend acc) ps
        | otherwise -> let k = size - used
                       in emit [] (S.take k bs : flush pend acc) (go next 0 [] [] (Copy (S.drop k bs) : ps))
      -- an unused buffer goes on after the inserted chunk
      Insert bs
        | used == 0 -> L.chunk bs (go size 0 [] [] ps)
        | otherwise -> emit pend acc (L.chunk bs (go next 0 [] [] ps))
    write size !used pend acc [] ps = go size used pend acc ps
    write size !used pend acc (w : ws) ps = write size (used + 1) (w : pend) acc ws ps
