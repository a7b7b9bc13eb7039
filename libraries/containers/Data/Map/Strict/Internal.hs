{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Map.Strict.Internal:
-- the value-strict versions of Data.Map.Internal's functions (every value
-- stored is evaluated to weak head normal form first).
module Data.Map.Strict.Internal
  ( adjust, adjustWithKey, alter, alterF, differenceWith, differenceWithKey
  , findWithDefault, fromAscList, fromAscListWith, fromAscListWithKey
  , fromDescList, fromDescListWith, fromDescListWithKey, fromDistinctAscList
  , fromDistinctDescList, fromList, fromListWith, fromListWithKey, fromSet
  , insert, insertLookupWithKey, insertWith, insertWithKey, intersectionWith
  , intersectionWithKey, map, mapAccum, mapAccumRWithKey, mapAccumWithKey
  , mapEither, mapEitherWithKey, mapKeysWith, mapMaybe, mapMaybeWithKey
  , mapWithKey, mergeWithKey, singleton, traverseMaybeWithKey, traverseWithKey
  , unionWith, unionWithKey, unionsWith, update, updateAt, updateLookupWithKey
  , updateMax, updateMaxWithKey, updateMin, updateMinWithKey, updateWithKey
  , zz_zdwpolyzugo, zz_zdwpolyzugo1, zz_zdwpolyzugo2, zz_zdwmapAccumL
  , mapMissing, mapMaybeMissing, traverseMissing, traverseMaybeMissing
  , zipWithMatched, zipWithAMatched, zipWithMaybeMatched, zipWithMaybeAMatched
  , mapWhenMissing, mapWhenMatched
  ) where



