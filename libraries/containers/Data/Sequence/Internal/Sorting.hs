-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.Sequence.Internal.Sorting (stable sorts through Data.List's).
module Data.Sequence.Internal.Sorting where

import qualified Data.List as L
import Data.Sequence.Internal (Seq, fromList, toListS)

sort :: Ord a => Seq a -> Seq a
sort = sortBy compare

sortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
sortBy cmp xs = fromList (L.sortBy cmp (toListS xs))

sortOn :: Ord b => (a -> b) -> Seq a -> Seq a
sortOn f xs = fromList (L.sortOn f (toListS xs))

unstableSort :: Ord a => Seq a -> Seq a
unstableSort = sort

unstableSortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
unstableSortBy = sortBy

unstableSortOn :: Ord b => (a -> b) -> Seq a -> Seq a
unstableSortOn = sortOn
