{-# LANGUAGE BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion: a strict text as a
-- stream of characters and back. A text's stream bounds its length by its
-- code units n: between n/2 and n characters.
module Data.Text.Internal.Fusion
  ( Stream (..),
    Step (..),
    stream,
    unstream,
    reverseStream,
    length,
    reverse,
    reverseScanr,
    mapAccumL,
    unfoldrN,
    index,
    findIndex,
    countChar,
  )
where

import Data.Bits (shiftR)
import Data.Text.Internal (Text (..))
import Data.Text.Internal.Chars (fromChars)
import qualified Data.Text.Internal.Fusion.Common as S
import Data.Text.Internal.Fusion.Size (Size (..))
import Data.Text.Internal.Fusion.Types
import Data.Text.Unsafe (Iter (..), iter, reverseIter)
import Prelude hiding (length, reverse)
import qualified Data.List as L

stream :: Text -> Stream Char
stream t@(Text _ off len) = Stream next off (Between (len `shiftR` 1) len)
  where
    end = off + len
    next !i
      | i >= end = Done
      | otherwise = case iter t (i - off) of
          Iter c d -> Yield c (i + d)

-- | The characters last to first.
reverseStream :: Text -> Stream Char
reverseStream t@(Text _ _ len) = Stream next (len - 1) (Between (len `shiftR` 1) len)
  where
    next !i
      | i < 0 = Done
      | otherwise = case reverseIter t i of
          (c, d) -> Yield c (i + d)

unstream :: Stream Char -> Text
unstream s = fromChars (S.unstreamList s)

length :: Stream Char -> Int
length = S.lengthI

reverse :: Stream Char -> Text
reverse s = fromChars (L.reverse (S.unstreamList s))

-- | z, then each character combined with the value before (as a right
-- scan sees a reversed stream).
reverseScanr :: (Char -> Char -> Char) -> Char -> Stream Char -> Stream Char
reverseScanr f z0 (Stream next0 s0 len) = Stream next (Scan1 z0 s0) (len + 1)
  where
    next (Scan1 z s) = Yield z (Scan2 z s)
    next (Scan2 z s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Scan2 z s')
      Yield x s' -> let z' = f x z in Yield z' (Scan2 z' s')

mapAccumL :: (a -> Char -> (a, Char)) -> a -> Stream Char -> (a, Text)
mapAccumL f z0 s = case L.mapAccumL f z0 (S.unstreamList s) of
  (z, cs) -> (z, fromChars cs)

unfoldrN :: Int -> (a -> Maybe (Char, a)) -> a -> Stream Char
unfoldrN = S.unfoldrNI

index :: Stream Char -> Int -> Char
index = S.indexI

findIndex :: (Char -> Bool) -> Stream Char -> Maybe Int
findIndex = S.findIndexI

countChar :: Char -> Stream Char -> Int
countChar = S.countCharI