import Prelude hiding (lookup, map, filter, foldr, foldl, null, splitAt, take, drop)
import qualified Data.List as List
import GHC.Exts (Int (I#), Int#)
import qualified Data.Foldable as F
import Data.Map.Internal
  ( Map (..), balance, balanceL, balanceR, glue, link, link2, lookup, size
  , foldrWithKey, foldlWithKey, filterWithKey, intersection, difference, union
  , delete, empty, splitLookup, insertMin, WhenMissing (..), WhenMatched (..) )
import qualified Data.Map.Internal as L
import Data.Set.Internal (Set)
import qualified Data.Set.Internal as Set

singleton :: k -> a -> Map k a
singleton k !x = Bin 1 k x Tip Tip

findWithDefault :: Ord k => a -> k -> Map k a -> a
findWithDefault = L.findWithDefault

insert :: Ord k => k -> a -> Map k a -> Map k a
insert !kx !x m = case m of
  Tip -> singleton kx x
  Bin {} -> case L.findPath kx m of
    (# 1#, p, Bin sz _ _ l r #) -> L.putAt p (Bin sz kx x l r) m
    (# 2#, p, _ #) -> L.putAt p (Bin 1 kx x Tip Tip) m
    _ -> insertGo kx x m

insertGo :: Ord k => k -> a -> Map k a -> Map k a
insertGo !kx !x Tip = singleton kx x
insertGo kx x (Bin sz ky y l r) = case compare kx ky of
  LT -> let !l' = insertGo kx x l in balanceL ky y l' r
  GT -> let !r' = insertGo kx x r in balanceR ky y l r'
  EQ -> Bin sz kx x l r

insertWith :: Ord k => (a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWith f = insertWithKey (\_ x y -> f x y)

insertWithKey :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWithKey f !kx x m = case m of
  Tip -> singleton kx x
  Bin {} -> case L.findPath kx m of
    (# 1#, p, Bin sy _ y l r #) -> let !x' = f kx x y in L.putAt p (Bin sy kx x' l r) m
    (# 2#, p, _ #) -> case x of !x' -> L.putAt p (Bin 1 kx x' Tip Tip) m
    _ -> insertWithKeyGo f kx x m

insertWithKeyGo :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWithKeyGo _ !kx x Tip = singleton kx x
insertWithKeyGo f kx x (Bin sy ky y l r) = case compare kx ky of
  LT -> let !l' = insertWithKeyGo f kx x l in balanceL ky y l' r
  GT -> let !r' = insertWithKeyGo f kx x r in balanceR ky y l r'
  EQ -> let !x' = f kx x y in Bin sy kx x' l r

insertLookupWithKey :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> (Maybe a, Map k a)
insertLookupWithKey f kx x m = case insertWithKey f kx x m of
  !m' -> (lookup kx m, m')

adjust :: Ord k => (a -> a) -> k -> Map k a -> Map k a
adjust f = adjustWithKey (\_ x -> f x)

adjustWithKey :: Ord k => (k -> a -> a) -> k -> Map k a -> Map k a
adjustWithKey _ !_ Tip = Tip
adjustWithKey f k (Bin sx kx x l r) = case compare k kx of
  LT -> Bin sx kx x (adjustWithKey f k l) r
  GT -> Bin sx kx x l (adjustWithKey f k r)
  EQ -> let !x' = f kx x in Bin sx kx x' l r

update :: Ord k => (a -> Maybe a) -> k -> Map k a -> Map k a
update f = updateWithKey (\_ x -> f x)

updateWithKey :: Ord k => (k -> a -> Maybe a) -> k -> Map k a -> Map k a
updateWithKey _ !_ Tip = Tip
updateWithKey f k (Bin sx kx x l r) = case compare k kx of
  LT -> let !l' = updateWithKey f k l in balanceR kx x l' r
  GT -> let !r' = updateWithKey f k r in balanceL kx x l r'
  EQ -> case f kx x of
    Just !x' -> Bin sx kx x' l r
    Nothing -> glue l r

updateLookupWithKey :: Ord k => (k -> a -> Maybe a) -> k -> Map k a -> (Maybe a, Map k a)
updateLookupWithKey f k m = case lookup k m of
  Nothing -> (Nothing, m)
  Just x -> case f k x of
    Just !x' -> (Just x', updateWithKey f k m)
    Nothing -> (Just x, delete k m)

alter :: Ord k => (Maybe a -> Maybe a) -> k -> Map k a -> Map k a
alter f !k Tip = case f Nothing of
  Nothing -> Tip
  Just x -> singleton k x
alter f k (Bin sx kx x l r) = case compare k kx of
  LT -> let !l' = alter f k l in balance kx x l' r
  GT -> let !r' = alter f k r in balance kx x l r'
  EQ -> case f (Just x) of
    Just !x' -> Bin sx kx x' l r
    Nothing -> glue l r

alterF :: (Functor f, Ord k) => (Maybe a -> f (Maybe a)) -> k -> Map k a -> f (Map k a)
alterF f k m = fmap set (f old)
  where
    old = lookup k m
    set Nothing = case old of
      Nothing -> m
      Just _ -> delete k m
    set (Just x) = insert k x m

updateAt :: (k -> a -> Maybe a) -> Int -> Map k a -> Map k a
updateAt f i t = L.updateAt (\k x -> forceMaybe (f k x)) i t

forceMaybe :: Maybe a -> Maybe a
forceMaybe m@(Just !_) = m
forceMaybe m = m

updateMin, updateMax :: (a -> Maybe a) -> Map k a -> Map k a
updateMin f = updateMinWithKey (\_ x -> f x)
updateMax f = updateMaxWithKey (\_ x -> f x)

updateMinWithKey, updateMaxWithKey :: (k -> a -> Maybe a) -> Map k a -> Map k a
updateMinWithKey f = L.updateMinWithKey (\k x -> forceMaybe (f k x))
updateMaxWithKey f = L.updateMaxWithKey (\k x -> forceMaybe (f k x))

unionsWith :: (Foldable f, Ord k) => (a -> a -> a) -> f (Map k a) -> Map k a
unionsWith f ts = F.foldl' (unionWith f) empty ts

unionWith :: Ord k => (a -> a -> a) -> Map k a -> Map k a -> Map k a
unionWith f = unionWithKey (\_ x y -> f x y)

unionWithKey :: Ord k => (k -> a -> a -> a) -> Map k a -> Map k a -> Map k a
unionWithKey _ t1 Tip = t1
unionWithKey f t1 (Bin _ k x Tip Tip) = insertWithKey (\kk a b -> f kk b a) k x t1
unionWithKey f (Bin _ k x Tip Tip) t2 = insertWithKey f k x t2
unionWithKey _ Tip t2 = t2
unionWithKey f (Bin _ k1 x1 l1 r1) t2 = case splitLookup k1 t2 of
  (l2, mb, r2) -> case mb of
    Nothing -> link k1 x1 (unionWithKey f l1 l2) (unionWithKey f r1 r2)
    Just x2 -> let !x1' = f k1 x1 x2 in link k1 x1' (unionWithKey f l1 l2) (unionWithKey f r1 r2)

differenceWith :: Ord k => (a -> b -> Maybe a) -> Map k a -> Map k b -> Map k a
differenceWith f = differenceWithKey (\_ x y -> f x y)

differenceWithKey :: Ord k => (k -> a -> b -> Maybe a) -> Map k a -> Map k b -> Map k a
differenceWithKey f t1 t2 = mapMaybeWithKey g t1
  where g k x = case lookup k t2 of
          Nothing -> Just x
          Just y -> f k x y

intersectionWith :: Ord k => (a -> b -> c) -> Map k a -> Map k b -> Map k c
intersectionWith f = intersectionWithKey (\_ x y -> f x y)

intersectionWithKey :: Ord k => (k -> a -> b -> c) -> Map k a -> Map k b -> Map k c
intersectionWithKey _ Tip _ = Tip
intersectionWithKey _ _ Tip = Tip
intersectionWithKey f (Bin _ k x1 l1 r1) t2 = case splitLookup k t2 of
  (l2, mb, r2) -> case mb of
    Just x2 -> let !x' = f k x1 x2 in link k x' l1l2 r1r2
    Nothing -> link2 l1l2 r1r2
    where
      !l1l2 = intersectionWithKey f l1 l2
      !r1r2 = intersectionWithKey f r1 r2

mergeWithKey :: Ord k => (k -> a -> b -> Maybe c) -> (Map k a -> Map k c) -> (Map k b -> Map k c) -> Map k a -> Map k b -> Map k c
mergeWithKey f g1 g2 t1 t2 =
  let both = mapMaybeWithKey (\k x -> case lookup k t2 of
                                         Nothing -> Nothing
                                         Just y -> f k x y) (intersection t1 t2)
  in union both (union (g1 (difference t1 t2)) (g2 (difference t2 t1)))

mapMaybe :: (a -> Maybe b) -> Map k a -> Map k b
mapMaybe f = mapMaybeWithKey (\_ x -> f x)

mapMaybeWithKey :: (k -> a -> Maybe b) -> Map k a -> Map k b
mapMaybeWithKey _ Tip = Tip
mapMaybeWithKey f (Bin _ kx x l r) = case f kx x of
  Just !y -> link kx y (mapMaybeWithKey f l) (mapMaybeWithKey f r)
  Nothing -> link2 (mapMaybeWithKey f l) (mapMaybeWithKey f r)

traverseMaybeWithKey :: Applicative f => (k -> a -> f (Maybe b)) -> Map k a -> f (Map k b)
traverseMaybeWithKey f = go
  where
    go Tip = pure Tip
    go (Bin _ kx x l r) = combine <$> go l <*> f kx x <*> go r
      where
        combine l' mx r' = case mx of
          Nothing -> link2 l' r'
          Just !x' -> link kx x' l' r'

mapEither :: (a -> Either b c) -> Map k a -> (Map k b, Map k c)
mapEither f m = mapEitherWithKey (\_ x -> f x) m

mapEitherWithKey :: (k -> a -> Either b c) -> Map k a -> (Map k b, Map k c)
mapEitherWithKey f m =
  ( mapMaybeWithKey (\k x -> either Just (const Nothing) (f k x)) m
  , mapMaybeWithKey (\k x -> either (const Nothing) Just (f k x)) m )

map :: (a -> b) -> Map k a -> Map k b
map f = go
  where
    go Tip = Tip
    go (Bin sx kx x l r) = let !x' = f x in Bin sx kx x' (go l) (go r)

mapWithKey :: (k -> a -> b) -> Map k a -> Map k b
mapWithKey _ Tip = Tip
mapWithKey f (Bin sx kx x l r) = let !x' = f kx x in Bin sx kx x' (mapWithKey f l) (mapWithKey f r)

traverseWithKey :: Applicative t => (k -> a -> t b) -> Map k a -> t (Map k b)
traverseWithKey f = go
  where
    go Tip = pure Tip
    go (Bin 1 k v _ _) = (\ !v' -> Bin 1 k v' Tip Tip) <$> f k v
    go (Bin s k v l r) = (\l' !v' r' -> Bin s k v' l' r') <$> go l <*> f k v <*> go r

mapAccum :: (a -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccum f a m = mapAccumWithKey (\a' _ x' -> f a' x') a m

mapAccumWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccumWithKey _ a Tip = (a, Tip)
mapAccumWithKey f a (Bin sx kx x l r) =
  let (a1, l') = mapAccumWithKey f a l
      (a2, x') = f a1 kx x
      (a3, r') = mapAccumWithKey f a2 r
  in x' `seq` (a3, Bin sx kx x' l' r')

mapAccumRWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccumRWithKey _ a Tip = (a, Tip)
mapAccumRWithKey f a (Bin sx kx x l r) =
  let (a1, r') = mapAccumRWithKey f a r
      (a2, x') = f a1 kx x
      (a3, l') = mapAccumRWithKey f a2 l
  in x' `seq` (a3, Bin sx kx x' l' r')

mapKeysWith :: Ord k2 => (a -> a -> a) -> (k1 -> k2) -> Map k1 a -> Map k2 a
mapKeysWith c f m = fromListWith c (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

fromSet :: (k -> a) -> Set k -> Map k a
fromSet _ Set.Tip = Tip
fromSet f (Set.Bin sz x l r) = case f x of !v -> Bin sz x v (fromSet f l) (fromSet f r)

fromList :: Ord k => [(k, a)] -> Map k a
fromList xs = L.fromList (forceValues xs)

forceValues :: [(k, a)] -> [(k, a)]
forceValues [] = []
forceValues (p@(_, !_) : rest) = p : forceValues rest

fromListWith :: Ord k => (a -> a -> a) -> [(k, a)] -> Map k a
fromListWith f xs = fromListWithKey (\_ x y -> f x y) xs

fromListWithKey :: Ord k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromListWithKey f xs = List.foldl' (\t (k, x) -> insertWithKey f k x t) Tip xs

fromAscList :: Eq k => [(k, a)] -> Map k a
fromAscList xs = fromAscListWithKey (\_ x _ -> x) xs

fromAscListWith :: Eq k => (a -> a -> a) -> [(k, a)] -> Map k a
fromAscListWith f xs = fromAscListWithKey (\_ x y -> f x y) xs

fromAscListWithKey :: Eq k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromAscListWithKey f xs = L.fromDistinctAscList (forceValues (L.combineEqWith f xs))

fromDescList :: Eq k => [(k, a)] -> Map k a
fromDescList xs = fromDescListWithKey (\_ x _ -> x) xs

fromDescListWith :: Eq k => (a -> a -> a) -> [(k, a)] -> Map k a
fromDescListWith f xs = fromDescListWithKey (\_ x y -> f x y) xs

fromDescListWithKey :: Eq k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromDescListWithKey f xs = L.fromDistinctDescList (forceValues (L.combineEqWith f xs))

fromDistinctAscList :: [(k, a)] -> Map k a
fromDistinctAscList xs = L.fromDistinctAscList (forceValues xs)

fromDistinctDescList :: [(k, a)] -> Map k a
fromDistinctDescList xs = L.fromDistinctDescList (forceValues xs)

-- Internals containers' -O1 unfoldings call (see Data.Map.Internal).

-- fromDistinctAscList's and fromDistinctDescList's loops, forcing the values
zz_zdwpolyzugo :: Int# -> Map k a -> [(k, a)] -> Map k a
zz_zdwpolyzugo s t xs = L.fdalGrow (I# s) t (forceValues xs)

zz_zdwpolyzugo1 :: Int# -> Map k a -> [(k, a)] -> Map k a
zz_zdwpolyzugo1 s t xs = L.fddlGrow (I# s) t (forceValues xs)

-- mapEitherWithKey
zz_zdwpolyzugo2 :: (k -> a -> Either b c) -> Map k a -> (# Map k b, Map k c #)
zz_zdwpolyzugo2 f m = case mapEitherWithKey f m of (a, b) -> (# a, b #)

zz_zdwmapAccumL :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (# a, Map k c #)
zz_zdwmapAccumL f a m = case mapAccumWithKey f a m of (a', m') -> (# a', m' #)

-- The merge API's value-strict tactics (Data.Map.Merge.Strict).

mapMissing :: Applicative f => (k -> x -> y) -> WhenMissing f k x y
mapMissing f = WhenMissing (\m -> pure $! mapWithKey f m) (\k x -> pure $! Just $! f k x)

mapMaybeMissing :: Applicative f => (k -> x -> Maybe y) -> WhenMissing f k x y
mapMaybeMissing f = WhenMissing (\m -> pure $! mapMaybeWithKey f m) (\k x -> pure $! forceMaybe $! f k x)

traverseMissing :: Applicative f => (k -> x -> f y) -> WhenMissing f k x y
traverseMissing f = WhenMissing (traverseWithKey f) (\k x -> (\ !y -> Just y) <$> f k x)

traverseMaybeMissing :: Applicative f => (k -> x -> f (Maybe y)) -> WhenMissing f k x y
traverseMaybeMissing f = WhenMissing (traverseMaybeWithKey f) (\k x -> forceMaybe <$> f k x)

zipWithMatched :: Applicative f => (k -> x -> y -> z) -> WhenMatched f k x y z
zipWithMatched f = WhenMatched (\k x y -> pure $! Just $! f k x y)

zipWithAMatched :: Applicative f => (k -> x -> y -> f z) -> WhenMatched f k x y z
zipWithAMatched f = WhenMatched (\k x y -> (\ !z -> Just z) <$> f k x y)

zipWithMaybeMatched :: Applicative f => (k -> x -> y -> Maybe z) -> WhenMatched f k x y z
zipWithMaybeMatched f = WhenMatched (\k x y -> pure $! forceMaybe $! f k x y)

zipWithMaybeAMatched :: Applicative f => (k -> x -> y -> f (Maybe z)) -> WhenMatched f k x y z
zipWithMaybeAMatched f = WhenMatched (\k x y -> forceMaybe <$> f k x y)

mapWhenMissing :: Functor f => (a -> b) -> WhenMissing f k x a -> WhenMissing f k x b
mapWhenMissing f t = WhenMissing
  (\m -> map f <$> missingSubtree t m)
  (\k x -> forceMaybe . fmap f <$> missingKey t k x)

mapWhenMatched :: Functor f => (a -> b) -> WhenMatched f k x y a -> WhenMatched f k x y b
mapWhenMatched f t = WhenMatched $ \k x y -> forceMaybe . fmap f <$> matchedKey t k x y
