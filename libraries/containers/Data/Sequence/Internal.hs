{-# LANGUAGE ScopedTypeVariables, MagicHash, UnboxedTuples, RankNTypes, BangPatterns, PatternSynonyms, ViewPatterns, StandaloneDeriving, TypeFamilies, FlexibleInstances #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Sequence.Internal:
-- 2-3 finger trees annotated with sizes (Hinze and Paterson), in
-- containers' documented layout (Seq wraps a FingerTree of Elem; Deep
-- holds its size unpacked; Node2/Node3 hold theirs). Operations that
-- rebuild the whole sequence go through lists.
module Data.Sequence.Internal where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Prelude hiding (lookup, filter, reverse, replicate, zip, zipWith, zip3, zipWith3, length, null, splitAt, take, drop, scanl, scanl1, scanr, scanr1, unzip)
import qualified Prelude as P
import qualified Data.List as L
import qualified Data.Foldable as F
import Data.Functor.Classes (Eq1 (..), Ord1 (..), Show1 (..), showsUnaryWith)
import Control.Monad (ap, liftM, MonadPlus (..))
import Control.Applicative (Alternative ((<|>)), liftA2)
import qualified Control.Applicative as A
import Data.Semigroup (Semigroup (..))
import Data.List.NonEmpty (NonEmpty (..))
import Control.Monad.Fix (MonadFix (..))
import Text.Read (Read (..), Lexeme (Ident), lexP, parens, prec, readListPrecDefault)
import qualified GHC.Exts as Exts
import Data.String (IsString (..))
import Data.Array (Array, elems)
import Data.Ix (Ix)
import GHC.Exts (Int (I#), Int#)
import Data.Functor.Identity (Identity (..))
import Data.Monoid (Any (..))
import Data.Traversable (mapAccumL)
import Data.Coerce (coerce)
import Utils.Containers.Internal.Error (containersError)
import Utils.Containers.Internal.State (State)

seqError :: Int -> Int -> String -> a
seqError = containersError "Data/Sequence/Internal.hs" "Data.Sequence.Internal"

infixr 5 `consTree`
infixl 5 `snocTree`
infixr 5 ><
infixr 5 <|, :<
infixl 5 |>, :>
infixr 5 :<|
infixl 5 :|>

class Sized a where
  size :: a -> Int

newtype Elem a = Elem { getElem :: a }

instance Sized (Elem a) where
  size _ = 1

instance Functor Elem where
  fmap f (Elem x) = Elem (f x)

instance Foldable Elem where
  foldr f z (Elem x) = f x z
  foldMap f (Elem x) = f x

instance Traversable Elem where
  traverse f (Elem x) = Elem <$> f x

data Node a = Node2 {-# UNPACK #-} !Int a a
            | Node3 {-# UNPACK #-} !Int a a a

instance Sized (Node a) where
  size (Node2 v _ _) = v
  size (Node3 v _ _ _) = v

instance Functor Node where
  fmap f (Node2 v a b) = Node2 v (f a) (f b)
  fmap f (Node3 v a b c) = Node3 v (f a) (f b) (f c)

instance Foldable Node where
  foldr f z (Node2 _ a b) = f a (f b z)
  foldr f z (Node3 _ a b c) = f a (f b (f c z))

instance Traversable Node where
  traverse = traverseNodeWith (<*>)

-- The traversals of Node, Digit and FingerTree with the Applicative's <*>
-- and pure passed in: FingerTree's traverse has a worker taking them
-- (zz_zdwzdctraverse), which -O1 code calls.
traverseNodeWith :: Functor f => (forall x y. f (x -> y) -> f x -> f y) -> (a -> f b) -> Node a -> f (Node b)
traverseNodeWith ap f (Node2 v a b) = (Node2 v <$> f a) `ap` f b
traverseNodeWith ap f (Node3 v a b c) = ((Node3 v <$> f a) `ap` f b) `ap` f c

node2 :: Sized a => a -> a -> Node a
node2 a b = Node2 (size a + size b) a b

node3 :: Sized a => a -> a -> a -> Node a
node3 a b c = Node3 (size a + size b + size c) a b c

data Digit a = One a | Two a a | Three a a a | Four a a a a

instance Sized a => Sized (Digit a) where
  size = F.foldl (\n x -> n + size x) 0

instance Functor Digit where
  fmap f (One a) = One (f a)
  fmap f (Two a b) = Two (f a) (f b)
  fmap f (Three a b c) = Three (f a) (f b) (f c)
  fmap f (Four a b c d) = Four (f a) (f b) (f c) (f d)

instance Foldable Digit where
  foldr f z (One a) = f a z
  foldr f z (Two a b) = f a (f b z)
  foldr f z (Three a b c) = f a (f b (f c z))
  foldr f z (Four a b c d) = f a (f b (f c (f d z)))

instance Traversable Digit where
  traverse = traverseDigitWith (<*>)

traverseDigitWith :: Functor f => (forall x y. f (x -> y) -> f x -> f y) -> (a -> f b) -> Digit a -> f (Digit b)
traverseDigitWith _ f (One a) = One <$> f a
traverseDigitWith ap f (Two a b) = (Two <$> f a) `ap` f b
traverseDigitWith ap f (Three a b c) = ((Three <$> f a) `ap` f b) `ap` f c
traverseDigitWith ap f (Four a b c d) = (((Four <$> f a) `ap` f b) `ap` f c) `ap` f d

data FingerTree a
  = EmptyT
  | Single a
  | Deep {-# UNPACK #-} !Int !(Digit a) (FingerTree (Node a)) !(Digit a)

instance Sized a => Sized (FingerTree a) where
  size EmptyT = 0
  size (Single x) = size x
  size (Deep v _ _ _) = v

instance Functor FingerTree where
  fmap _ EmptyT = EmptyT
  fmap f (Single x) = Single (f x)
  fmap f (Deep v pr m sf) = Deep v (fmap f pr) (fmap (fmap f) m) (fmap f sf)

instance Foldable FingerTree where
  foldr _ z EmptyT = z
  foldr f z (Single x) = f x z
  foldr f z (Deep _ pr m sf) = F.foldr f (F.foldr (flip (F.foldr f)) (F.foldr f z sf) m) pr

instance Traversable FingerTree where
  traverse f t = traverseTreeWith pure (<*>) f t

traverseTreeWith :: Functor f => (forall x. x -> f x) -> (forall x y. f (x -> y) -> f x -> f y) -> (a -> f b) -> FingerTree a -> f (FingerTree b)
traverseTreeWith pure' _ _ EmptyT = pure' EmptyT
traverseTreeWith _ _ f (Single x) = Single <$> f x
traverseTreeWith pure' ap f (Deep v pr m sf) =
  ((Deep v <$> traverseDigitWith ap f pr) `ap` traverseTreeWith pure' ap (traverseNodeWith ap f) m) `ap` traverseDigitWith ap f sf

-- $w$ctraverse: FingerTree's traverse with the Applicative's fields (its
-- Functor, pure, <*>, liftA2) passed apart
zz_zdwzdctraverse :: Functor f => (forall x. x -> f x) -> (forall x y. f (x -> y) -> f x -> f y) -> (forall x y z. (x -> y -> z) -> f x -> f y -> f z) -> (a -> f b) -> FingerTree a -> f (FingerTree b)
zz_zdwzdctraverse pure' ap _ f t = traverseTreeWith pure' ap f t

deep :: Sized a => Digit a -> FingerTree (Node a) -> Digit a -> FingerTree a
deep pr m sf = Deep (size pr + size m + size sf) pr m sf

consTree :: Sized a => a -> FingerTree a -> FingerTree a
consTree a EmptyT = Single a
consTree a (Single b) = deep (One a) EmptyT (One b)
consTree a (Deep s (Four b c d e) m sf) = m `seq` Deep (size a + s) (Two a b) (node3 c d e `consTree` m) sf
consTree a (Deep s (Three b c d) m sf) = Deep (size a + s) (Four a b c d) m sf
consTree a (Deep s (Two b c) m sf) = Deep (size a + s) (Three a b c) m sf
consTree a (Deep s (One b) m sf) = Deep (size a + s) (Two a b) m sf

snocTree :: Sized a => FingerTree a -> a -> FingerTree a
snocTree EmptyT a = Single a
snocTree (Single a) b = deep (One a) EmptyT (One b)
snocTree (Deep s pr m (Four a b c d)) e = m `seq` Deep (s + size e) pr (m `snocTree` node3 a b c) (Two d e)
snocTree (Deep s pr m (Three a b c)) d = Deep (s + size d) pr m (Four a b c d)
snocTree (Deep s pr m (Two a b)) c = Deep (s + size c) pr m (Three a b c)
snocTree (Deep s pr m (One a)) b = Deep (s + size b) pr m (Two a b)

data ViewLTree a = ConsLTree a (FingerTree a) | EmptyLTree
data ViewRTree a = SnocRTree (FingerTree a) a | EmptyRTree

digitToTree :: Sized a => Digit a -> FingerTree a
digitToTree (One a) = Single a
digitToTree (Two a b) = deep (One a) EmptyT (One b)
digitToTree (Three a b c) = deep (Two a b) EmptyT (One c)
digitToTree (Four a b c d) = deep (Two a b) EmptyT (Two c d)

nodeToDigit :: Node a -> Digit a
nodeToDigit (Node2 _ a b) = Two a b
nodeToDigit (Node3 _ a b c) = Three a b c

viewLTree :: Sized a => FingerTree a -> ViewLTree a
viewLTree EmptyT = EmptyLTree
viewLTree (Single a) = ConsLTree a EmptyT
viewLTree (Deep s (One a) m sf) = ConsLTree a (pullL (s - size a) m sf)
viewLTree (Deep s (Two a b) m sf) = ConsLTree a (Deep (s - size a) (One b) m sf)
viewLTree (Deep s (Three a b c) m sf) = ConsLTree a (Deep (s - size a) (Two b c) m sf)
viewLTree (Deep s (Four a b c d) m sf) = ConsLTree a (Deep (s - size a) (Three b c d) m sf)

pullL :: Sized a => Int -> FingerTree (Node a) -> Digit a -> FingerTree a
pullL s m sf = case viewLTree m of
  EmptyLTree -> digitToTree sf
  ConsLTree pr m' -> Deep s (nodeToDigit pr) m' sf

viewRTree :: Sized a => FingerTree a -> ViewRTree a
viewRTree EmptyT = EmptyRTree
viewRTree (Single z) = SnocRTree EmptyT z
viewRTree (Deep s pr m (One z)) = SnocRTree (pullR (s - size z) pr m) z
viewRTree (Deep s pr m (Two y z)) = SnocRTree (Deep (s - size z) pr m (One y)) z
viewRTree (Deep s pr m (Three x y z)) = SnocRTree (Deep (s - size z) pr m (Two x y)) z
viewRTree (Deep s pr m (Four w x y z)) = SnocRTree (Deep (s - size z) pr m (Three w x y)) z

pullR :: Sized a => Int -> Digit a -> FingerTree (Node a) -> FingerTree a
pullR s pr m = case viewRTree m of
  EmptyRTree -> digitToTree pr
  SnocRTree m' sf -> Deep s pr m' (nodeToDigit sf)

-- lookupTree reaching an empty tree (never, for an index in range): the
-- failure GHC floats out as `lookup1`, with the call stack of containers'
-- `error` call (read from the installed library's closure).
zz_lookup1 :: a
zz_lookup1 = seqError 2403 24 "lookupTree of empty tree"

-- The element at an index known to be in range, and the index within it.
lookupTree :: Sized a => Int -> FingerTree a -> (Int, a)
lookupTree _ EmptyT = zz_lookup1
lookupTree i (Single x) = (i, x)
lookupTree i (Deep _ pr m sf)
  | i < spr = lookupDigit i pr
  | i < spm = case lookupTree (i - spr) m of (i', n) -> lookupNode i' n
  | otherwise = lookupDigit (i - spm) sf
  where
    spr = size pr
    spm = spr + size m

lookupNode :: Sized a => Int -> Node a -> (Int, a)
lookupNode i (Node2 _ a b)
  | i < sa = (i, a)
  | otherwise = (i - sa, b)
  where sa = size a
lookupNode i (Node3 _ a b c)
  | i < sa = (i, a)
  | i < sab = (i - sa, b)
  | otherwise = (i - sab, c)
  where sa = size a
        sab = sa + size b

lookupDigit :: Sized a => Int -> Digit a -> (Int, a)
lookupDigit i d = go i (F.toList d)
  where
    go j [x] = (j, x)
    go j (x : xs) | j < size x = (j, x)
                  | otherwise = go (j - size x) xs
    go _ [] = error "lookupDigit"

-- Seq --------------------------------------------------------------------------

newtype Seq a = Seq (FingerTree (Elem a))

data ViewL a = EmptyL | a :< Seq a
data ViewR a = EmptyR | Seq a :> a

pattern Empty :: Seq a
pattern Empty <- (null -> True) where
  Empty = empty

pattern (:<|) :: a -> Seq a -> Seq a
pattern x :<| xs <- (viewl -> x :< xs) where
  x :<| xs = x <| xs

pattern (:|>) :: Seq a -> a -> Seq a
pattern xs :|> x <- (viewr -> xs :> x) where
  xs :|> x = xs |> x

{-# COMPLETE (:<|), Empty #-}
{-# COMPLETE (:|>), Empty #-}

empty :: Seq a
empty = Seq EmptyT

singleton :: a -> Seq a
singleton x = Seq (Single (Elem x))

(<|) :: a -> Seq a -> Seq a
x <| Seq xs = Seq (Elem x `consTree` xs)

(|>) :: Seq a -> a -> Seq a
Seq xs |> x = Seq (xs `snocTree` Elem x)

(><) :: Seq a -> Seq a -> Seq a
Seq xs >< Seq ys = Seq (appendTree xs [] ys)

-- Hinze and Paterson's concatenation with the items between the trees
-- (its shapes are containers' shapes).
appendTree :: Sized a => FingerTree a -> [a] -> FingerTree a -> FingerTree a
appendTree EmptyT ts ys = P.foldr consTree ys ts
appendTree xs ts EmptyT = L.foldl' snocTree xs ts
appendTree (Single x) ts ys = x `consTree` P.foldr consTree ys ts
appendTree xs ts (Single y) = L.foldl' snocTree xs ts `snocTree` y
appendTree (Deep s1 pr1 m1 sf1) ts (Deep s2 pr2 m2 sf2) =
  Deep (s1 + P.sum (P.map size ts) + s2) pr1 (appendTree m1 (nodesOf (F.toList sf1 ++ ts ++ F.toList pr2)) m2) sf2

nodesOf :: Sized a => [a] -> [Node a]
nodesOf [a, b] = [node2 a b]
nodesOf [a, b, c] = [node3 a b c]
nodesOf [a, b, c, d] = [node2 a b, node2 c d]
nodesOf (a : b : c : rest) = node3 a b c : nodesOf rest
nodesOf _ = error "nodesOf"

fromList :: [a] -> Seq a
fromList xs = Seq (zz_zdfIsListSeqzumkTree (P.map Elem xs))

null :: Seq a -> Bool
null (Seq EmptyT) = True
null _ = False

length :: Seq a -> Int
length (Seq xs) = size xs

viewl :: Seq a -> ViewL a
viewl (Seq xs) = case viewLTree xs of
  EmptyLTree -> EmptyL
  ConsLTree (Elem x) xs' -> x :< Seq xs'

viewr :: Seq a -> ViewR a
viewr (Seq xs) = case viewRTree xs of
  EmptyRTree -> EmptyR
  SnocRTree xs' (Elem x) -> Seq xs' :> x

toListS :: Seq a -> [a]
toListS (Seq xs) = F.foldr (\(Elem x) r -> x : r) [] xs

lookup :: Int -> Seq a -> Maybe a
lookup i (Seq xs)
  | 0 <= i && i < size xs = case lookupTree i xs of (_, Elem x) -> Just x
  | otherwise = Nothing

(!?) :: Seq a -> Int -> Maybe a
(!?) = flip lookup

index :: Seq a -> Int -> a
index (Seq xs) i
  | 0 <= i && i < size xs = case lookupTree i xs of (_, Elem x) -> x
  | otherwise = seqError 2358 7 ("index out of bounds in call to: Data.Sequence.index " ++ show i)

adjust :: (a -> a) -> Int -> Seq a -> Seq a
adjust f i xs
  | 0 <= i && i < length xs = relabel xs [if j == i then f x else x | (j, x) <- P.zip [0 ..] (toListS xs)]
  | otherwise = xs

adjust' :: (a -> a) -> Int -> Seq a -> Seq a
adjust' f i xs
  | 0 <= i && i < length xs =
      let ys = toListS xs
          (before, x : after) = L.splitAt i ys
          !x' = f x
      in relabel xs (before ++ x' : after)
  | otherwise = xs

update :: Int -> a -> Seq a -> Seq a
update i x = adjust (const x) i

insertAt :: Int -> a -> Seq a -> Seq a
insertAt i x xs
  | i <= 0 = x <| xs
  | i >= length xs = xs |> x
  | otherwise = case xs of Seq t -> Seq (insTree (\_ e -> Grown (Elem x) e) i t)

-- Deletion in place, as containers does (observed): a Node2 left with one
-- item merges it into its left sibling (else its right one): into a Node2
-- as a Node3, or borrowing from a Node3 as two Node2s. A digit of one node
-- that underflows merges with the next item outwards-in (the middle's
-- first or last node's children, or the other digit); a middle that
-- underflows entirely gives its last item to the prefix.
delTop :: Int -> FingerTree (Elem a) -> FingerTree (Elem a)
delTop _ EmptyT = EmptyT
delTop _ (Single _) = EmptyT
delTop i (Deep s pr m sf)
  | i < spr = case F.toList pr of
      [_] -> pullL (s - 1) m sf
      es -> Deep (s - 1) (listDigit (removeAt i es)) m sf
  | i < spm = case delTreeN removeAt (i - spr) m of
      Right m' -> Deep (s - 1) pr m' sf
      Left y -> absorbMiddle (s - 1) pr y sf
  | otherwise = case F.toList sf of
      [_] -> pullR (s - 1) pr m
      es -> Deep (s - 1) pr m (listDigit (removeAt (i - spm) es))
  where
    spr = size pr
    spm = spr + size m

removeAt :: Int -> [a] -> [a]
removeAt i xs = case L.splitAt i xs of (a, b) -> a ++ P.drop 1 b

-- the middle gone, its last item joins the prefix (a prefix of five keeps
-- two and makes a Node3 of the others the middle)
absorbMiddle :: Sized a => Int -> Digit a -> a -> Digit a -> FingerTree a
absorbMiddle s pr y sf = case F.toList pr ++ [y] of
  [a, b, c, d, e] -> Deep s (Two a b) (Single (node3 c d e)) sf
  ps -> Deep s (listDigit ps) EmptyT sf

-- Deletion at position i of a tree of nodes, given the deletion in a list
-- of the nodes' items: the new tree, or its one item left (Left).
delTreeN :: Sized b => (Int -> [b] -> [b]) -> Int -> FingerTree (Node b) -> Either b (FingerTree (Node b))
delTreeN _ _ EmptyT = Right EmptyT
delTreeN f i (Single x) = case delNodes f i [x] of
  Right [x'] -> Right (Single x')
  Right _ -> error "delTreeN"
  Left y -> Left y
delTreeN f i (Deep s pr m sf)
  | i < spr = case delNodes f i (F.toList pr) of
      Right ps -> Right (Deep (s - 1) (listDigit ps) m sf)
      Left y -> Right $ case viewLTree m of
        EmptyLTree -> itemsTree (s - 1) (mergeFirst y (F.toList sf))
        ConsLTree x m' -> Deep (s - 1) (listDigit (mergeFirst y (F.toList x))) m' sf
  | i < spm = case delTreeN (\j ns -> either (error "delTreeN") id (delNodes f j ns)) (i - spr) m of
      Right m' -> Right (Deep (s - 1) pr m' sf)
      Left y -> Right (absorbMiddle (s - 1) pr y sf)
  | otherwise = case delNodes f (i - spm) (F.toList sf) of
      Right ss -> Right (Deep (s - 1) pr m (listDigit ss))
      Left y -> Right $ case viewRTree m of
        EmptyRTree -> itemsTree (s - 1) (mergeLast (F.toList pr) y)
        SnocRTree m' x -> Deep (s - 1) pr m' (listDigit (mergeLast (F.toList x) y))
  where
    spr = size pr
    spm = spr + size m

-- Deletion at position i of a list of nodes: the new list, or (Left) the
-- item left of a lone node that lost the other.
delNodes :: Sized b => (Int -> [b] -> [b]) -> Int -> [Node b] -> Either b [Node b]
delNodes f i0 ns0 = go i0 [] ns0
  where
    go i before (n : after)
      | i < size n || P.null after = case f i (F.toList n) of
          [y] -> case (before, after) of
            (l : ls, _) -> Right (P.reverse ls ++ mergeLeft l y ++ after)
            ([], r : rs) -> Right (mergeRight y r ++ rs)
            ([], []) -> Left y
          cs -> Right (P.reverse before ++ nodeOf cs : after)
      | otherwise = go (i - size n) (n : before) after
    go _ _ [] = error "delNodes"

nodeOf :: Sized a => [a] -> Node a
nodeOf [a, b] = node2 a b
nodeOf [a, b, c] = node3 a b c
nodeOf _ = error "nodeOf"

-- an item joining the node on its right (or left): one Node3, or two
-- Node2s when that node was full
mergeRight :: Sized a => a -> Node a -> [Node a]
mergeRight y (Node2 _ a b) = [node3 y a b]
mergeRight y (Node3 _ a b c) = [node2 y a, node2 b c]

mergeLeft :: Sized a => Node a -> a -> [Node a]
mergeLeft (Node2 _ a b) y = [node3 a b y]
mergeLeft (Node3 _ a b c) y = [node2 a b, node2 c y]

-- an item joining the first (last) of a list of nodes
mergeFirst :: Sized a => a -> [Node a] -> [Node a]
mergeFirst y (n : ns) = mergeRight y n ++ ns
mergeFirst _ [] = error "mergeFirst"

mergeLast :: Sized a => [Node a] -> a -> [Node a]
mergeLast ns y = P.init ns ++ mergeLeft (P.last ns) y

-- a tree of 1 to 6 items (sizes adding up to s), its digits balanced
itemsTree :: Int -> [a] -> FingerTree a
itemsTree _ [a] = Single a
itemsTree s xs = case levelDigits BalancedShape 0 (P.length xs) of
  (p, _) -> case L.splitAt p xs of
    (pre, suf) -> Deep s (listDigit pre) EmptyT (listDigit suf)

-- An item after an insertion inside it: still one item, or two.
data Grown a = Kept a | Grown a a

-- Insertion before position i (0 <= i < size) of a tree, by the function
-- that inserts into the item holding it, in place as containers does: a
-- Node3 that grows splits into two Node2s; a digit that grows to five keeps
-- two items and pushes a Node3 of the three others into the middle.
insTree :: Sized a => (Int -> a -> Grown a) -> Int -> FingerTree a -> FingerTree a
insTree _ _ EmptyT = EmptyT
insTree f i (Single x) = case f i x of
  Kept y -> Single y
  Grown a b -> Deep (size a + size b) (One a) EmptyT (One b)
insTree f i (Deep s pr m sf)
  | i < spr = case insItems f i (F.toList pr) of
      [a, b, c, d, e] -> m `seq` Deep (s + 1) (Two a b) (node3 c d e `consTree` m) sf
      ys -> Deep (s + 1) (listDigit ys) m sf
  | i < spm = Deep (s + 1) pr (insTree (insNode f) (i - spr) m) sf
  | otherwise = case insItems f (i - spm) (F.toList sf) of
      [a, b, c, d, e] -> m `seq` Deep (s + 1) pr (m `snocTree` node3 a b c) (Two d e)
      ys -> Deep (s + 1) pr m (listDigit ys)
  where
    spr = size pr
    spm = spr + size m

insNode :: Sized a => (Int -> a -> Grown a) -> Int -> Node a -> Grown (Node a)
insNode f i n = case insItems f i (F.toList n) of
  [a, b] -> Kept (node2 a b)
  [a, b, c] -> Kept (node3 a b c)
  [a, b, c, d] -> Grown (node2 a b) (node2 c d)
  _ -> error "insNode"

insItems :: Sized a => (Int -> a -> Grown a) -> Int -> [a] -> [a]
insItems f i (y : ys)
  | i < size y || P.null ys = case f i y of
      Kept y' -> y' : ys
      Grown a b -> a : b : ys
  | otherwise = y : insItems f (i - size y) ys
insItems _ _ [] = []

deleteAt :: Int -> Seq a -> Seq a
deleteAt i xs
  | 0 <= i && i < length xs = case xs of Seq t -> Seq (delTop i t)
  | otherwise = xs

take :: Int -> Seq a -> Seq a
take i xs = fst (splitAt i xs)

drop :: Int -> Seq a -> Seq a
drop i xs = snd (splitAt i xs)

splitAt :: Int -> Seq a -> (Seq a, Seq a)
splitAt i xs@(Seq t)
  | i <= 0 = (empty, xs)
  | i >= length xs = (xs, empty)
  | otherwise = case splitTopAt i t of (l, r) -> (Seq l, Seq r)

-- The tree split before position i (0 < i < size): the element there
-- starts the right part's prefix, as in containers.
splitTopAt :: Sized a => Int -> FingerTree a -> (FingerTree a, FingerTree a)
splitTopAt i t@(Deep _ pr m sf)
  | i < spr = case splitItems i (F.toList pr) of
      (l, x, r) -> (itemsToTree l, deepLeft (x : r) m sf)
  | i < spm = case splitTreeAt (i - spr) m of
      Split ml node mr -> case splitItems (i - spr - size ml) (F.toList node) of
        (l, x, r) -> (deepRight pr ml l, deepLeft (x : r) mr sf)
  | otherwise = case splitItems (i - spm) (F.toList sf) of
      (l, x, r) -> (deepRight pr m l, itemsToTree (x : r))
  where
    spr = size pr
    spm = spr + size m
splitTopAt _ t = (EmptyT, t)

-- Hinze and Paterson's split: the items before the one holding position i
-- (0 <= i < size), that item, the items after it.
data Split t a = Split t a t

splitTreeAt :: Sized a => Int -> FingerTree a -> Split (FingerTree a) a
splitTreeAt _ EmptyT = error "splitTreeAt of an empty tree"
splitTreeAt _ (Single x) = Split EmptyT x EmptyT
splitTreeAt i (Deep _ pr m sf)
  | i < spr = case splitItems i (F.toList pr) of
      (l, x, r) -> Split (itemsToTree l) x (deepLeft r m sf)
  | i < spm = case splitTreeAt (i - spr) m of
      Split ml node mr -> case splitItems (i - spr - size ml) (F.toList node) of
        (l, x, r) -> Split (deepRight pr ml l) x (deepLeft r mr sf)
  | otherwise = case splitItems (i - spm) (F.toList sf) of
      (l, x, r) -> Split (deepRight pr m l) x (itemsToTree r)
  where
    spr = size pr
    spm = spr + size m

-- the items before the one holding position i, it, the items after it
splitItems :: Sized a => Int -> [a] -> ([a], a, [a])
splitItems _ [x] = ([], x, [])
splitItems i (x : rest)
  | i < size x = ([], x, rest)
  | otherwise = case splitItems (i - size x) rest of (l, y, r) -> (x : l, y, r)
splitItems _ [] = error "splitItems"

itemsToTree :: Sized a => [a] -> FingerTree a
itemsToTree [] = EmptyT
itemsToTree xs = digitToTree (listDigit xs)

-- a tree of a prefix that may be empty, a middle and a suffix
deepLeft :: Sized a => [a] -> FingerTree (Node a) -> Digit a -> FingerTree a
deepLeft [] m sf = pullL (size m + size sf) m sf
deepLeft pr m sf = deep (listDigit pr) m sf

deepRight :: Sized a => Digit a -> FingerTree (Node a) -> [a] -> FingerTree a
deepRight pr m [] = pullR (size pr + size m) pr m
deepRight pr m sf = deep pr m (listDigit sf)

reverse :: Seq a -> Seq a
reverse (Seq t) = Seq (zz_fmapReverseTree id t)

replicate :: Int -> a -> Seq a
replicate n x
  | n >= 0 = fromListBalanced (P.replicate n x)
  | otherwise = seqError 1697 19 "replicate takes a nonnegative integer argument"

replicateA :: Applicative f => Int -> f a -> f (Seq a)
replicateA n x
  | n >= 0 = fromListBalanced <$> sequenceA (P.replicate n x)
  | otherwise = zz_replicateA5

replicateM :: Applicative m => Int -> m a -> m (Seq a)
replicateM = replicateA

cycleTaking :: Int -> Seq a -> Seq a
cycleTaking n xs
  | n <= 0 = empty
  | null xs = seqError 1738 32 "cycleTaking cannot take a positive number of elements from an empty cycle."
  | otherwise = let (q, r) = n `quotRem` length xs in cycleNTimes q xs >< take r xs

fromFunction :: Int -> (Int -> a) -> Seq a
fromFunction len f
  | len < 0 = seqError 3321 32 "Data.Sequence.fromFunction called with negative len"
  | otherwise = fromListBalanced (P.map f [0 .. len - 1])

iterateN :: Int -> (a -> a) -> a -> Seq a
iterateN n f x
  | n >= 0 = fromListBalanced (P.take n (iterate f x))
  | otherwise = seqError 2150 19 "iterateN takes a nonnegative integer argument"

unfoldr :: (b -> Maybe (a, b)) -> b -> Seq a
unfoldr f = go empty
  where go !acc b = case f b of
          Nothing -> acc
          Just (a, b') -> go (acc |> a) b'

unfoldl :: (b -> Maybe (b, a)) -> b -> Seq a
unfoldl f = go empty
  where go !acc b = case f b of
          Nothing -> acc
          Just (b', a) -> go (a <| acc) b'

scanl :: (b -> a -> b) -> b -> Seq a -> Seq b
scanl f z xs = z <| relabel xs (P.tail (P.scanl f z (toListS xs)))

scanl1 :: (a -> a -> a) -> Seq a -> Seq a
scanl1 f xs = case viewl xs of
  EmptyL -> seqError 2326 24 "scanl1 takes a nonempty sequence as an argument"
  x :< xs' -> scanl f x xs'

scanr :: (a -> b -> b) -> b -> Seq a -> Seq b
scanr f z xs = case P.scanr f z (toListS xs) of
  ys -> relabel xs ys |> P.last ys

scanr1 :: (a -> a -> a) -> Seq a -> Seq a
scanr1 f xs = case viewr xs of
  EmptyR -> seqError 2336 24 "scanr1 takes a nonempty sequence as an argument"
  xs' :> x -> scanr f x xs'

tails :: Seq a -> Seq (Seq a)
-- the outer sequence in the shape of xs with one more element at the end
-- (inits: at the front), as containers builds it
tails xs@(Seq t) = relabel (fmap (const ()) xs |> ()) (P.map Seq (treeTails t) ++ [empty])

-- The non-empty tails of a tree, as containers builds them: the prefix's
-- suffixes before the same middle and suffix; then, for each tail of the
-- middle, its first node's suffixes before the rest of that tail; then the
-- suffix digit's suffixes, each as a tree of its own.
treeTails :: Sized a => FingerTree a -> [FingerTree a]
treeTails EmptyT = []
treeTails (Single x) = [Single x]
treeTails (Deep _ pr m sf) =
  [deep d m sf | d <- digitTails pr]
    ++ [deep d rest sf | mt <- treeTails m, ConsLTree n rest <- [viewLTree mt], d <- digitTails (nodeToDigit n)]
    ++ P.map digitToTree (digitTails sf)

digitTails :: Digit a -> [Digit a]
digitTails d@(One _) = [d]
digitTails d@(Two _ b) = [d, One b]
digitTails d@(Three _ b c) = [d, Two b c, One c]
digitTails d@(Four _ b c e) = [d, Three b c e, Two c e, One e]

inits :: Seq a -> Seq (Seq a)
inits xs = relabel (() <| fmap (const ()) xs) [take i xs | i <- [0 .. length xs]]

chunksOf :: Int -> Seq a -> Seq (Seq a)
chunksOf n xs
  | n <= 0 = if null xs then empty else seqError 3902 10 "chunksOf: A non-empty sequence can only be broken up into positively-sized chunks."
  | n == 1 = relabel xs (P.map singleton (toListS xs))
  | otherwise = case go xs of
      (full, Nothing) -> fromListBalanced full
      (full, Just part) -> fromListBalanced full |> part
  where
    -- the chunks split off the front; the short last one apart (containers
    -- builds the full chunks in replicate's shape and snocs the last)
    go ys
      | null ys = ([], Nothing)
      | length ys < n = ([], Just ys)
      | otherwise = case splitAt n ys of
          (a, b) -> case go b of (full, part) -> (a : full, part)

takeWhileL, dropWhileL, takeWhileR, dropWhileR, filter :: (a -> Bool) -> Seq a -> Seq a
takeWhileL p xs = fst (spanl p xs)
dropWhileL p xs = snd (spanl p xs)
takeWhileR p xs = fst (spanr p xs)
dropWhileR p xs = snd (spanr p xs)
filter p = L.foldl' (\acc x -> if p x then acc |> x else acc) empty . toListS

spanl, spanr, breakl, breakr, partition :: (a -> Bool) -> Seq a -> (Seq a, Seq a)
spanl p xs = case findIndexL (not . p) xs of
  Nothing -> (xs, empty)
  Just i -> splitAt i xs
spanr p xs = case findIndexR (not . p) xs of
  Nothing -> (xs, empty)
  Just i -> case splitAt (i + 1) xs of (a, b) -> (b, a)
breakl p = spanl (not . p)
breakr p = spanr (not . p)
partition p xs = (filter p xs, filter (not . p) xs)

elemIndexL, elemIndexR :: Eq a => a -> Seq a -> Maybe Int
elemIndexL x = findIndexL (== x)
elemIndexR x = findIndexR (== x)

elemIndicesL, elemIndicesR :: Eq a => a -> Seq a -> [Int]
elemIndicesL x = findIndicesL (== x)
elemIndicesR x = findIndicesR (== x)

findIndexL, findIndexR :: (a -> Bool) -> Seq a -> Maybe Int
findIndexL p xs = case findIndicesL p xs of
  (i : _) -> Just i
  [] -> Nothing
findIndexR p xs = case findIndicesR p xs of
  (i : _) -> Just i
  [] -> Nothing

findIndicesL, findIndicesR :: (a -> Bool) -> Seq a -> [Int]
findIndicesL p xs = [i | (i, x) <- P.zip [0 ..] (toListS xs), p x]
findIndicesR p xs = P.reverse (findIndicesL p xs)

foldlWithIndex :: (b -> Int -> a -> b) -> b -> Seq a -> b
foldlWithIndex f z xs = P.foldl (\acc (i, x) -> f acc i x) z (P.zip [0 ..] (toListS xs))

foldrWithIndex :: (Int -> a -> b -> b) -> b -> Seq a -> b
foldrWithIndex f z xs = P.foldr (\(i, x) acc -> f i x acc) z (P.zip [0 ..] (toListS xs))

foldMapWithIndex :: Monoid m => (Int -> a -> m) -> Seq a -> m
foldMapWithIndex f xs = mconcat (P.zipWith f [0 ..] (toListS xs))

mapWithIndex :: (Int -> a -> b) -> Seq a -> Seq b
mapWithIndex f xs = relabel xs (P.zipWith f [0 ..] (toListS xs))

traverseWithIndex :: Applicative f => (Int -> a -> f b) -> Seq a -> f (Seq b)
traverseWithIndex f xs = relabel xs <$> traverse (uncurry f) (P.zip [0 ..] (toListS xs))

intersperse :: a -> Seq a -> Seq a
-- the first element, then each other one after y (containers' liftA2Seq
-- of the rest and a sequence of two)
intersperse y xs = case viewl xs of
  EmptyL -> empty
  p :< ps -> p <| liftA2Seq (\x f -> f x) ps (const y <| singleton id)

zip :: Seq a -> Seq b -> Seq (a, b)
zip = zipWith (,)

zipWith :: (a -> b -> c) -> Seq a -> Seq b -> Seq c
zipWith f a b = relabel (take (min (length a) (length b)) a) (P.zipWith f (toListS a) (toListS b))

zip3 :: Seq a -> Seq b -> Seq c -> Seq (a, b, c)
zip3 = zipWith3 (,,)

zipWith3 :: (a -> b -> c -> d) -> Seq a -> Seq b -> Seq c -> Seq d
zipWith3 f a b c = relabel (take (length a `min` length b `min` length c) a) (P.zipWith3 f (toListS a) (toListS b) (toListS c))

zip4 :: Seq a -> Seq b -> Seq c -> Seq d -> Seq (a, b, c, d)
zip4 = zipWith4 (,,,)

zipWith4 :: (a -> b -> c -> d -> e) -> Seq a -> Seq b -> Seq c -> Seq d -> Seq e
zipWith4 f a b c d = relabel (take (length a `min` length b `min` length c `min` length d) a) (L.zipWith4 f (toListS a) (toListS b) (toListS c) (toListS d))

unzip :: Seq (a, b) -> (Seq a, Seq b)
unzip = unzipWith id

unzipWith :: (a -> (b, c)) -> Seq a -> (Seq b, Seq c)
unzipWith f xs = let ps = P.map f (toListS xs) in (relabel xs (P.map fst ps), relabel xs (P.map snd ps))


-- Instances ------------------------------------------------------------------------

instance Functor Seq where
  fmap f (Seq xs) = Seq (fmap (fmap f) xs)
  x <$ s = replicate (length s) x

instance Foldable Seq where
  foldr f z xs = P.foldr f z (toListS xs)
  foldl f z xs = P.foldl f z (toListS xs)
  foldMap f xs = mconcat (P.map f (toListS xs))
  foldr' f z xs = L.foldl' (flip f) z (P.reverse (toListS xs))
  foldl' f z xs = L.foldl' f z (toListS xs)
  toList = toListS
  null = null
  length = length

instance Traversable Seq where
  traverse f xs = relabel xs <$> traverse f (toListS xs)

instance Eq a => Eq (Seq a) where
  xs == ys = length xs == length ys && toListS xs == toListS ys

instance Ord a => Ord (Seq a) where
  compare xs ys = compare (toListS xs) (toListS ys)

instance Show a => Show (Seq a) where
  showsPrec p xs = showParen (p > 10) $ showString "fromList " . shows (toListS xs)

instance Read a => Read (Seq a) where
  readPrec = parens $ prec 10 $ do
    Ident "fromList" <- lexP
    xs <- readPrec
    return (fromList xs)
  readListPrec = readListPrecDefault

instance Semigroup (Seq a) where
  (<>) = (><)
  sconcat (a :| as) = zz_zdfSemigroupSeq1 a as
  stimes n xs = cycleNTimes (fromIntegral n) xs

instance Monoid (Seq a) where
  mempty = empty

instance Applicative Seq where
  pure = singleton
  (<*>) = apSeq
  xs *> ys = cycleNTimes (length xs) ys
  xs <* ys = beforeSeq xs (length ys)
  liftA2 = liftA2Seq

instance Monad Seq where
  xs >>= f = L.foldl' (\acc x -> acc >< f x) empty (toListS xs)
  (>>) = (*>)

-- element k is the fixed point of the k-th element of f's result; the length
-- is that of f's result on an argument it must not force
instance MonadFix Seq where
  mfix f = fromFunction (length (f zz_zdfMonadFixSeq2)) (\k -> let x = index (f x) k in x)

instance Alternative Seq where
  empty = Data.Sequence.Internal.empty
  (<|>) = (><)

instance MonadPlus Seq

instance Exts.IsList (Seq a) where
  type Item (Seq a) = a
  fromList = fromList
  -- n elements in replicate's shape, as containers' fromListN
  -- (a missing element is an error only when it is looked at)
  fromListN n xs
    | n < 0 = seqError 1706 19 "replicateA takes a nonnegative integer argument"
    | otherwise = fromListBalanced (go n xs)
    where
      go 0 _ = []
      go k ys = case zz_zdfIsListSeq1 ys of (rest, Elem y) -> y : go (k - 1 :: Int) rest
  toList = toListS

instance a ~ Char => IsString (Seq a) where
  fromString = fromList

deriving instance Eq a => Eq (ViewL a)
deriving instance Ord a => Ord (ViewL a)
deriving instance Show a => Show (ViewL a)
deriving instance Read a => Read (ViewL a)
deriving instance Eq a => Eq (ViewR a)
deriving instance Ord a => Ord (ViewR a)
deriving instance Show a => Show (ViewR a)
deriving instance Read a => Read (ViewR a)

instance Functor ViewL where
  fmap _ EmptyL = EmptyL
  fmap f (x :< xs) = f x :< fmap f xs

instance Foldable ViewL where
  foldr _ z EmptyL = z
  foldr f z (x :< xs) = f x (F.foldr f z xs)
  -- containers' own foldl1, with its own error on an empty view
  foldl1 _ EmptyL = zz_zdfFoldableViewL2
  foldl1 f (x :< xs) = F.foldl f x xs

instance Functor ViewR where
  fmap _ EmptyR = EmptyR
  fmap f (xs :> x) = fmap f xs :> f x

instance Foldable ViewR where
  foldr _ z EmptyR = z
  foldr f z (xs :> x) = F.foldr f (f x z) xs
  -- containers' own foldr1, with its own error on an empty view
  foldr1 _ EmptyR = zz_zdfFoldableViewR2
  foldr1 f (xs :> x) = F.foldr f x xs

-- The two tree shapes containers builds from a list of items, as its
-- Data.Sequence.Internal constructors show them (observed; the order of
-- unstableSort's ties depends on the shape). All nodes are Node3.
--   ListShape: fromList's trees. A level of c >= 4 items has a prefix of
--     three, except at even depths for c = 4, 7, 10, 13 (two and two).
--   BalancedShape: replicate's, fromFunction's and the sorts' trees. A level
--     of c >= 4 items has digits of 2+2, 3+2 or 3+3 (c mod 3 = 1, 2, 0).
data TreeShape = ListShape | BalancedShape

-- prefix and suffix lengths of a level of c >= 2 items at depth d
levelDigits :: TreeShape -> Int -> Int -> (Int, Int)
levelDigits _ _ 2 = (1, 1)
levelDigits _ _ 3 = (2, 1)
levelDigits BalancedShape _ c = case c `mod` 3 of
  1 -> (2, 2)
  2 -> (3, 2)
  _ -> (3, 3)
levelDigits ListShape d c
  | even d && c <= 13 && c `mod` 3 == 1 = (2, 2)
  | otherwise = (3, (c - 4) `mod` 3 + 1)

-- The finger tree of the given items (their sizes from the function).
buildT :: TreeShape -> (a -> Int) -> [a] -> FingerTree a
buildT shape sz0 xs0 = go 0 sz0 (P.length xs0) xs0
  where
    go :: Int -> (b -> Int) -> Int -> [b] -> FingerTree b
    go _ _ _ [] = EmptyT
    go _ _ _ [x] = Single x
    go d sz c xs =
      let (p, s) = levelDigits shape d c
          (pre, rest) = L.splitAt p xs
          (mid, suf) = L.splitAt (c - p - s) rest
          inner = go (d + 1) size ((c - p - s) `quot` 3) (nodes3 sz mid)
      in Deep (P.sum (P.map sz xs)) (listDigit pre) inner (listDigit suf)

nodes3 :: (a -> Int) -> [a] -> [Node a]
nodes3 sz (a : b : c : rest) = Node3 (sz a + sz b + sz c) a b c : nodes3 sz rest
nodes3 _ [] = []
nodes3 _ _ = error "nodes3"

listDigit :: [a] -> Digit a
listDigit [a] = One a
listDigit [a, b] = Two a b
listDigit [a, b, c] = Three a b c
listDigit [a, b, c, d] = Four a b c d
listDigit _ = error "listDigit"

-- Repeating a sequence ------------------------------------------------------------
-- cycleNTimes, `*>`, `<*>`, liftA2 and intersperse build containers' trees
-- (observed through Data.Sequence.Internal's constructors): the repeated
-- sequence is first put in a rigid form (digits of two or three items as
-- nodes, a middle whose digits hold one or two), then the first copy gives
-- the result's prefix, the last copy its suffix, and the copies between
-- become whole nodes deep inside, in a tree of the shape the caller gives
-- (replicate's for cycleNTimes and `*>`, the middle of the function
-- sequence's own tree for `<*>` and liftA2).

type Digit23 = Node

data Digit12 a = One12 a | Two12 a a

data Thin a
  = EmptyTh
  | SingleTh a
  | DeepTh {-# UNPACK #-} !Int !(Digit12 a) (Thin (Node a)) !(Digit12 a)

data Rigid a = Rigid {-# UNPACK #-} !Int !(Digit23 a) (Thin (Node a)) !(Digit23 a)

data Rigidified a
  = RigidEmpty
  | RigidOne a
  | RigidTwo a a
  | RigidThree a a a
  | RigidFull (Rigid a)

instance Sized a => Sized (Digit12 a) where
  size (One12 a) = size a
  size (Two12 a b) = size a + size b

instance Sized a => Sized (Thin a) where
  size EmptyTh = 0
  size (SingleTh a) = size a
  size (DeepTh s _ _ _) = s

rigidify :: FingerTree (Elem a) -> Rigidified (Elem a)
rigidify EmptyT = RigidEmpty
rigidify (Single x) = RigidOne x
rigidify t@(Deep s pr m sf) = case s of
  2 -> case F.toList t of [a, b] -> RigidTwo a b; _ -> error "rigidify"
  3 -> case F.toList t of [a, b, c] -> RigidThree a b c; _ -> error "rigidify"
  _ -> RigidFull (rigidDeep s pr m sf)

-- The ends as nodes: a digit of one borrows the nearest node of the middle,
-- a digit of four leaves its inner pair to the middle.
rigidDeep :: Sized a => Int -> Digit a -> FingerTree (Node a) -> Digit a -> Rigid a
rigidDeep s pr m sf = case rigidLeft pr m of
  Just (p, m1) -> case rigidRight m1 sf of
    Just (m2, q) -> Rigid s p (thin m2) q
    Nothing -> smallRigid s (F.toList pr ++ concatMap F.toList (F.toList m) ++ F.toList sf)
  Nothing -> smallRigid s (F.toList pr ++ concatMap F.toList (F.toList m) ++ F.toList sf)

-- four to six items without a middle
smallRigid :: Sized a => Int -> [a] -> Rigid a
smallRigid s [a, b, c, d] = Rigid s (node2 a b) EmptyTh (node2 c d)
smallRigid s [a, b, c, d, e] = Rigid s (node3 a b c) EmptyTh (node2 d e)
smallRigid s [a, b, c, d, e, f] = Rigid s (node3 a b c) EmptyTh (node3 d e f)
smallRigid _ _ = error "smallRigid"

rigidLeft :: Sized a => Digit a -> FingerTree (Node a) -> Maybe (Node a, FingerTree (Node a))
rigidLeft (Two a b) m = Just (node2 a b, m)
rigidLeft (Three a b c) m = Just (node3 a b c, m)
rigidLeft (Four a b c d) m = Just (node2 a b, node2 c d `consTree` m)
rigidLeft (One a) m = case viewLTree m of
  EmptyLTree -> Nothing
  ConsLTree (Node2 _ b c) m' -> Just (node3 a b c, m')
  ConsLTree (Node3 _ b c d) m' -> Just (node2 a b, node2 c d `consTree` m')

rigidRight :: Sized a => FingerTree (Node a) -> Digit a -> Maybe (FingerTree (Node a), Node a)
rigidRight m (Two a b) = Just (m, node2 a b)
rigidRight m (Three a b c) = Just (m, node3 a b c)
rigidRight m (Four a b c d) = Just (m `snocTree` node2 a b, node2 c d)
rigidRight m (One d) = case viewRTree m of
  EmptyRTree -> Nothing
  SnocRTree m' (Node2 _ b c) -> Just (m', node3 b c d)
  SnocRTree m' (Node3 _ a b c) -> Just (m' `snocTree` node2 a b, node2 c d)

-- digits of three or four keep one or two items, the others go inwards
thin :: Sized a => FingerTree a -> Thin a
thin EmptyT = EmptyTh
thin (Single a) = SingleTh a
thin (Deep s pr m sf) = case thinLeft pr m of
  (p, m1) -> case thinRight m1 sf of
    (m2, q) -> DeepTh s p (thin m2) q

thinLeft :: Sized a => Digit a -> FingerTree (Node a) -> (Digit12 a, FingerTree (Node a))
thinLeft (One a) m = (One12 a, m)
thinLeft (Two a b) m = (Two12 a b, m)
thinLeft (Three a b c) m = (One12 a, node2 b c `consTree` m)
thinLeft (Four a b c d) m = (Two12 a b, node2 c d `consTree` m)

thinRight :: Sized a => FingerTree (Node a) -> Digit a -> (FingerTree (Node a), Digit12 a)
thinRight m (One a) = (m, One12 a)
thinRight m (Two a b) = (m, Two12 a b)
thinRight m (Three a b c) = (m `snocTree` node2 a b, One12 c)
thinRight m (Four a b c d) = (m `snocTree` node2 a b, Two12 c d)

-- How the whole copies between the first and the last are arranged: a tree
-- of them, given one (they are all of the same shape).
newtype Copies = Copies (forall n. Sized n => n -> FingerTree n)

-- k copies in replicate's shape
replicatedCopies :: Int -> Copies
replicatedCopies k = Copies (\x -> buildT BalancedShape size (P.replicate k x))

-- one copy for each element of a tree, in that tree's shape
shapedCopies :: FingerTree b -> Copies
shapedCopies t = Copies (\x -> shapeLike (const x) t)

shapeLike :: Sized n => (b -> n) -> FingerTree b -> FingerTree n
shapeLike _ EmptyT = EmptyT
shapeLike f (Single x) = Single (f x)
shapeLike f (Deep _ pr m sf) = deep (fmap f pr) (shapeLike (nodeLike f) m) (fmap f sf)

nodeLike :: Sized n => (b -> n) -> Node b -> Node n
nodeLike f (Node2 _ a b) = node2 (f a) (f b)
nodeLike f (Node3 _ a b c) = node3 (f a) (f b) (f c)

-- The tree of at least two copies of a sequence of two or more elements
-- (the items are the copies' own; callers relabel them).
repeatTree :: Copies -> FingerTree (Elem a) -> FingerTree (Elem a)
repeatTree cs t = repeatRigid SameCopies cs (rigidify t)

-- How the copies' groups face: `*>`, `<*>` and liftA2 repeat the same
-- sequence; `<*` (copies of one element each) has the last copy's first
-- group and the whole copies' last group mirrored, and the first copy's
-- items around a single middle node swapped (observed).
data Facing = SameCopies | MirroredEnds

-- a node tree read right to left (the items of `<*`'s copies are all alike)
class Mirror a where
  mirror :: a -> a

instance Mirror (Elem a) where
  mirror = id

instance Mirror a => Mirror (Node a) where
  mirror (Node2 s a b) = Node2 s (mirror b) (mirror a)
  mirror (Node3 s a b c) = Node3 s (mirror c) (mirror b) (mirror a)

repeatRigid :: Facing -> Copies -> Rigidified (Elem a) -> FingerTree (Elem a)
repeatRigid facing cs@(Copies copies) r = case r of
  RigidTwo a b -> deep (Two a b) (copies (node2 a b)) (Two a b)
  RigidThree a b c -> deep (Three a b c) (copies (node3 a b c)) (Three a b c)
  RigidFull (Rigid _ p m q) -> deep (nodeToDigit p) (repeatMiddle facing cs p m q) (nodeToDigit q)
  _ -> error "repeatTree"

-- the first copy's middle and last node, the whole copies, the last copy's
-- first node and middle
repeatMiddle :: (Sized a, Mirror a) => Facing -> Copies -> Node a -> Thin (Node a) -> Node a -> FingerTree (Node a)
repeatMiddle facing (Copies copies) p EmptyTh q = case facing of
  SameCopies -> deep (One q) (copies (node2 p q)) (One p)
  MirroredEnds -> deep (One q) (copies (node2 p (mirror q))) (One (mirror p))
repeatMiddle facing (Copies copies) p (SingleTh x) q = case facing of
  SameCopies -> deep (Two x q) (copies (node3 p x q)) (Two p x)
  MirroredEnds -> deep (Two q x) (copies (node3 p x (mirror q))) (Two x (mirror p))
repeatMiddle facing cs p (DeepTh _ pr m sf) q =
  deep (digit12 pr) (repeatMiddle facing cs (consNode p pr) m (snocNode sf q)) (digit12 sf)
  where
    digit12 (One12 a) = One a
    digit12 (Two12 a b) = Two a b
    consNode a (One12 b) = node2 a b
    consNode a (Two12 b c) = node3 a b c
    snocNode (One12 a) b = node2 a b
    snocNode (Two12 a b) c = node3 a b c

cycleNTimes :: Int -> Seq a -> Seq a
cycleNTimes n xs@(Seq t)
  | n <= 0 = empty
  | n == 1 = xs
  | otherwise = case t of
      EmptyT -> empty
      Single x -> Seq (buildT BalancedShape size (P.replicate n x))
      _ -> Seq (repeatTree (replicatedCopies (n - 2)) t)

-- fs <*> xs, liftA2 and intersperse: the elements in order, in the tree of
-- the copies of xs (one for each of fs, the middle ones in the shape of fs
-- without its ends)
apSeq :: Seq (a -> b) -> Seq a -> Seq b
apSeq fs xs = liftA2Seq id fs xs

liftA2Seq :: (a -> b -> c) -> Seq a -> Seq b -> Seq c
liftA2Seq f xs ys@(Seq yt) = case viewl xs of
  EmptyL -> empty
  x :< xs' -> case viewr xs' of
    EmptyR -> fmap (f x) ys
    Seq inner :> _ -> case yt of
      EmptyT -> empty
      Single (Elem y) -> fmap (`f` y) xs
      _ -> relabel (Seq (repeatTree (shapedCopies inner) yt)) [f a b | a <- toListS xs, b <- toListS ys]

-- xs <* ys: each element of xs n times (n the length of ys), in the tree of
-- n-element copies (replicate's shape) arranged like `<*>`'s, the middle ones
-- in the shape of xs without its ends
beforeSeq :: Seq a -> Int -> Seq a
beforeSeq xs@(Seq xt) n
  | n <= 0 = empty
  | n == 1 = xs
  | otherwise = case viewl xs of
      EmptyL -> empty
      x :< xs' -> case viewr xs' of
        EmptyR -> replicate n x
        Seq inner :> _ ->
          relabel (Seq (repeatRigid MirroredEnds (shapedCopies inner) (rigidCount n))) [a | a <- toListS xs, _ <- [1 .. n]]

-- The rigid form `<*` gives a copy of n >= 2 alike elements: two or three at
-- each end (three on the left unless n is 1 more than a multiple of 3, three
-- on the right when n is a multiple of 3), the rest as whole nodes in the
-- same pattern one level down (one or two at each end there).
rigidCount :: Int -> Rigidified (Elem ())
rigidCount n = case n of
  2 -> RigidTwo e e
  3 -> RigidThree e e e
  _ ->
    let (a, b) = case n `mod` 3 of
          1 -> (2, 2)
          2 -> (3, 2)
          _ -> (3, 3)
     in RigidFull (Rigid n (alike a) (thinCount ((n - a - b) `quot` 3) (node3 e e e)) (alike b))
  where
    e = Elem ()
    alike 2 = node2 e e
    alike _ = node3 e e e

-- c alike whole nodes x
thinCount :: Sized a => Int -> a -> Thin a
thinCount 0 _ = EmptyTh
thinCount 1 x = SingleTh x
thinCount c x =
  let (a, b) = case c `mod` 3 of
        2 -> (1, 1)
        0 -> (2, 1)
        _ -> (2, 2)
      digit 1 = One12 x
      digit _ = Two12 x x
   in DeepTh (c * size x) (digit a) (thinCount ((c - a - b) `quot` 3) (node3 x x x)) (digit b)

-- A sequence of the list's elements in replicate's (balanced) shape.
fromListBalanced :: [a] -> Seq a
fromListBalanced xs = Seq (buildT BalancedShape (const 1) (P.map Elem xs))

-- The sequence with the tree of the first and the elements of the list (as
-- many as it has): containers' structure-preserving maps keep the shape.
relabel :: Seq a -> [b] -> Seq b
relabel (Seq t) ys = Seq (snd (mapAccumL next ys t))
  where
    next (y : rest) _ = (rest, Elem y)
    next [] _ = error "relabel: too few elements"

-- Internals containers' -O1 unfoldings call (names `zz_<Z-encoded name>`,
-- see scripts/gen-containers.mjs), with the interface file's conventions.

-- mfix's stand-in for the value while the length is found (the -O1 build's
-- floated error; forcing it is mfix's error).
zz_zdfMonadFixSeq2 :: a
zz_zdfMonadFixSeq2 = seqError 507 11 "mfix for Data.Sequence.Seq applied to strict function"

zz_zdfIsListSeqzumkTree :: [Elem a] -> FingerTree (Elem a)
zz_zdfIsListSeqzumkTree xs = buildT ListShape (const 1) xs

-- the tree reversed, f applied to every element
zz_fmapReverseTree :: (a -> b) -> FingerTree a -> FingerTree b
zz_fmapReverseTree _ EmptyT = EmptyT
zz_fmapReverseTree f (Single x) = Single (f x)
zz_fmapReverseTree f (Deep s pr m sf) =
  Deep s (reverseDigit f sf) (zz_fmapReverseTree (reverseNode f) m) (reverseDigit f pr)

reverseDigit :: (a -> b) -> Digit a -> Digit b
reverseDigit f (One a) = One (f a)
reverseDigit f (Two a b) = Two (f b) (f a)
reverseDigit f (Three a b c) = Three (f c) (f b) (f a)
reverseDigit f (Four a b c d) = Four (f d) (f c) (f b) (f a)

reverseNode :: (a -> b) -> Node a -> Node b
reverseNode f (Node2 s a b) = Node2 s (f b) (f a)
reverseNode f (Node3 s a b c) = Node3 s (f c) (f b) (f a)

zz_inits1 :: Seq a -> FingerTree (Elem (Seq a))
zz_inits1 xs = case inits xs of Seq t -> t

zz_tails1 :: Seq a -> FingerTree (Elem (Seq a))
zz_tails1 xs = case tails xs of Seq t -> t

zz_iterateN1 :: Seq a
zz_iterateN1 = seqError 2150 19 "iterateN takes a nonnegative integer argument"

zz_scanl3 :: Seq a
zz_scanl3 = seqError 2326 24 "scanl1 takes a nonempty sequence as an argument"

zz_scanr3 :: Seq a
zz_scanr3 = seqError 2336 24 "scanr1 takes a nonempty sequence as an argument"

zz_zdfApplicativeSeq3 :: Seq a
zz_zdfApplicativeSeq3 = seqError 1697 19 "replicate takes a nonnegative integer argument"

-- viewl's and viewr's views of the middle tree (of nodes)
zz_viewlzuzdsviewLTree :: FingerTree (Node a) -> ViewLTree (Node a)
zz_viewlzuzdsviewLTree = viewLTree

zz_viewrzuzdsviewRTree :: FingerTree (Node a) -> ViewRTree (Node a)
zz_viewrzuzdsviewRTree = viewRTree

-- unfoldl's and unfoldr's pushes of a three-element node (its size and
-- elements) onto the middle tree
zz_unfoldlzuzdszdsconsTreezq :: FingerTree (Node (Elem a)) -> Int# -> Elem a -> Elem a -> Elem a -> FingerTree (Node (Elem a))
zz_unfoldlzuzdszdsconsTreezq m s a b c = consTree (Node3 (I# s) a b c) m

zz_unfoldrzuzdszdssnocTreezq :: Int# -> Elem a -> Elem a -> Elem a -> FingerTree (Node (Elem a)) -> FingerTree (Node (Elem a))
zz_unfoldrzuzdszdssnocTreezq s a b c m = snocTree m (Node3 (I# s) a b c)

-- zipWith3's and zipWith4's zip of sequences of one length, and their
-- least length (the first one's, then the others')
zz_zzipWithzq :: (a -> b -> c) -> Seq a -> Seq b -> Seq c
zz_zzipWithzq = zipWith

zz_zzipWith3zuzdszdwgo5 :: Int# -> Int -> [Int] -> Int#
zz_zzipWith3zuzdszdwgo5 n x xs = case P.minimum (I# n : x : xs) of I# m -> m

-- Show's foldr over the middle tree
zz_zdfShowSeqzufoldrTree :: (Node a -> b -> b) -> b -> FingerTree (Node a) -> b
zz_zdfShowSeqzufoldrTree = F.foldr

-- fold of a ViewL with the Monoid's mempty and mappend
zz_zdwzdcfold1 :: m -> (m -> m -> m) -> ViewL m -> m
zz_zdwzdcfold1 z _ EmptyL = z
zz_zdwzdcfold1 z op (x :< xs) = x `op` F.foldr op z xs

-- foldMap' of a FingerTree with the Monoid's mempty (and its Semigroup)
zz_zdwzdcfoldMapzq1 :: Semigroup m => m -> (a -> m) -> FingerTree a -> m
zz_zdwzdcfoldMapzq1 z f t = F.foldl' (\acc a -> acc <> f a) z t

zz_zdfFoldableViewL2 :: a
zz_zdfFoldableViewL2 = seqError 2200 23 "foldl1: empty view"

zz_zdfFoldableViewR2 :: a
zz_zdfFoldableViewR2 = seqError 2268 23 "foldr1: empty view"

-- replicate's error (replicateA in Identity) and index's and cycleTaking's
zz_zdfFunctorSeq1 :: Identity (Seq a)
zz_zdfFunctorSeq1 = seqError 1697 19 "replicate takes a nonnegative integer argument"

zz_zdwlvl :: Int# -> a
zz_zdwlvl i = seqError 2358 7 ("index out of bounds in call to: Data.Sequence.index " ++ show (I# i))

zz_cycleTaking1 :: Seq a
zz_cycleTaking1 = seqError 1738 32 "cycleTaking cannot take a positive number of elements from an empty cycle."

zz_replicateA5 :: f (Seq a)
zz_replicateA5 = seqError 1706 19 "replicateA takes a nonnegative integer argument"

zz_replicateA2 :: a -> f b -> f a
zz_replicateA2 _ _ = error "Data.Sequence.Internal.replicateA2: an absent argument was used"

zz_unfoldrzuzdssnocTreezq :: FingerTree (Elem a) -> Elem a -> FingerTree (Elem a)
zz_unfoldrzuzdssnocTreezq = snocTree

zz_zdbZCzbzgzuzdssnocTree :: FingerTree (Elem a) -> Elem a -> FingerTree (Elem a)
zz_zdbZCzbzgzuzdssnocTree = snocTree

zz_zdbZCzlzbzuzdsconsTree :: Elem a -> FingerTree (Elem a) -> FingerTree (Elem a)
zz_zdbZCzlzbzuzdsconsTree = consTree

zz_zdfAlternativeSeq3 :: Seq a -> Seq a -> FingerTree (Elem a)
zz_zdfAlternativeSeq3 xs ys = case xs >< ys of Seq t -> t

zz_zdfFoldableFingerTreezuzdcfoldl2 :: (b -> a -> b) -> b -> Node a -> b
zz_zdfFoldableFingerTreezuzdcfoldl2 = F.foldl

zz_zdfFoldableFingerTreezuzdcfoldr1 :: (a -> b -> b) -> b -> Node a -> b
zz_zdfFoldableFingerTreezuzdcfoldr1 = F.foldr

zz_zdfFoldableFingerTreezuzdszdcfoldMap :: (a -> Any) -> FingerTree a -> Any
zz_zdfFoldableFingerTreezuzdszdcfoldMap = F.foldMap

zz_zdfShowViewL1 :: String
zz_zdfShowViewL1 = " :< "

zz_zdwadjust :: (a -> a) -> Int# -> Seq a -> Seq a
zz_zdwadjust f i xs = adjust f (I# i) xs

zz_zdwadjustzq :: (a -> a) -> Int# -> Seq a -> Seq a
zz_zdwadjustzq f i xs = adjust' f (I# i) xs

zz_zdwchunksOf :: Int# -> Seq a -> Seq (Seq a)
zz_zdwchunksOf n xs = chunksOf (I# n) xs

-- the tree of f i, f (i + s), ... (n elements, each of size s)
zz_zdwcreate :: (Int -> a) -> Int# -> Int# -> Int# -> FingerTree a
zz_zdwcreate f s i n = buildT BalancedShape (const (I# s)) [f (I# i + k * I# s) | k <- [0 .. I# n - 1]]

zz_zdwcycleTaking :: Int# -> Seq a -> Seq a
zz_zdwcycleTaking n xs = cycleTaking (I# n) xs

zz_zdwcycleNTimes :: Int# -> Seq a -> Seq a
zz_zdwcycleNTimes n xs = cycleNTimes (I# n) xs

zz_zdwdeleteAt :: Int# -> Seq a -> Seq a
zz_zdwdeleteAt i xs = deleteAt (I# i) xs

zz_zdwdrop :: Int# -> Seq a -> Seq a
zz_zdwdrop i xs = drop (I# i) xs

zz_zdwtake :: Int# -> Seq a -> Seq a
zz_zdwtake i xs = take (I# i) xs

zz_zdwindex :: Seq a -> Int# -> a
zz_zdwindex xs i = index xs (I# i)

zz_zdwinsertAt :: Int# -> a -> Seq a -> Seq a
zz_zdwinsertAt i x xs = insertAt (I# i) x xs

zz_zdwlookup :: Int# -> Seq a -> Maybe a
zz_zdwlookup i xs = lookup (I# i) xs

zz_zdwupdate :: Int# -> a -> Seq a -> Seq a
zz_zdwupdate i x xs = update (I# i) x xs

zz_zdwpartition :: (a -> Bool) -> Seq a -> (# Seq a, Seq a #)
zz_zdwpartition p xs = case partition p xs of (a, b) -> (# a, b #)

zz_zdwsplitAt :: Int# -> Seq a -> (# Seq a, Seq a #)
zz_zdwsplitAt i xs = case splitAt (I# i) xs of (a, b) -> (# a, b #)

-- the first i elements and the rest (i within 1 .. size - 1)
zz_zdwsplitTreeE :: Int# -> FingerTree (Elem a) -> (# FingerTree (Elem a), FingerTree (Elem a) #)
zz_zdwsplitTreeE i t = case splitAt (I# i) (Seq t) of (Seq a, Seq b) -> (# a, b #)

zz_zdwzdslookupTree :: Int# -> FingerTree (Elem a) -> (# Int#, Elem a #)
zz_zdwzdslookupTree i t = case lookupTree (I# i) t of (I# j, x) -> (# j, x #)

-- lookupTree one level down (the nodes' sizes are their own), which the
-- inlined `$w$slookupTree` of -O1 code calls
zz_zdwzdslookupTree1 :: Int# -> FingerTree (Node a) -> (# Int#, Node a #)
zz_zdwzdslookupTree1 i t = case lookupTree (I# i) t of (I# j, x) -> (# j, x #)

-- cycleNTimes' middle, which its inlined worker calls for a rigid sequence
-- (size s, first and last nodes p and q, thin middle m): k = n - 2 whole
-- copies between the first and the last. The items are the caller's
-- elements (Elem a); the middle is built as repeatMiddle builds ours.
zz_zdwcycleNMiddle :: forall c. Int# -> Int# -> Digit23 c -> Thin (Node c) -> Digit23 c -> FingerTree (Node c)
zz_zdwcycleNMiddle k _ p m q = fromElems (repeatMiddle SameCopies (replicatedCopies (I# k)) (toElems p) (coerce m) (toElems q))
  where
    toElems :: Node c -> Node (Elem c)
    toElems = coerce
    fromElems :: FingerTree (Node (Elem c)) -> FingerTree (Node c)
    fromElems = coerce

-- replicate's tree: n copies of x, each of size s
zz_zdwzdsapplicativeTree :: Int# -> Int# -> Identity a -> Identity (FingerTree a)
zz_zdwzdsapplicativeTree n s (Identity x) = Identity (buildT BalancedShape (const (I# s)) (P.replicate (I# n) x))

-- foldMap' with the monoid's mempty
zz_zdwzdcfoldMapzq3 :: Semigroup m => m -> (a -> m) -> Seq a -> m
zz_zdwzdcfoldMapzq3 mempty' f xs = L.foldl' (\acc x -> acc <> f x) mempty' (toListS xs)

zz_zdwzdcunzzipWithzq :: (x -> (a, b)) -> Seq x -> (# Seq a, Seq b #)
zz_zdwzdcunzzipWithzq f xs = case unzipWith f xs of (a, b) -> (# a, b #)

zz_zdwzdcshowsPrec :: Show a => Int# -> Seq a -> ShowS
zz_zdwzdcshowsPrec d xs = showsPrec (I# d) xs

zz_zzip1 :: a -> b -> (a, b)
zz_zzip1 = (,)

-- fromListN's step: the list's first element and the rest (an error, when
-- looked at, past its end)
zz_zdfIsListSeq1 :: [a] -> ([a], Elem a)
zz_zdfIsListSeq1 (x : xs) = (xs, Elem x)
zz_zdfIsListSeq1 [] = zz_zdfIsListSeq2

zz_zdfIsListSeq2 :: ([a], b)
zz_zdfIsListSeq2 = seqError 4942 17 "fromList2: short list"

zz_zdfIsListSeq3 :: State s (Seq b)
zz_zdfIsListSeq3 = seqError 1706 19 "replicateA takes a nonnegative integer argument"

-- sconcat: a right fold of ><
zz_zdfSemigroupSeq1 :: Seq a -> [Seq a] -> Seq a
zz_zdfSemigroupSeq1 a [] = a
zz_zdfSemigroupSeq1 a (b : bs) = a >< zz_zdfSemigroupSeq1 b bs

zz_zzip2 :: a -> b -> c -> (a, b, c)
zz_zzip2 a b c = (a, b, c)

zz_zzip6 :: a -> b -> c -> d -> (a, b, c, d)
zz_zzip6 a b c d = (a, b, c, d)

-- an argument GHC found unused (never evaluated)
zz_fromArray1 :: i
zz_fromArray1 = error "Oops!  Entered absent arg ww i"

zz_zdfMonadFixSeq1 :: Seq a
zz_zdfMonadFixSeq1 = seqError 3321 32 "Data.Sequence.fromFunction called with negative len"

zz_zdfMonadSeqzuzdczgzgze :: Seq a -> (a -> Seq b) -> Seq b
zz_zdfMonadSeqzuzdczgzgze = (>>=)

-- n effects in order, each giving an element of size s
zz_zdwapplicativeTree
  :: Functor f => (forall x. x -> f x) -> (forall x y. f (x -> y) -> f x -> f y)
  -> (forall x y z. (x -> y -> z) -> f x -> f y -> f z) -> Int# -> Int# -> f a -> f (FingerTree a)
zz_zdwapplicativeTree pure' _ liftA2' n s act = fmap (buildT BalancedShape (const (I# s))) (go (I# n))
  where
    go k | k <= 0 = pure' []
         | otherwise = liftA2' (:) act (go (k - 1))

-- the same in containers' (lazy) State monad, a function of the state
zz_zdwzdsapplicativeTree1 :: Int# -> Int# -> (st -> (st, a)) -> st -> (# st, FingerTree a #)
zz_zdwzdsapplicativeTree1 n s m st0 =
  let go k st | k <= 0 = (st, [])
              | otherwise = let (st1, x) = m st
                                (st2, xs) = go (k - 1) st1
                            in (st2, x : xs)
      (stEnd, items) = go (I# n) st0
  in (# stEnd, buildT BalancedShape (const (I# s)) items #)

instance Eq1 Seq where
  liftEq eq xs ys = length xs == length ys && liftEq eq (toListS xs) (toListS ys)

instance Ord1 Seq where
  liftCompare cmp xs ys = liftCompare cmp (toListS xs) (toListS ys)

instance Show1 Seq where
  liftShowsPrec sp sl d s = showsUnaryWith (liftShowsPrec sp sl) "fromList" d (toListS s)

zz_zdfShow1Seq1 :: String
zz_zdfShow1Seq1 = "fromList "

instance Traversable ViewL where
  traverse _ EmptyL = pure EmptyL
  traverse f (x :< xs) = (:<) <$> f x <*> traverse f xs

instance Traversable ViewR where
  traverse _ EmptyR = pure EmptyR
  traverse f (xs :> x) = (:>) <$> traverse f xs <*> f x

foldDigit :: (b -> b -> b) -> (a -> b) -> Digit a -> b
foldDigit _ f (One a) = f a
foldDigit (<+>) f (Two a b) = f a <+> f b
foldDigit (<+>) f (Three a b c) = f a <+> f b <+> f c
foldDigit (<+>) f (Four a b c d) = f a <+> f b <+> f c <+> f d

foldNode :: (b -> b -> b) -> (a -> b) -> Node a -> b
foldNode (<+>) f (Node2 _ a b) = f a <+> f b
foldNode (<+>) f (Node3 _ a b c) = f a <+> f b <+> f c

foldWithIndexDigit :: Sized a => (b -> b -> b) -> (Int -> a -> b) -> Int -> Digit a -> b
foldWithIndexDigit _ f i (One a) = f i a
foldWithIndexDigit (<+>) f i (Two a b) = f i a <+> f (i + size a) b
foldWithIndexDigit (<+>) f i (Three a b c) = f i a <+> f ia b <+> f (ia + size b) c
  where ia = i + size a
foldWithIndexDigit (<+>) f i (Four a b c d) = f i a <+> f ia b <+> f ib c <+> f (ib + size c) d
  where ia = i + size a
        ib = ia + size b

foldWithIndexNode :: Sized a => (m -> m -> m) -> (Int -> a -> m) -> Int -> Node a -> m
foldWithIndexNode (<+>) f i (Node2 _ a b) = f i a <+> f (i + size a) b
foldWithIndexNode (<+>) f i (Node3 _ a b c) = f i a <+> f ia b <+> f (ia + size b) c
  where ia = i + size a

fromArray :: Ix i => Array i a -> Seq a
fromArray a = fromListBalanced (elems a)

-- Forcing (or not) the elements of a tree being built.
class MaybeForce a where
  maybeRwhnf :: a -> ()

instance MaybeForce (Elem a) where
  maybeRwhnf _ = ()

instance MaybeForce (Node a) where
  maybeRwhnf n = n `seq` ()

newtype ForceBox a = ForceBox a

instance MaybeForce (ForceBox a) where
  maybeRwhnf (ForceBox a) = a `seq` ()

instance Sized (ForceBox a) where
  size _ = 1

zz_zdfApplicativeSeq1 :: Int
zz_zdfApplicativeSeq1 = 1

zz_zdfApplicativeSeq2 :: Int
zz_zdfApplicativeSeq2 = 0

-- NFData (deepseq) of the sequence and of its finger tree's parts.
instance NFData a => NFData (Seq a) where
  rnf (Seq t) = rnf t

instance NFData a => NFData (Elem a) where
  rnf (Elem x) = rnf x

instance NFData a => NFData (Node a) where
  rnf (Node2 _ a b) = rnf a `seq` rnf b
  rnf (Node3 _ a b c) = rnf a `seq` rnf b `seq` rnf c

instance NFData a => NFData (Digit a) where
  rnf (One a) = rnf a
  rnf (Two a b) = rnf a `seq` rnf b
  rnf (Three a b c) = rnf a `seq` rnf b `seq` rnf c
  rnf (Four a b c d) = rnf a `seq` rnf b `seq` rnf c `seq` rnf d

instance NFData a => NFData (FingerTree a) where
  rnf EmptyT = ()
  rnf (Single x) = rnf x
  rnf (Deep _ pr m sf) = rnf pr `seq` rnf sf `seq` rnf m

-- ------------------------------------------------------------------ Data
-- Seen as built by empty and (<|), as containers documents it.
instance Data a => Data (Seq a) where
  gfoldl f z s = case viewl s of
    EmptyL -> z empty
    x :< xs -> z (<|) `f` x `f` xs
  gunfold k z c = case constrIndex c of
    1 -> z empty
    2 -> k (k (z (<|)))
    _ -> seqError 976 14 "gunfold"
  toConstr xs
    | null xs = emptyConstr
    | otherwise = consConstr
  dataTypeOf _ = seqDataType
  dataCast1 f = gcast1 f

emptyConstr, consConstr :: Constr
emptyConstr = mkConstr seqDataType "empty" [] Prefix
consConstr = mkConstr seqDataType "<|" [] Infix

seqDataType :: DataType
seqDataType = mkDataType "Data.Sequence.Seq" [emptyConstr, consConstr]
