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

-- unstableSortBy and unstableSortOn are refused (preludes/refused.txt):
-- containers' pairing heap orders ties in its own way, which a stable sort
-- does not reproduce. With a lawful Ord, unstableSort's ties are equal
-- elements, so a stable sort gives the same result.
