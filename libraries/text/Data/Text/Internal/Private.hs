{-# LANGUAGE BangPatterns, RankNTypes, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Private.
module Data.Text.Internal.Private
  ( runText,
    span_,
  )
where

import Control.Monad.ST (ST, runST)
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..), text)
import Data.Text.Unsafe (Iter (..), iter)

-- | Runs an action that fills an array and hands it, with the number of
-- code units written, to its continuation, which makes the text.
runText :: (forall s. (A.MArray s -> Int -> ST s Text) -> ST s Text) -> Text
runText act = runST (act done)
  where
    done marr len = do
      arr <- A.unsafeFreeze marr
      return (text arr 0 len)

-- | The longest prefix whose characters satisfy p, and the rest.
span_ :: (Char -> Bool) -> Text -> (# Text, Text #)
span_ p t@(Text arr off len) = (# hd, tl #)
  where
    hd = text arr off k
    tl = text arr (off + k) (len - k)
    k = go 0
    go !i
      | i < len, Iter c d <- iter t i, p c = go (i + d)
      | otherwise = i
