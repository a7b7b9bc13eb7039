{-# LANGUAGE TypeFamilies #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Lazy.Internal (bytestring-0.10.12.1):
-- a lazy list of non-empty strict chunks, `Chunk` with its strict
-- ByteString UNPACKed as the real package has it (hence
-- -fno-omit-interface-pragmas, see Data.ByteString.Internal).
module Data.ByteString.Lazy.Internal
  ( ByteString (Empty, Chunk)
  , chunk, foldrChunks, foldlChunks
  , packBytes, packChars, unpackBytes, unpackChars
  , invariant, checkInvariant
  , defaultChunkSize, smallChunkSize, chunkOverhead
  -- internals -O1 code calls by these names
  , eq, cmp
  -- hs2stg helpers
  , packBytesFrom, packCharsFrom
  ) where

import qualified Data.ByteString.Internal as S
import qualified Data.ByteString as S (length, null, append, take, drop, splitAt)
import Data.Word (Word8)
import Data.String (IsString (..))
import GHC.Show (showLitString)
import Data.ByteString.Internal.Hs2stg (readsString)
import Data.Semigroup (Semigroup (..))
import Data.List.NonEmpty (NonEmpty ((:|)))
import GHC.Exts (IsList (..))
import Control.DeepSeq (NFData (..))
import Data.Data (Data (..), mkNoRepType)

data ByteString = Empty | Chunk {-# UNPACK #-} !S.ByteString ByteString

instance Eq ByteString where
  (==) = eq

instance NFData ByteString where
  rnf Empty = ()
  rnf (Chunk _ cs) = rnf cs

instance Ord ByteString where
  compare = cmp

instance Semigroup ByteString where
  (<>) = appendL
  sconcat (b :| bs) = concatL (b : bs)

instance Monoid ByteString where
  mempty = Empty
  mconcat = concatL

-- As Show String: the characters in quotes, escaped (no dictionary, see
-- Data.ByteString.Internal.Hs2stg).
instance Show ByteString where
  showsPrec _ ps r = '"' : showLitString (unpackChars ps) ('"' : r)

instance Read ByteString where
  readsPrec p str = [(packChars x, y) | (x, y) <- readsString p str]

instance IsString ByteString where
  fromString = packChars

instance IsList ByteString where
  type Item ByteString = Word8
  fromList = packBytes
  toList = unpackBytes

appendL :: ByteString -> ByteString -> ByteString
appendL xs ys = foldrChunks Chunk ys xs

concatL :: [ByteString] -> ByteString
concatL = foldr appendL Empty

-- Compares chunk by chunk, whatever the chunk boundaries.
eq :: ByteString -> ByteString -> Bool
eq a b = cmp a b == EQ

cmp :: ByteString -> ByteString -> Ordering
cmp Empty Empty = EQ
cmp Empty _ = LT
cmp _ Empty = GT
cmp (Chunk x xs) (Chunk y ys) =
  let lx = S.length x
      ly = S.length y
  in if lx == ly
       then case compare x y of
              EQ -> cmp xs ys
              o -> o
       else if lx < ly
         then case compare x (S.take lx y) of
                EQ -> cmp xs (Chunk (S.drop lx y) ys)
                o -> o
         else case compare (S.take ly x) y of
                EQ -> cmp (Chunk (S.drop ly x) xs) ys
                o -> o

-- Prepends a chunk unless it is empty (the invariant).
chunk :: S.ByteString -> ByteString -> ByteString
chunk c cs | S.null c = cs
           | otherwise = Chunk c cs

foldrChunks :: (S.ByteString -> a -> a) -> a -> ByteString -> a
foldrChunks f z = go
  where go Empty = z
        go (Chunk c cs) = f c (go cs)

foldlChunks :: (a -> S.ByteString -> a) -> a -> ByteString -> a
foldlChunks f = go
  where go a Empty = a
        go a (Chunk c cs) = let a' = f a c in a' `seq` go a' cs

-- Chunks of 32 bytes, then doubling up to smallChunkSize (as the real
-- package's toChunks shows them).
packBytes :: [Word8] -> ByteString
packBytes = packBytesFrom 32

packChars :: [Char] -> ByteString
packChars = packCharsFrom 32

-- The first chunk of n bytes.
packBytesFrom :: Int -> [Word8] -> ByteString
packBytesFrom _ [] = Empty
packBytesFrom n ws = case S.packUptoLenBytes n ws of
  (c, rest) -> Chunk c (packBytesFrom (min (2 * n) smallChunkSize) rest)

packCharsFrom :: Int -> [Char] -> ByteString
packCharsFrom _ [] = Empty
packCharsFrom n cs = case S.packUptoLenChars n cs of
  (c, rest) -> Chunk c (packCharsFrom (min (2 * n) smallChunkSize) rest)

unpackBytes :: ByteString -> [Word8]
unpackBytes Empty = []
unpackBytes (Chunk c cs) = S.unpackAppendBytesLazy c (unpackBytes cs)

unpackChars :: ByteString -> [Char]
unpackChars Empty = []
unpackChars (Chunk c cs) = S.unpackAppendCharsLazy c (unpackChars cs)

invariant :: ByteString -> Bool
invariant Empty = True
invariant (Chunk c cs) = not (S.null c) && invariant cs

checkInvariant :: ByteString -> ByteString
checkInvariant Empty = Empty
checkInvariant (Chunk c cs)
  | S.length c > 0 = Chunk c (checkInvariant cs)
  | otherwise =
      S.bsError "Data/ByteString/Lazy/Internal.hs" "Data.ByteString.Lazy.Internal" 178 19
        ("Data.ByteString.Lazy: invariant violation:" ++ show (Chunk c cs))

chunkOverhead :: Int
chunkOverhead = 16

defaultChunkSize :: Int
defaultChunkSize = 32 * 1024 - chunkOverhead

smallChunkSize :: Int
smallChunkSize = 4 * 1024 - chunkOverhead

-- ------------------------------------------------------------------ Data
-- An abstract type: folded through its bytes (packBytes / unpackBytes).
instance Data ByteString where
  gfoldl f z txt = z packBytes `f` unpackBytes txt
  toConstr _ = S.bsError "Data/ByteString/Lazy/Internal.hs" "Data.ByteString.Lazy.Internal" 133 20 "Data.ByteString.Lazy.ByteString.toConstr"
  gunfold _ _ = S.bsError "Data/ByteString/Lazy/Internal.hs" "Data.ByteString.Lazy.Internal" 134 20 "Data.ByteString.Lazy.ByteString.gunfold"
  dataTypeOf _ = mkNoRepType "Data.ByteString.Lazy.ByteString"
