{-# LANGUAGE BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Lazy.Search: the code unit
-- positions of the non-overlapping occurrences of a needle in a lazy text.
module Data.Text.Internal.Lazy.Search (indices) where

import Data.Int (Int64)
import qualified Data.List as L
import qualified Data.Text as T
import Data.Text.Internal.Chars (unitsOf)
import Data.Text.Internal.Lazy (Text (..), foldrChunks)

-- | Positions in code units, from the left, lazily.
indices :: Text -> Text -> [Int64]
indices needle hay
  | null pat = []
  | otherwise = go 0 (chars hay)
  where
    pat = chars needle
    patUnits = fromIntegral (sum (map unitsOf pat))
    go !_ [] = []
    go !i s@(c : cs)
      | pat `L.isPrefixOf` s = i : go (i + patUnits) (drop (length pat) s)
      | otherwise = go (i + fromIntegral (unitsOf c)) cs
    chars = foldrChunks (\c rest -> T.unpack c ++ rest) []
