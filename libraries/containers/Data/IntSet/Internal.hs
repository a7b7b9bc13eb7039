{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples, TypeFamilies #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.IntSet.Internal:
-- big-endian patricia trees over the keys' prefixes, with 64-bit bitmaps
-- of the low six bits in the leaves (containers' documented layout). The
-- tree of a set is unique, so bulk operations may go through lists.
module Data.IntSet.Internal where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Prelude hiding (map, filter, foldr, foldl, null)
import qualified Prelude as P
import qualified Data.List as L
import Data.Bits
import GHC.Exts (Int (I#), Int#, Word (W#), Word#)
import qualified GHC.Exts as Exts
import Data.Semigroup (Semigroup (..), stimesIdempotentMonoid)
import Text.Read (Read (..), Lexeme (Ident), lexP, parens, prec, readListPrecDefault)
import Utils.Containers.Internal.Error (containersError)

type Key = Int
type Prefix = Int
type Mask = Int
type BitMap = Word
type Nat = Word

data IntSet = Bin {-# UNPACK #-} !Prefix {-# UNPACK #-} !Mask !IntSet !IntSet
            | Tip {-# UNPACK #-} !Prefix {-# UNPACK #-} !BitMap
            | Nil

infixl 9 \\

setError :: Int -> Int -> String -> a
setError = containersError "Data/IntSet/Internal.hs" "Data.IntSet.Internal"

-- Bits ------------------------------------------------------------------------

suffixBitMask, prefixBitMask :: Int
suffixBitMask = 63
prefixBitMask = complement suffixBitMask

prefixOf :: Int -> Prefix
prefixOf x = x .&. prefixBitMask

suffixOf :: Int -> Int
suffixOf x = x .&. suffixBitMask

bitmapOf :: Int -> BitMap
bitmapOf x = 1 `shiftL` suffixOf x

natFromInt :: Int -> Nat
natFromInt = fromIntegral

intFromNat :: Nat -> Int
intFromNat = fromIntegral

zero :: Int -> Mask -> Bool
zero i m = natFromInt i .&. natFromInt m == 0

mask :: Int -> Mask -> Prefix
mask i m = intFromNat (natFromInt i .&. (complement (natFromInt m - 1) `xor` natFromInt m))

nomatch, match :: Int -> Prefix -> Mask -> Bool
nomatch i p m = mask i m /= p
match i p m = mask i m == p

shorter :: Mask -> Mask -> Bool
shorter m1 m2 = natFromInt m1 > natFromInt m2

highestBitMask :: Word -> Word
highestBitMask w = bit (finiteBitSize w - 1 - countLeadingZeros w)

branchMask :: Prefix -> Prefix -> Mask
branchMask p1 p2 = intFromNat (highestBitMask (natFromInt p1 `xor` natFromInt p2))

link :: Prefix -> IntSet -> Prefix -> IntSet -> IntSet
link p1 t1 p2 t2
  | zero p1 m = Bin p m t1 t2
  | otherwise = Bin p m t2 t1
  where
    m = branchMask p1 p2
    p = mask p1 m

bin :: Prefix -> Mask -> IntSet -> IntSet -> IntSet
bin _ _ l Nil = l
bin _ _ Nil r = r
bin p m l r = Bin p m l r

tip :: Prefix -> BitMap -> IntSet
tip _ 0 = Nil
tip kx bm = Tip kx bm

-- Basic -----------------------------------------------------------------------

empty :: IntSet
empty = Nil

singleton :: Key -> IntSet
singleton x = Tip (prefixOf x) (bitmapOf x)

null :: IntSet -> Bool
null Nil = True
null _ = False

size :: IntSet -> Int
size = go 0
  where
    go !acc (Bin _ _ l r) = go (go acc l) r
    go acc (Tip _ bm) = acc + popCount bm
    go acc Nil = acc

member :: Key -> IntSet -> Bool
member !x = go
  where
    go (Bin p m l r)
      | nomatch x p m = False
      | zero x m = go l
      | otherwise = go r
    go (Tip y bm) = prefixOf x == y && bitmapOf x .&. bm /= 0
    go Nil = False

notMember :: Key -> IntSet -> Bool
notMember k = not . member k

insert :: Key -> IntSet -> IntSet
insert !x = insertBM (prefixOf x) (bitmapOf x)

insertBM :: Prefix -> BitMap -> IntSet -> IntSet
insertBM !kx !bm t@(Bin p m l r)
  | nomatch kx p m = link kx (Tip kx bm) p t
  | zero kx m = Bin p m (insertBM kx bm l) r
  | otherwise = Bin p m l (insertBM kx bm r)
insertBM kx bm t@(Tip kx' bm')
  | kx' == kx = Tip kx' (bm .|. bm')
  | otherwise = link kx (Tip kx bm) kx' t
insertBM kx bm Nil = Tip kx bm

delete :: Key -> IntSet -> IntSet
delete !x = deleteBM (prefixOf x) (bitmapOf x)

deleteBM :: Prefix -> BitMap -> IntSet -> IntSet
deleteBM !kx !bm t@(Bin p m l r)
  | nomatch kx p m = t
  | zero kx m = bin p m (deleteBM kx bm l) r
  | otherwise = bin p m l (deleteBM kx bm r)
deleteBM kx bm t@(Tip kx' bm')
  | kx' == kx = tip kx (bm' .&. complement bm)
  | otherwise = t
deleteBM _ _ Nil = Nil

alterF :: Functor f => (Bool -> f Bool) -> Key -> IntSet -> f IntSet
alterF f k s = fmap choose (f present)
  where
    present = member k s
    choose True = if present then s else insert k s
    choose False = if present then delete k s else s

-- Folds (in ascending order of the keys: a negative mask at the root puts
-- the negative keys, in its right subtree, first) ----------------------------

foldr :: (Key -> b -> b) -> b -> IntSet -> b
foldr f z t = case t of
  Bin _ m l r | m < 0 -> go (go z l) r
  _ -> go z t
  where
    go z' Nil = z'
    go z' (Tip kx bm) = foldrBits kx f z' bm
    go z' (Bin _ _ l r) = go (go z' r) l

foldl :: (a -> Key -> a) -> a -> IntSet -> a
foldl f z t = case t of
  Bin _ m l r | m < 0 -> go (go z r) l
  _ -> go z t
  where
    go z' Nil = z'
    go z' (Tip kx bm) = foldlBits kx f z' bm
    go z' (Bin _ _ l r) = go (go z' l) r

foldr' :: (Key -> b -> b) -> b -> IntSet -> b
foldr' f z t = foldl (\g x -> \acc -> let !acc' = f x acc in g acc') id t z

foldl' :: (a -> Key -> a) -> a -> IntSet -> a
foldl' f z t = case t of
  Bin _ m l r | m < 0 -> go (go z r) l
  _ -> go z t
  where
    go !z' Nil = z'
    go z' (Tip kx bm) = L.foldl' f z' (bitsOf kx bm)
    go z' (Bin _ _ l r) = let !z'' = go z' l in go z'' r

fold :: (Key -> b -> b) -> b -> IntSet -> b
fold = foldr

bitsOf :: Prefix -> BitMap -> [Key]
bitsOf kx bm = [kx + i | i <- [0 .. 63], testBit bm i]

foldrBits :: Prefix -> (Key -> b -> b) -> b -> BitMap -> b
foldrBits kx f z bm = P.foldr f z (bitsOf kx bm)

foldlBits :: Prefix -> (a -> Key -> a) -> a -> BitMap -> a
foldlBits kx f z bm = P.foldl f z (bitsOf kx bm)

elems, toList, toAscList, toDescList :: IntSet -> [Key]
elems = toAscList
toList = toAscList
toAscList = foldr (:) []
toDescList = foldl (flip (:)) []

fromList :: [Key] -> IntSet
fromList = L.foldl' (flip insert) Nil

fromAscList :: [Key] -> IntSet
fromAscList = fromList

fromDistinctAscList :: [Key] -> IntSet
fromDistinctAscList = fromList

-- Min/Max ----------------------------------------------------------------------

lookupMin :: IntSet -> Maybe Key
lookupMin t = case toAscList t of
  (x : _) -> Just x
  [] -> Nothing

lookupMax :: IntSet -> Maybe Key
lookupMax t = case toDescList t of
  (x : _) -> Just x
  [] -> Nothing

findMin :: IntSet -> Key
findMin t = case lookupMin t of
  Just x -> x
  Nothing -> setError 905 15 "findMin: empty set has no minimal element"

findMax :: IntSet -> Key
findMax t = case lookupMax t of
  Just x -> x
  Nothing -> setError 916 15 "findMax: empty set has no maximal element"

minView :: IntSet -> Maybe (Key, IntSet)
minView t = case lookupMin t of
  Just x -> Just (x, delete x t)
  Nothing -> Nothing

maxView :: IntSet -> Maybe (Key, IntSet)
maxView t = case lookupMax t of
  Just x -> Just (x, delete x t)
  Nothing -> Nothing

deleteFindMin :: IntSet -> (Key, IntSet)
deleteFindMin t = case minView t of
  Just r -> r
  Nothing -> setError 894 28 "deleteFindMin: empty set has no minimal element"

deleteFindMax :: IntSet -> (Key, IntSet)
deleteFindMax t = case maxView t of
  Just r -> r
  Nothing -> setError 900 28 "deleteFindMax: empty set has no maximal element"

deleteMin :: IntSet -> IntSet
deleteMin t = maybe Nil snd (minView t)

deleteMax :: IntSet -> IntSet
deleteMax t = maybe Nil snd (maxView t)

lookupLT, lookupGT, lookupLE, lookupGE :: Key -> IntSet -> Maybe Key
lookupLT x t = case L.dropWhile (>= x) (toDescList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupGT x t = case L.dropWhile (<= x) (toAscList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupLE x t = case L.dropWhile (> x) (toDescList t) of
  (y : _) -> Just y
  [] -> Nothing
lookupGE x t = case L.dropWhile (< x) (toAscList t) of
  (y : _) -> Just y
  [] -> Nothing

-- Set operations -------------------------------------------------------------

union :: IntSet -> IntSet -> IntSet
union t1@(Bin p1 m1 l1 r1) t2@(Bin p2 m2 l2 r2)
  | shorter m1 m2 = union1
  | shorter m2 m1 = union2
  | p1 == p2 = Bin p1 m1 (union l1 l2) (union r1 r2)
  | otherwise = link p1 t1 p2 t2
  where
    union1 | nomatch p2 p1 m1 = link p1 t1 p2 t2
           | zero p2 m1 = Bin p1 m1 (union l1 t2) r1
           | otherwise = Bin p1 m1 l1 (union r1 t2)
    union2 | nomatch p1 p2 m2 = link p1 t1 p2 t2
           | zero p1 m2 = Bin p2 m2 (union t1 l2) r2
           | otherwise = Bin p2 m2 l2 (union t1 r2)
union t@Bin{} (Tip kx bm) = insertBM kx bm t
union t@Bin{} Nil = t
union (Tip kx bm) t = insertBM kx bm t
union Nil t = t

unions :: Foldable f => f IntSet -> IntSet
unions xs = P.foldl union empty xs

difference :: IntSet -> IntSet -> IntSet
difference t1 t2 = filter (`notMember` t2) t1

(\\) :: IntSet -> IntSet -> IntSet
m1 \\ m2 = difference m1 m2

intersection :: IntSet -> IntSet -> IntSet
intersection t1 t2 = filter (`member` t2) t1

disjoint :: IntSet -> IntSet -> Bool
disjoint t1 t2 = null (intersection t1 t2)

isSubsetOf :: IntSet -> IntSet -> Bool
isSubsetOf t1 t2 = all (`member` t2) (toAscList t1)

isProperSubsetOf :: IntSet -> IntSet -> Bool
isProperSubsetOf t1 t2 = size t1 < size t2 && isSubsetOf t1 t2

filter :: (Key -> Bool) -> IntSet -> IntSet
filter p t = case t of
  Bin pr m l r -> bin pr m (filter p l) (filter p r)
  Tip kx bm -> tip kx (P.foldl (\acc x -> if p x then acc .|. bitmapOf x else acc) 0 (bitsOf kx bm))
  Nil -> Nil

partition :: (Key -> Bool) -> IntSet -> (IntSet, IntSet)
partition p t = (filter p t, filter (not . p) t)

split :: Key -> IntSet -> (IntSet, IntSet)
split x t = (filter (< x) t, filter (> x) t)

splitMember :: Key -> IntSet -> (IntSet, Bool, IntSet)
splitMember x t = (filter (< x) t, member x t, filter (> x) t)

splitRoot :: IntSet -> [IntSet]
splitRoot Nil = []
splitRoot x@Tip{} = [x]
splitRoot (Bin _ m l r) | m < 0 = [r, l]
                        | otherwise = [l, r]

map :: (Key -> Key) -> IntSet -> IntSet
map f = fromList . P.map f . toList

mapMonotonic :: (Key -> Key) -> IntSet -> IntSet
mapMonotonic = map

-- Instances ----------------------------------------------------------------------

instance Eq IntSet where
  t1 == t2 = toAscList t1 == toAscList t2

instance Ord IntSet where
  compare s1 s2 = compare (toAscList s1) (toAscList s2)

instance Show IntSet where
  showsPrec p xs = showParen (p > 10) $ showString "fromList " . shows (toList xs)

instance Read IntSet where
  readPrec = parens $ prec 10 $ do
    Ident "fromList" <- lexP
    xs <- readPrec
    return (fromList xs)
  readListPrec = readListPrecDefault

instance Semigroup IntSet where
  (<>) = union
  stimes = stimesIdempotentMonoid

-- GHC.Exts.IsList (OverloadedLists): fromListN is the class default (fromList)
instance Exts.IsList IntSet where
  type Item IntSet = Key
  fromList = fromList
  toList = toList

instance Monoid IntSet where
  mempty = empty
  mconcat = unions

-- Internals containers' -O1 unfoldings call (see Data.IntMap.Internal).

zz_deleteFindMinzud :: (Key, IntSet)
zz_deleteFindMinzud = setError 894 28 "deleteFindMin: empty set has no minimal element"

zz_deleteFindMaxzud :: (Key, IntSet)
zz_deleteFindMaxzud = setError 900 28 "deleteFindMax: empty set has no maximal element"

zz_findMin1 :: Key
zz_findMin1 = setError 905 15 "findMin: empty set has no minimal element"

zz_findMax1 :: Key
zz_findMax1 = setError 916 15 "findMax: empty set has no maximal element"

zz_equal :: IntSet -> IntSet -> Bool
zz_equal s1 s2 = toAscList s1 == toAscList s2

-- fromList's loop: the keys, the set so far
zz_fromListzugo1 :: [Key] -> IntSet -> IntSet
zz_fromListzugo1 xs t = L.foldl' (flip insert) t xs

-- LT: a proper subset, EQ: equal, GT: not a subset
zz_subsetCmp :: IntSet -> IntSet -> Ordering
zz_subsetCmp s1 s2
  | not (isSubsetOf s1 s2) = GT
  | size s1 < size s2 = LT
  | otherwise = EQ

zz_zdfShowIntSet1 :: IntSet -> ShowS
zz_zdfShowIntSet1 s = showsPrec 0 s

zz_zdfShowIntSet2 :: String
zz_zdfShowIntSet2 = "fromList "

zz_zdfReadIntSet5 :: Int
zz_zdfReadIntSet5 = 0

zz_zdwdeleteBM :: Int# -> Word# -> IntSet -> IntSet
zz_zdwdeleteBM kx bm t = deleteBM (I# kx) (W# bm) t

zz_zdwinsertBM :: Int# -> Word# -> IntSet -> IntSet
zz_zdwinsertBM kx bm t = insertBM (I# kx) (W# bm) t

-- the smallest key of a subtree (findMin's helper, no sign test)
zz_zdwfind1 :: IntSet -> Int#
zz_zdwfind1 (Bin _ _ l _) = zz_zdwfind1 l
zz_zdwfind1 (Tip kx bm) = case kx + countTrailingZeros bm of I# k -> k
zz_zdwfind1 Nil = case zz_findMin1 of I# k -> k

-- the largest key of a subtree (findMax's helper)
zz_zdwfind :: IntSet -> Int#
zz_zdwfind (Bin _ _ _ r) = zz_zdwfind r
zz_zdwfind (Tip kx bm) = case kx + 63 - countLeadingZeros bm of I# k -> k
zz_zdwfind Nil = case zz_findMax1 of I# k -> k

-- partition's loop
zz_zdwgo2 :: (Int -> Bool) -> IntSet -> (# IntSet, IntSet #)
zz_zdwgo2 p s = case partition p s of (a, b) -> (# a, b #)

-- size's loop: the count so far, the set
zz_zdwgo3 :: Int# -> IntSet -> Int#
zz_zdwgo3 acc s = case I# acc + size s of I# n -> n

zz_zdwlookupLT, zz_zdwlookupGT, zz_zdwlookupLE, zz_zdwlookupGE :: Int# -> IntSet -> Maybe Key
zz_zdwlookupLT k s = lookupLT (I# k) s
zz_zdwlookupGT k s = lookupGT (I# k) s
zz_zdwlookupLE k s = lookupLE (I# k) s
zz_zdwlookupGE k s = lookupGE (I# k) s

zz_zdwmember :: Int# -> IntSet -> Bool
zz_zdwmember k s = member (I# k) s

zz_zdwsplitMember :: Key -> IntSet -> (# IntSet, Bool, IntSet #)
zz_zdwsplitMember k s = case splitMember k s of (a, b, c) -> (# a, b, c #)

zz_zdwsplit :: Int# -> IntSet -> (# IntSet, IntSet #)
zz_zdwsplit k s = case split (I# k) s of (a, b) -> (# a, b #)

zz_zdwzdcshowsPrec :: Int# -> IntSet -> ShowS
zz_zdwzdcshowsPrec d s = showsPrec (I# d) s

-- toAscList's and toDescList's loops below the root (whose sign they sort
-- out themselves): the accumulator first.
zz_toAscListzugo :: [Key] -> IntSet -> [Key]
zz_toAscListzugo z Nil = z
zz_toAscListzugo z (Tip kx bm) = foldrBits kx (:) z bm
zz_toAscListzugo z (Bin _ _ l r) = zz_toAscListzugo (zz_toAscListzugo z r) l

zz_toDescListzugo :: [Key] -> IntSet -> [Key]
zz_toDescListzugo z Nil = z
zz_toDescListzugo z (Tip kx bm) = foldlBits kx (flip (:)) z bm
zz_toDescListzugo z (Bin _ _ l r) = zz_toDescListzugo (zz_toDescListzugo z l) r

-- The least and greatest element below the root (the lookupG*/L* loops'
-- fallbacks), by the tree's shape alone.
zz_unsafeFindMin :: IntSet -> Maybe Key
zz_unsafeFindMin Nil = Nothing
zz_unsafeFindMin (Tip kx bm) = Just (kx + countTrailingZeros bm)
zz_unsafeFindMin (Bin _ _ l _) = zz_unsafeFindMin l

zz_unsafeFindMax :: IntSet -> Maybe Key
zz_unsafeFindMax Nil = Nothing
zz_unsafeFindMax (Tip kx bm) = Just (kx + 63 - countLeadingZeros bm)
zz_unsafeFindMax (Bin _ _ _ r) = zz_unsafeFindMax r

-- maxView's and minView's loops below the root, and their specialisations
-- to a Bin (prefix, mask, left, right); a Nil there is containers' error.
zz_zdwgo :: IntSet -> (# Prefix, IntSet #)
zz_zdwgo (Bin p m l r) = case zz_zdwgo r of (# k, r' #) -> (# k, binNil p m l r' #)
zz_zdwgo (Tip kx bm) = case 63 - countLeadingZeros bm of
  bi -> (# kx + bi, tipNil kx (bm .&. complement (bit bi)) #)
zz_zdwgo Nil = case setError 876 14 "maxView Nil" :: (Prefix, IntSet) of (k, t) -> (# k, t #)

zz_zdwgo1 :: IntSet -> (# Prefix, IntSet #)
zz_zdwgo1 (Bin p m l r) = case zz_zdwgo1 l of (# k, l' #) -> (# k, binNil p m l' r #)
zz_zdwgo1 (Tip kx bm) = case countTrailingZeros bm of
  bi -> (# kx + bi, tipNil kx (bm .&. complement (bit bi)) #)
zz_zdwgo1 Nil = case setError 888 14 "minView Nil" :: (Prefix, IntSet) of (k, t) -> (# k, t #)

zz_maxViewzuzdszdwgo1 :: Int# -> Int# -> IntSet -> IntSet -> (# Prefix, IntSet #)
zz_maxViewzuzdszdwgo1 p m l r = zz_zdwgo (Bin (I# p) (I# m) l r)

zz_minViewzuzdszdwgo1 :: Int# -> Int# -> IntSet -> IntSet -> (# Prefix, IntSet #)
zz_minViewzuzdszdwgo1 p m l r = zz_zdwgo1 (Bin (I# p) (I# m) l r)

-- a Bin or Tip that is empty on one side is its other side
binNil :: Prefix -> Mask -> IntSet -> IntSet -> IntSet
binNil _ _ l Nil = l
binNil _ _ Nil r = r
binNil p m l r = Bin p m l r

tipNil :: Prefix -> BitMap -> IntSet
tipNil _ 0 = Nil
tipNil kx bm = Tip kx bm

-- split's and splitMember's loops below the root
zz_zdwgo4 :: Int# -> IntSet -> (# IntSet, IntSet #)
zz_zdwgo4 x t = case split (I# x) t of (a, b) -> (# a, b #)

zz_splitzuzdszdwgo :: Int# -> Int# -> IntSet -> IntSet -> Int# -> (# IntSet, IntSet #)
zz_splitzuzdszdwgo p m l r x = zz_zdwgo4 x (Bin (I# p) (I# m) l r)

zz_splitMemberzuzdszdwgo :: IntSet -> Int# -> (# IntSet, Bool, IntSet #)
zz_splitMemberzuzdszdwgo t x = case splitMember (I# x) t of (a, b, c) -> (# a, b, c #)

-- sconcat (a :| as)
zz_zdfSemigroupIntSetzugo1 :: IntSet -> [IntSet] -> IntSet
zz_zdfSemigroupIntSetzugo1 !acc [] = acc
zz_zdfSemigroupIntSetzugo1 !acc (s : ss) = zz_zdfSemigroupIntSetzugo1 (union acc s) ss

-- (/=) of Eq IntSet
zz_nequal :: IntSet -> IntSet -> Bool
zz_nequal s1 s2 = not (s1 == s2)

-- Debugging: containers' drawing (a Bin as `*`, a Tip as its prefix and
-- its bits' offsets, Nil as `|`; subtrees in stored order).

showTree :: IntSet -> String
showTree s = showTreeWith True False s

showTreeWith :: Bool -> Bool -> IntSet -> String
showTreeWith hang wide t
  | hang = showsTreeHangWith tipText wide [] (toDrawing t) ""
  | otherwise = showsTreeWith tipText wide [] [] (toDrawing t) ""

tipText :: (Prefix, BitMap) -> String
tipText (p, bm) = " " ++ show p ++ " + " ++ show [i | i <- [0 .. 63 :: Int], testBit bm i]

-- A tree shape for drawing: a branch, a leaf, or empty.
data Drawing a = DBranch (Drawing a) (Drawing a) | DLeaf a | DEmpty

toDrawing :: IntSet -> Drawing (Prefix, BitMap)
toDrawing (Bin _ _ l r) = DBranch (toDrawing l) (toDrawing r)
toDrawing (Tip p bm) = DLeaf (p, bm)
toDrawing Nil = DEmpty

showsTreeWith :: (a -> String) -> Bool -> [String] -> [String] -> Drawing a -> ShowS
showsTreeWith leaf wide lbars rbars t = case t of
  DEmpty -> showsBars lbars . showString "|\n"
  DLeaf x -> showsBars lbars . showString (leaf x) . showString "\n"
  DBranch l r ->
    showsTreeWith leaf wide (withBar rbars) (withEmpty rbars) r
      . showWide wide rbars
      . showsBars lbars . showString "*" . showString "\n"
      . showWide wide lbars
      . showsTreeWith leaf wide (withEmpty lbars) (withBar lbars) l

showsTreeHangWith :: (a -> String) -> Bool -> [String] -> Drawing a -> ShowS
showsTreeHangWith leaf wide bars t = case t of
  DEmpty -> showsBars bars . showString "|\n"
  DLeaf x -> showsBars bars . showString (leaf x) . showString "\n"
  DBranch l r ->
    showsBars bars . showString "*" . showString "\n"
      . showWide wide bars
      . showsTreeHangWith leaf wide (withBar bars) l
      . showWide wide bars
      . showsTreeHangWith leaf wide (withEmpty bars) r

showWide :: Bool -> [String] -> String -> String
showWide wide bars
  | wide = showString (concat (reverse bars)) . showString "|\n"
  | otherwise = id

showsBars :: [String] -> ShowS
showsBars bars = case bars of
  [] -> id
  (_ : rest) -> showString (concat (reverse rest)) . showString "+--"

withBar, withEmpty :: [String] -> [String]
withBar bars = "|  " : bars
withEmpty bars = "   " : bars

drawEmpty :: Drawing a
drawEmpty = DEmpty

drawLeaf :: a -> Drawing a
drawLeaf = DLeaf

drawBranch :: Drawing a -> Drawing a -> Drawing a
drawBranch = DBranch

-- showTreeWith's and showTree's loops as containers' -O1 unfoldings call
-- them: the string to append, the set, the bars (hang: wide True for
-- showTreeWith's, False for showTree's).
zz_showTreeWithzuzdsshowsTreeHang :: String -> IntSet -> [String] -> String
zz_showTreeWithzuzdsshowsTreeHang rest t bars = showsTreeHangWith tipText True bars (toDrawing t) rest

zz_showTreezuzdsshowsTreeHang :: String -> IntSet -> [String] -> String
zz_showTreezuzdsshowsTreeHang rest t bars = showsTreeHangWith tipText False bars (toDrawing t) rest

-- showTreeWith True's loop: wide, the bars, the set, the string to append
zz_showsTreeHang :: Bool -> [String] -> IntSet -> ShowS
zz_showsTreeHang wide bars t = showsTreeHangWith tipText wide bars (toDrawing t)

zz_showTreeWithzuzdsshowsTree :: String -> IntSet -> [String] -> Bool -> String
zz_showTreeWithzuzdsshowsTree rest t bars wide = showsTreeWith tipText wide bars [] (toDrawing t) rest

-- NFData (deepseq): every field is strict, so WHNF is normal form.
instance NFData IntSet where
  rnf s = s `seq` ()

-- ------------------------------------------------------------------ Data
-- Seen through fromList, as containers documents it.
instance Data IntSet where
  gfoldl f z is = z fromList `f` toList is
  toConstr _ = fromListConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z fromList)
    _ -> zz_zdfDataIntSet8
  dataTypeOf _ = intSetDataType

-- gunfold on a constructor index but 1: the failure GHC floats out of the
-- instance as `$fDataIntSet8` (-O1 code inlining gunfold calls it).
zz_zdfDataIntSet8 :: a
zz_zdfDataIntSet8 = containersError "Data/IntSet/Internal.hs" "Data.IntSet.Internal" 312 10 "gunfold"

fromListConstr :: Constr
fromListConstr = mkConstr intSetDataType "fromList" [] Prefix

intSetDataType :: DataType
intSetDataType = mkDataType "Data.IntSet.Internal.IntSet" [fromListConstr]
