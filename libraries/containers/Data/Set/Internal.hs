{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples, RankNTypes, TypeFamilies, GHCForeignImportPrim, UnliftedFFITypes #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Set.Internal:
-- weight-balanced trees (delta = 3, ratio = 2), from the documented API.
module Data.Set.Internal where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Prelude hiding (map, filter, foldr, foldl, null, splitAt, take, drop)
import qualified Data.List as L
import GHC.Exts (Int (I#), Int#, (+#), (*#), (<#), (<=#), (>#))
import qualified GHC.Exts as Exts
import qualified Data.Foldable as F
import Data.Functor.Classes (Eq1 (..), Ord1 (..), Show1 (..), showsUnaryWith)
import Data.Semigroup (Semigroup (..), stimesIdempotentMonoid)
import Utils.Containers.Internal.Error (containersError)
import Text.Read (Read (..), Lexeme (Ident), lexP, parens, prec, readListPrecDefault)

type Size = Int

-- hs2stg's primop for balanceSized's test (src/ministg/primops/balance.ts):
-- sl + sr + 1 when balanced, -1 to rotate left, -2 to rotate right.
foreign import prim "hs2stg_balanceSize" balanceSize# :: Int# -> Int# -> Int#

data Set a = Bin {-# UNPACK #-} !Size !a !(Set a) !(Set a) | Tip

infixl 9 \\

setError :: Int -> Int -> String -> a
setError = containersError "Data/Set/Internal.hs" "Data.Set.Internal"

empty :: Set a
empty = Tip

singleton :: a -> Set a
singleton x = Bin 1 x Tip Tip

size :: Set a -> Int
size Tip = 0
size (Bin s _ _ _) = s

null :: Set a -> Bool
null Tip = True
null _ = False

delta, ratio :: Int
delta = 3
ratio = 2

-- Size arithmetic on Int# itself: this module is compiled with
-- -fignore-interface-pragmas, to which base's (+), (*) and comparisons at Int
-- are opaque dictionary calls, so GHC built every size sum as a thunk (five
-- a balance) and took balance for lazy in its subtrees. Sizes are strict
-- (the Size field is), so these give the same results. (Not isTrue#: also
-- an opaque call here.)
infixl 7 *.
infixl 6 +.
infix 4 <., <=., >.

(+.), (*.) :: Int -> Int -> Int
I# a +. I# b = I# (a +# b)
I# a *. I# b = I# (a *# b)
{-# INLINE (+.) #-}
{-# INLINE (*.) #-}

(<.), (<=.), (>.) :: Int -> Int -> Bool
I# a <. I# b = case a <# b of { 1# -> True; _ -> False }
I# a <=. I# b = case a <=# b of { 1# -> True; _ -> False }
I# a >. I# b = case a ># b of { 1# -> True; _ -> False }
{-# INLINE (<.) #-}
{-# INLINE (<=.) #-}
{-# INLINE (>.) #-}

bin :: a -> Set a -> Set a -> Set a
bin x l r = Bin (size l +. size r +. 1) x l r

balance :: a -> Set a -> Set a -> Set a
balance x l r = case l of
  Tip -> case r of
    Tip -> balanceSized 0# 0# x l r
    Bin (I# sr) _ _ _ -> balanceSized 0# sr x l r
  Bin (I# sl) _ _ _ -> case r of
    Tip -> balanceSized sl 0# x l r
    Bin (I# sr) _ _ _ -> balanceSized sl sr x l r

-- balance once the sizes are known (sl, sr), as one known call: written
-- with `size` in guards, GHC rebuilt each size per guard through join
-- points, which the machine allocates (six closures a balance). The test
-- itself is one primop of hs2stg's (balanceSize#: the sum, delta's two
-- products and three comparisons took some twenty steps a balance).
balanceSized :: Int# -> Int# -> a -> Set a -> Set a -> Set a
balanceSized sl sr x l r = case balanceSize# sl sr of
  -1# -> rotateL x l r
  -2# -> rotateR x l r
  n -> Bin (I# n) x l r
{-# NOINLINE balanceSized #-}

balanceL, balanceR :: a -> Set a -> Set a -> Set a
balanceL = balance
balanceR = balance

rotateL, rotateR :: a -> Set a -> Set a -> Set a
rotateL x l r@(Bin _ _ ly ry)
  | size ly <. ratio *. size ry = singleL x l r
  | otherwise = doubleL x l r
rotateL x l Tip = bin x l Tip
rotateR x l@(Bin _ _ ly ry) r
  | size ry <. ratio *. size ly = singleR x l r
  | otherwise = doubleR x l r
rotateR x Tip r = bin x Tip r

singleL, singleR, doubleL, doubleR :: a -> Set a -> Set a -> Set a
singleL x1 t1 (Bin _ x2 t2 t3) = bin x2 (bin x1 t1 t2) t3
singleL x l Tip = bin x l Tip
singleR x1 (Bin _ x2 t1 t2) t3 = bin x2 t1 (bin x1 t2 t3)
singleR x Tip r = bin x Tip r
doubleL x1 t1 (Bin _ x2 (Bin _ x3 t2 t3) t4) = bin x3 (bin x1 t1 t2) (bin x2 t3 t4)
doubleL x l r = singleL x l r
doubleR x1 (Bin _ x2 t1 (Bin _ x3 t2 t3)) t4 = bin x3 (bin x2 t1 t2) (bin x1 t3 t4)
doubleR x l r = singleR x l r

insertMax, insertMin :: a -> Set a -> Set a
insertMax x Tip = singleton x
insertMax x (Bin _ y l r) = balanceR y l (insertMax x r)
insertMin x Tip = singleton x
insertMin x (Bin _ y l r) = balanceL y (insertMin x l) r

link :: a -> Set a -> Set a -> Set a
link x Tip r = insertMin x r
link x l Tip = insertMax x l
link x l@(Bin sizeL y ly ry) r@(Bin sizeR z lz rz)
  | delta *. sizeL <. sizeR = balanceL z (link x l lz) rz
  | delta *. sizeR <. sizeL = balanceR y ly (link x ry r)
  | otherwise = bin x l r

merge :: Set a -> Set a -> Set a
merge Tip r = r
merge l Tip = l
merge l@(Bin sizeL x lx rx) r@(Bin sizeR y ly ry)
  | delta *. sizeL <. sizeR = balanceL y (merge l ly) ry
  | delta *. sizeR <. sizeL = balanceR x lx (merge rx r)
  | otherwise = glue l r

glue :: Set a -> Set a -> Set a
glue Tip r = r
glue l Tip = l
glue l@(Bin sl xl ll lr) r@(Bin sr xr rl rr)
  | sl > sr = case maxViewSure xl ll lr of (m, l') -> balanceR m l' r
  | otherwise = case minViewSure xr rl rr of (m, r') -> balanceL m l r'

minViewSure :: a -> Set a -> Set a -> (a, Set a)
minViewSure x Tip r = (x, r)
minViewSure x (Bin _ xl ll lr) r = case minViewSure xl ll lr of
  (xm, l') -> let !t = balanceR x l' r in (xm, t)

maxViewSure :: a -> Set a -> Set a -> (a, Set a)
maxViewSure x l Tip = (x, l)
maxViewSure x l (Bin _ xr rl rr) = case maxViewSure xr rl rr of
  (xm, r') -> let !t = balanceL x l r' in (xm, t)

minView :: Set a -> Maybe (a, Set a)
minView Tip = Nothing
minView (Bin _ x l r) = Just (minViewSure x l r)

maxView :: Set a -> Maybe (a, Set a)
maxView Tip = Nothing
maxView (Bin _ x l r) = Just (maxViewSure x l r)

deleteFindMin :: Set a -> (a, Set a)
deleteFindMin t = case minView t of
  Just r -> r
  Nothing -> (setError 1610 18 "Set.deleteFindMin: can not return the minimal element of an empty set", Tip)

deleteFindMax :: Set a -> (a, Set a)
deleteFindMax t = case maxView t of
  Just r -> r
  Nothing -> (setError 1618 18 "Set.deleteFindMax: can not return the maximal element of an empty set", Tip)

member :: Ord a => a -> Set a -> Bool
member !_ Tip = False
member x (Bin _ y l r) = case compare x y of
  LT -> member x l
  GT -> member x r
  EQ -> True

notMember :: Ord a => a -> Set a -> Bool
notMember a t = not (member a t)

lookupLT, lookupGT, lookupLE, lookupGE :: Ord a => a -> Set a -> Maybe a
lookupLT = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing x (Bin _ y l r) | x <= y = goNothing x l
                              | otherwise = goJust x y r
    goJust !_ best Tip = Just best
    goJust x best (Bin _ y l r) | x <= y = goJust x best l
                                | otherwise = goJust x y r
lookupGT = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing x (Bin _ y l r) | x < y = goJust x y l
                              | otherwise = goNothing x r
    goJust !_ best Tip = Just best
    goJust x best (Bin _ y l r) | x < y = goJust x y l
                                | otherwise = goJust x best r
lookupLE = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing x (Bin _ y l r) = case compare x y of
      LT -> goNothing x l
      EQ -> Just y
      GT -> goJust x y r
    goJust !_ best Tip = Just best
    goJust x best (Bin _ y l r) = case compare x y of
      LT -> goJust x best l
      EQ -> Just y
      GT -> goJust x y r
lookupGE = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing x (Bin _ y l r) = case compare x y of
      LT -> goJust x y l
      EQ -> Just y
      GT -> goNothing x r
    goJust !_ best Tip = Just best
    goJust x best (Bin _ y l r) = case compare x y of
      LT -> goJust x y l
      EQ -> Just y
      GT -> goJust x best r

insert :: Ord a => a -> Set a -> Set a
insert !x Tip = singleton x
insert x (Bin sz y l r) = case compare x y of
  LT -> balanceL y (insert x l) r
  GT -> balanceR y l (insert x r)
  EQ -> Bin sz x l r

insertR :: Ord a => a -> Set a -> Set a
insertR !x Tip = singleton x
insertR x t@(Bin _ y l r) = case compare x y of
  LT -> balanceL y (insertR x l) r
  GT -> balanceR y l (insertR x r)
  EQ -> t

delete :: Ord a => a -> Set a -> Set a
delete !_ Tip = Tip
delete x (Bin _ y l r) = case compare x y of
  LT -> balanceR y (delete x l) r
  GT -> balanceL y l (delete x r)
  EQ -> glue l r

alterF :: (Ord a, Functor f) => (Bool -> f Bool) -> a -> Set a -> f (Set a)
alterF f k s = fmap choose (f present)
  where
    present = member k s
    choose True = if present then s else insert k s
    choose False = if present then delete k s else s

isProperSubsetOf :: Ord a => Set a -> Set a -> Bool
isProperSubsetOf s1 s2 = size s1 < size s2 && isSubsetOf s1 s2

isSubsetOf :: Ord a => Set a -> Set a -> Bool
isSubsetOf t1 t2 = size t1 <= size t2 && all (`member` t2) (toAscList t1)

disjoint :: Ord a => Set a -> Set a -> Bool
disjoint Tip _ = True
disjoint _ Tip = True
disjoint (Bin 1 x _ _) t = x `notMember` t
disjoint (Bin _ x l r) t = not found && disjoint l lt && disjoint r gt
  where (lt, found, gt) = splitMember x t

lookupMin :: Set a -> Maybe a
lookupMin Tip = Nothing
lookupMin (Bin _ x l _) = Just (go x l)
  where go y Tip = y
        go _ (Bin _ y l' _) = go y l'

lookupMax :: Set a -> Maybe a
lookupMax Tip = Nothing
lookupMax (Bin _ x _ r) = Just (go x r)
  where go y Tip = y
        go _ (Bin _ y _ r') = go y r'

findMin :: Set a -> a
findMin t = case lookupMin t of
  Just r -> r
  Nothing -> setError 790 17 "Set.findMin: empty set has no minimal element"

findMax :: Set a -> a
findMax t = case lookupMax t of
  Just r -> r
  Nothing -> setError 808 17 "Set.findMax: empty set has no maximal element"

deleteMin :: Set a -> Set a
deleteMin (Bin _ _ Tip r) = r
deleteMin (Bin _ x l r) = balanceR x (deleteMin l) r
deleteMin Tip = Tip

deleteMax :: Set a -> Set a
deleteMax (Bin _ _ l Tip) = l
deleteMax (Bin _ x l r) = balanceL x l (deleteMax r)
deleteMax Tip = Tip

unions :: (Foldable f, Ord a) => f (Set a) -> Set a
unions = F.foldl' union empty

union :: Ord a => Set a -> Set a -> Set a
union t1 Tip = t1
union t1 (Bin 1 x _ _) = insertR x t1
union (Bin 1 x _ _) t2 = insert x t2
union Tip t2 = t2
union (Bin _ x l1 r1) t2 = case splitS x t2 of
  (l2, r2) -> link x (union l1 l2) (union r1 r2)

difference :: Ord a => Set a -> Set a -> Set a
difference Tip _ = Tip
difference t1 Tip = t1
difference t1 (Bin _ x l2 r2) = case split x t1 of
  (l1, r1)
    | size l1l2 + size r1r2 == size t1 -> t1
    | otherwise -> merge l1l2 r1r2
    where
      !l1l2 = difference l1 l2
      !r1r2 = difference r1 r2

(\\) :: Ord a => Set a -> Set a -> Set a
m1 \\ m2 = difference m1 m2

intersection :: Ord a => Set a -> Set a -> Set a
intersection Tip _ = Tip
intersection _ Tip = Tip
intersection (Bin _ x l1 r1) t2 = case splitMember x t2 of
  (l2, b, r2)
    | b -> link x l1l2 r1r2
    | otherwise -> merge l1l2 r1r2
    where
      !l1l2 = intersection l1 l2
      !r1r2 = intersection r1 r2

filter :: (a -> Bool) -> Set a -> Set a
filter _ Tip = Tip
filter p t@(Bin _ x l r)
  | p x = if size l == size l' && size r == size r' then t else link x l' r'
  | otherwise = merge l' r'
  where
    !l' = filter p l
    !r' = filter p r

partition :: (a -> Bool) -> Set a -> (Set a, Set a)
partition p s = (filter p s, filter (not . p) s)

takeWhileAntitone :: (a -> Bool) -> Set a -> Set a
takeWhileAntitone _ Tip = Tip
takeWhileAntitone p (Bin _ x l r)
  | p x = link x l (takeWhileAntitone p r)
  | otherwise = takeWhileAntitone p l

dropWhileAntitone :: (a -> Bool) -> Set a -> Set a
dropWhileAntitone _ Tip = Tip
dropWhileAntitone p (Bin _ x l r)
  | p x = dropWhileAntitone p r
  | otherwise = link x (dropWhileAntitone p l) r

spanAntitone :: (a -> Bool) -> Set a -> (Set a, Set a)
spanAntitone p s = (takeWhileAntitone p s, dropWhileAntitone p s)

map :: Ord b => (a -> b) -> Set a -> Set b
map f = fromList . L.map f . toList

mapMonotonic :: (a -> b) -> Set a -> Set b
mapMonotonic _ Tip = Tip
mapMonotonic f (Bin sz x l r) = Bin sz (f x) (mapMonotonic f l) (mapMonotonic f r)

fold :: (a -> b -> b) -> b -> Set a -> b
fold = foldr

foldr :: (a -> b -> b) -> b -> Set a -> b
foldr f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ x l r) = go (f x (go z' r)) l

foldl :: (a -> b -> a) -> a -> Set b -> a
foldl f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ x l r) = go (f (go z' l) x) r

foldr' :: (a -> b -> b) -> b -> Set a -> b
foldr' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ x l r) = let !z'' = go z' r in go (f x z'') l

foldl' :: (a -> b -> a) -> a -> Set b -> a
foldl' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ x l r) = let !z'' = go z' l in go (f z'' x) r

elems :: Set a -> [a]
elems = toAscList

toList :: Set a -> [a]
toList = toAscList

toAscList :: Set a -> [a]
toAscList = foldr (:) []

toDescList :: Set a -> [a]
toDescList = foldl (flip (:)) []

fromList :: Ord a => [a] -> Set a
fromList [] = Tip
fromList (x : rest)
  | brokenAt x rest = insertAll (singleton x) rest
  | otherwise = grow 1 (singleton x) rest
  where
    brokenAt _ [] = False
    brokenAt k (k' : _) = k >= k'
    insertAll t ys = L.foldl' (flip insert) t ys
    grow !_ t [] = t
    grow s t (y : ys)
      | brokenAt y ys = insertAll t (y : ys)
      | otherwise = case piece s ys of
          (r, zs, False) -> grow (s * 2) (link y t r) zs
          (r, zs, True) -> insertAll (link y t r) zs
    piece !_ [] = (Tip, [], False)
    piece 1 (y : ys) = (singleton y, ys, brokenAt y ys)
    piece s ys = case piece (s `div` 2) ys of
      res@(_, _, True) -> res
      res@(_, [], _) -> res
      (l, y : ys', _)
        | brokenAt y ys' -> (l, y : ys', True)
        | otherwise -> case piece (s `div` 2) ys' of
            (r, zs, b) -> (link y l r, zs, b)

fromAscList :: Eq a => [a] -> Set a
fromAscList xs = fromDistinctAscList (combineEq xs)

-- Runs of equal elements replaced by their first.
combineEq :: Eq a => [a] -> [a]
combineEq [] = []
combineEq (x : xs) = go x xs
  where
    go z [] = [z]
    go z (y : ys) | z == y = go z ys
                  | otherwise = z : go y ys

fromDescList :: Eq a => [a] -> Set a
fromDescList xs = fromDistinctDescList (combineEq xs)

fromDistinctDescList :: [a] -> Set a
fromDistinctDescList [] = Tip
fromDistinctDescList (x : rest) = fddlGrow 1 (singleton x) rest

fddlGrow :: Int -> Set a -> [a] -> Set a
fddlGrow !_ t [] = t
fddlGrow s t (y : ys) = case fddlPiece s ys of
  (l, zs) -> fddlGrow (s * 2) (link y l t) zs

fddlPiece :: Int -> [a] -> (Set a, [a])
fddlPiece !_ [] = (Tip, [])
fddlPiece 1 (y : ys) = (singleton y, ys)
fddlPiece s ys = case fddlPiece (s `div` 2) ys of
  res@(_, []) -> res
  (r, y : ys') -> case fddlPiece (s `div` 2) ys' of
    (l, zs) -> (link y l r, zs)

fromDistinctAscList :: [a] -> Set a
fromDistinctAscList [] = Tip
fromDistinctAscList (x : rest) = fdalGrow 1 (singleton x) rest

fdalGrow :: Int -> Set a -> [a] -> Set a
fdalGrow !_ t [] = t
fdalGrow s t (y : ys) = case fdalPiece s ys of
  (r, zs) -> fdalGrow (s * 2) (link y t r) zs

fdalPiece :: Int -> [a] -> (Set a, [a])
fdalPiece !_ [] = (Tip, [])
fdalPiece 1 (y : ys) = (singleton y, ys)
fdalPiece s ys = case fdalPiece (s `div` 2) ys of
  res@(_, []) -> res
  (l, y : ys') -> case fdalPiece (s `div` 2) ys' of
    (r, zs) -> (link y l r, zs)

split :: Ord a => a -> Set a -> (Set a, Set a)
split x t = splitS x t

splitS :: Ord a => a -> Set a -> (Set a, Set a)
splitS !_ Tip = (Tip, Tip)
splitS x (Bin _ y l r) = case compare x y of
  LT -> case splitS x l of (lt, gt) -> let !gt' = link y gt r in (lt, gt')
  GT -> case splitS x r of (lt, gt) -> let !lt' = link y l lt in (lt', gt)
  EQ -> (l, r)

splitMember :: Ord a => a -> Set a -> (Set a, Bool, Set a)
splitMember !_ Tip = (Tip, False, Tip)
splitMember x (Bin _ y l r) = case compare x y of
  LT -> case splitMember x l of (lt, found, gt) -> let !gt' = link y gt r in (lt, found, gt')
  GT -> case splitMember x r of (lt, found, gt) -> let !lt' = link y l lt in (lt', found, gt)
  EQ -> (l, True, r)

splitRoot :: Set a -> [Set a]
splitRoot Tip = []
splitRoot (Bin _ v l r) = [l, singleton v, r]

findIndex :: Ord a => a -> Set a -> Int
findIndex x s = case lookupIndex x s of
  Just i -> i
  Nothing -> setError 1335 21 "Set.findIndex: element is not in the set"

lookupIndex :: Ord a => a -> Set a -> Maybe Int
lookupIndex = go 0
  where
    go !_ !_ Tip = Nothing
    go idx x (Bin _ kx l r) = case compare x kx of
      LT -> go idx x l
      GT -> go (idx + size l + 1) x r
      EQ -> Just (idx + size l)

elemAt :: Int -> Set a -> a
elemAt !_ Tip = setError 1380 17 "Set.elemAt: index out of range"
elemAt i (Bin _ x l r)
  | i < sl = elemAt i l
  | i > sl = elemAt (i - sl - 1) r
  | otherwise = x
  where sl = size l

deleteAt :: Int -> Set a -> Set a
deleteAt !_ Tip = setError 1403 12 "Set.deleteAt: index out of range"
deleteAt i (Bin _ x l r)
  | i < sl = balanceR x (deleteAt i l) r
  | i > sl = balanceL x l (deleteAt (i - sl - 1) r)
  | otherwise = glue l r
  where sl = size l

take :: Int -> Set a -> Set a
take i m | i >= size m = m
take i m = takeGo i m

drop :: Int -> Set a -> Set a
drop i m | i >= size m = Tip
drop i m = dropGo i m

takeGo :: Int -> Set a -> Set a
takeGo i !_ | i <= 0 = Tip
takeGo !_ Tip = Tip
takeGo i (Bin _ x l r)
  | i < sl = takeGo i l
  | i == sl = l
  | otherwise = link x l (takeGo (i - sl - 1) r)
  where sl = size l

dropGo :: Int -> Set a -> Set a
dropGo i m | i <= 0 = m
dropGo !_ Tip = Tip
dropGo i (Bin _ x l r)
  | i < sl = link x (dropGo i l) r
  | i == sl = insertMin x r
  | otherwise = dropGo (i - sl - 1) r
  where sl = size l

splitAt :: Int -> Set a -> (Set a, Set a)
splitAt i m = (take i m, drop i m)

cartesianProduct :: Set a -> Set b -> Set (a, b)
cartesianProduct as bs = fromDistinctAscList [(a, b) | a <- toAscList as, b <- toAscList bs]

disjointUnion :: Set a -> Set b -> Set (Either a b)
disjointUnion as bs = merge (mapMonotonic zz_disjointUnion2 as) (mapMonotonic zz_disjointUnion1 bs)

zz_disjointUnion1 :: b -> Either a b
zz_disjointUnion1 = Right

zz_disjointUnion2 :: a -> Either a b
zz_disjointUnion2 = Left

powerSet :: Set a -> Set (Set a)
powerSet xs0 = insertMin empty (zz_powerSet1 Tip xs0)

zz_powerSet1 :: Set (Set a) -> Set a -> Set (Set a)
zz_powerSet1 z xs0 = foldr' step z xs0
  where
    step x pxs = insertMin (singleton x) (insertMin x `mapMonotonic` pxs) `glue` pxs

-- Debugging ---------------------------------------------------------------------

showTree :: Show a => Set a -> String
showTree s = showTreeWith True False s

showTreeWith :: Show a => Bool -> Bool -> Set a -> String
showTreeWith hang wide t
  | hang = showsTreeHang wide [] t ""
  | otherwise = showsTree wide [] [] t ""

showsTree :: Show a => Bool -> [String] -> [String] -> Set a -> ShowS
showsTree wide lbars rbars t = case t of
  Tip -> showsBars lbars . showString "|\n"
  Bin _ x Tip Tip -> showsBars lbars . shows x . showString "\n"
  Bin _ x l r ->
    showsTree wide (withBar rbars) (withEmpty rbars) r
      . showWide wide rbars
      . showsBars lbars . shows x . showString "\n"
      . showWide wide lbars
      . showsTree wide (withEmpty lbars) (withBar lbars) l

showsTreeHang :: Show a => Bool -> [String] -> Set a -> ShowS
showsTreeHang wide bars t = case t of
  Tip -> showsBars bars . showString "|\n"
  Bin _ x Tip Tip -> showsBars bars . shows x . showString "\n"
  Bin _ x l r ->
    showsBars bars . shows x . showString "\n"
      . showWide wide bars
      . showsTreeHang wide (withBar bars) l
      . showWide wide bars
      . showsTreeHang wide (withEmpty bars) r

showWide :: Bool -> [String] -> String -> String
showWide wide bars
  | wide = showString (concat (reverse bars)) . showString "|\n"
  | otherwise = id

showsBars :: [String] -> ShowS
showsBars bars = case bars of
  [] -> id
  (_ : rest) -> showString (concat (reverse rest)) . showString node

node :: String
node = "+--"

withBar, withEmpty :: [String] -> [String]
withBar bars = "|  " : bars
withEmpty bars = "   " : bars

valid :: Ord a => Set a -> Bool
valid t = balanced t && ordered t && validsize t
  where
    ordered s = let xs = toAscList s in and (zipWith (<) xs (drop1 xs))
    drop1 [] = []
    drop1 (_ : ys) = ys
    validsize s = realsize s == Just (size s)
    realsize Tip = Just 0
    realsize (Bin sz _ l r) = case (realsize l, realsize r) of
      (Just n, Just m) | n + m + 1 == sz -> Just sz
      _ -> Nothing

balanced :: Set a -> Bool
balanced Tip = True
balanced (Bin _ _ l r) =
  (size l + size r <= 1 || (size l <= delta * size r && size r <= delta * size l))
    && balanced l && balanced r

-- Instances ---------------------------------------------------------------------

instance Eq a => Eq (Set a) where
  t1 == t2 = size t1 == size t2 && toAscList t1 == toAscList t2

instance Ord a => Ord (Set a) where
  compare s1 s2 = compare (toAscList s1) (toAscList s2)

instance Show a => Show (Set a) where
  showsPrec p xs = showParen (p > 10) $ showString "fromList " . shows (toList xs)

instance (Read a, Ord a) => Read (Set a) where
  readPrec = parens $ prec 10 $ do
    Ident "fromList" <- lexP
    xs <- readPrec
    return (fromList xs)
  readListPrec = readListPrecDefault

instance Foldable Set where
  fold = go
    where go Tip = mempty
          go (Bin 1 k _ _) = k
          go (Bin _ k l r) = go l `mappend` (k `mappend` go r)
  foldr = foldr
  foldl = foldl
  foldMap f t = go t
    where go Tip = mempty
          go (Bin 1 k _ _) = f k
          go (Bin _ k l r) = go l `mappend` (f k `mappend` go r)
  foldr' = foldr'
  foldl' = foldl'
  toList = toList
  null = null
  length = size
  elem = go
    where go !_ Tip = False
          go x (Bin _ y l r) = x == y || go x l || go x r
  minimum = findMin
  maximum = findMax
  sum = foldl' (+) 0
  product = foldl' (*) 1

instance Ord a => Semigroup (Set a) where
  (<>) = union
  stimes = stimesIdempotentMonoid

-- GHC.Exts.IsList (OverloadedLists): fromListN is the class default (fromList)
instance Ord a => Exts.IsList (Set a) where
  type Item (Set a) = a
  fromList = fromList
  toList = toList

instance Ord a => Monoid (Set a) where
  mempty = empty
  mconcat = unions

-- Internals containers' -O1 unfoldings call (see Data.Map.Internal).

-- splitMember x (Bin sz y l r), the dictionary last
zz_splitMemberzuzdszdwsplitMember :: Int# -> a -> Set a -> Set a -> a -> (Ord a => (# Set a, Bool, Set a #))
zz_splitMemberzuzdszdwsplitMember sz y l r x = case splitMember x (Bin (I# sz) y l r) of
  (lt, b, gt) -> (# lt, b, gt #)

zz_zdfDataSet1 :: [a] -> Set a -> [a]
zz_zdfDataSet1 acc s = foldr (:) acc s

zz_zdfShowSet1 :: String
zz_zdfShowSet1 = "fromList "

zz_deleteFindMin2 :: a
zz_deleteFindMin2 = setError 1610 18 "Set.deleteFindMin: can not return the minimal element of an empty set"

zz_findMin1 :: a
zz_findMin1 = setError 790 17 "Set.findMin: empty set has no minimal element"

zz_findMax1 :: a
zz_findMax1 = setError 808 17 "Set.findMax: empty set has no maximal element"

-- foldl1's and foldr1's error on an empty structure, as the Foldable
-- instance's -O1 foldl1 and foldr1 name them.
zz_zdfFoldableSet1 :: a
zz_zdfFoldableSet1 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableSet2 :: a
zz_zdfFoldableSet2 = errorWithoutStackTrace "foldr1: empty structure"

zz_zdwdeleteAt :: Int# -> Set a -> Set a
zz_zdwdeleteAt i s = deleteAt (I# i) s

zz_zdwelemAt :: Int# -> Set a -> a
zz_zdwelemAt i s = elemAt (I# i) s

zz_zdwzdcshowsPrec :: Show a => Int# -> Set a -> ShowS
zz_zdwzdcshowsPrec d s = showsPrec (I# d) s

-- showTree's loop with wide = False: the string to append, the tree, the bars
zz_showTreezuzdsshowsTreeHang :: String -> Set a -> [String] -> (Show a => String)
zz_showTreezuzdsshowsTreeHang rest t bars = showsTreeHang False bars t rest

-- deleteFindMin and deleteFindMax of an empty set: a pair whose first
-- component is the error, the second the empty set.
zz_deleteFindMin1 :: (a, Set a)
zz_deleteFindMin1 = (zz_deleteFindMin2, Tip)

zz_deleteFindMax1 :: (a, Set a)
zz_deleteFindMax1 = (zz_deleteFindMax2, Tip)

zz_deleteFindMax2 :: a
zz_deleteFindMax2 = setError 1618 18 "Set.deleteFindMax: can not return the maximal element of an empty set"

-- valid's size check: the size the tree's shape gives, if every node's
-- stored size agrees with it
zz_valid1 :: Set a -> Maybe Int
zz_valid1 Tip = Just 0
zz_valid1 (Bin sz _ l r) = case (zz_valid1 l, zz_valid1 r) of
  (Just n, Just m) | n + m + 1 == sz -> Just sz
  _ -> Nothing

-- isSubsetOf's loop (the sizes already compared): every element of the
-- first set is in the second, split around the first set's root
zz_isSubsetOfX :: Ord a => Set a -> Set a -> Bool
zz_isSubsetOfX Tip _ = True
zz_isSubsetOfX _ Tip = False
zz_isSubsetOfX (Bin 1 x _ _) t = member x t
zz_isSubsetOfX (Bin _ x l r) t = case splitMember x t of
  (lt, found, gt) -> found && zz_isSubsetOfX l lt && zz_isSubsetOfX r gt

zz_deleteMaxzuzdsdeleteMax :: Int# -> a -> Set a -> Set a -> Set a
zz_deleteMaxzuzdsdeleteMax sz x l r = deleteMax (Bin (I# sz) x l r)

zz_deleteMinzuzdsdeleteMin :: Int# -> a -> Set a -> Set a -> Set a
zz_deleteMinzuzdsdeleteMin sz x l r = deleteMin (Bin (I# sz) x l r)

-- merge l (Bin sz x lr rr)
zz_mergezuzdsmerge1 :: Int# -> a -> Set a -> Set a -> Set a -> Set a
zz_mergezuzdsmerge1 sz x lr rr l = merge l (Bin (I# sz) x lr rr)

zz_lookupMinSure :: a -> Set a -> a
zz_lookupMinSure x Tip = x
zz_lookupMinSure _ (Bin _ x l _) = zz_lookupMinSure x l

zz_lookupMaxSure :: a -> Set a -> a
zz_lookupMaxSure x Tip = x
zz_lookupMaxSure _ (Bin _ x _ r) = zz_lookupMaxSure x r

zz_toDescList1 :: [a] -> Set a -> [a]
zz_toDescList1 acc s = foldl (flip (:)) acc s

zz_takezuzdszdwpolyzugo :: Int# -> a -> Set a -> Set a -> Int# -> Set a
zz_takezuzdszdwpolyzugo sz x l r i = takeGo (I# i) (Bin (I# sz) x l r)

zz_dropzuzdszdwpolyzugo :: Int# -> a -> Set a -> Set a -> Int# -> Set a
zz_dropzuzdszdwpolyzugo sz x l r i = dropGo (I# i) (Bin (I# sz) x l r)

zz_splitAtzuzdszdwpolyzugo :: Int# -> a -> Set a -> Set a -> Int# -> (# Set a, Set a #)
zz_splitAtzuzdszdwpolyzugo sz x l r i = let t = Bin (I# sz) x l r in (# takeGo (I# i) t, dropGo (I# i) t #)

-- minViewSure and maxViewSure on a node's element and subtrees
zz_zdwgo1 :: a -> Set a -> Set a -> (# a, Set a #)
zz_zdwgo1 x l r = case minViewSure x l r of (m, t) -> (# m, t #)

zz_zdwgo :: a -> Set a -> Set a -> (# a, Set a #)
zz_zdwgo x l r = case maxViewSure x l r of (m, t) -> (# m, t #)

-- fromDistinctAscList's and fromDistinctDescList's loops
zz_zdwpolyzugo :: Int# -> Set a -> [a] -> Set a
zz_zdwpolyzugo s t xs = fdalGrow (I# s) t xs

zz_zdwpolyzugo1 :: Int# -> Set a -> [a] -> Set a
zz_zdwpolyzugo1 s t xs = fddlGrow (I# s) t xs

-- partition and spanAntitone
zz_zdwpolyzugo2 :: (a -> Bool) -> Set a -> (# Set a, Set a #)
zz_zdwpolyzugo2 p s = case partition p s of (a, b) -> (# a, b #)

zz_zdwpolyzugo3 :: (a -> Bool) -> Set a -> (# Set a, Set a #)
zz_zdwpolyzugo3 p s = case spanAntitone p s of (a, b) -> (# a, b #)

instance Eq1 Set where
  liftEq eq m n = size m == size n && liftEq eq (toList m) (toList n)

instance Ord1 Set where
  liftCompare cmp m n = liftCompare cmp (toList m) (toList n)

instance Show1 Set where
  liftShowsPrec sp sl d m = showsUnaryWith (liftShowsPrec sp sl) "fromList" d (toList m)

zz_zdfReadSetzuw1 :: String
zz_zdfReadSetzuw1 = "fromList"

-- NFData (deepseq): the elements, from the root.
instance NFData a => NFData (Set a) where
  rnf Tip = ()
  rnf (Bin _ x l r) = rnf x `seq` rnf l `seq` rnf r

-- ------------------------------------------------------------------ Data
-- Seen through fromList, as containers documents it.
instance (Data a, Ord a) => Data (Set a) where
  gfoldl f z set = z fromList `f` toList set
  toConstr _ = fromListConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z fromList)
    _ -> zz_zdfDataSet11
  dataTypeOf _ = setDataType
  dataCast1 f = gcast1 f

-- gunfold on a constructor index but 1: the failure GHC floats out of the
-- instance as `$fDataSet11` (-O1 code inlining gunfold calls it).
zz_zdfDataSet11 :: a
zz_zdfDataSet11 = containersError "Data/Set/Internal.hs" "Data.Set.Internal" 372 10 "gunfold"

fromListConstr :: Constr
fromListConstr = mkConstr setDataType "fromList" [] Prefix

setDataType :: DataType
setDataType = mkDataType "Data.Set.Internal.Set" [fromListConstr]
