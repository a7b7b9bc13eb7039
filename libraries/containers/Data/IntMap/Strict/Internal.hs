{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.IntMap.Strict.Internal: the value-strict versions of
-- Data.IntMap.Internal's functions.
module Data.IntMap.Strict.Internal
  ( adjust, adjustWithKey, alter, alterF, differenceWith, differenceWithKey
  , findWithDefault, fromAscList, fromAscListWith, fromAscListWithKey
  , fromDistinctAscList, fromList, fromListWith, fromListWithKey, fromSet
  , insert, insertLookupWithKey, insertWith, insertWithKey, intersectionWith
  , intersectionWithKey, map, mapAccum, mapAccumRWithKey, mapAccumWithKey
  , mapEither, mapEitherWithKey, mapKeysWith, mapMaybe, mapMaybeWithKey
  , mapWithKey, mergeWithKey, singleton, traverseMaybeWithKey, traverseWithKey
  , unionWith, unionWithKey, unionsWith, update, updateLookupWithKey
  , updateMax, updateMaxWithKey, updateMin, updateMinWithKey, updateWithKey
  , zz_zdwinsert, zz_updateLookupWithKeyzuzdszdwpolyzugo, zz_zdwadjustWithKey, zz_zdwalter
  , zz_zdwinsertWithKey, zz_zdwpolyzugo, zz_zdwpolyzugo1, zz_zdwpolyzugo2, zz_zdwpolyzugo3, zz_zdwupdateWithKey
  , zz_updateMinWithKeyzugo, zz_updateMaxWithKeyzugo, zz_updateMinWithKeyzuzdsgo, zz_updateMaxWithKeyzuzdsgo
  ) where

import GHC.Exts (Int (I#), Int#)

import Prelude hiding (lookup, map, filter, foldr, foldl, null)
import qualified Data.List as List
import qualified Data.Foldable as F
import Data.IntMap.Internal (IntMap (..), lookup, delete, foldrWithKey, foldlWithKey, empty, toAscList)
import qualified Data.IntMap.Internal as L
import Data.IntSet.Internal (Key)
import qualified Data.IntSet.Internal as IntSet
import Utils.Containers.Internal.Error (containersError)

forceMaybe :: Maybe a -> Maybe a
forceMaybe m@(Just !_) = m
forceMaybe m = m

forcePairs :: [(k, a)] -> [(k, a)]
forcePairs [] = []
forcePairs (p@(_, !_) : rest) = p : forcePairs rest

singleton :: Key -> a -> IntMap a
singleton k !x = Tip k x

findWithDefault :: a -> Key -> IntMap a -> a
findWithDefault = L.findWithDefault

insert :: Key -> a -> IntMap a -> IntMap a
insert k !x t = L.insert k x t

insertWith :: (a -> a -> a) -> Key -> a -> IntMap a -> IntMap a
insertWith f = insertWithKey (\_ x y -> f x y)

insertWithKey :: (Key -> a -> a -> a) -> Key -> a -> IntMap a -> IntMap a
insertWithKey f k !x t = case lookup k t of
  Nothing -> L.insert k x t
  Just y -> let !v = f k x y in L.insert k v t

insertLookupWithKey :: (Key -> a -> a -> a) -> Key -> a -> IntMap a -> (Maybe a, IntMap a)
insertLookupWithKey f k x t = case insertWithKey f k x t of
  !t' -> (lookup k t, t')

adjust :: (a -> a) -> Key -> IntMap a -> IntMap a
adjust f = adjustWithKey (\_ x -> f x)

adjustWithKey :: (Key -> a -> a) -> Key -> IntMap a -> IntMap a
adjustWithKey f k t = case lookup k t of
  Nothing -> t
  Just y -> let !v = f k y in L.insert k v t

update :: (a -> Maybe a) -> Key -> IntMap a -> IntMap a
update f = updateWithKey (\_ x -> f x)

updateWithKey :: (Key -> a -> Maybe a) -> Key -> IntMap a -> IntMap a
updateWithKey f k t = L.updateWithKey (\kk x -> forceMaybe (f kk x)) k t

updateLookupWithKey :: (Key -> a -> Maybe a) -> Key -> IntMap a -> (Maybe a, IntMap a)
updateLookupWithKey f k t = case lookup k t of
  Nothing -> (Nothing, t)
  Just x -> case f k x of
    Just !x' -> (Just x, L.insert k x' t)
    Nothing -> (Just x, delete k t)

alter :: (Maybe a -> Maybe a) -> Key -> IntMap a -> IntMap a
alter f k t = case f (lookup k t) of
  Nothing -> delete k t
  Just !x -> L.insert k x t

alterF :: Functor f => (Maybe a -> f (Maybe a)) -> Key -> IntMap a -> f (IntMap a)
alterF f k m = fmap set (f old)
  where
    old = lookup k m
    set Nothing = case old of
      Nothing -> m
      Just _ -> delete k m
    set (Just x) = insert k x m

updateMin, updateMax :: (a -> Maybe a) -> IntMap a -> IntMap a
updateMin f = updateMinWithKey (\_ x -> f x)
updateMax f = updateMaxWithKey (\_ x -> f x)

updateMinWithKey, updateMaxWithKey :: (Key -> a -> Maybe a) -> IntMap a -> IntMap a
-- An empty map is containers' own error, raised at this module's call site.
updateMinWithKey f t
  | L.null t = containersError "Data/IntMap/Strict/Internal.hs" "Data.IntMap.Strict.Internal" 789 16 "updateMinWithKey Nil"
  | otherwise = L.updateMinWithKey (\k x -> forceMaybe (f k x)) t
updateMaxWithKey f t
  | L.null t = containersError "Data/IntMap/Strict/Internal.hs" "Data.IntMap.Strict.Internal" 805 16 "updateMaxWithKey Nil"
  | otherwise = L.updateMaxWithKey (\k x -> forceMaybe (f k x)) t

unionWith :: (a -> a -> a) -> IntMap a -> IntMap a -> IntMap a
unionWith f = unionWithKey (\_ x y -> f x y)

unionWithKey :: (Key -> a -> a -> a) -> IntMap a -> IntMap a -> IntMap a
unionWithKey f t1 t2 = foldlWithKey (\t k y -> insertWithKey (\kk new old -> f kk old new) k y t) t1 t2

unionsWith :: Foldable f => (a -> a -> a) -> f (IntMap a) -> IntMap a
unionsWith f ts = F.foldl (unionWith f) empty ts

differenceWith :: (a -> b -> Maybe a) -> IntMap a -> IntMap b -> IntMap a
differenceWith f = differenceWithKey (\_ x y -> f x y)

differenceWithKey :: (Key -> a -> b -> Maybe a) -> IntMap a -> IntMap b -> IntMap a
differenceWithKey f t1 t2 = mapMaybeWithKey g t1
  where g k x = case lookup k t2 of
          Nothing -> Just x
          Just y -> f k x y

intersectionWith :: (a -> b -> c) -> IntMap a -> IntMap b -> IntMap c
intersectionWith f = intersectionWithKey (\_ x y -> f x y)

intersectionWithKey :: (Key -> a -> b -> c) -> IntMap a -> IntMap b -> IntMap c
intersectionWithKey f m1 m2 = mapMaybeWithKey (\k x -> fmap (f k x) (lookup k m2)) m1

mergeWithKey :: (Key -> a -> b -> Maybe c) -> (IntMap a -> IntMap c) -> (IntMap b -> IntMap c) -> IntMap a -> IntMap b -> IntMap c
mergeWithKey f g1 g2 t1 t2 =
  let both = mapMaybeWithKey (\k x -> case lookup k t2 of
                                         Nothing -> Nothing
                                         Just y -> f k x y) (L.intersection t1 t2)
  in L.union both (L.union (g1 (L.difference t1 t2)) (g2 (L.difference t2 t1)))

map :: (a -> b) -> IntMap a -> IntMap b
map f = mapWithKey (\_ x -> f x)

mapWithKey :: (Key -> a -> b) -> IntMap a -> IntMap b
mapWithKey f = go
  where
    go (Bin p m l r) = Bin p m (go l) (go r)
    go (Tip k x) = let !y = f k x in Tip k y
    go Nil = Nil

mapMaybe :: (a -> Maybe b) -> IntMap a -> IntMap b
mapMaybe f = mapMaybeWithKey (\_ x -> f x)

mapMaybeWithKey :: (Key -> a -> Maybe b) -> IntMap a -> IntMap b
mapMaybeWithKey f = L.mapMaybeWithKey (\k x -> forceMaybe (f k x))

mapEither :: (a -> Either b c) -> IntMap a -> (IntMap b, IntMap c)
mapEither f = mapEitherWithKey (\_ x -> f x)

mapEitherWithKey :: (Key -> a -> Either b c) -> IntMap a -> (IntMap b, IntMap c)
mapEitherWithKey f m =
  ( mapMaybeWithKey (\k x -> either Just (const Nothing) (f k x)) m
  , mapMaybeWithKey (\k x -> either (const Nothing) Just (f k x)) m )

traverseWithKey :: Applicative t => (Key -> a -> t b) -> IntMap a -> t (IntMap b)
traverseWithKey f = L.traverseWithKey (\k x -> (\ !y -> y) <$> f k x)

traverseMaybeWithKey :: Applicative f => (Key -> a -> f (Maybe b)) -> IntMap a -> f (IntMap b)
traverseMaybeWithKey f = L.traverseMaybeWithKey (\k x -> forceMaybe <$> f k x)

mapAccum :: (a -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccum f = mapAccumWithKey (\a _ x -> f a x)

mapAccumWithKey :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccumWithKey f a t = case L.mapAccumWithKey (\a' k x -> case f a' k x of (a'', !y) -> (a'', y)) a t of
  (a', t') -> L.foldr seq () t' `seq` (a', t')

mapAccumRWithKey :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (a, IntMap c)
mapAccumRWithKey f a t = case L.mapAccumRWithKey (\a' k x -> case f a' k x of (a'', !y) -> (a'', y)) a t of
  (a', t') -> L.foldr seq () t' `seq` (a', t')

mapKeysWith :: (a -> a -> a) -> (Key -> Key) -> IntMap a -> IntMap a
mapKeysWith c f m = fromListWith c (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

fromSet :: (Key -> a) -> IntSet.IntSet -> IntMap a
fromSet f s = fromDistinctAscList [(k, f k) | k <- IntSet.toAscList s]

fromList :: [(Key, a)] -> IntMap a
fromList xs = L.fromList (forcePairs xs)

fromListWith :: (a -> a -> a) -> [(Key, a)] -> IntMap a
fromListWith f xs = fromListWithKey (\_ x y -> f x y) xs

fromListWithKey :: (Key -> a -> a -> a) -> [(Key, a)] -> IntMap a
fromListWithKey f xs = List.foldl' (\t (k, x) -> insertWithKey f k x t) Nil xs

fromAscList :: [(Key, a)] -> IntMap a
fromAscList = fromList

fromAscListWith :: (a -> a -> a) -> [(Key, a)] -> IntMap a
fromAscListWith = fromListWith

fromAscListWithKey :: (Key -> a -> a -> a) -> [(Key, a)] -> IntMap a
fromAscListWithKey = fromListWithKey

fromDistinctAscList :: [(Key, a)] -> IntMap a
fromDistinctAscList = fromList

zz_zdwinsert :: Int# -> a -> IntMap a -> IntMap a
zz_zdwinsert k x m = insert (I# k) x m

-- Internals containers' -O1 unfoldings call (see Data.IntMap.Internal).

zz_updateLookupWithKeyzuzdszdwpolyzugo :: IntMap a -> Int# -> (Key -> a -> Maybe a) -> (# Maybe a, IntMap a #)
zz_updateLookupWithKeyzuzdszdwpolyzugo m k f = case updateLookupWithKey f (I# k) m of (a, b) -> (# a, b #)

zz_zdwadjustWithKey :: (Key -> a -> a) -> Int# -> IntMap a -> IntMap a
zz_zdwadjustWithKey f k m = adjustWithKey f (I# k) m

zz_zdwalter :: (Maybe a -> Maybe a) -> Int# -> IntMap a -> IntMap a
zz_zdwalter f k m = alter f (I# k) m

zz_zdwinsertWithKey :: (Key -> a -> a -> a) -> Int# -> a -> IntMap a -> IntMap a
zz_zdwinsertWithKey f k x m = insertWithKey f (I# k) x m

zz_zdwupdateWithKey :: (Key -> a -> Maybe a) -> Int# -> IntMap a -> IntMap a
zz_zdwupdateWithKey f k m = updateWithKey f (I# k) m

-- updateMinWithKey's and updateMaxWithKey's loops below the root, and
-- their specialisation to a Bin (prefix, mask, left, right, function)
zz_updateMinWithKeyzugo, zz_updateMaxWithKeyzugo :: (Key -> a -> Maybe a) -> IntMap a -> IntMap a
zz_updateMinWithKeyzugo = updateMinWithKey
zz_updateMaxWithKeyzugo = updateMaxWithKey

zz_updateMinWithKeyzuzdsgo, zz_updateMaxWithKeyzuzdsgo :: Int# -> Int# -> IntMap a -> IntMap a -> (Key -> a -> Maybe a) -> IntMap a
zz_updateMinWithKeyzuzdsgo p m l r f = updateMinWithKey f (Bin (I# p) (I# m) l r)
zz_updateMaxWithKeyzuzdsgo p m l r f = updateMaxWithKey f (Bin (I# p) (I# m) l r)

-- insertLookupWithKey
zz_zdwpolyzugo :: (Key -> a -> a -> a) -> Int# -> a -> IntMap a -> (# Maybe a, IntMap a #)
zz_zdwpolyzugo f k x m = case insertLookupWithKey f (I# k) x m of (a, b) -> (# a, b #)

-- mapAccumWithKey and mapAccumRWithKey
zz_zdwpolyzugo1 :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (# a, IntMap c #)
zz_zdwpolyzugo1 f a m = case mapAccumWithKey f a m of (a', m') -> (# a', m' #)

zz_zdwpolyzugo2 :: (a -> Key -> b -> (a, c)) -> a -> IntMap b -> (# a, IntMap c #)
zz_zdwpolyzugo2 f a m = case mapAccumRWithKey f a m of (a', m') -> (# a', m' #)

-- mapEitherWithKey
zz_zdwpolyzugo3 :: (Key -> a -> Either b c) -> IntMap a -> (# IntMap b, IntMap c #)
zz_zdwpolyzugo3 f m = case mapEitherWithKey f m of (a, b) -> (# a, b #)
