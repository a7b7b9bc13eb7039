-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.Sequence.Internal.Sorting, under its exported names: the queue types
-- with the constructors, field order and strictness its interface file gives
-- (`ghc --show-iface`), and functions of the interface's types.
-- All the sorts build a pairing heap from the finger tree's structure and
-- pop its minimum once for each element; the result has replicate's
-- (balanced) shape, as containers' has (it fills replicateA's tree). The
-- stable sorts' heaps carry each element's index and break ties with it.
-- The order the unstable sorts give equal-comparing elements was worked out
-- black-box (thousands of random sequences of 0..2000 (key, tag) pairs,
-- several tree shapes, compared with GHC's containers), not from its code:
--   * merging two heaps keeps the left root on a tie; the other heap
--     becomes the first child of the winner;
--   * a Deep node's heap is (prefix <> suffix) <> middle; digits and
--     nodes merge their parts left to right;
--   * popping the minimum merges its children in two passes: pairs from
--     the left, then the pairs from the right end backwards.
{-# LANGUAGE MagicHash, UnboxedTuples #-}
module Data.Sequence.Internal.Sorting where

import GHC.Exts (Int (I#), Int#)
import Data.Sequence.Internal
  ( Seq (..), FingerTree (..), Elem (..), Sized (..), fromListBalanced, foldDigit, foldNode
  , foldWithIndexDigit, foldWithIndexNode )

infixr 8 `QCons`, `IQCons`, `TQCons`, `ITQCons`

-- Pairing heaps: the minimum (with its index, its key) and the sub-heaps.
data Queue e = Q !e (QList e)

data QList e = Nil | QCons {-# UNPACK #-} !(Queue e) (QList e)

data IndexedQueue e = IQ {-# UNPACK #-} !Int !e (IQList e)

data IQList e = IQNil | IQCons {-# UNPACK #-} !(IndexedQueue e) (IQList e)

data TaggedQueue a b = TQ !a b (TQList a b)

data TQList a b = TQNil | TQCons {-# UNPACK #-} !(TaggedQueue a b) (TQList a b)

data IndexedTaggedQueue e a = ITQ {-# UNPACK #-} !Int !e a (ITQList e a)

data ITQList e a = ITQNil | ITQCons {-# UNPACK #-} !(IndexedTaggedQueue e a) (ITQList e a)

sort :: Ord a => Seq a -> Seq a
sort = sortBy compare

sortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
sortBy cmp (Seq t) =
  case buildIQ cmp (\i (Elem x) -> IQ i x IQNil) 0 t of
    Nothing -> Seq EmptyT
    Just q -> fromListBalanced (drain (popMinIQ cmp) (size t) q)

sortOn :: Ord b => (a -> b) -> Seq a -> Seq a
sortOn f (Seq t) =
  case buildITQ compare (\i (Elem x) -> ITQ i (f x) x ITQNil) 0 t of
    Nothing -> Seq EmptyT
    Just q -> fromListBalanced (drain (popMinITQ compare) (size t) q)

unstableSort :: Ord a => Seq a -> Seq a
unstableSort = unstableSortBy compare

unstableSortBy :: (a -> a -> Ordering) -> Seq a -> Seq a
unstableSortBy cmp (Seq t) =
  case buildQ cmp (\(Elem x) -> Q x Nil) t of
    Nothing -> Seq EmptyT
    Just q -> fromListBalanced (drain (popMinQ cmp) (size t) q)

unstableSortOn :: Ord b => (a -> b) -> Seq a -> Seq a
unstableSortOn f (Seq t) =
  case buildTQ compare (\(Elem x) -> TQ (f x) x TQNil) t of
    Nothing -> Seq EmptyT
    Just q -> fromListBalanced (drain (popMinTQ compare) (size t) q)

-- n minimums popped in order; the heap left after the last is never looked at
drain :: (q -> (q, e)) -> Int -> q -> [e]
drain pop n q
  | n <= 0 = []
  | otherwise = case pop q of (q', x) -> x : drain pop (n - 1) q'

-- Merging: the smaller root wins (on a tie, the left one, or for the
-- indexed queues the smaller index); the other heap becomes its first child.
mergeQ :: (a -> a -> Ordering) -> Queue a -> Queue a -> Queue a
mergeQ cmp q1@(Q x xs) q2@(Q y ys) = case cmp x y of
  GT -> Q y (q1 `QCons` ys)
  _ -> Q x (q2 `QCons` xs)

mergeIQ :: (a -> a -> Ordering) -> IndexedQueue a -> IndexedQueue a -> IndexedQueue a
mergeIQ cmp q1@(IQ i x xs) q2@(IQ j y ys) = case cmp x y of
  LT -> IQ i x (q2 `IQCons` xs)
  GT -> IQ j y (q1 `IQCons` ys)
  EQ | i <= j -> IQ i x (q2 `IQCons` xs)
     | otherwise -> IQ j y (q1 `IQCons` ys)

mergeTQ :: (a -> a -> Ordering) -> TaggedQueue a b -> TaggedQueue a b -> TaggedQueue a b
mergeTQ cmp q1@(TQ x a xs) q2@(TQ y b ys) = case cmp x y of
  GT -> TQ y b (q1 `TQCons` ys)
  _ -> TQ x a (q2 `TQCons` xs)

mergeITQ :: (a -> a -> Ordering) -> IndexedTaggedQueue a b -> IndexedTaggedQueue a b -> IndexedTaggedQueue a b
mergeITQ cmp q1@(ITQ i x a xs) q2@(ITQ j y b ys) = case cmp x y of
  LT -> ITQ i x a (q2 `ITQCons` xs)
  GT -> ITQ j y b (q1 `ITQCons` ys)
  EQ | i <= j -> ITQ i x a (q2 `ITQCons` xs)
     | otherwise -> ITQ j y b (q1 `ITQCons` ys)

-- Popping: the heap of the root's children (two-pass merge) and the root's
-- element; a heap of one element leaves none (an error if it is used).
popMinQ :: (e -> e -> Ordering) -> Queue e -> (Queue e, e)
popMinQ cmp (Q x xs) = (mergeQs xs, x)
  where
    mergeQs (q `QCons` Nil) = q
    mergeQs (q1 `QCons` (q2 `QCons` Nil)) = mergeQ cmp q1 q2
    mergeQs (q1 `QCons` (q2 `QCons` qs)) = mergeQ cmp (mergeQ cmp q1 q2) (mergeQs qs)
    mergeQs Nil = error "popMinQ: Empty queue"

popMinIQ :: (e -> e -> Ordering) -> IndexedQueue e -> (IndexedQueue e, e)
popMinIQ cmp (IQ _ x xs) = (mergeQs xs, x)
  where
    mergeQs (q `IQCons` IQNil) = q
    mergeQs (q1 `IQCons` (q2 `IQCons` IQNil)) = mergeIQ cmp q1 q2
    mergeQs (q1 `IQCons` (q2 `IQCons` qs)) = mergeIQ cmp (mergeIQ cmp q1 q2) (mergeQs qs)
    mergeQs IQNil = error "popMinIQ: Empty queue"

popMinTQ :: (a -> a -> Ordering) -> TaggedQueue a b -> (TaggedQueue a b, b)
popMinTQ cmp (TQ _ x xs) = (popChildrenTQ cmp xs, x)

popChildrenTQ :: (a -> a -> Ordering) -> TQList a b -> TaggedQueue a b
popChildrenTQ cmp = mergeQs
  where
    mergeQs (q `TQCons` TQNil) = q
    mergeQs (q1 `TQCons` (q2 `TQCons` TQNil)) = mergeTQ cmp q1 q2
    mergeQs (q1 `TQCons` (q2 `TQCons` qs)) = mergeTQ cmp (mergeTQ cmp q1 q2) (mergeQs qs)
    mergeQs TQNil = error "popMinTQ: Empty queue"

popMinITQ :: (e -> e -> Ordering) -> IndexedTaggedQueue e b -> (IndexedTaggedQueue e b, b)
popMinITQ cmp (ITQ _ _ x xs) = (popChildrenITQ cmp xs, x)

popChildrenITQ :: (e -> e -> Ordering) -> ITQList e b -> IndexedTaggedQueue e b
popChildrenITQ cmp = mergeQs
  where
    mergeQs (q `ITQCons` ITQNil) = q
    mergeQs (q1 `ITQCons` (q2 `ITQCons` ITQNil)) = mergeITQ cmp q1 q2
    mergeQs (q1 `ITQCons` (q2 `ITQCons` qs)) = mergeITQ cmp (mergeITQ cmp q1 q2) (mergeQs qs)
    mergeQs ITQNil = error "popMinITQ: Empty queue"

-- Building: the heaps of the elements merged along the tree.
buildQ :: (b -> b -> Ordering) -> (a -> Queue b) -> FingerTree a -> Maybe (Queue b)
buildQ cmp = foldToMaybeTree (mergeQ cmp)

buildTQ :: (b -> b -> Ordering) -> (a -> TaggedQueue b c) -> FingerTree a -> Maybe (TaggedQueue b c)
buildTQ cmp = foldToMaybeTree (mergeTQ cmp)

buildIQ
  :: (b -> b -> Ordering) -> (Int -> Elem y -> IndexedQueue b) -> Int
  -> FingerTree (Elem y) -> Maybe (IndexedQueue b)
buildIQ cmp = foldToMaybeWithIndexTree (mergeIQ cmp)

buildITQ
  :: (b -> b -> Ordering) -> (Int -> Elem y -> IndexedTaggedQueue b c) -> Int
  -> FingerTree (Elem y) -> Maybe (IndexedTaggedQueue b c)
buildITQ cmp = foldToMaybeWithIndexTree (mergeITQ cmp)

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

-- The same with each item's index (the first one's is given).
foldToMaybeWithIndexTree :: (b -> b -> b) -> (Int -> Elem y -> b) -> Int -> FingerTree (Elem y) -> Maybe b
foldToMaybeWithIndexTree = foldIndexed

foldIndexed :: Sized a => (b -> b -> b) -> (Int -> a -> b) -> Int -> FingerTree a -> Maybe b
foldIndexed _ _ _ EmptyT = Nothing
foldIndexed _ f i (Single x) = Just (f i x)
foldIndexed (<+>) f i (Deep _ pr m sf) =
  Just $ case foldIndexed (<+>) (foldWithIndexNode (<+>) f) im m of
    Nothing -> ends
    Just mid -> ends <+> mid
  where
    im = i + size pr
    ends = foldWithIndexDigit (<+>) f i pr <+> foldWithIndexDigit (<+>) f (im + size m) sf

-- Workers -O1 callers of the interface's unfoldings name (`zz_` + Z-encoded
-- name, see scripts/gen-containers.mjs), with the interface's types: popping
-- takes the root's element (or value) and its children.
zz_zdwpopMinQ :: (e -> e -> Ordering) -> e -> QList e -> (# Queue e, e #)
zz_zdwpopMinQ cmp x xs = case popMinQ cmp (Q x xs) of (q, y) -> (# q, y #)

zz_zdwpopMinIQ :: (e -> e -> Ordering) -> e -> IQList e -> (# IndexedQueue e, e #)
zz_zdwpopMinIQ cmp x xs = case popMinIQ cmp (IQ 0 x xs) of (q, y) -> (# q, y #)

zz_zdwpopMinTQ :: (a -> a -> Ordering) -> b -> TQList a b -> (# TaggedQueue a b, b #)
zz_zdwpopMinTQ cmp v xs = (# popChildrenTQ cmp xs, v #)

zz_zdwpopMinITQ :: (e -> e -> Ordering) -> b -> ITQList e b -> (# IndexedTaggedQueue e b, b #)
zz_zdwpopMinITQ cmp v xs = (# popChildrenITQ cmp xs, v #)

zz_zdwbuildIQ
  :: (b -> b -> Ordering) -> (Int -> Elem y -> IndexedQueue b) -> Int#
  -> FingerTree (Elem y) -> Maybe (IndexedQueue b)
zz_zdwbuildIQ cmp f i t = buildIQ cmp f (I# i) t

zz_zdwbuildITQ
  :: (b -> b -> Ordering) -> (Int -> Elem y -> IndexedTaggedQueue b c) -> Int#
  -> FingerTree (Elem y) -> Maybe (IndexedTaggedQueue b c)
zz_zdwbuildITQ cmp f i t = buildITQ cmp f (I# i) t
