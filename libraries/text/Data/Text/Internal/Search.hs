{-# LANGUAGE BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Search.
module Data.Text.Internal.Search
  ( indices,
  )
where

import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..))

-- | The code unit offsets of the needle's non-overlapping occurrences in
-- the haystack, left to right (none for an empty needle).
indices :: Text -> Text -> [Int]
indices (Text narr noff nlen) (Text harr hoff hlen)
  | nlen <= 0 = []
  | otherwise = go 0
  where
    go !i
      | i + nlen > hlen = []
      | A.equal narr noff harr (hoff + i) nlen = i : go (i + nlen)
      | otherwise = go (i + 1)
