{-# LANGUAGE BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Lazy.Fusion: lazy text as a
-- stream and back. A stream becomes chunks of up to n code units: a chunk
-- ends once fewer than two units are left in it (always one character at
-- least), as the package's chunks do.
module Data.Text.Internal.Lazy.Fusion
  ( stream,
    unstream,
    unstreamChunks,
    length,
    unfoldrN,
    index,
    countChar,
  )
where

import Data.Int (Int64)
import Data.Text.Internal.Chars (fromChars, unitsOf)
import qualified Data.Text.Internal.Fusion as F
import qualified Data.Text.Internal.Fusion.Common as S
import Data.Text.Internal.Fusion.Size (Size (..))
import Data.Text.Internal.Fusion.Types (Step (..), Stream (..))
import Data.Text.Internal.Lazy (Text (..), defaultChunkSize)
import Prelude hiding (length)

-- | The chunks' characters in turn (no step between chunks).
stream :: Text -> Stream Char
stream t0 = Stream next (start t0) Unknown
  where
    start Empty = Nothing
    start (Chunk c cs) = case F.stream c of
      Stream nextC s0 _ -> Just (Stream nextC s0 Unknown, cs)
    next Nothing = Done
    next (Just (Stream nextC s _, cs)) = case nextC s of
      Done -> next (start cs)
      Skip s' -> next (Just (Stream nextC s' Unknown, cs))
      Yield c s' -> Yield c (Just (Stream nextC s' Unknown, cs))

unstreamChunks :: Int -> Stream Char -> Text
unstreamChunks n s = go (S.unstreamList s)
  where
    go [] = Empty
    go cs = case split 0 cs of
      (now, rest) -> Chunk (fromChars now) (go rest)
    -- the characters of one chunk, given k units in it so far
    split :: Int -> [Char] -> ([Char], [Char])
    split _ [] = ([], [])
    split !k (c : cs)
      | k' + 1 >= n = ([c], cs)
      | otherwise = case split k' cs of (a, b) -> (c : a, b)
      where
        k' = k + unitsOf c

unstream :: Stream Char -> Text
unstream = unstreamChunks defaultChunkSize

length :: Stream Char -> Int64
length = S.lengthI

unfoldrN :: Int64 -> (a -> Maybe (Char, a)) -> a -> Stream Char
unfoldrN = S.unfoldrNI

index :: Stream Char -> Int64 -> Char
index = S.indexI

countChar :: Char -> Stream Char -> Int64
countChar = S.countCharI
