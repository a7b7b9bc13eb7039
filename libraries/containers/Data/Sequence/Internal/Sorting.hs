-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.Sequence.Internal.Sorting. The stable sorts go through Data.List's.
-- The unstable sorts use a pairing heap built from the finger tree's
-- structure; the order they give equal-comparing elements was worked out
-- black-box (thousands of random sequences of 0..2000 (key, tag) pairs,
-- several tree shapes, compared with GHC's containers), not from its code:
--   * merging two heaps keeps the left root on a tie; the other heap
--     becomes the first child of the winner;
--   * a Deep node's heap is (prefix <> suffix) <> middle; digits and
--     nodes merge their parts left to right;
--   * popping the minimum merges its children in two passes: pairs from
--     the left, then the pairs from the right end backwards.
-- The result has replicate's (balanced) shape, as containers' has.
module Data.Sequence.Internal.Sorting where

import qualified Data.List as L
import Data.Sequence.Internal
  (Seq (..), FingerTree (..), Elem (..), toListS, fromListBalanced, foldDigit, foldNode)

sort :: Ord a => Seq a -> Seq a
sort = sortBy compare

sortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
sortBy cmp xs = fromListBalanced (L.sortBy cmp (toListS xs))

sortOn :: Ord b => (a -> b) -> Seq a -> Seq a
sortOn f xs = fromListBalanced (L.sortOn f (toListS xs))

unstableSort :: Ord a => Seq a -> Seq a
unstableSort = unstableSortBy compare

unstableSortOn :: Ord b => (a -> b) -> Seq a -> Seq a
unstableSortOn f = unstableSortBy (\x y -> compare (f x) (f y))

unstableSortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
unstableSortBy cmp (Seq t) =
  case foldToMaybeTree (mergeQ cmp) (\(Elem x) -> Q x Nil) t of
    Nothing -> Seq EmptyT
    Just q -> fromListBalanced (drain q)
  where
    drain (Q x children) = x : case children of
      Nil -> []
      _ -> drain (mergeQs cmp children)

-- A pairing heap: its minimum and its sub-heaps.
data Queue e = Q !e (QList e)

data QList e = Nil | QCons (Queue e) (QList e)

mergeQ :: (a -> a -> Ordering) -> Queue a -> Queue a -> Queue a
mergeQ cmp q1@(Q x xs) q2@(Q y ys) = case cmp x y of
  GT -> Q y (QCons q1 ys)
  _ -> Q x (QCons q2 xs)

-- the two-pass merge of a non-empty list of heaps
mergeQs :: (a -> a -> Ordering) -> QList a -> Queue a
mergeQs _ (QCons q Nil) = q
mergeQs cmp (QCons a (QCons b Nil)) = mergeQ cmp a b
mergeQs cmp (QCons a (QCons b rest)) = mergeQ cmp (mergeQ cmp a b) (mergeQs cmp rest)
mergeQs _ Nil = error "mergeQs: no heaps"

-- The tree's items combined: the ends of a Deep node before its middle.
foldToMaybeTree :: (b -> b -> b) -> (a -> b) -> FingerTree a -> Maybe b
foldToMaybeTree _ _ EmptyT = Nothing
foldToMaybeTree _ f (Single x) = Just (f x)
foldToMaybeTree (<+>) f (Deep _ pr m sf) =
  Just $ case foldToMaybeTree (<+>) (foldNode (<+>) f) m of
    Nothing -> ends
    Just mid -> ends <+> mid
  where
    ends = foldDigit (<+>) f pr <+> foldDigit (<+>) f sf
