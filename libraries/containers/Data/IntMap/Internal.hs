{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples, RankNTypes, TypeFamilies #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.IntMap.Internal:
-- big-endian patricia trees (containers' documented layout: Bin prefix
-- mask left right, Tip key value, Nil). The tree of a map is determined by
-- its keys, so bulk operations may go through lists.
module Data.IntMap.Internal where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Prelude hiding (lookup, map, filter, foldr, foldl, null)
import qualified Prelude as P
import qualified Data.List as L
import qualified Data.Foldable as F
import Data.Functor.Classes (Eq1 (..), Ord1 (..), Show1 (..), showsUnaryWith)
import Data.Bits
import Data.Functor.Identity (Identity (..))
import Control.Category (Category)
import qualified Control.Category as Category
import GHC.Exts (Int (I#), Int#)
import qualified GHC.Exts as Exts
import Data.Semigroup (Semigroup (..), stimesIdempotentMonoid)
import Text.Read (Read (..), Lexeme (Ident), lexP, parens, prec, readListPrecDefault)
import Utils.Containers.Internal.Error (containersError)
import Data.IntSet.Internal (Key, Prefix, Mask, Nat)
import qualified Data.IntSet.Internal as IntSet

data IntMap a = Bin {-# UNPACK #-} !Prefix {-# UNPACK #-} !Mask !(IntMap a) !(IntMap a)
              | Tip {-# UNPACK #-} !Key a
              | Nil

infixl 9 !, !?, \\

mapError :: Int -> Int -> String -> a
mapError = containersError "Data/IntMap/Internal.hs" "Data.IntMap.Internal"

-- The patricia-tree bit helpers (containers defines them here too).

natFromInt :: Key -> Nat
natFromInt = IntSet.natFromInt

intFromNat :: Nat -> Key
intFromNat = IntSet.intFromNat

zero :: Key -> Mask -> Bool
zero = IntSet.zero

mask :: Key -> Mask -> Prefix
mask = IntSet.mask

maskW :: Nat -> Nat -> Prefix
maskW i m = intFromNat (i .&. (complement (m - 1) `xor` m))

nomatch, match :: Key -> Prefix -> Mask -> Bool
nomatch = IntSet.nomatch
match = IntSet.match

shorter :: Mask -> Mask -> Bool
shorter = IntSet.shorter

branchMask :: Prefix -> Prefix -> Mask
branchMask = IntSet.branchMask

linkWithMask :: Mask -> Prefix -> IntMap a -> IntMap a -> IntMap a
linkWithMask m p1 t1 t2
  | zero p1 m = Bin p m t1 t2
  | otherwise = Bin p m t2 t1
  where p = mask p1 m

binCheckLeft :: Prefix -> Mask -> IntMap a -> IntMap a -> IntMap a
binCheckLeft _ _ Nil r = r
binCheckLeft p m l r = Bin p m l r

binCheckRight :: Prefix -> Mask -> IntMap a -> IntMap a -> IntMap a
binCheckRight _ _ l Nil = l
binCheckRight p m l r = Bin p m l r

link :: Prefix -> IntMap a -> Prefix -> IntMap a -> IntMap a
link p1 t1 p2 t2
  | zero p1 m = Bin p m t1 t2
  | otherwise = Bin p m t2 t1
  where
    m = branchMask p1 p2
    p = mask p1 m

bin :: Prefix -> Mask -> IntMap a -> IntMap a -> IntMap a
bin _ _ l Nil = l
bin _ _ Nil r = r
bin p m l r = Bin p m l r

empty :: IntMap a
empty = Nil

singleton :: Key -> a -> IntMap a
singleton k x = Tip k x

null :: IntMap a -> Bool
null Nil = True
null _ = False

size :: IntMap a -> Int
size = go 0
  where
    go !acc (Bin _ _ l r) = go (go acc l) r
    go acc (Tip _ _) = 1 + acc
    go acc Nil = acc

lookup :: Key -> IntMap a -> Maybe a
lookup !k = go
  where
    go (Bin p m l r)
      | nomatch k p m = Nothing
      | zero k m = go l
      | otherwise = go r
    go (Tip kx x) | k == kx = Just x
                  | otherwise = Nothing
    go Nil = Nothing

member :: Key -> IntMap a -> Bool
member k m = case lookup k m of
  Nothing -> False
  Just _ -> True

notMember :: Key -> IntMap a -> Bool
notMember k m = not (member k m)

find :: Key -> IntMap a -> a
find k m = case lookup k m of
  Just x -> x
  Nothing -> mapError 619 17 ("IntMap.!: key " ++ show k ++ " is not an element of the map")

(!) :: IntMap a -> Key -> a
(!) m k = find k m

(!?) :: IntMap a -> Key -> Maybe a
(!?) m k = lookup k m

findWithDefault :: a -> Key -> IntMap a -> a
findWithDefault def k m = case lookup k m of
  Just x -> x
  Nothing -> def

insert :: Key -> a -> IntMap a -> IntMap a
insert !k x t = case t of
  Bin p m l r
    | nomatch k p m -> link k (Tip k x) p t
    | zero k m -> Bin p m (insert k x l) r
    | otherwise -> Bin p m l (insert k x r)
  Tip ky _
    | k == ky -> Tip k x
    | otherwise -> link k (Tip k x) ky t
  Nil -> Tip k x

insertWith :: (a -> a -> a) -> Key -> a -> IntMap a -> IntMap a
insertWith f = insertWithKey (\_ x y -> f x y)

insertWithKey :: (Key -> a -> a -> a) -> Key -> a -> IntMap a -> IntMap a
insertWithKey f !k x t = case t of
  Bin p m l r
    | nomatch k p m -> link k (Tip k x) p t
    | zero k m -> Bin p m (insertWithKey f k x l) r
    | otherwise -> Bin p m l (insertWithKey f k x r)
  Tip ky y
    | k == ky -> Tip k (f k x y)
    | otherwise -> link k (Tip k x) ky t
  Nil -> Tip k x

insertLookupWithKey :: (Key -> a -> a -> a) -> Key -> a -> IntMap a -> (Maybe a, IntMap a)
insertLookupWithKey f k x t = (lookup k t, insertWithKey f k x t)

delete :: Key -> IntMap a -> IntMap a
delete !k t = case t of
  Bin p m l r
    | nomatch k p m -> t
    | zero k m -> bin p m (delete k l) r
    | otherwise -> bin p m l (delete k r)
  Tip ky _
    | k == ky -> Nil
    | otherwise -> t
  Nil -> Nil

adjust :: (a -> a) -> Key -> IntMap a -> IntMap a
adjust f k m = adjustWithKey (\_ x -> f x) k m

adjustWithKey :: (Key -> a -> a) -> Key -> IntMap a -> IntMap a
adjustWithKey f !k t = case t of
  Bin p m l r
    | nomatch k p m -> t
    | zero k m -> Bin p m (adjustWithKey f k l) r
    | otherwise -> Bin p m l (adjustWithKey f k r)
  Tip ky y
    | k == ky -> Tip ky (f k y)
    | otherwise -> t
  Nil -> Nil

update :: (a -> Maybe a) -> Key -> IntMap a -> IntMap a
update f = updateWithKey (\_ x -> f x)

updateWithKey :: (Key -> a -> Maybe a) -> Key -> IntMap a -> IntMap a
updateWithKey f !k t = case t of
  Bin p m l r
    | nomatch k p m -> t
    | zero k m -> bin p m (updateWithKey f k l) r
    | otherwise -> bin p m l (updateWithKey f k r)
  Tip ky y
    | k == ky -> case f k y of
        Just y' -> Tip ky y'
        Nothing -> Nil
    | otherwise -> t
  Nil -> Nil

updateLookupWithKey :: (Key -> a -> Maybe a) -> Key -> IntMap a -> (Maybe a, IntMap a)
updateLookupWithKey f k t = case lookup k t of
  Nothing -> (Nothing, t)
  Just x -> (Just x, updateWithKey f k t)

alter :: (Maybe a -> Maybe a) -> Key -> IntMap a -> IntMap a
alter f k t = case f (lookup k t) of
  Nothing -> delete k t
  Just x -> insert k x t

alterF :: Functor f => (Maybe a -> f (Maybe a)) -> Key -> IntMap a -> f (IntMap a)
alterF f k m = fmap set (f old)
  where
    old = lookup k m
    set Nothing = case old of
      Nothing -> m
      Just _ -> delete k m
    set (Just x) = insert k x m

-- Folds (ascending keys; negative keys first) -----------------------------------

foldrWithKey :: (Key -> a -> b -> b) -> b -> IntMap a -> b
foldrWithKey f z t = case t of
  Bin _ m l r | m < 0 -> go (go z l) r
  _ -> go z t
  where
    go z' Nil = z'
    go z' (Tip kx x) = f kx x z'
    go z' (Bin _ _ l r) = go (go z' r) l

foldlWithKey :: (a -> Key -> b -> a) -> a -> IntMap b -> a
foldlWithKey f z t = case t of
  Bin _ m l r | m < 0 -> go (go z r) l
  _ -> go z t
  where
    go z' Nil = z'
    go z' (Tip kx x) = f z' kx x
    go z' (Bin _ _ l r) = go (go z' l) r

foldr :: (a -> b -> b) -> b -> IntMap a -> b
foldr f = foldrWithKey (\_ x acc -> f x acc)

foldl :: (a -> b -> a) -> a -> IntMap b -> a
foldl f = foldlWithKey (\acc _ x -> f acc x)

foldrWithKey' :: (Key -> a -> b -> b) -> b -> IntMap a -> b
foldrWithKey' f z t = case t of
  Bin _ m l r | m < 0 -> go (go z l) r
  _ -> go z t
  where
    go !z' Nil = z'
    go z' (Tip kx x) = f kx x z'
    go z' (Bin _ _ l r) = let !z'' = go z' r in go z'' l

foldlWithKey' :: (a -> Key -> b -> a) -> a -> IntMap b -> a
foldlWithKey' f z t = case t of
  Bin _ m l r | m < 0 -> go (go z r) l
  _ -> go z t
  where
    go !z' Nil = z'
    go z' (Tip kx x) = f z' kx x
    go z' (Bin _ _ l r) = let !z'' = go z' l in go z'' r

foldr' :: (a -> b -> b) -> b -> IntMap a -> b
foldr' f = foldrWithKey' (\_ x acc -> f x acc)

foldl' :: (a -> b -> a) -> a -> IntMap b -> a
foldl' f = foldlWithKey' (\acc _ x -> f acc x)

foldMapWithKey :: Monoid m => (Key -> a -> m) -> IntMap a -> m
foldMapWithKey f t = case t of
  Bin _ m l r | m < 0 -> go r `mappend` go l
  _ -> go t
  where
    go Nil = mempty
    go (Tip kx x) = f kx x
    go (Bin _ _ l r) = go l `mappend` go r

elems :: IntMap a -> [a]
elems = foldr (:) []

keys :: IntMap a -> [Key]
keys = foldrWithKey (\k _ ks -> k : ks) []

assocs, toList, toAscList, toDescList :: IntMap a -> [(Key, a)]
assocs = toAscList
toList = toAscList
toAscList = foldrWithKey (\k x xs -> (k, x) : xs) []
toDescList = foldlWithKey (\xs k x -> (k, x) : xs) []

keysSet :: IntMap a -> IntSet.IntSet
keysSet m = IntSet.fromList (keys m)

fromSet :: (Key -> a) -> IntSet.IntSet -> IntMap a
fromSet f s = fromDistinctAscList [(k, f k) | k <- IntSet.toAscList s]

fromList :: [(Key, a)] -> IntMap a
fromList xs = L.foldl' (\t (k, x) -> insert k x t) Nil xs

fromListWith :: (a -> a -> a) -> [(Key, a)] -> IntMap a
fromListWith f xs = fromListWithKey (\_ x y -> f x y) xs

fromListWithKey :: (Key -> a -> a -> a) -> [(Key, a)] -> IntMap a
fromListWithKey f xs = L.foldl' (\t (k, x) -> insertWithKey f k x t) Nil xs

fromAscList :: [(Key, a)] -> IntMap a
fromAscList = fromList

fromAscListWith :: (a -> a -> a) -> [(Key, a)] -> IntMap a
fromAscListWith = fromListWith

fromAscListWithKey :: (Key -> a -> a -> a) -> [(Key, a)] -> IntMap a
fromAscListWithKey = fromListWithKey

fromDistinctAscList :: [(Key, a)] -> IntMap a
fromDistinctAscList = fromList

-- Map, filter ------------------------------------------------------------------

map :: (a -> b) -> IntMap a -> IntMap b
map f = go
  where
    go (Bin p m l r) = Bin p m (go l) (go r)
    go (Tip k x) = Tip k (f x)
    go Nil = Nil

mapWithKey :: (Key -> a -> b) -> IntMap a -> IntMap b
mapWithKey f = go
  where
    go (Bin p m l r) = Bin p m (go l) (go r)
    go (Tip k x) = Tip k (f k x)
    go Nil = Nil

traverseWithKey :: Applicative t => (Key -> a -> t b) -> IntMap a -> t (IntMap b)
traverseWithKey f t = case t of
  Bin p m l r | m < 0 -> flip (Bin p m) <$> go r <*> go l
  _ -> go t
  where
    go Nil = pure Nil
    go (Tip k v) = Tip k <$> f k v
    go (Bin p m l r) = Bin p m <$> go l <*> go r

traverseMaybeWithKey :: Applicative f => (Key -> a -> f (Maybe b)) -> IntMap a -> f (IntMap b)
traverseMaybeWithKey f t = fromDistinctAscList . catPairs <$> traverse g (toAscList t)
  where
    g (k, x) = (\r -> (k, r)) <$> f k x
    catPairs ps = [(k, y) | (k, Just y) <- ps]

mapAccum :: (a -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccum f = mapAccumWithKey (\a _ x -> f a x)

mapAccumWithKey :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccumWithKey f a t = mapAccumL f a t

mapAccumL :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccumL f a t = case t of
  Bin p m l r | m < 0 ->
    let (a1, r') = go a r
        (a2, l') = go a1 l
    in (a2, Bin p m l' r')
  _ -> go a t
  where
    go a0 (Bin p m l r) =
      let (a1, l') = go a0 l
          (a2, r') = go a1 r
      in (a2, Bin p m l' r')
    go a0 (Tip k x) = let (a', x') = f a0 k x in (a', Tip k x')
    go a0 Nil = (a0, Nil)

mapAccumRWithKey :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccumRWithKey f a t = case t of
  Bin p m l r | m < 0 ->
    let (a1, l') = go a l
        (a2, r') = go a1 r
    in (a2, Bin p m l' r')
  _ -> go a t
  where
    go a0 (Bin p m l r) =
      let (a1, r') = go a0 r
          (a2, l') = go a1 l
      in (a2, Bin p m l' r')
    go a0 (Tip k x) = let (a', x') = f a0 k x in (a', Tip k x')
    go a0 Nil = (a0, Nil)

mapKeys :: (Key -> Key) -> IntMap a -> IntMap a
mapKeys f m = fromList (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

mapKeysWith :: (a -> a -> a) -> (Key -> Key) -> IntMap a -> IntMap a
mapKeysWith c f m = fromListWith c (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

mapKeysMonotonic :: (Key -> Key) -> IntMap a -> IntMap a
mapKeysMonotonic = mapKeys

filter :: (a -> Bool) -> IntMap a -> IntMap a
filter p m = filterWithKey (\_ x -> p x) m

filterWithKey :: (Key -> a -> Bool) -> IntMap a -> IntMap a
filterWithKey p = go
  where
    go (Bin pr m l r) = bin pr m (go l) (go r)
    go t@(Tip k x) | p k x = t
                   | otherwise = Nil
    go Nil = Nil

partition :: (a -> Bool) -> IntMap a -> (IntMap a, IntMap a)
partition p m = partitionWithKey (\_ x -> p x) m

partitionWithKey :: (Key -> a -> Bool) -> IntMap a -> (IntMap a, IntMap a)
partitionWithKey p m = (filterWithKey p m, filterWithKey (\k x -> not (p k x)) m)

mapMaybe :: (a -> Maybe b) -> IntMap a -> IntMap b
mapMaybe f = mapMaybeWithKey (\_ x -> f x)

mapMaybeWithKey :: (Key -> a -> Maybe b) -> IntMap a -> IntMap b
mapMaybeWithKey f = go
  where
    go (Bin p m l r) = bin p m (go l) (go r)
    go (Tip k x) = case f k x of
      Just y -> Tip k y
      Nothing -> Nil
    go Nil = Nil

mapEither :: (a -> Either b c) -> IntMap a -> (IntMap b, IntMap c)
mapEither f = mapEitherWithKey (\_ x -> f x)

mapEitherWithKey :: (Key -> a -> Either b c) -> IntMap a -> (IntMap b, IntMap c)
mapEitherWithKey f m =
  ( mapMaybeWithKey (\k x -> either Just (const Nothing) (f k x)) m
  , mapMaybeWithKey (\k x -> either (const Nothing) Just (f k x)) m )

split :: Key -> IntMap a -> (IntMap a, IntMap a)
split k m = (filterWithKey (\kx _ -> kx < k) m, filterWithKey (\kx _ -> kx > k) m)

splitLookup :: Key -> IntMap a -> (IntMap a, Maybe a, IntMap a)
splitLookup k m = (filterWithKey (\kx _ -> kx < k) m, lookup k m, filterWithKey (\kx _ -> kx > k) m)

splitRoot :: IntMap a -> [IntMap a]
splitRoot Nil = []
splitRoot x@(Tip _ _) = [x]
splitRoot (Bin _ m l r) | m < 0 = [r, l]
                        | otherwise = [l, r]

-- Set operations -------------------------------------------------------------------

union :: IntMap a -> IntMap a -> IntMap a
union = unionWith const

unionWith :: (a -> a -> a) -> IntMap a -> IntMap a -> IntMap a
unionWith f = unionWithKey (\_ x y -> f x y)

unionWithKey :: (Key -> a -> a -> a) -> IntMap a -> IntMap a -> IntMap a
unionWithKey f t1 t2 = foldlWithKey (\t k y -> insertWithKey (\kk new old -> f kk old new) k y t) t1 t2

unions :: Foldable f => f (IntMap a) -> IntMap a
unions xs = F.foldl union empty xs

unionsWith :: Foldable f => (a -> a -> a) -> f (IntMap a) -> IntMap a
unionsWith f ts = F.foldl (unionWith f) empty ts

difference :: IntMap a -> IntMap b -> IntMap a
difference m1 m2 = filterWithKey (\k _ -> notMember k m2) m1

(\\) :: IntMap a -> IntMap b -> IntMap a
m1 \\ m2 = difference m1 m2

differenceWith :: (a -> b -> Maybe a) -> IntMap a -> IntMap b -> IntMap a
differenceWith f = differenceWithKey (\_ x y -> f x y)

differenceWithKey :: (Key -> a -> b -> Maybe a) -> IntMap a -> IntMap b -> IntMap a
differenceWithKey f t1 t2 = mapMaybeWithKey g t1
  where g k x = case lookup k t2 of
          Nothing -> Just x
          Just y -> f k x y

withoutKeys :: IntMap a -> IntSet.IntSet -> IntMap a
withoutKeys m s = filterWithKey (\k _ -> IntSet.notMember k s) m

restrictKeys :: IntMap a -> IntSet.IntSet -> IntMap a
restrictKeys m s = filterWithKey (\k _ -> IntSet.member k s) m

intersection :: IntMap a -> IntMap b -> IntMap a
intersection m1 m2 = filterWithKey (\k _ -> member k m2) m1

intersectionWith :: (a -> b -> c) -> IntMap a -> IntMap b -> IntMap c
intersectionWith f = intersectionWithKey (\_ x y -> f x y)

intersectionWithKey :: (Key -> a -> b -> c) -> IntMap a -> IntMap b -> IntMap c
intersectionWithKey f m1 m2 = mapMaybeWithKey (\k x -> fmap (f k x) (lookup k m2)) m1

disjoint :: IntMap a -> IntMap b -> Bool
disjoint m1 m2 = null (intersection m1 m2)

compose :: IntMap c -> IntMap Int -> IntMap c
compose bc ab
  | null bc = empty
  | otherwise = mapMaybe (\b -> lookup b bc) ab

mergeWithKey :: (Key -> a -> b -> Maybe c) -> (IntMap a -> IntMap c) -> (IntMap b -> IntMap c) -> IntMap a -> IntMap b -> IntMap c
mergeWithKey f g1 g2 t1 t2 =
  let both = mapMaybeWithKey (\k x -> case lookup k t2 of
                                         Nothing -> Nothing
                                         Just y -> f k x y) (intersection t1 t2)
  in union both (union (g1 (difference t1 t2)) (g2 (difference t2 t1)))

-- The generic merge of two Patricia trees (Okasaki and Gill's union walk):
-- subtrees with the same prefix and mask are merged pairwise and rebuilt
-- with bin; a subtree only one map has goes through g1 or g2; two Tips of
-- the same key through f; disjoint results are linked (an empty one
-- dropped), not passed to bin.
mergeWithKey' :: (Prefix -> Mask -> IntMap c -> IntMap c -> IntMap c)
              -> (IntMap a -> IntMap b -> IntMap c) -> (IntMap a -> IntMap c) -> (IntMap b -> IntMap c)
              -> IntMap a -> IntMap b -> IntMap c
mergeWithKey' bin' f g1 g2 = go
  where
    go t1@(Bin p1 m1 l1 r1) t2@(Bin p2 m2 l2 r2)
      | shorter m1 m2 = if nomatch p2 p1 m1 then linked p1 t1 p2 t2
                        else if zero p2 m1 then bin' p1 m1 (go l1 t2) (g1 r1)
                        else bin' p1 m1 (g1 l1) (go r1 t2)
      | shorter m2 m1 = if nomatch p1 p2 m2 then linked p1 t1 p2 t2
                        else if zero p1 m2 then bin' p2 m2 (go t1 l2) (g2 r2)
                        else bin' p2 m2 (g2 l2) (go t1 r2)
      | p1 == p2 = bin' p1 m1 (go l1 l2) (go r1 r2)
      | otherwise = linked p1 t1 p2 t2
    go t1@(Bin _ _ _ _) t2@(Tip k2 _) = withTip2 k2 t2 t1
    go t1@(Bin _ _ _ _) Nil = g1 t1
    go t1@(Tip k1 _) t2 = withTip1 k1 t1 t2
    go Nil t2 = g2 t2
    -- the second map is the Tip t2 of key k2
    withTip2 k2 t2 t1@(Bin p1 m1 l1 r1)
      | nomatch k2 p1 m1 = linked p1 t1 k2 t2
      | zero k2 m1 = bin' p1 m1 (withTip2 k2 t2 l1) (g1 r1)
      | otherwise = bin' p1 m1 (g1 l1) (withTip2 k2 t2 r1)
    withTip2 k2 t2 t1@(Tip k1 _)
      | k1 == k2 = f t1 t2
      | otherwise = linked k1 t1 k2 t2
    withTip2 _ t2 Nil = g2 t2
    -- the first map is the Tip t1 of key k1
    withTip1 k1 t1 t2@(Bin p2 m2 l2 r2)
      | nomatch k1 p2 m2 = linked k1 t1 p2 t2
      | zero k1 m2 = bin' p2 m2 (withTip1 k1 t1 l2) (g2 r2)
      | otherwise = bin' p2 m2 (g2 l2) (withTip1 k1 t1 r2)
    withTip1 k1 t1 t2@(Tip k2 _)
      | k1 == k2 = f t1 t2
      | otherwise = linked k1 t1 k2 t2
    withTip1 _ t1 Nil = g1 t1
    linked p1 t1 p2 t2 = case (g1 t1, g2 t2) of
      (Nil, r2) -> r2
      (r1, Nil) -> r1
      (r1, r2) -> link p1 r1 p2 r2

isSubmapOf :: Eq a => IntMap a -> IntMap a -> Bool
isSubmapOf m1 m2 = isSubmapOfBy (==) m1 m2

isSubmapOfBy :: (a -> b -> Bool) -> IntMap a -> IntMap b -> Bool
isSubmapOfBy f t1 t2 = all ok (toAscList t1)
  where ok (k, x) = case lookup k t2 of
          Nothing -> False
          Just y -> f x y

isProperSubmapOf :: Eq a => IntMap a -> IntMap a -> Bool
isProperSubmapOf m1 m2 = size m1 < size m2 && isSubmapOf m1 m2

isProperSubmapOfBy :: (a -> b -> Bool) -> IntMap a -> IntMap b -> Bool
isProperSubmapOfBy f t1 t2 = size t1 < size t2 && isSubmapOfBy f t1 t2

-- Min/Max ------------------------------------------------------------------------

lookupMin :: IntMap a -> Maybe (Key, a)
lookupMin t = case toAscList t of
  (p : _) -> Just p
  [] -> Nothing

lookupMax :: IntMap a -> Maybe (Key, a)
lookupMax t = case toDescList t of
  (p : _) -> Just p
  [] -> Nothing

findMin :: IntMap a -> (Key, a)
findMin t = case lookupMin t of
  Just r -> r
  Nothing -> mapError 2313 17 "findMin: empty map has no minimal element"

findMax :: IntMap a -> (Key, a)
findMax t = case lookupMax t of
  Just r -> r
  Nothing -> mapError 2331 17 "findMax: empty map has no maximal element"

minViewWithKey :: IntMap a -> Maybe ((Key, a), IntMap a)
minViewWithKey t = case lookupMin t of
  Just p@(k, _) -> Just (p, delete k t)
  Nothing -> Nothing

maxViewWithKey :: IntMap a -> Maybe ((Key, a), IntMap a)
maxViewWithKey t = case lookupMax t of
  Just p@(k, _) -> Just (p, delete k t)
  Nothing -> Nothing

minView :: IntMap a -> Maybe (a, IntMap a)
minView t = fmap (\((_, x), t') -> (x, t')) (minViewWithKey t)

maxView :: IntMap a -> Maybe (a, IntMap a)
maxView t = fmap (\((_, x), t') -> (x, t')) (maxViewWithKey t)

deleteFindMin :: IntMap a -> ((Key, a), IntMap a)
deleteFindMin t = case minViewWithKey t of
  Just r -> r
  Nothing -> mapError 2295 28 "deleteFindMin: empty map has no minimal element"

deleteFindMax :: IntMap a -> ((Key, a), IntMap a)
deleteFindMax t = case maxViewWithKey t of
  Just r -> r
  Nothing -> mapError 2289 28 "deleteFindMax: empty map has no maximal element"

deleteMin :: IntMap a -> IntMap a
deleteMin t = maybe Nil snd (minViewWithKey t)

deleteMax :: IntMap a -> IntMap a
deleteMax t = maybe Nil snd (maxViewWithKey t)

updateMin :: (a -> Maybe a) -> IntMap a -> IntMap a
updateMin f = updateMinWithKey (\_ x -> f x)

updateMax :: (a -> Maybe a) -> IntMap a -> IntMap a
updateMax f = updateMaxWithKey (\_ x -> f x)

updateMinWithKey :: (Key -> a -> Maybe a) -> IntMap a -> IntMap a
updateMinWithKey f t = case lookupMin t of
  Just (k, _) -> updateWithKey f k t
  Nothing -> mapError 2174 16 "updateMinWithKey Nil"

updateMaxWithKey :: (Key -> a -> Maybe a) -> IntMap a -> IntMap a
updateMaxWithKey f t = case lookupMax t of
  Just (k, _) -> updateWithKey f k t
  Nothing -> mapError 2190 16 "updateMaxWithKey Nil"

lookupLT, lookupGT, lookupLE, lookupGE :: Key -> IntMap a -> Maybe (Key, a)
lookupLT x t = case L.dropWhile ((>= x) . fst) (toDescList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupGT x t = case L.dropWhile ((<= x) . fst) (toAscList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupLE x t = case L.dropWhile ((> x) . fst) (toDescList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupGE x t = case L.dropWhile ((< x) . fst) (toAscList t) of
  (y : _) -> Just y
  [] -> Nothing

-- Instances ------------------------------------------------------------------------

instance Eq a => Eq (IntMap a) where
  t1 == t2 = toAscList t1 == toAscList t2

instance Ord a => Ord (IntMap a) where
  compare m1 m2 = compare (toAscList m1) (toAscList m2)

instance Show a => Show (IntMap a) where
  showsPrec d m = showParen (d > 10) $ showString "fromList " . shows (toList m)

instance Read e => Read (IntMap e) where
  readPrec = parens $ prec 10 $ do
    Ident "fromList" <- lexP
    xs <- readPrec
    return (fromList xs)
  readListPrec = readListPrecDefault

instance Functor IntMap where
  fmap = map

instance Foldable IntMap where
  foldr = foldr
  foldl = foldl
  foldMap f = foldMapWithKey (\_ x -> f x)
  foldr' = foldr'
  foldl' = foldl'
  toList = elems
  null = null
  length = size
  elem x m = P.elem x (elems m)
  maximum m = case elems m of
    [] -> mapError 483 23 "Data.Foldable.maximum (for Data.IntMap): empty map"
    xs -> L.foldl1' max xs
  minimum m = case elems m of
    [] -> mapError 494 23 "Data.Foldable.minimum (for Data.IntMap): empty map"
    xs -> L.foldl1' min xs
  sum = foldl' (+) 0
  product = foldl' (*) 1

instance Traversable IntMap where
  traverse f = traverseWithKey (\_ -> f)

instance Semigroup (IntMap a) where
  (<>) = union
  stimes = stimesIdempotentMonoid

-- GHC.Exts.IsList (OverloadedLists): fromListN is the class default (fromList)
instance Exts.IsList (IntMap a) where
  type Item (IntMap a) = (Key, a)
  fromList = fromList
  toList = toList

instance Monoid (IntMap a) where
  mempty = empty
  mconcat = unions

-- Internals containers' -O1 unfoldings call (names `zz_<Z-encoded name>`,
-- renamed by scripts/gen-containers.mjs), with the conventions of
-- containers' interface file.

zz_deleteFindMinzud :: ((Key, a), IntMap a)
zz_deleteFindMinzud = mapError 2295 28 "deleteFindMin: empty map has no minimal element"

zz_deleteFindMaxzud :: ((Key, a), IntMap a)
zz_deleteFindMaxzud = mapError 2289 28 "deleteFindMax: empty map has no maximal element"

zz_findMin1 :: (Key, a)
zz_findMin1 = mapError 2313 17 "findMin: empty map has no minimal element"

zz_findMax1 :: (Key, a)
zz_findMax1 = mapError 2331 17 "findMax: empty map has no maximal element"

-- foldl1's and foldr1's error on an empty structure, as the Foldable
-- instance's -O1 foldl1 and foldr1 name them.
-- Read1's `fromList` step: the parsed association lists made maps (the
-- instance's -O1 liftReadsPrec calls it).
zz_zdfRead1IntMap2 :: [([(Key, a)], String)] -> [(IntMap a, String)]
zz_zdfRead1IntMap2 rs = [(fromList kvs, s) | (kvs, s) <- rs]

zz_zdfFoldableIntMap1 :: a
zz_zdfFoldableIntMap1 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableIntMap2 :: a
zz_zdfFoldableIntMap2 = errorWithoutStackTrace "foldr1: empty structure"

zz_difference1 :: IntMap a -> IntMap b -> IntMap a
zz_difference1 = difference

zz_intersection1 :: IntMap a -> IntMap b -> IntMap a
zz_intersection1 = intersection

zz_equal :: Eq a => IntMap a -> IntMap a -> Bool
zz_equal m1 m2 = toAscList m1 == toAscList m2

-- LT: a proper submap, EQ: the same keys, GT: not a submap
zz_submapCmp :: (a -> b -> Bool) -> IntMap a -> IntMap b -> Ordering
zz_submapCmp f m1 m2
  | not (isSubmapOfBy f m1 m2) = GT
  | size m1 < size m2 = LT
  | otherwise = EQ

zz_unsafeFindMin :: IntMap a -> Maybe (Key, a)
zz_unsafeFindMin = lookupMin

zz_unsafeFindMax :: IntMap a -> Maybe (Key, a)
zz_unsafeFindMax = lookupMax

zz_zdfMonoidIntMap1 :: IntMap a -> IntMap a -> IntMap a
zz_zdfMonoidIntMap1 = union

-- filterWithKeyA's worker as -O1 code calls it: the Functor, then the
-- Applicative's pure and liftA2; the predicate's effects in key order.
zz_zdwfilterWithKeyA
  :: Functor f => (forall x. x -> f x)
  -> (forall x y z. (x -> y -> z) -> f x -> f y -> f z)
  -> (Key -> a -> f Bool) -> IntMap a -> f (IntMap a)
zz_zdwfilterWithKeyA pure' liftA2' p m = fromDistinctAscList . P.map fst . P.filter snd <$> go (toAscList m)
  where
    go [] = pure' []
    go ((k, x) : rest) = liftA2' (\b r -> ((k, x), b) : r) (p k x) (go rest)

zz_zdwadjustWithKey :: (Key -> a -> a) -> Int# -> IntMap a -> IntMap a
zz_zdwadjustWithKey f k m = adjustWithKey f (I# k) m

zz_zdwalter :: (Maybe a -> Maybe a) -> Int# -> IntMap a -> IntMap a
zz_zdwalter f k m = alter f (I# k) m

zz_zdwdelete :: Int# -> IntMap a -> IntMap a
zz_zdwdelete k m = delete (I# k) m

-- size's loop: the count so far, the map
zz_zdwgo :: Int# -> IntMap a -> Int#
zz_zdwgo acc m = case I# acc + size m of I# n -> n

zz_zdwinsertWithKey :: (Key -> a -> a -> a) -> Int# -> a -> IntMap a -> IntMap a
zz_zdwinsertWithKey f k x m = insertWithKey f (I# k) x m

zz_zdwinsert :: Int# -> a -> IntMap a -> IntMap a
zz_zdwinsert k x m = insert (I# k) x m

zz_zdwlookup :: Int# -> IntMap a -> Maybe a
zz_zdwlookup k m = lookup (I# k) m

zz_zdwlookupLT, zz_zdwlookupGT, zz_zdwlookupLE, zz_zdwlookupGE :: Int# -> IntMap a -> Maybe (Key, a)
zz_zdwlookupLT k m = lookupLT (I# k) m
zz_zdwlookupGT k m = lookupGT (I# k) m
zz_zdwlookupLE k m = lookupLE (I# k) m
zz_zdwlookupGE k m = lookupGE (I# k) m

zz_zdwmapAccumL :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (# a, IntMap c #)
zz_zdwmapAccumL f a m = case mapAccumL f a m of (a', m') -> (# a', m' #)

zz_zdwmapAccumRWithKey :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (# a, IntMap c #)
zz_zdwmapAccumRWithKey f a m = case mapAccumRWithKey f a m of (a', m') -> (# a', m' #)

zz_zdwminViewWithKeySure :: IntMap a -> (# Int#, a, IntMap a #)
zz_zdwminViewWithKeySure m = case minViewWithKey m of
  Just ((I# k, x), m') -> (# k, x, m' #)
  Nothing -> zz_findMin1 `seq` (# 0#, undefined, Nil #)

zz_zdwmaxViewWithKeySure :: IntMap a -> (# Int#, a, IntMap a #)
zz_zdwmaxViewWithKeySure m = case maxViewWithKey m of
  Just ((I# k, x), m') -> (# k, x, m' #)
  Nothing -> zz_findMax1 `seq` (# 0#, undefined, Nil #)

-- partitionWithKey
zz_zdwpolyzugo1 :: (Key -> a -> Bool) -> IntMap a -> (# IntMap a, IntMap a #)
zz_zdwpolyzugo1 p m = case partitionWithKey p m of (a, b) -> (# a, b #)

zz_zdwsplitLookup :: Key -> IntMap a -> (# IntMap a, Maybe a, IntMap a #)
zz_zdwsplitLookup k m = case splitLookup k m of (a, b, c) -> (# a, b, c #)

zz_zdwsplit :: Key -> IntMap a -> (# IntMap a, IntMap a #)
zz_zdwsplit k m = case split k m of (a, b) -> (# a, b #)

zz_zdwupdateLookupWithKey :: (Key -> a -> Maybe a) -> Int# -> IntMap a -> (# Maybe a, IntMap a #)
zz_zdwupdateLookupWithKey f k m = case updateLookupWithKey f (I# k) m of (a, b) -> (# a, b #)

zz_zdwupdateWithKey :: (Key -> a -> Maybe a) -> Int# -> IntMap a -> IntMap a
zz_zdwupdateWithKey f k m = updateWithKey f (I# k) m

zz_zdwzdcshowsPrec :: Show a => Int# -> IntMap a -> ShowS
zz_zdwzdcshowsPrec d m = showsPrec (I# d) m

zz_zdwzn :: IntMap a -> Int# -> a
zz_zdwzn m k = find (I# k) m

-- The folds toAscList, toDescList, keys, elems and mapKeys run below the
-- root (whose sign they sort out themselves): the accumulator first.
zz_elems1 :: [a] -> IntMap a -> [a]
zz_elems1 z Nil = z
zz_elems1 z (Tip _ x) = x : z
zz_elems1 z (Bin _ _ l r) = zz_elems1 (zz_elems1 z r) l

zz_keys1 :: [Key] -> IntMap a -> [Key]
zz_keys1 z Nil = z
zz_keys1 z (Tip k _) = k : z
zz_keys1 z (Bin _ _ l r) = zz_keys1 (zz_keys1 z r) l

zz_toAscList1 :: [(Key, a)] -> IntMap a -> [(Key, a)]
zz_toAscList1 z Nil = z
zz_toAscList1 z (Tip k x) = (k, x) : z
zz_toAscList1 z (Bin _ _ l r) = zz_toAscList1 (zz_toAscList1 z r) l

zz_toDescList1 :: [(Key, a)] -> IntMap a -> [(Key, a)]
zz_toDescList1 z Nil = z
zz_toDescList1 z (Tip k x) = (k, x) : z
zz_toDescList1 z (Bin _ _ l r) = zz_toDescList1 (zz_toDescList1 z l) r

-- mapKeys' fromList: the pairs inserted in order into the map given.
zz_mapKeys1 :: [(Key, a)] -> IntMap a -> IntMap a
zz_mapKeys1 [] !t = t
zz_mapKeys1 ((k, x) : kxs) !t = zz_mapKeys1 kxs (insert k x t)

-- sconcat (a :| as)
zz_zdfSemigroupIntMap1 :: IntMap a -> [IntMap a] -> IntMap a
zz_zdfSemigroupIntMap1 !acc [] = acc
zz_zdfSemigroupIntMap1 !acc (m : ms) = zz_zdfSemigroupIntMap1 (union acc m) ms

-- (/=) of Eq (IntMap a)
zz_nequal :: Eq a => IntMap a -> IntMap a -> Bool
zz_nequal m1 m2 = not (m1 == m2)

-- split's and splitLookup's loops below the root: the tree, then the key
zz_splitzuzdszdwgo :: IntMap a -> Int# -> (# IntMap a, IntMap a #)
zz_splitzuzdszdwgo m k = case split (I# k) m of (a, b) -> (# a, b #)

zz_splitLookupzuzdszdwgo :: IntMap a -> Int# -> (# IntMap a, Maybe a, IntMap a #)
zz_splitLookupzuzdszdwgo m k = case splitLookup (I# k) m of (a, b, c) -> (# a, b, c #)

-- updateMinWithKey's and updateMaxWithKey's loops below the root, and
-- their specialisation to a Bin (prefix, mask, left, right, function)
zz_updateMinWithKeyzugo, zz_updateMaxWithKeyzugo :: (Key -> a -> Maybe a) -> IntMap a -> IntMap a
zz_updateMinWithKeyzugo = updateMinWithKey
zz_updateMaxWithKeyzugo = updateMaxWithKey

zz_updateMinWithKeyzuzdsgo, zz_updateMaxWithKeyzuzdsgo :: Int# -> Int# -> IntMap a -> IntMap a -> (Key -> a -> Maybe a) -> IntMap a
zz_updateMinWithKeyzuzdsgo p m l r f = updateMinWithKey f (Bin (I# p) (I# m) l r)
zz_updateMaxWithKeyzuzdsgo p m l r f = updateMaxWithKey f (Bin (I# p) (I# m) l r)

-- The merge API (Data.IntMap.Merge.Lazy): tactics for the keys only one map
-- has (WhenMissing) and for the keys both have (WhenMatched).

data WhenMissing f x y = WhenMissing
  { missingSubtree :: IntMap x -> f (IntMap y)
  , missingKey :: Key -> x -> f (Maybe y) }

newtype WhenMatched f x y z = WhenMatched
  { matchedKey :: Key -> x -> y -> f (Maybe z) }

type SimpleWhenMissing = WhenMissing Identity
type SimpleWhenMatched = WhenMatched Identity

runWhenMissing :: WhenMissing f x y -> Key -> x -> f (Maybe y)
runWhenMissing = missingKey

runWhenMatched :: WhenMatched f x y z -> Key -> x -> y -> f (Maybe z)
runWhenMatched = matchedKey

dropMissing :: Applicative f => WhenMissing f x y
dropMissing = WhenMissing (const (pure Nil)) (\_ _ -> pure Nothing)

preserveMissing :: Applicative f => WhenMissing f x x
preserveMissing = WhenMissing pure (\_ x -> pure (Just x))

preserveMissing' :: Applicative f => WhenMissing f x x
preserveMissing' = WhenMissing (\t -> pure $! forceAll t) (\_ x -> pure $! Just $! x)
  where forceAll t = foldr seq () t `seq` t

mapMissing :: Applicative f => (Key -> x -> y) -> WhenMissing f x y
mapMissing f = WhenMissing (\m -> pure $! mapWithKey f m) (\k x -> pure $ Just (f k x))

mapMaybeMissing :: Applicative f => (Key -> x -> Maybe y) -> WhenMissing f x y
mapMaybeMissing f = WhenMissing (\m -> pure $! mapMaybeWithKey f m) (\k x -> pure $! f k x)

filterMissing :: Applicative f => (Key -> x -> Bool) -> WhenMissing f x x
filterMissing f = WhenMissing (\m -> pure $! filterWithKey f m) (\k x -> pure $! if f k x then Just x else Nothing)

filterAMissing :: Applicative f => (Key -> x -> f Bool) -> WhenMissing f x x
filterAMissing f = WhenMissing (\m -> filterWithKeyA f m) (\k x -> (\b -> if b then Just x else Nothing) <$> f k x)

filterWithKeyA :: Applicative f => (Key -> a -> f Bool) -> IntMap a -> f (IntMap a)
filterWithKeyA p m = fromDistinctAscList . P.map fst . P.filter snd <$> traverse (\(k, x) -> (\b -> ((k, x), b)) <$> p k x) (toAscList m)

traverseMissing :: Applicative f => (Key -> x -> f y) -> WhenMissing f x y
traverseMissing f = WhenMissing (traverseWithKey f) (\k x -> Just <$> f k x)

traverseMaybeMissing :: Applicative f => (Key -> x -> f (Maybe y)) -> WhenMissing f x y
traverseMaybeMissing f = WhenMissing (traverseMaybeWithKey f) f

zipWithMatched :: Applicative f => (Key -> x -> y -> z) -> WhenMatched f x y z
zipWithMatched f = WhenMatched (\k x y -> pure . Just $ f k x y)

zipWithAMatched :: Applicative f => (Key -> x -> y -> f z) -> WhenMatched f x y z
zipWithAMatched f = WhenMatched (\k x y -> Just <$> f k x y)

zipWithMaybeMatched :: Applicative f => (Key -> x -> y -> Maybe z) -> WhenMatched f x y z
zipWithMaybeMatched f = WhenMatched (\k x y -> pure $ f k x y)

zipWithMaybeAMatched :: (Key -> x -> y -> f (Maybe z)) -> WhenMatched f x y z
zipWithMaybeAMatched f = WhenMatched f

mapWhenMissing :: (Applicative f, Monad f) => (a -> b) -> WhenMissing f x a -> WhenMissing f x b
mapWhenMissing f t = WhenMissing
  (\m -> missingSubtree t m >>= \m' -> pure $! map f m')
  (\k x -> missingKey t k x >>= \q -> (pure $! fmap f q))

mapGentlyWhenMissing :: Functor f => (a -> b) -> WhenMissing f x a -> WhenMissing f x b
mapGentlyWhenMissing f t = WhenMissing
  (\m -> map f <$> missingSubtree t m)
  (\k x -> fmap f <$> missingKey t k x)

mapWhenMatched :: Functor f => (a -> b) -> WhenMatched f x y a -> WhenMatched f x y b
mapWhenMatched f (WhenMatched g) = WhenMatched $ \k x y -> fmap (fmap f) (g k x y)

mapGentlyWhenMatched :: Functor f => (a -> b) -> WhenMatched f x y a -> WhenMatched f x y b
mapGentlyWhenMatched f t = WhenMatched $ \k x y -> fmap f <$> matchedKey t k x y

lmapWhenMissing :: (b -> a) -> WhenMissing f a x -> WhenMissing f b x
lmapWhenMissing f t = WhenMissing
  (\m -> missingSubtree t (map f m))
  (\k x -> missingKey t k (f x))

contramapFirstWhenMatched :: (b -> a) -> WhenMatched f a y z -> WhenMatched f b y z
contramapFirstWhenMatched f t = WhenMatched $ \k x y -> matchedKey t k (f x) y

contramapSecondWhenMatched :: (b -> a) -> WhenMatched f x a z -> WhenMatched f x b z
contramapSecondWhenMatched f t = WhenMatched $ \k x y -> matchedKey t k x (f y)

instance (Applicative f, Monad f) => Functor (WhenMissing f x) where
  fmap = mapWhenMissing

instance (Applicative f, Monad f) => Applicative (WhenMissing f x) where
  pure x = mapMissing (\_ _ -> x)
  f <*> g = traverseMaybeMissing $ \k x -> do
    res1 <- missingKey f k x
    case res1 of
      Nothing -> pure Nothing
      Just r -> (pure $!) . fmap r =<< missingKey g k x

instance (Applicative f, Monad f) => Monad (WhenMissing f x) where
  m >>= f = traverseMaybeMissing $ \k x -> do
    res1 <- missingKey m k x
    case res1 of
      Nothing -> pure Nothing
      Just r -> missingKey (f r) k x

instance (Applicative f, Monad f) => Category (WhenMissing f) where
  id = preserveMissing
  f . g = traverseMaybeMissing $ \k x -> do
    y <- missingKey g k x
    case y of
      Nothing -> pure Nothing
      Just q -> missingKey f k q

instance Functor f => Functor (WhenMatched f x y) where
  fmap = mapWhenMatched

instance (Monad f, Applicative f) => Applicative (WhenMatched f x y) where
  pure x = zipWithMatched (\_ _ _ -> x)
  fs <*> xs = WhenMatched $ \k x y -> do
    res <- matchedKey fs k x y
    case res of
      Nothing -> pure Nothing
      Just r -> (pure $!) . fmap r =<< matchedKey xs k x y

instance (Monad f, Applicative f) => Monad (WhenMatched f x y) where
  m >>= f = WhenMatched $ \k x y -> do
    res <- matchedKey m k x y
    case res of
      Nothing -> pure Nothing
      Just r -> matchedKey (f r) k x y

instance (Monad f, Applicative f) => Category (WhenMatched f x) where
  id = zipWithMatched (\_ _ y -> y)
  f . g = WhenMatched $ \k x y -> do
    res <- matchedKey g k x y
    case res of
      Nothing -> pure Nothing
      Just r -> matchedKey f k x r

merge :: SimpleWhenMissing a c -> SimpleWhenMissing b c -> SimpleWhenMatched a b c -> IntMap a -> IntMap b -> IntMap c
merge g1 g2 f m1 m2 = runIdentity $ mergeA g1 g2 f m1 m2

-- The keys of both maps in ascending order, each through its tactic
-- (effects in that order).
mergeA :: Applicative f => WhenMissing f a c -> WhenMissing f b c -> WhenMatched f a b c -> IntMap a -> IntMap b -> f (IntMap c)
mergeA g1 g2 f m1 m2
  | null m2 = missingSubtree g1 m1
  | null m1 = missingSubtree g2 m2
  | otherwise = fromDistinctAscList . catJust <$> go (toAscList m1) (toAscList m2)
  where
    catJust ps = [(k, v) | (k, Just v) <- ps]
    tag k = fmap (\r -> (k, r))
    go [] ys = traverse (\(k, y) -> tag k (missingKey g2 k y)) ys
    go xs [] = traverse (\(k, x) -> tag k (missingKey g1 k x)) xs
    go xs@((kx, x) : xs') ys@((ky, y) : ys') = case compare kx ky of
      LT -> (:) <$> tag kx (missingKey g1 kx x) <*> go xs' ys
      GT -> (:) <$> tag ky (missingKey g2 ky y) <*> go xs ys'
      EQ -> (:) <$> tag kx (matchedKey f kx x y) <*> go xs' ys'

-- Debugging: containers' drawing (see Data.IntSet.Internal.showTreeWith).

showTree :: Show a => IntMap a -> String
showTree s = showTreeWith True False s

showTreeWith :: Show a => Bool -> Bool -> IntMap a -> String
showTreeWith hang wide t
  | hang = IntSet.showsTreeHangWith tipText wide [] (toDrawing t) ""
  | otherwise = IntSet.showsTreeWith tipText wide [] [] (toDrawing t) ""
  where tipText (k, x) = " " ++ show k ++ ":=" ++ show x

toDrawing :: IntMap a -> IntSet.Drawing (Key, a)
toDrawing (Bin _ _ l r) = IntSet.drawBranch (toDrawing l) (toDrawing r)
toDrawing (Tip k x) = IntSet.drawLeaf (k, x)
toDrawing Nil = IntSet.drawEmpty

-- showTree's loop as containers' -O1 unfoldings call it (wide False)
zz_showTreezuzdsshowsTreeHang :: String -> IntMap a -> [String] -> (Show a => String)
zz_showTreezuzdsshowsTreeHang rest t bars = IntSet.showsTreeHangWith tip False bars (toDrawing t) rest
  where tip (k, x) = " " ++ show k ++ ":=" ++ show x

instance Eq1 IntMap where
  liftEq eq m n = liftEq (\(k1, x) (k2, y) -> k1 == k2 && eq x y) (toList m) (toList n)

instance Ord1 IntMap where
  liftCompare cmp m n = liftCompare (\(k1, x) (k2, y) -> compare k1 k2 <> cmp x y) (toList m) (toList n)

instance Show1 IntMap where
  liftShowsPrec sp sl d m = showsUnaryWith (liftShowsPrec sp' sl') "fromList" d (toList m)
    where
      sp' = liftShowsPrec sp sl
      sl' = liftShowList sp sl

-- liftShowsPrec of Show1 IntMap; the element list shower is absent
zz_zdwzdcliftShowsPrec :: (Int -> a -> ShowS) -> Int# -> IntMap a -> ShowS
zz_zdwzdcliftShowsPrec sp d m = liftShowsPrec sp (\_ -> error "Data.IntMap.Internal.$w$cliftShowsPrec: absent argument") (I# d) m

-- NFData (deepseq): the values (keys are unboxed).
instance NFData a => NFData (IntMap a) where
  rnf Nil = ()
  rnf (Tip _ v) = rnf v
  rnf (Bin _ _ l r) = rnf l `seq` rnf r

-- ------------------------------------------------------------------ Data
-- Seen through fromList, as containers documents it.
instance Data a => Data (IntMap a) where
  gfoldl f z im = z fromList `f` toList im
  toConstr _ = fromListConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z fromList)
    _ -> zz_zdfDataIntMap16
  dataTypeOf _ = intMapDataType
  dataCast1 f = gcast1 f

-- gunfold on a constructor index but 1: the failure GHC floats out of the
-- instance as `$fDataIntMap16` (-O1 code inlining gunfold calls it).
zz_zdfDataIntMap16 :: a
zz_zdfDataIntMap16 = containersError "Data/IntMap/Internal.hs" "Data.IntMap.Internal" 534 10 "gunfold"

fromListConstr :: Constr
fromListConstr = mkConstr intMapDataType "fromList" [] Prefix

intMapDataType :: DataType
intMapDataType = mkDataType "Data.IntMap.Internal.IntMap" [fromListConstr]
