{-# LANGUAGE MagicHash, RankNTypes, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -fno-warn-orphans #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder: a builder writes
-- into a mutable buffer and hands the chunks it fills to its continuation;
-- the list of chunks is produced lazily. Representation as the installed
-- interface file gives it (-O1 user code inlines builders):
-- `Buffer array offset used free`, the offset being where the current
-- chunk starts and used/free counted in code units after it.
module Data.Text.Internal.Builder
  ( Builder (..),
    zz_zdfSemigroupBuilderzugo1,
    Buffer (..),
    toLazyText,
    toLazyTextWith,
    singleton,
    fromText,
    fromLazyText,
    fromString,
    flush,
    append',
    ensureFree,
    writeN,
    writeAtMost,
    zz_toLazzyTextWith1,
    zz_zdfShowBuilder1,
    zz_zdwtoLazzyTextWith,
  )
where

import Data.Char (ord)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (Semigroup (..))
import qualified Data.String as String
import qualified Data.Text as S
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..), safe)
import qualified Data.Text.Internal.Lazy as L
import qualified Data.Text.Lazy as L (fromChunks, toChunks)
import GHC.Exts (Int (..), Int#, RealWorld, State#, unsafeFreezeByteArray#)
import GHC.ST (ST (..), runST)

newtype Builder = Builder
  { runBuilder :: forall s. (Buffer s -> ST s [S.Text]) -> Buffer s -> ST s [S.Text]
  }

data Buffer s = Buffer {-# UNPACK #-} !(A.MArray s) {-# UNPACK #-} !Int {-# UNPACK #-} !Int {-# UNPACK #-} !Int

-- | sconcat's loop: a builder before the rest.
zz_zdfSemigroupBuilderzugo1 :: Builder -> [Builder] -> Builder
zz_zdfSemigroupBuilderzugo1 b bs = sconcat (b :| bs)

instance Semigroup Builder where
  (<>) = append
  sconcat (b :| bs) = foldr append empty (b : bs)
  stimes n b
    | n <= 0 = empty
    | otherwise = append b (stimes (n - 1) b)

instance Monoid Builder where
  mempty = empty
  mappend = append
  mconcat = foldr append empty

instance String.IsString Builder where
  fromString = fromString

instance Show Builder where
  show = show . toLazyText

instance Eq Builder where
  a == b = toLazyText a == toLazyText b

instance Ord Builder where
  compare a b = compare (toLazyText a) (toLazyText b)

empty :: Builder
empty = Builder (\k buf -> k buf)

append :: Builder -> Builder -> Builder
append (Builder f) (Builder g) = Builder (\k -> f (g k))

append' :: Builder -> Builder -> Builder
append' = append

-- | The lazy text of a builder, with chunks of smallChunkSize code units.
toLazyText :: Builder -> L.Text
toLazyText = toLazyTextWith L.smallChunkSize

toLazyTextWith :: Int -> Builder -> L.Text
toLazyTextWith size b =
  L.fromChunks
    ( runST
        ( do
            arr <- A.new size
            runBuilder b finish (Buffer arr 0 0 size)
        )
    )

-- | The last chunk, if any.
finish :: Buffer s -> ST s [S.Text]
finish (Buffer arr off used _)
  | used == 0 = return []
  | otherwise = do
      t <- frozen arr off used
      return [t]

frozen :: A.MArray s -> Int -> Int -> ST s S.Text
frozen (A.MArray m) off used =
  ST (\s -> case unsafeFreezeByteArray# m s of (# s1, a #) -> (# s1, Text (A.Array a) off used #))

-- | A chunk before the rest of the list, which is computed when demanded.
emitThen :: Buffer s -> ST s [S.Text] -> ST s [S.Text]
emitThen (Buffer arr off used _) (ST rest) = do
  t <- frozen arr off used
  ST (\s -> (# s, t : (case rest s of (# _, r #) -> r) #))

-- | Ends the current chunk.
flush :: Builder
flush = Builder (\k buf@(Buffer arr off used free) ->
  if used == 0 then k buf else emitThen buf (k (Buffer arr (off + used) 0 free)))

-- | Makes sure n code units are free: else ends the chunk and continues in
-- a new buffer of n (at least smallChunkSize) units.
ensureFree :: Int -> Builder
ensureFree n = Builder (\k buf@(Buffer _ _ used free) ->
  if n <= free
    then k buf
    else
      let fresh = do
            let size = if n <= L.smallChunkSize then L.smallChunkSize else n
            arr <- A.new size
            k (Buffer arr 0 0 size)
       in if used == 0 then fresh else emitThen buf fresh)

-- | Writes exactly n code units with f (given the array and the index).
writeN :: Int -> (forall s. A.MArray s -> Int -> ST s ()) -> Builder
writeN n f = append' (ensureFree n) (Builder (\k (Buffer arr off used free) -> do
  f arr (off + used)
  k (Buffer arr off (used + n) (free - n))))

-- | Writes at most n code units with f, which says how many it wrote.
writeAtMost :: Int -> (forall s. A.MArray s -> Int -> ST s Int) -> Builder
writeAtMost n f = append' (ensureFree n) (Builder (\k (Buffer arr off used free) -> do
  m <- f arr (off + used)
  k (Buffer arr off (used + m) (free - m))))

singleton :: Char -> Builder
singleton c = writeAtMost 2 (\m i -> writeChar m i (safe c))

-- | The code units of a character at index i; how many.
writeChar :: A.MArray s -> Int -> Char -> ST s Int
writeChar m i c
  | o < 0x10000 = A.unsafeWrite m i (fromIntegral o) >> return 1
  | otherwise = do
      let o' = o - 0x10000
      A.unsafeWrite m i (fromIntegral (0xD800 + o' `div` 0x400))
      A.unsafeWrite m (i + 1) (fromIntegral (0xDC00 + o' `mod` 0x400))
      return 2
  where
    o = ord c

-- | A text: copied into the buffer when short (up to 128 code units),
-- else its own chunk.
fromText :: S.Text -> Builder
fromText t@(Text arr off len)
  | len <= 0 = empty
  | len <= 128 = writeN len (\m i -> A.copyI m i arr off (i + len))
  | otherwise = append flush (Builder (\k buf -> fmap (t :) (k buf)))

fromLazyText :: L.Text -> Builder
fromLazyText ts = append flush (Builder (\k buf -> fmap (L.toChunks ts ++) (k buf)))

fromString :: String -> Builder
fromString = foldr (\c b -> append (singleton c) b) empty

-- Internals -O1 callers use (named by the generator) ---------------------------

-- | The continuation toLazyText starts with: the last chunk, if any.
zz_toLazzyTextWith1 :: Buffer RealWorld -> State# RealWorld -> (# State# RealWorld, [S.Text] #)
zz_toLazzyTextWith1 buf s = case finish buf of ST f -> f s

zz_zdfShowBuilder1 :: Builder -> String -> [Char]
zz_zdfShowBuilder1 b r = shows (toLazyText b) r

zz_zdwtoLazzyTextWith :: Int# -> Builder -> L.Text
zz_zdwtoLazzyTextWith n b = toLazyTextWith (I# n) b
