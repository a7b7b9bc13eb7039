{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples, RankNTypes, UnliftedNewtypes, TypeFamilies, GHCForeignImportPrim, UnliftedFFITypes, GADTs, ScopedTypeVariables, TypeApplications #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Map.Internal:
-- weight-balanced trees (Adams; containers' documented delta = 3,
-- ratio = 2), written from the documented API. Compiled to
-- preludes/base/Data.Map.Internal.stg by scripts/gen-containers.mjs.
module Data.Map.Internal where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Prelude hiding (lookup, map, filter, foldr, foldl, null, splitAt, take, drop)
import qualified Prelude as P
import qualified Data.List as L
import qualified Data.Foldable as F
import qualified Data.Functor.Classes as FC
import Data.Functor.Classes (Eq1 (..), Ord1 (..), Show1 (..), Eq2 (..), Ord2 (..), Show2 (..))
import Data.Functor.Identity (Identity (..))
import Data.Semigroup (Semigroup (..), stimesIdempotentMonoid)
import Data.Bits ((.&.), (.|.), shiftL, shiftR)
import GHC.Exts (Any, Int (I#), Int#, (+#), (*#), (<#), (<=#), (>#), Word (W#), Word#, Proxy#, proxy#)
import Unsafe.Coerce (unsafeEqualityProof, UnsafeEquality (..))
import qualified GHC.Exts as Exts
import Text.Read (Read (..), Lexeme (Ident), lexP, parens, prec, readListPrecDefault)
import Data.Set.Internal (Set)
import Control.Category (Category)
import qualified Control.Category as Category
import Utils.Containers.Internal.Error (containersError)
import qualified Data.Set.Internal as Set
import Utils.Containers.Internal.BitQueue (BitQueue (..), BitQueueB (..))

type Size = Int

-- hs2stg's primop for balanceSized's test (src/ministg/primops/balance.ts):
-- sl + sr + 1 when balanced, -1 to rotate left, -2 to rotate right.
foreign import prim "hs2stg_balanceSize" balanceSize# :: Int# -> Int# -> Int#

data Map k a = Bin {-# UNPACK #-} !Size !k a !(Map k a) !(Map k a) | Tip

-- hs2stg's one-step paths at String, Int and Char keys
-- (src/ministg/primops/map-fast.ts). mapFind# box k m walks m as the
-- recursion below would: (# 0#, _, t #) t must be forced first (a cell or
-- character of k or of a key in m, or the dictionary: what compare would
-- force there), then ask again; (# 1#, path, node #) k is node's key;
-- (# 2#, path, _ #) k is absent; (# 3#, _, _ #) not known (another Ord):
-- the recursion runs. mapPut# path node m puts node at path, rebuilding
-- the nodes above with balance. box is an OrdBox: the dictionary itself.
foreign import prim "hs2stg_mapFind" mapFind# :: Any -> Any -> Any -> (# Int#, Int#, Any #)
foreign import prim "hs2stg_mapPut" mapPut# :: Int# -> Any -> Any -> Any

data OrdBox k = Ord k => OrdBox

ordBox :: Ord k => k -> OrdBox k
ordBox _ = OrdBox

-- Coercions CorePrep erases (unsafeCoerce# would be an opaque call under
-- -fignore-interface-pragmas).
toAny :: forall a. a -> Any
toAny x = case unsafeEqualityProof @a @Any of UnsafeRefl -> x
{-# INLINE toAny #-}

fromAny :: forall a. Any -> a
fromAny x = case unsafeEqualityProof @Any @a of UnsafeRefl -> x
{-# INLINE fromAny #-}

-- mapFind# once nothing is left to force (k evaluated, m a Bin):
-- (# 1#, path, node #), (# 2#, path, m #) or (# 3#, 0#, m #). Not a loop
-- of its own (findPathAgain): GHC would make a self-recursive one a join
-- point with exit closures, allocated by every call.
findPath :: Ord k => k -> Map k a -> (# Int#, Int#, Map k a #)
findPath k m = findPathWith (ordBox k) k m

findPathWith :: OrdBox k -> k -> Map k a -> (# Int#, Int#, Map k a #)
findPathWith box k m = case mapFind# (toAny box) (toAny k) (toAny m) of
  (# 0#, _, t #) -> t `seq` findPathAgain box k m
  (# c, p, n #) -> (# c, p, fromAny n #)
{-# NOINLINE findPathWith #-}

findPathAgain :: OrdBox k -> k -> Map k a -> (# Int#, Int#, Map k a #)
findPathAgain box k m = findPathWith box k m
{-# NOINLINE findPathAgain #-}

-- m (evaluated) with node at path (from findPath).
putAt :: Int# -> Map k a -> Map k a -> Map k a
putAt p node m = fromAny (mapPut# p (toAny node) (toAny m))

infixl 9 !, !?, \\

mapError :: Int -> Int -> String -> a
mapError = containersError "Data/Map/Internal.hs" "Data.Map.Internal"

-- Construction ------------------------------------------------------------

empty :: Map k a
empty = Tip

singleton :: k -> a -> Map k a
singleton k x = Bin 1 k x Tip Tip

size :: Map k a -> Int
size Tip = 0
size (Bin s _ _ _ _) = s

null :: Map k a -> Bool
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

bin :: k -> a -> Map k a -> Map k a -> Map k a
bin k x l r = Bin (size l +. size r +. 1) k x l r

-- The balance of Adams' trees: one rotation restores it after one element
-- was added to or removed from either side.
balance :: k -> a -> Map k a -> Map k a -> Map k a
balance k x l r = case l of
  Tip -> case r of
    Tip -> balanceSized 0# 0# k x l r
    Bin (I# sr) _ _ _ _ -> balanceSized 0# sr k x l r
  Bin (I# sl) _ _ _ _ -> case r of
    Tip -> balanceSized sl 0# k x l r
    Bin (I# sr) _ _ _ _ -> balanceSized sl sr k x l r

-- balance once the sizes are known (sl, sr), as one known call: written
-- with `size` in guards, GHC rebuilt each size per guard through join
-- points, which the machine allocates (six closures a balance). The test
-- itself is one primop of hs2stg's (balanceSize#: the sum, delta's two
-- products and three comparisons took some twenty steps a balance).
balanceSized :: Int# -> Int# -> k -> a -> Map k a -> Map k a -> Map k a
balanceSized sl sr k x l r = case balanceSize# sl sr of
  -1# -> rotateL k x l r
  -2# -> rotateR k x l r
  n -> Bin (I# n) k x l r
{-# NOINLINE balanceSized #-}

balanceL :: k -> a -> Map k a -> Map k a -> Map k a
balanceL = balance

balanceR :: k -> a -> Map k a -> Map k a -> Map k a
balanceR = balance

rotateL :: k -> a -> Map k a -> Map k a -> Map k a
rotateL k x l r@(Bin _ _ _ ly ry)
  | size ly <. ratio *. size ry = singleL k x l r
  | otherwise = doubleL k x l r
rotateL k x l Tip = bin k x l Tip

rotateR :: k -> a -> Map k a -> Map k a -> Map k a
rotateR k x l@(Bin _ _ _ ly ry) r
  | size ry <. ratio *. size ly = singleR k x l r
  | otherwise = doubleR k x l r
rotateR k x Tip r = bin k x Tip r

singleL, singleR, doubleL, doubleR :: k -> a -> Map k a -> Map k a -> Map k a
singleL k1 x1 t1 (Bin _ k2 x2 t2 t3) = bin k2 x2 (bin k1 x1 t1 t2) t3
singleL k x l Tip = bin k x l Tip
singleR k1 x1 (Bin _ k2 x2 t1 t2) t3 = bin k2 x2 t1 (bin k1 x1 t2 t3)
singleR k x Tip r = bin k x Tip r
doubleL k1 x1 t1 (Bin _ k2 x2 (Bin _ k3 x3 t2 t3) t4) = bin k3 x3 (bin k1 x1 t1 t2) (bin k2 x2 t3 t4)
doubleL k x l r = singleL k x l r
doubleR k1 x1 (Bin _ k2 x2 t1 (Bin _ k3 x3 t2 t3)) t4 = bin k3 x3 (bin k2 x2 t1 t2) (bin k1 x1 t3 t4)
doubleR k x l r = singleR k x l r

insertMax, insertMin :: k -> a -> Map k a -> Map k a
insertMax kx x t = case t of
  Tip -> singleton kx x
  Bin _ ky y l r -> balanceR ky y l (insertMax kx x r)
insertMin kx x t = case t of
  Tip -> singleton kx x
  Bin _ ky y l r -> balanceL ky y (insertMin kx x l) r

link :: k -> a -> Map k a -> Map k a -> Map k a
link kx x Tip r = insertMin kx x r
link kx x l Tip = insertMax kx x l
link kx x l@(Bin sizeL ky y ly ry) r@(Bin sizeR kz z lz rz)
  | delta *. sizeL <. sizeR = balanceL kz z (link kx x l lz) rz
  | delta *. sizeR <. sizeL = balanceR ky y ly (link kx x ry r)
  | otherwise = bin kx x l r

link2 :: Map k a -> Map k a -> Map k a
link2 Tip r = r
link2 l Tip = l
link2 l@(Bin sizeL kx x lx rx) r@(Bin sizeR ky y ly ry)
  | delta *. sizeL <. sizeR = balanceL ky y (link2 l ly) ry
  | delta *. sizeR <. sizeL = balanceR kx x lx (link2 rx r)
  | otherwise = glue l r

glue :: Map k a -> Map k a -> Map k a
glue Tip r = r
glue l Tip = l
glue l@(Bin sl kl xl ll lr) r@(Bin sr kr xr rl rr)
  | sl > sr = case maxViewSure kl xl ll lr of MaxView km m l' -> balanceR km m l' r
  | otherwise = case minViewSure kr xr rl rr of MinView km m r' -> balanceL km m l r'

data MinView k a = MinView !k a !(Map k a)
data MaxView k a = MaxView !k a !(Map k a)

minViewSure :: k -> a -> Map k a -> Map k a -> MinView k a
minViewSure k x Tip r = MinView k x r
minViewSure k x (Bin _ kl xl ll lr) r = case minViewSure kl xl ll lr of
  MinView km xm l' -> MinView km xm (balanceR k x l' r)

maxViewSure :: k -> a -> Map k a -> Map k a -> MaxView k a
maxViewSure k x l Tip = MaxView k x l
maxViewSure k x l (Bin _ kr xr rl rr) = case maxViewSure kr xr rl rr of
  MaxView km xm r' -> MaxView km xm (balanceL k x l r')

deleteFindMin :: Map k a -> ((k, a), Map k a)
deleteFindMin t = case minViewWithKey t of
  Nothing -> (mapError 3987 15 "Map.deleteFindMin: can not return the minimal element of an empty map", Tip)
  Just res -> res

deleteFindMax :: Map k a -> ((k, a), Map k a)
deleteFindMax t = case maxViewWithKey t of
  Nothing -> (mapError 3997 15 "Map.deleteFindMax: can not return the maximal element of an empty map", Tip)
  Just res -> res

-- Queries -------------------------------------------------------------------

lookup :: Ord k => k -> Map k a -> Maybe a
lookup !k m = case m of
  Tip -> Nothing
  Bin {} -> case findPath k m of
    (# 1#, _, Bin _ _ x _ _ #) -> Just x
    (# 2#, _, _ #) -> Nothing
    _ -> lookupGo k m

lookupGo :: Ord k => k -> Map k a -> Maybe a
lookupGo !_ Tip = Nothing
lookupGo k (Bin _ kx x l r) = case compare k kx of
  LT -> lookupGo k l
  GT -> lookupGo k r
  EQ -> Just x

member :: Ord k => k -> Map k a -> Bool
member !k m = case m of
  Tip -> False
  Bin {} -> case findPath k m of
    (# 1#, _, _ #) -> True
    (# 2#, _, _ #) -> False
    _ -> memberGo k m

memberGo :: Ord k => k -> Map k a -> Bool
memberGo !_ Tip = False
memberGo k (Bin _ kx _ l r) = case compare k kx of
  LT -> memberGo k l
  GT -> memberGo k r
  EQ -> True

notMember :: Ord k => k -> Map k a -> Bool
notMember k m = not (member k m)

find :: Ord k => k -> Map k a -> a
find !_ Tip = mapError 633 17 "Map.!: given key is not an element in the map"
find k (Bin _ kx x l r) = case compare k kx of
  LT -> find k l
  GT -> find k r
  EQ -> x

(!) :: Ord k => Map k a -> k -> a
(!) m k = find k m

(!?) :: Ord k => Map k a -> k -> Maybe a
(!?) m k = lookup k m

findWithDefault :: Ord k => a -> k -> Map k a -> a
findWithDefault def !k m = case m of
  Tip -> def
  Bin {} -> case findPath k m of
    (# 1#, _, Bin _ _ x _ _ #) -> x
    (# 2#, _, _ #) -> def
    _ -> findWithDefaultGo def k m

findWithDefaultGo :: Ord k => a -> k -> Map k a -> a
findWithDefaultGo def !_ Tip = def
findWithDefaultGo def k (Bin _ kx x l r) = case compare k kx of
  LT -> findWithDefaultGo def k l
  GT -> findWithDefaultGo def k r
  EQ -> x

lookupLT, lookupGT, lookupLE, lookupGE :: Ord k => k -> Map k v -> Maybe (k, v)
lookupLT = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing k (Bin _ kx x l r) | k <= kx = goNothing k l
                                 | otherwise = goJust k kx x r
    goJust !_ kx' x' Tip = Just (kx', x')
    goJust k kx' x' (Bin _ kx x l r) | k <= kx = goJust k kx' x' l
                                     | otherwise = goJust k kx x r
lookupGT = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing k (Bin _ kx x l r) | k < kx = goJust k kx x l
                                 | otherwise = goNothing k r
    goJust !_ kx' x' Tip = Just (kx', x')
    goJust k kx' x' (Bin _ kx x l r) | k < kx = goJust k kx x l
                                     | otherwise = goJust k kx' x' r
lookupLE = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing k (Bin _ kx x l r) = case compare k kx of
      LT -> goNothing k l
      EQ -> Just (kx, x)
      GT -> goJust k kx x r
    goJust !_ kx' x' Tip = Just (kx', x')
    goJust k kx' x' (Bin _ kx x l r) = case compare k kx of
      LT -> goJust k kx' x' l
      EQ -> Just (kx, x)
      GT -> goJust k kx x r
lookupGE = goNothing
  where
    goNothing !_ Tip = Nothing
    goNothing k (Bin _ kx x l r) = case compare k kx of
      LT -> goJust k kx x l
      EQ -> Just (kx, x)
      GT -> goNothing k r
    goJust !_ kx' x' Tip = Just (kx', x')
    goJust k kx' x' (Bin _ kx x l r) = case compare k kx of
      LT -> goJust k kx x l
      EQ -> Just (kx, x)
      GT -> goJust k kx' x' r

lookupMin :: Map k a -> Maybe (k, a)
lookupMin Tip = Nothing
lookupMin (Bin _ k x l _) = Just (goMin k x l)
  where goMin k' x' Tip = (k', x')
        goMin _ _ (Bin _ k' x' l' _) = goMin k' x' l'

lookupMax :: Map k a -> Maybe (k, a)
lookupMax Tip = Nothing
lookupMax (Bin _ k x _ r) = Just (goMax k x r)
  where goMax k' x' Tip = (k', x')
        goMax _ _ (Bin _ k' x' _ r') = goMax k' x' r'

findMin :: Map k a -> (k, a)
findMin t = case lookupMin t of
  Just r -> r
  Nothing -> mapError 1653 17 "Map.findMin: empty map has no minimal element"

findMax :: Map k a -> (k, a)
findMax t = case lookupMax t of
  Just r -> r
  Nothing -> mapError 1678 17 "Map.findMax: empty map has no maximal element"

-- Insertion and deletion ------------------------------------------------------

insert :: Ord k => k -> a -> Map k a -> Map k a
insert !kx x m = case m of
  Tip -> singleton kx x
  Bin {} -> case findPath kx m of
    (# 1#, p, Bin sz _ _ l r #) -> putAt p (Bin sz kx x l r) m
    (# 2#, p, _ #) -> putAt p (Bin 1 kx x Tip Tip) m
    _ -> insertGo kx x m

insertGo :: Ord k => k -> a -> Map k a -> Map k a
insertGo kx0 x0 m0 = go kx0 x0 m0
  where
    go !kx x Tip = singleton kx x
    go !kx x (Bin sz ky y l r) = case compare kx ky of
      LT -> balanceL ky y (go kx x l) r
      GT -> balanceR ky y l (go kx x r)
      EQ -> Bin sz kx x l r

-- insert that keeps the key and value already there (for union)
insertR :: Ord k => k -> a -> Map k a -> Map k a
insertR !kx x Tip = singleton kx x
insertR kx x t@(Bin _ ky y l r) = case compare kx ky of
  LT -> balanceL ky y (insertR kx x l) r
  GT -> balanceR ky y l (insertR kx x r)
  EQ -> t

insertWith :: Ord k => (a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWith f = insertWithKey (\_ x y -> f x y)

insertWithKey :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWithKey f !kx x m = case m of
  Tip -> singleton kx x
  Bin {} -> case findPath kx m of
    (# 1#, p, Bin sy _ y l r #) -> putAt p (Bin sy kx (f kx x y) l r) m
    (# 2#, p, _ #) -> putAt p (Bin 1 kx x Tip Tip) m
    _ -> insertWithKeyGo f kx x m

insertWithKeyGo :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> Map k a
insertWithKeyGo _ !kx x Tip = singleton kx x
insertWithKeyGo f kx x (Bin sy ky y l r) = case compare kx ky of
  LT -> balanceL ky y (insertWithKeyGo f kx x l) r
  GT -> balanceR ky y l (insertWithKeyGo f kx x r)
  EQ -> Bin sy kx (f kx x y) l r

insertLookupWithKey :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> (Maybe a, Map k a)
insertLookupWithKey f kx x m = (lookup kx m, insertWithKey f kx x m)

delete :: Ord k => k -> Map k a -> Map k a
delete !_ Tip = Tip
delete k (Bin _ kx x l r) = case compare k kx of
  LT -> balanceR kx x (delete k l) r
  GT -> balanceL kx x l (delete k r)
  EQ -> glue l r

adjust :: Ord k => (a -> a) -> k -> Map k a -> Map k a
adjust f = adjustWithKey (\_ x -> f x)

adjustWithKey :: Ord k => (k -> a -> a) -> k -> Map k a -> Map k a
adjustWithKey _ !_ Tip = Tip
adjustWithKey f k (Bin sx kx x l r) = case compare k kx of
  LT -> Bin sx kx x (adjustWithKey f k l) r
  GT -> Bin sx kx x l (adjustWithKey f k r)
  EQ -> Bin sx kx (f kx x) l r

update :: Ord k => (a -> Maybe a) -> k -> Map k a -> Map k a
update f = updateWithKey (\_ x -> f x)

updateWithKey :: Ord k => (k -> a -> Maybe a) -> k -> Map k a -> Map k a
updateWithKey _ !_ Tip = Tip
updateWithKey f k (Bin sx kx x l r) = case compare k kx of
  LT -> balanceR kx x (updateWithKey f k l) r
  GT -> balanceL kx x l (updateWithKey f k r)
  EQ -> case f kx x of
    Just x' -> Bin sx kx x' l r
    Nothing -> glue l r

updateLookupWithKey :: Ord k => (k -> a -> Maybe a) -> k -> Map k a -> (Maybe a, Map k a)
updateLookupWithKey f k m = case lookup k m of
  Nothing -> (Nothing, m)
  Just x -> case f k x of
    Just x' -> (Just x', updateWithKey f k m)
    Nothing -> (Just x, delete k m)

alter :: Ord k => (Maybe a -> Maybe a) -> k -> Map k a -> Map k a
alter f !k Tip = case f Nothing of
  Nothing -> Tip
  Just x -> singleton k x
alter f k (Bin sx kx x l r) = case compare k kx of
  LT -> balance kx x (alter f k l) r
  GT -> balance kx x l (alter f k r)
  EQ -> case f (Just x) of
    Just x' -> Bin sx kx x' l r
    Nothing -> glue l r

alterF :: (Functor f, Ord k) => (Maybe a -> f (Maybe a)) -> k -> Map k a -> f (Map k a)
alterF f k m = fmap set (f old)
  where
    old = lookup k m
    set Nothing = case old of
      Nothing -> m
      Just _ -> delete k m
    set (Just x) = insert k x m

-- alterF's implementation as Data.Map.Internal exports it: Strict forces
-- the new value before it goes in the map (Data.Map.Strict's alterF).
data AreWeStrict = Strict | Lazy

atKeyImpl :: (Functor f, Ord k) => AreWeStrict -> k -> (Maybe a -> f (Maybe a)) -> Map k a -> f (Map k a)
atKeyImpl strict k f m = fmap set (f old)
  where
    old = lookup k m
    set Nothing = case old of
      Nothing -> m
      Just _ -> delete k m
    set (Just x) = case strict of
      Strict -> x `seq` insert k x m
      Lazy -> insert k x m

atKeyPlain :: Ord k => AreWeStrict -> k -> (Maybe a -> Maybe a) -> Map k a -> Map k a
atKeyPlain strict k f m = runIdentity (atKeyImpl strict k (Identity . f) m)

-- Indexed ------------------------------------------------------------------

findIndex :: Ord k => k -> Map k a -> Int
findIndex k m = case lookupIndex k m of
  Just i -> i
  Nothing -> mapError 1463 23 "Map.findIndex: element is not in the map"

lookupIndex :: Ord k => k -> Map k a -> Maybe Int
lookupIndex = go 0
  where
    go !_ !_ Tip = Nothing
    go idx k (Bin _ kx _ l r) = case compare k kx of
      LT -> go idx k l
      GT -> go (idx + size l + 1) k r
      EQ -> Just (idx + size l)

elemAt :: Int -> Map k a -> (k, a)
elemAt !_ Tip = mapError 1504 17 "Map.elemAt: index out of range"
elemAt i (Bin _ kx x l r)
  | i < sl = elemAt i l
  | i > sl = elemAt (i - sl - 1) r
  | otherwise = (kx, x)
  where sl = size l

updateAt :: (k -> a -> Maybe a) -> Int -> Map k a -> Map k a
updateAt _ !_ Tip = mapError 1595 12 "Map.updateAt: index out of range"
updateAt f i (Bin sx kx x l r)
  | i < sl = balanceR kx x (updateAt f i l) r
  | i > sl = balanceL kx x l (updateAt f (i - sl - 1) r)
  | otherwise = case f kx x of
      Just x' -> Bin sx kx x' l r
      Nothing -> glue l r
  where sl = size l

deleteAt :: Int -> Map k a -> Map k a
deleteAt !_ Tip = mapError 1617 12 "Map.deleteAt: index out of range"
deleteAt i (Bin _ kx x l r)
  | i < sl = balanceR kx x (deleteAt i l) r
  | i > sl = balanceL kx x l (deleteAt (i - sl - 1) r)
  | otherwise = glue l r
  where sl = size l

take :: Int -> Map k a -> Map k a
take i m | i >= size m = m
take i m = takeGo i m

drop :: Int -> Map k a -> Map k a
drop i m | i >= size m = Tip
drop i m = dropGo i m

splitAt :: Int -> Map k a -> (Map k a, Map k a)
splitAt i m = (take i m, drop i m)

-- Min/Max -------------------------------------------------------------------

deleteMin :: Map k a -> Map k a
deleteMin (Bin _ _ _ Tip r) = r
deleteMin (Bin _ kx x l r) = balanceR kx x (deleteMin l) r
deleteMin Tip = Tip

deleteMax :: Map k a -> Map k a
deleteMax (Bin _ _ _ l Tip) = l
deleteMax (Bin _ kx x l r) = balanceL kx x l (deleteMax r)
deleteMax Tip = Tip

updateMin :: (a -> Maybe a) -> Map k a -> Map k a
updateMin f = updateMinWithKey (\_ x -> f x)

updateMax :: (a -> Maybe a) -> Map k a -> Map k a
updateMax f = updateMaxWithKey (\_ x -> f x)

updateMinWithKey :: (k -> a -> Maybe a) -> Map k a -> Map k a
updateMinWithKey _ Tip = Tip
updateMinWithKey f (Bin sx kx x Tip r) = case f kx x of
  Nothing -> r
  Just x' -> Bin sx kx x' Tip r
updateMinWithKey f (Bin _ kx x l r) = balanceR kx x (updateMinWithKey f l) r

updateMaxWithKey :: (k -> a -> Maybe a) -> Map k a -> Map k a
updateMaxWithKey _ Tip = Tip
updateMaxWithKey f (Bin sx kx x l Tip) = case f kx x of
  Nothing -> l
  Just x' -> Bin sx kx x' l Tip
updateMaxWithKey f (Bin _ kx x l r) = balanceL kx x l (updateMaxWithKey f r)

minViewWithKey :: Map k a -> Maybe ((k, a), Map k a)
minViewWithKey Tip = Nothing
minViewWithKey (Bin _ k x l r) = case minViewSure k x l r of
  MinView km xm t -> Just ((km, xm), t)

maxViewWithKey :: Map k a -> Maybe ((k, a), Map k a)
maxViewWithKey Tip = Nothing
maxViewWithKey (Bin _ k x l r) = case maxViewSure k x l r of
  MaxView km xm t -> Just ((km, xm), t)

minView :: Map k a -> Maybe (a, Map k a)
minView t = case minViewWithKey t of
  Nothing -> Nothing
  Just ((_, x), t') -> Just (x, t')

maxView :: Map k a -> Maybe (a, Map k a)
maxView t = case maxViewWithKey t of
  Nothing -> Nothing
  Just ((_, x), t') -> Just (x, t')

-- Set operations --------------------------------------------------------------

unions :: (Foldable f, Ord k) => f (Map k a) -> Map k a
unions ts = F.foldl' union empty ts

unionsWith :: (Foldable f, Ord k) => (a -> a -> a) -> f (Map k a) -> Map k a
unionsWith f ts = F.foldl' (unionWith f) empty ts

union :: Ord k => Map k a -> Map k a -> Map k a
union t1 Tip = t1
union t1 (Bin _ k x Tip Tip) = insertR k x t1
union (Bin _ k x Tip Tip) t2 = insert k x t2
union Tip t2 = t2
union (Bin _ k1 x1 l1 r1) t2 = case split k1 t2 of
  (l2, r2) -> link k1 x1 (union l1 l2) (union r1 r2)

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
    Just x2 -> link k1 (f k1 x1 x2) (unionWithKey f l1 l2) (unionWithKey f r1 r2)

difference :: Ord k => Map k a -> Map k b -> Map k a
difference Tip _ = Tip
difference t1 Tip = t1
difference t1 (Bin _ k _ l2 r2) = case split k t1 of
  (l1, r1)
    | size l1l2 + size r1r2 == size t1 -> t1
    | otherwise -> link2 l1l2 r1r2
    where
      !l1l2 = difference l1 l2
      !r1r2 = difference r1 r2

(\\) :: Ord k => Map k a -> Map k b -> Map k a
m1 \\ m2 = difference m1 m2

differenceWith :: Ord k => (a -> b -> Maybe a) -> Map k a -> Map k b -> Map k a
differenceWith f = differenceWithKey (\_ x y -> f x y)

differenceWithKey :: Ord k => (k -> a -> b -> Maybe a) -> Map k a -> Map k b -> Map k a
differenceWithKey f t1 t2 = mapMaybeWithKey g t1
  where g k x = case lookup k t2 of
          Nothing -> Just x
          Just y -> f k x y

withoutKeys :: Ord k => Map k a -> Set k -> Map k a
withoutKeys m s = filterWithKey (\k _ -> not (Set.member k s)) m

restrictKeys :: Ord k => Map k a -> Set k -> Map k a
restrictKeys m s = filterWithKey (\k _ -> Set.member k s) m

intersection :: Ord k => Map k a -> Map k b -> Map k a
intersection Tip _ = Tip
intersection _ Tip = Tip
intersection t1@(Bin _ k x l1 r1) t2 = case splitMember k t2 of
  (l2, mb, r2)
    | mb -> link k x l1l2 r1r2
    | otherwise -> link2 l1l2 r1r2
    where
      !l1l2 = intersection l1 l2
      !r1r2 = intersection r1 r2

intersectionWith :: Ord k => (a -> b -> c) -> Map k a -> Map k b -> Map k c
intersectionWith f = intersectionWithKey (\_ x y -> f x y)

intersectionWithKey :: Ord k => (k -> a -> b -> c) -> Map k a -> Map k b -> Map k c
intersectionWithKey _ Tip _ = Tip
intersectionWithKey _ _ Tip = Tip
intersectionWithKey f (Bin _ k x1 l1 r1) t2 = case splitLookup k t2 of
  (l2, mb, r2) -> case mb of
    Just x2 -> link k (f k x1 x2) l1l2 r1r2
    Nothing -> link2 l1l2 r1r2
    where
      !l1l2 = intersectionWithKey f l1 l2
      !r1r2 = intersectionWithKey f r1 r2

disjoint :: Ord k => Map k a -> Map k b -> Bool
disjoint Tip _ = True
disjoint _ Tip = True
disjoint (Bin 1 k _ _ _) t = k `notMember` t
disjoint (Bin _ k _ l r) t = not found && disjoint l lt && disjoint r gt
  where (lt, found, gt) = splitMember k t

isSubmapOf :: (Ord k, Eq a) => Map k a -> Map k a -> Bool
isSubmapOf m1 m2 = isSubmapOfBy (==) m1 m2

isSubmapOfBy :: Ord k => (a -> b -> Bool) -> Map k a -> Map k b -> Bool
isSubmapOfBy f t1 t2 = size t1 <= size t2 && all ok (toAscList t1)
  where ok (k, x) = case lookup k t2 of
          Nothing -> False
          Just y -> f x y

isProperSubmapOf :: (Ord k, Eq a) => Map k a -> Map k a -> Bool
isProperSubmapOf m1 m2 = size m1 < size m2 && isSubmapOf m1 m2

isProperSubmapOfBy :: Ord k => (a -> b -> Bool) -> Map k a -> Map k b -> Bool
isProperSubmapOfBy f t1 t2 = size t1 < size t2 && isSubmapOfBy f t1 t2

compose :: Ord b => Map b c -> Map a b -> Map a c
compose bc ab
  | null bc = empty
  | otherwise = mapMaybe (\b -> lookup b bc) ab

mergeWithKey :: Ord k => (k -> a -> b -> Maybe c) -> (Map k a -> Map k c) -> (Map k b -> Map k c) -> Map k a -> Map k b -> Map k c
mergeWithKey f g1 g2 t1 t2 =
  let both = mapMaybeWithKey (\k x -> case lookup k t2 of
                                         Nothing -> Nothing
                                         Just y -> f k x y) (intersection t1 t2)
      only1 = g1 (difference t1 t2)
      only2 = g2 (difference t2 t1)
  in union both (union only1 only2)

-- Filter ------------------------------------------------------------------------

filter :: (a -> Bool) -> Map k a -> Map k a
filter p m = filterWithKey (\_ x -> p x) m

filterWithKey :: (k -> a -> Bool) -> Map k a -> Map k a
filterWithKey _ Tip = Tip
filterWithKey p t@(Bin _ kx x l r)
  | p kx x = if size pl == size l && size pr == size r then t else link kx x pl pr
  | otherwise = link2 pl pr
  where
    !pl = filterWithKey p l
    !pr = filterWithKey p r

partition :: (a -> Bool) -> Map k a -> (Map k a, Map k a)
partition p m = partitionWithKey (\_ x -> p x) m

partitionWithKey :: (k -> a -> Bool) -> Map k a -> (Map k a, Map k a)
partitionWithKey p m = (filterWithKey p m, filterWithKey (\k x -> not (p k x)) m)

takeWhileAntitone :: (k -> Bool) -> Map k a -> Map k a
takeWhileAntitone _ Tip = Tip
takeWhileAntitone p (Bin _ kx x l r)
  | p kx = link kx x l (takeWhileAntitone p r)
  | otherwise = takeWhileAntitone p l

dropWhileAntitone :: (k -> Bool) -> Map k a -> Map k a
dropWhileAntitone _ Tip = Tip
dropWhileAntitone p (Bin _ kx x l r)
  | p kx = dropWhileAntitone p r
  | otherwise = link kx x (dropWhileAntitone p l) r

spanAntitone :: (k -> Bool) -> Map k a -> (Map k a, Map k a)
spanAntitone p m = (takeWhileAntitone p m, dropWhileAntitone p m)

mapMaybe :: (a -> Maybe b) -> Map k a -> Map k b
mapMaybe f = mapMaybeWithKey (\_ x -> f x)

mapMaybeWithKey :: (k -> a -> Maybe b) -> Map k a -> Map k b
mapMaybeWithKey _ Tip = Tip
mapMaybeWithKey f (Bin _ kx x l r) = case f kx x of
  Just y -> link kx y (mapMaybeWithKey f l) (mapMaybeWithKey f r)
  Nothing -> link2 (mapMaybeWithKey f l) (mapMaybeWithKey f r)

mapEither :: (a -> Either b c) -> Map k a -> (Map k b, Map k c)
mapEither f m = mapEitherWithKey (\_ x -> f x) m

mapEitherWithKey :: (k -> a -> Either b c) -> Map k a -> (Map k b, Map k c)
mapEitherWithKey f m =
  ( mapMaybeWithKey (\k x -> either Just (const Nothing) (f k x)) m
  , mapMaybeWithKey (\k x -> either (const Nothing) Just (f k x)) m )

-- Split -------------------------------------------------------------------------

split :: Ord k => k -> Map k a -> (Map k a, Map k a)
split !k t = case splitLookup k t of (l, _, r) -> (l, r)

splitLookup :: Ord k => k -> Map k a -> (Map k a, Maybe a, Map k a)
splitLookup !_ Tip = (Tip, Nothing, Tip)
splitLookup k (Bin _ kx x l r) = case compare k kx of
  LT -> case splitLookup k l of
    (lt, z, gt) -> let !gt' = link kx x gt r in (lt, z, gt')
  GT -> case splitLookup k r of
    (lt, z, gt) -> let !lt' = link kx x l lt in (lt', z, gt)
  EQ -> (l, Just x, r)

splitMember :: Ord k => k -> Map k a -> (Map k a, Bool, Map k a)
splitMember k t = case splitLookup k t of
  (l, m, r) -> (l, maybe False (const True) m, r)

splitRoot :: Map k b -> [Map k b]
splitRoot Tip = []
splitRoot (Bin _ k v l r) = [l, singleton k v, r]

-- Map, fold, traverse -------------------------------------------------------------

map :: (a -> b) -> Map k a -> Map k b
map f = go
  where
    go Tip = Tip
    go (Bin sx kx x l r) = Bin sx kx (f x) (go l) (go r)

mapWithKey :: (k -> a -> b) -> Map k a -> Map k b
mapWithKey _ Tip = Tip
mapWithKey f (Bin sx kx x l r) = Bin sx kx (f kx x) (mapWithKey f l) (mapWithKey f r)

traverseWithKey :: Applicative t => (k -> a -> t b) -> Map k a -> t (Map k b)
traverseWithKey f = go
  where
    go Tip = pure Tip
    go (Bin 1 k v _ _) = (\v' -> Bin 1 k v' Tip Tip) <$> f k v
    go (Bin s k v l r) = (\l' v' r' -> Bin s k v' l' r') <$> go l <*> f k v <*> go r

traverseMaybeWithKey :: Applicative f => (k -> a -> f (Maybe b)) -> Map k a -> f (Map k b)
traverseMaybeWithKey f = go
  where
    go Tip = pure Tip
    go (Bin _ kx x l r) = combine <$> go l <*> f kx x <*> go r
      where
        combine l' mx r' = case mx of
          Nothing -> link2 l' r'
          Just x' -> link kx x' l' r'

mapAccum :: (a -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccum f a m = mapAccumWithKey (\a' _ x' -> f a' x') a m

mapAccumWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccumWithKey f a t = mapAccumL f a t

mapAccumL :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccumL _ a Tip = (a, Tip)
mapAccumL f a (Bin sx kx x l r) =
  let (a1, l') = mapAccumL f a l
      (a2, x') = f a1 kx x
      (a3, r') = mapAccumL f a2 r
  in (a3, Bin sx kx x' l' r')

mapAccumRWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
mapAccumRWithKey _ a Tip = (a, Tip)
mapAccumRWithKey f a (Bin sx kx x l r) =
  let (a1, r') = mapAccumRWithKey f a r
      (a2, x') = f a1 kx x
      (a3, l') = mapAccumRWithKey f a2 l
  in (a3, Bin sx kx x' l' r')

mapKeys :: Ord k2 => (k1 -> k2) -> Map k1 a -> Map k2 a
mapKeys f m = fromList (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

mapKeysWith :: Ord k2 => (a -> a -> a) -> (k1 -> k2) -> Map k1 a -> Map k2 a
mapKeysWith c f m = fromListWith c (foldrWithKey (\k x xs -> (f k, x) : xs) [] m)

mapKeysMonotonic :: (k1 -> k2) -> Map k1 a -> Map k2 a
mapKeysMonotonic _ Tip = Tip
mapKeysMonotonic f (Bin sx k x l r) = Bin sx (f k) x (mapKeysMonotonic f l) (mapKeysMonotonic f r)

foldr :: (a -> b -> b) -> b -> Map k a -> b
foldr f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ _ x l r) = go (f x (go z' r)) l

foldl :: (a -> b -> a) -> a -> Map k b -> a
foldl f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ _ x l r) = go (f (go z' l) x) r

foldrWithKey :: (k -> a -> b -> b) -> b -> Map k a -> b
foldrWithKey f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ kx x l r) = go (f kx x (go z' r)) l

foldlWithKey :: (a -> k -> b -> a) -> a -> Map k b -> a
foldlWithKey f z = go z
  where
    go z' Tip = z'
    go z' (Bin _ kx x l r) = go (f (go z' l) kx x) r

foldr' :: (a -> b -> b) -> b -> Map k a -> b
foldr' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ _ x l r) = let !z'' = go z' r in go (f x z'') l

foldl' :: (a -> b -> a) -> a -> Map k b -> a
foldl' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ _ x l r) = let !z'' = go z' l in go (f z'' x) r

foldrWithKey' :: (k -> a -> b -> b) -> b -> Map k a -> b
foldrWithKey' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ kx x l r) = let !z'' = go z' r in go (f kx x z'') l

foldlWithKey' :: (a -> k -> b -> a) -> a -> Map k b -> a
foldlWithKey' f z = go z
  where
    go !z' Tip = z'
    go z' (Bin _ kx x l r) = let !z'' = go z' l in go (f z'' kx x) r

foldMapWithKey :: Monoid m => (k -> a -> m) -> Map k a -> m
foldMapWithKey f = go
  where
    go Tip = mempty
    go (Bin 1 k v _ _) = f k v
    go (Bin _ k v l r) = go l `mappend` (f k v `mappend` go r)

-- Lists -------------------------------------------------------------------------

elems :: Map k a -> [a]
elems = foldr (:) []

keys :: Map k a -> [k]
keys = foldrWithKey (\k _ ks -> k : ks) []

assocs :: Map k a -> [(k, a)]
assocs m = toAscList m

keysSet :: Map k a -> Set k
keysSet Tip = Set.Tip
keysSet (Bin sz kx _ l r) = Set.Bin sz kx (keysSet l) (keysSet r)

fromSet :: (k -> a) -> Set k -> Map k a
fromSet _ Set.Tip = Tip
fromSet f (Set.Bin sz x l r) = Bin sz x (f x) (fromSet f l) (fromSet f r)

toList :: Map k a -> [(k, a)]
toList = toAscList

toAscList :: Map k a -> [(k, a)]
toAscList = foldrWithKey (\k x xs -> (k, x) : xs) []

toDescList :: Map k a -> [(k, a)]
toDescList = foldlWithKey (\xs k x -> (k, x) : xs) []

-- An ascending prefix is built directly, in pieces of doubling size (a
-- perfect left tree, a key, a tree of as many elements); from the first
-- element out of order on, the rest is inserted one by one.
fromList :: Ord k => [(k, a)] -> Map k a
fromList [] = Tip
fromList ((kx, x) : rest)
  | brokenAt kx rest = insertAll (singleton kx x) rest
  | otherwise = grow 1 (singleton kx x) rest
  where
    brokenAt _ [] = False
    brokenAt k ((k', _) : _) = k >= k'
    insertAll t ys = L.foldl' (\acc (k, v) -> insert k v acc) t ys
    grow !_ t [] = t
    grow s t ((ky, y) : ys)
      | brokenAt ky ys = insertAll t ((ky, y) : ys)
      | otherwise = case piece s ys of
          (r, zs, False) -> grow (s * 2) (link ky y t r) zs
          (r, zs, True) -> insertAll (link ky y t r) zs
    piece !_ [] = (Tip, [], False)
    piece 1 ((ky, y) : ys) = (singleton ky y, ys, brokenAt ky ys)
    piece s ys = case piece (s `div` 2) ys of
      res@(_, _, True) -> res
      res@(_, [], _) -> res
      (l, (ky, y) : ys', _)
        | brokenAt ky ys' -> (l, (ky, y) : ys', True)
        | otherwise -> case piece (s `div` 2) ys' of
            (r, zs, b) -> (link ky y l r, zs, b)

fromListWith :: Ord k => (a -> a -> a) -> [(k, a)] -> Map k a
fromListWith f xs = fromListWithKey (\_ x y -> f x y) xs

fromListWithKey :: Ord k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromListWithKey f xs = L.foldl' (\t (k, x) -> insertWithKey f k x t) Tip xs

fromAscList :: Eq k => [(k, a)] -> Map k a
fromAscList xs = fromAscListWithKey (\_ x _ -> x) xs

fromAscListWith :: Eq k => (a -> a -> a) -> [(k, a)] -> Map k a
fromAscListWith f xs = fromAscListWithKey (\_ x y -> f x y) xs

fromAscListWithKey :: Eq k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromAscListWithKey f xs = fromDistinctAscList (combineEqWith f xs)

-- Runs of equal keys combined, the later value first (f k later earlier).
combineEqWith :: Eq k => (k -> a -> a -> a) -> [(k, a)] -> [(k, a)]
combineEqWith f xs = case xs of
  (a : b : rest) -> go a b rest
  _ -> xs
  where
    go z@(kz, zz) x@(kx, xx) rest
      | kx == kz = let v = f kx xx zz in case rest of
          [] -> [(kx, v)]
          (y : ys) -> go (kx, v) y ys
      | otherwise = z : case rest of
          [] -> [x]
          (y : ys) -> go x y ys

fromDescList :: Eq k => [(k, a)] -> Map k a
fromDescList xs = fromDescListWithKey (\_ x _ -> x) xs

fromDescListWith :: Eq k => (a -> a -> a) -> [(k, a)] -> Map k a
fromDescListWith f xs = fromDescListWithKey (\_ x y -> f x y) xs

fromDescListWithKey :: Eq k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
fromDescListWithKey f xs = fromDistinctDescList (combineEqWith f xs)

-- Built from the right: the pieces go to the left of the tree so far.
fromDistinctDescList :: [(k, a)] -> Map k a
fromDistinctDescList [] = Tip
fromDistinctDescList ((kx, x) : rest) = fddlGrow 1 (singleton kx x) rest

fddlGrow :: Int -> Map k a -> [(k, a)] -> Map k a
fddlGrow !_ t [] = t
fddlGrow s t ((ky, y) : ys) = case fddlPiece s ys of
  (l, zs) -> fddlGrow (s * 2) (link ky y l t) zs

fddlPiece :: Int -> [(k, a)] -> (Map k a, [(k, a)])
fddlPiece !_ [] = (Tip, [])
fddlPiece 1 ((ky, y) : ys) = (singleton ky y, ys)
fddlPiece s ys = case fddlPiece (s `div` 2) ys of
  res@(_, []) -> res
  (r, (ky, y) : ys') -> case fddlPiece (s `div` 2) ys' of
    (l, zs) -> (link ky y l r, zs)

fromDistinctAscList :: [(k, a)] -> Map k a
fromDistinctAscList [] = Tip
fromDistinctAscList ((kx, x) : rest) = fdalGrow 1 (singleton kx x) rest

-- Instances ---------------------------------------------------------------------

instance (Eq k, Eq a) => Eq (Map k a) where
  t1 == t2 = size t1 == size t2 && toAscList t1 == toAscList t2

instance (Ord k, Ord v) => Ord (Map k v) where
  compare m1 m2 = compare (toAscList m1) (toAscList m2)

instance (Show k, Show a) => Show (Map k a) where
  showsPrec d m = showParen (d > 10) $ showString "fromList " . shows (toList m)

instance (Ord k, Read k, Read e) => Read (Map k e) where
  readPrec = parens $ prec 10 $ do
    Ident "fromList" <- lexP
    xs <- readPrec
    return (fromList xs)
  readListPrec = readListPrecDefault

instance Functor (Map k) where
  fmap f m = map f m
  a <$ m = map (const a) m

instance Foldable (Map k) where
  fold = go
    where go Tip = mempty
          go (Bin 1 _ v _ _) = v
          go (Bin _ _ v l r) = go l `mappend` (v `mappend` go r)
  foldr = foldr
  foldl = foldl
  foldMap f t = go t
    where go Tip = mempty
          go (Bin 1 _ v _ _) = f v
          go (Bin _ _ v l r) = go l `mappend` (f v `mappend` go r)
  foldr' = foldr'
  foldl' = foldl'
  toList = elems
  null = null
  length = size
  elem = go
    where go !_ Tip = False
          go x (Bin _ _ v l r) = x == v || go x l || go x r
  maximum = start
    where start Tip = mapError 4271 23 "Data.Foldable.maximum (for Data.Map): empty map"
          start (Bin _ _ v l r) = go (go v l) r
          go !m Tip = m
          go m (Bin _ _ v l r) = go (go (max m v) l) r
  minimum = start
    where start Tip = mapError 4278 23 "Data.Foldable.minimum (for Data.Map): empty map"
          start (Bin _ _ v l r) = go (go v l) r
          go !m Tip = m
          go m (Bin _ _ v l r) = go (go (min m v) l) r
  sum = foldl' (+) 0
  product = foldl' (*) 1

instance Traversable (Map k) where
  traverse f = traverseWithKey (\_ -> f)

instance Ord k => Semigroup (Map k v) where
  (<>) = union
  stimes = stimesIdempotentMonoid

-- GHC.Exts.IsList (OverloadedLists): fromListN is the class default (fromList)
instance Ord k => Exts.IsList (Map k v) where
  type Item (Map k v) = (k, v)
  fromList = fromList
  toList = toList

instance Ord k => Monoid (Map k v) where
  mempty = empty
  mconcat = unions

-- The internals containers' -O1 unfoldings call (names `zz_<Z-encoded
-- name>`, renamed by the generator), with the conventions of containers'
-- interface file.

zz_elems1 :: [a] -> Map k a -> [a]
zz_elems1 acc m = foldr (:) acc m

zz_keys1 :: [k] -> Map k a -> [k]
zz_keys1 acc m = foldrWithKey (\k _ ks -> k : ks) acc m

zz_toAscList1 :: [(k, a)] -> Map k a -> [(k, a)]
zz_toAscList1 acc m = foldrWithKey (\k x xs -> (k, x) : xs) acc m

zz_toDescList1 :: [(k, a)] -> Map k a -> [(k, a)]
zz_toDescList1 acc m = foldlWithKey (\xs k x -> (k, x) : xs) acc m

zz_findMin1 :: (k, a)
zz_findMin1 = mapError 1653 17 "Map.findMin: empty map has no minimal element"

zz_findMax1 :: (k, a)
zz_findMax1 = mapError 1678 17 "Map.findMax: empty map has no maximal element"

-- link2 l (Bin sz k x lr rr)
zz_link2zuzdslink1 :: Int# -> k -> a -> Map k a -> Map k a -> Map k a -> Map k a
zz_link2zuzdslink1 sz k x lr rr l = link2 l (Bin (I# sz) k x lr rr)

-- take's, drop's and splitAt's loops on a node (size, key, value, left, right) and a count
zz_takezuzdszdwpolyzugo :: Int# -> k -> a -> Map k a -> Map k a -> Int# -> Map k a
zz_takezuzdszdwpolyzugo sz k x l r i = takeGo (I# i) (Bin (I# sz) k x l r)

zz_dropzuzdszdwpolyzugo :: Int# -> k -> a -> Map k a -> Map k a -> Int# -> Map k a
zz_dropzuzdszdwpolyzugo sz k x l r i = dropGo (I# i) (Bin (I# sz) k x l r)

zz_splitAtzuzdszdwpolyzugo :: Int# -> k -> a -> Map k a -> Map k a -> Int# -> (# Map k a, Map k a #)
zz_splitAtzuzdszdwpolyzugo sz k x l r i =
  let t = Bin (I# sz) k x l r in (# takeGo (I# i) t, dropGo (I# i) t #)

takeGo :: Int -> Map k a -> Map k a
takeGo i !_ | i <= 0 = Tip
takeGo !_ Tip = Tip
takeGo i (Bin _ kx x l r)
  | i < sl = takeGo i l
  | i == sl = l
  | otherwise = link kx x l (takeGo (i - sl - 1) r)
  where sl = size l

dropGo :: Int -> Map k a -> Map k a
dropGo i m | i <= 0 = m
dropGo !_ Tip = Tip
dropGo i (Bin _ kx x l r)
  | i < sl = link kx x (dropGo i l) r
  | i == sl = insertMin kx x r
  | otherwise = dropGo (i - sl - 1) r
  where sl = size l

-- partitionWithKey
zz_zdwpolyzugo3 :: (k -> a -> Bool) -> Map k a -> (# Map k a, Map k a #)
zz_zdwpolyzugo3 p m = case partitionWithKey p m of (a, b) -> (# a, b #)

-- fromDistinctAscList's loop: piece size, the tree so far, the rest
zz_zdwpolyzugo :: Int# -> Map k a -> [(k, a)] -> Map k a
zz_zdwpolyzugo s t xs = fdalGrow (I# s) t xs

fdalGrow :: Int -> Map k a -> [(k, a)] -> Map k a
fdalGrow !_ t [] = t
fdalGrow s t ((ky, y) : ys) = case fdalPiece s ys of
  (r, zs) -> fdalGrow (s * 2) (link ky y t r) zs

fdalPiece :: Int -> [(k, a)] -> (Map k a, [(k, a)])
fdalPiece !_ [] = (Tip, [])
fdalPiece 1 ((ky, y) : ys) = (singleton ky y, ys)
fdalPiece s ys = case fdalPiece (s `div` 2) ys of
  res@(_, []) -> res
  (l, (ky, y) : ys') -> case fdalPiece (s `div` 2) ys' of
    (r, zs) -> (link ky y l r, zs)

zz_zdwdeleteAt :: Int# -> Map k a -> Map k a
zz_zdwdeleteAt i m = deleteAt (I# i) m

zz_zdwelemAt :: Int# -> Map k a -> (# k, a #)
zz_zdwelemAt i m = case elemAt (I# i) m of (k, x) -> (# k, x #)

zz_zdwupdateAt :: (k -> a -> Maybe a) -> Int# -> Map k a -> Map k a
zz_zdwupdateAt f i m = updateAt f (I# i) m

zz_zdwlookupMinSure :: k -> a -> Map k a -> (# k, a #)
zz_zdwlookupMinSure k x Tip = (# k, x #)
zz_zdwlookupMinSure _ _ (Bin _ k x l _) = zz_zdwlookupMinSure k x l

zz_zdwlookupMaxSure :: k -> a -> Map k a -> (# k, a #)
zz_zdwlookupMaxSure k x Tip = (# k, x #)
zz_zdwlookupMaxSure _ _ (Bin _ k x _ r) = zz_zdwlookupMaxSure k x r

zz_zdwmapAccumL :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (# a, Map k c #)
zz_zdwmapAccumL f a m = case mapAccumL f a m of (a', m') -> (# a', m' #)

zz_zdwmapAccumRWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (# a, Map k c #)
zz_zdwmapAccumRWithKey f a m = case mapAccumRWithKey f a m of (a', m') -> (# a', m' #)

zz_zdwzdcshowsPrec :: (Show k, Show a) => Int# -> Map k a -> ShowS
zz_zdwzdcshowsPrec d m = showsPrec (I# d) m

-- (`$fShowMap1` is the Addr# "fromList ", which -O1 code that inlines
-- showsPrec appends with unpackAppendCString#: defined from its unfolding
-- by the generators, as a top-level Addr# cannot be written here)

-- fromDistinctDescList's loop
zz_zdwpolyzugo1 :: Int# -> Map k a -> [(k, a)] -> Map k a
zz_zdwpolyzugo1 s t xs = fddlGrow (I# s) t xs

zz_deleteFindMin2 :: (k, a)
zz_deleteFindMin2 = mapError 3987 15 "Map.deleteFindMin: can not return the minimal element of an empty map"

zz_deleteFindMax2 :: (k, a)
zz_deleteFindMax2 = mapError 3997 15 "Map.deleteFindMax: can not return the maximal element of an empty map"

zz_zdfDataMap4 :: Int
zz_zdfDataMap4 = 0

-- mapEitherWithKey and spanAntitone
zz_zdwpolyzugo2 :: (k -> a -> Either b c) -> Map k a -> (# Map k b, Map k c #)
zz_zdwpolyzugo2 f m = case mapEitherWithKey f m of (a, b) -> (# a, b #)

zz_zdwpolyzugo4 :: (k -> Bool) -> Map k a -> (# Map k a, Map k a #)
zz_zdwpolyzugo4 p m = case spanAntitone p m of (a, b) -> (# a, b #)

-- The merge API (Data.Map.Merge.Lazy): tactics for the keys only one map
-- has (WhenMissing) and for the keys both have (WhenMatched).

data WhenMissing f k x y = WhenMissing
  { missingSubtree :: Map k x -> f (Map k y)
  , missingKey :: k -> x -> f (Maybe y) }

newtype WhenMatched f k x y z = WhenMatched
  { matchedKey :: k -> x -> y -> f (Maybe z) }

type SimpleWhenMissing = WhenMissing Identity
type SimpleWhenMatched = WhenMatched Identity

runWhenMissing :: WhenMissing f k x y -> k -> x -> f (Maybe y)
runWhenMissing = missingKey

runWhenMatched :: WhenMatched f k x y z -> k -> x -> y -> f (Maybe z)
runWhenMatched = matchedKey

dropMissing :: Applicative f => WhenMissing f k x y
dropMissing = WhenMissing (const (pure Tip)) (\_ _ -> pure Nothing)

preserveMissing :: Applicative f => WhenMissing f k x x
preserveMissing = WhenMissing pure (\_ x -> pure (Just x))

preserveMissing' :: Applicative f => WhenMissing f k x x
preserveMissing' = WhenMissing (\t -> pure $! forceAll t) (\_ x -> pure $! Just $! x)
  where forceAll t = foldr seq () t `seq` t

mapMissing :: Applicative f => (k -> x -> y) -> WhenMissing f k x y
mapMissing f = WhenMissing (\m -> pure $! mapWithKey f m) (\k x -> pure $ Just (f k x))

mapMaybeMissing :: Applicative f => (k -> x -> Maybe y) -> WhenMissing f k x y
mapMaybeMissing f = WhenMissing (\m -> pure $! mapMaybeWithKey f m) (\k x -> pure $! f k x)

filterMissing :: Applicative f => (k -> x -> Bool) -> WhenMissing f k x x
filterMissing f = WhenMissing (\m -> pure $! filterWithKey f m) (\k x -> pure $! if f k x then Just x else Nothing)

filterAMissing :: Applicative f => (k -> x -> f Bool) -> WhenMissing f k x x
filterAMissing f = WhenMissing (\m -> filterWithKeyA f m) (\k x -> (\b -> if b then Just x else Nothing) <$> f k x)

filterWithKeyA :: Applicative f => (k -> a -> f Bool) -> Map k a -> f (Map k a)
filterWithKeyA _ Tip = pure Tip
filterWithKeyA p (Bin _ kx x l r) = combine <$> filterWithKeyA p l <*> p kx x <*> filterWithKeyA p r
  where combine l' b r' = if b then link kx x l' r' else link2 l' r'

traverseMissing :: Applicative f => (k -> x -> f y) -> WhenMissing f k x y
traverseMissing f = WhenMissing (traverseWithKey f) (\k x -> Just <$> f k x)

traverseMaybeMissing :: Applicative f => (k -> x -> f (Maybe y)) -> WhenMissing f k x y
traverseMaybeMissing f = WhenMissing (traverseMaybeWithKey f) f

zipWithMatched :: Applicative f => (k -> x -> y -> z) -> WhenMatched f k x y z
zipWithMatched f = WhenMatched (\k x y -> pure . Just $ f k x y)

zipWithAMatched :: Applicative f => (k -> x -> y -> f z) -> WhenMatched f k x y z
zipWithAMatched f = WhenMatched (\k x y -> Just <$> f k x y)

zipWithMaybeMatched :: Applicative f => (k -> x -> y -> Maybe z) -> WhenMatched f k x y z
zipWithMaybeMatched f = WhenMatched (\k x y -> pure $ f k x y)

zipWithMaybeAMatched :: (k -> x -> y -> f (Maybe z)) -> WhenMatched f k x y z
zipWithMaybeAMatched f = WhenMatched f

mapWhenMissing :: (Applicative f, Monad f) => (a -> b) -> WhenMissing f k x a -> WhenMissing f k x b
mapWhenMissing f t = WhenMissing
  (\m -> missingSubtree t m >>= \m' -> pure $! map f m')
  (\k x -> missingKey t k x >>= \q -> (pure $! fmap f q))

mapGentlyWhenMissing :: Functor f => (a -> b) -> WhenMissing f k x a -> WhenMissing f k x b
mapGentlyWhenMissing f t = WhenMissing
  (\m -> map f <$> missingSubtree t m)
  (\k x -> fmap f <$> missingKey t k x)

mapWhenMatched :: Functor f => (a -> b) -> WhenMatched f k x y a -> WhenMatched f k x y b
mapWhenMatched f (WhenMatched g) = WhenMatched $ \k x y -> fmap (fmap f) (g k x y)

mapGentlyWhenMatched :: Functor f => (a -> b) -> WhenMatched f k x y a -> WhenMatched f k x y b
mapGentlyWhenMatched f t = WhenMatched $ \k x y -> fmap f <$> matchedKey t k x y

lmapWhenMissing :: (b -> a) -> WhenMissing f k a x -> WhenMissing f k b x
lmapWhenMissing f t = WhenMissing
  (\m -> missingSubtree t (map f m))
  (\k x -> missingKey t k (f x))

contramapFirstWhenMatched :: (b -> a) -> WhenMatched f k a y z -> WhenMatched f k b y z
contramapFirstWhenMatched f t = WhenMatched $ \k x y -> matchedKey t k (f x) y

contramapSecondWhenMatched :: (b -> a) -> WhenMatched f k x a z -> WhenMatched f k x b z
contramapSecondWhenMatched f t = WhenMatched $ \k x y -> matchedKey t k x (f y)

instance (Applicative f, Monad f) => Functor (WhenMissing f k x) where
  fmap = mapWhenMissing

instance (Applicative f, Monad f) => Applicative (WhenMissing f k x) where
  pure x = mapMissing (\_ _ -> x)
  f <*> g = traverseMaybeMissing $ \k x -> do
    res1 <- missingKey f k x
    case res1 of
      Nothing -> pure Nothing
      Just r -> (pure $!) . fmap r =<< missingKey g k x

instance (Applicative f, Monad f) => Monad (WhenMissing f k x) where
  m >>= f = traverseMaybeMissing $ \k x -> do
    res1 <- missingKey m k x
    case res1 of
      Nothing -> pure Nothing
      Just r -> missingKey (f r) k x

instance (Applicative f, Monad f) => Category (WhenMissing f k) where
  id = preserveMissing
  f . g = traverseMaybeMissing $ \k x -> do
    y <- missingKey g k x
    case y of
      Nothing -> pure Nothing
      Just q -> missingKey f k q

instance Functor f => Functor (WhenMatched f k x y) where
  fmap = mapWhenMatched

instance (Monad f, Applicative f) => Applicative (WhenMatched f k x y) where
  pure x = zipWithMatched (\_ _ _ -> x)
  fs <*> xs = WhenMatched $ \k x y -> do
    res <- matchedKey fs k x y
    case res of
      Nothing -> pure Nothing
      Just r -> (pure $!) . fmap r =<< matchedKey xs k x y

instance (Monad f, Applicative f) => Monad (WhenMatched f k x y) where
  m >>= f = WhenMatched $ \k x y -> do
    res <- matchedKey m k x y
    case res of
      Nothing -> pure Nothing
      Just r -> matchedKey (f r) k x y

instance (Monad f, Applicative f) => Category (WhenMatched f k x) where
  id = zipWithMatched (\_ _ y -> y)
  f . g = WhenMatched $ \k x y -> do
    res <- matchedKey g k x y
    case res of
      Nothing -> pure Nothing
      Just r -> matchedKey f k x r

merge :: Ord k => SimpleWhenMissing k a c -> SimpleWhenMissing k b c -> SimpleWhenMatched k a b c -> Map k a -> Map k b -> Map k c
merge g1 g2 f m1 m2 = runIdentity $ mergeA g1 g2 f m1 m2

-- Divide and conquer on the first map's root: the left parts, the root's
-- key, the right parts, effects in that (ascending key) order.
mergeA :: (Applicative f, Ord k) => WhenMissing f k a c -> WhenMissing f k b c -> WhenMatched f k a b c -> Map k a -> Map k b -> f (Map k c)
mergeA g1 g2 f = go
  where
    go t1 Tip = missingSubtree g1 t1
    go Tip t2 = missingSubtree g2 t2
    go (Bin _ kx x1 l1 r1) t2 = case splitLookup kx t2 of
      (l2, mx2, r2) -> case mx2 of
        Nothing -> combine <$> go l1 l2 <*> missingKey g1 kx x1 <*> go r1 r2
        Just x2 -> combine <$> go l1 l2 <*> matchedKey f kx x1 x2 <*> go r1 r2
      where
        combine l' mx r' = case mx of
          Nothing -> link2 l' r'
          Just x' -> link kx x' l' r'

-- Every value of the tree forced to WHNF (preserveMissing' forces a missing
-- subtree this way; -O1 code that inlined it calls this).
forceTree :: Map k a -> ()
forceTree Tip = ()
forceTree (Bin _ _ v l r) = v `seq` forceTree l `seq` forceTree r `seq` ()

-- filterWithKeyA with the Applicative's pure, <*> and liftA2
zz_zdwfilterWithKeyA
  :: (forall x. x -> f x) -> (forall x y. f (x -> y) -> f x -> f y)
  -> (forall x y z. (x -> y -> z) -> f x -> f y -> f z)
  -> (k -> a -> f Bool) -> Map k a -> f (Map k a)
zz_zdwfilterWithKeyA pure' ap' liftA2' p = go
  where
    go Tip = pure' Tip
    go (Bin _ kx x l r) = ap' (liftA2' (\l' b -> \r' -> if b then link kx x l' r' else link2 l' r') (go l) (p kx x)) (go r)

-- lookupTrace's result (the value found, and the path to the key as a bit
-- queue), in the installed layout: -O1 code that inlines alterF or
-- atKeyImpl matches it as three fields (the queue's two words unpacked).
-- lookupTrace itself is read from its unfolding (gen-o1-library-core).
data TraceResult a = TraceResult (Maybe a) {-# UNPACK #-} !BitQueue

-- alterF's path workers: containers' lookupTrace records the path to a key
-- as a bit queue (two words; a set bit means "go right"), which
-- insertAlong, replaceAlong and deleteAlong follow. Taking a bit off the
-- front is containers' unconsQ, as its interface file gives it.
unconsBQ :: Word -> Word -> Maybe (Bool, Word, Word)
unconsBQ hi lo
  | hi == 0 && lo == 1 = Nothing
  | otherwise = Just (lo .&. 1 /= 0, hi `shiftR` 1, (lo `shiftR` 1) .|. (hi `shiftL` 63))

insertAlongQ :: Word -> Word -> k -> a -> Map k a -> Map k a
insertAlongQ hi lo kx x t = case unconsBQ hi lo of
  Nothing -> singleton kx x
  Just (right, hi', lo') -> case t of
    Bin _ ky y l r
      | right -> balanceR ky y l (insertAlongQ hi' lo' kx x r)
      | otherwise -> balanceL ky y (insertAlongQ hi' lo' kx x l) r
    Tip -> singleton kx x

replaceAlongQ :: Word -> Word -> a -> Map k a -> Map k a
replaceAlongQ hi lo x t = case t of
  Tip -> Tip
  Bin sz ky y l r -> case unconsBQ hi lo of
    Nothing -> Bin sz ky x l r
    Just (right, hi', lo')
      | right -> Bin sz ky y l (replaceAlongQ hi' lo' x r)
      | otherwise -> Bin sz ky y (replaceAlongQ hi' lo' x l) r

deleteAlongQ :: Word -> Word -> Map k a -> Map k a
deleteAlongQ hi lo t = case t of
  Tip -> Tip
  Bin _ ky y l r -> case unconsBQ hi lo of
    Nothing -> glue l r
    Just (right, hi', lo')
      | right -> balanceL ky y l (deleteAlongQ hi' lo' r)
      | otherwise -> balanceR ky y (deleteAlongQ hi' lo' l) r

zz_zdwinsertAlong :: Word# -> Word# -> k -> a -> Map k a -> Map k a
zz_zdwinsertAlong hi lo kx x t = insertAlongQ (W# hi) (W# lo) kx x t

zz_zdwreplaceAlong :: Word# -> Word# -> a -> Map k a -> Map k a
zz_zdwreplaceAlong hi lo x t = replaceAlongQ (W# hi) (W# lo) x t

-- deleteAlong's loop (its first argument is an absent proxy)
zz_zdwgo :: Proxy# () -> Word# -> Word# -> Map k a -> Map k a
zz_zdwgo _ hi lo t = deleteAlongQ (W# hi) (W# lo) t

-- (containers' returns a Proxy#, which GHC's -O1 callers match as (# #))
zz_zdwbogus :: (# #) -> (# #)
zz_zdwbogus _ = (# #)

zz_bogus :: a -> (# #)
zz_bogus _ = (# #)

-- atKeyImpl's deletion along the path lookupTrace recorded
zz_atKeyImplzugo :: Proxy# () -> BitQueue -> Map k a -> Map k a
zz_atKeyImplzugo _ (BQ (BQB hi lo)) t = deleteAlongQ hi lo t

-- isSubmapOfBy's loop (the sizes already compared): every key of the
-- first map is in the second with f true of the two values, split around
-- the first map's root
zz_submapzq :: Ord k => (a -> b -> Bool) -> Map k a -> Map k b -> Bool
zz_submapzq _ Tip _ = True
zz_submapzq _ _ Tip = False
zz_submapzq f (Bin 1 kx x _ _) t = case lookup kx t of
  Just y -> f x y
  Nothing -> False
zz_submapzq f (Bin _ kx x l r) t = case splitLookup kx t of
  (_, Nothing, _) -> False
  (lt, Just y, gt) -> f x y && zz_submapzq f l lt && zz_submapzq f r gt

-- foldl1's and foldr1's error on an empty structure, as the Foldable
-- instance's -O1 foldl1 and foldr1 name them.
zz_zdfFoldableMap1 :: a
zz_zdfFoldableMap1 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableMap2 :: a
zz_zdfFoldableMap2 = errorWithoutStackTrace "foldr1: empty structure"

-- Lifted classes (Data.Functor.Classes), as the unlifted instances.
instance Eq2 Map where
  liftEq2 eqk eqv m n = size m == size n && liftEq (liftEq2 eqk eqv) (toList m) (toList n)

instance Eq k => Eq1 (Map k) where
  liftEq = liftEq2 (==)

instance Ord2 Map where
  liftCompare2 cmpk cmpv m n = liftCompare (liftCompare2 cmpk cmpv) (toList m) (toList n)

instance Ord k => Ord1 (Map k) where
  liftCompare = liftCompare2 compare

instance Show2 Map where
  liftShowsPrec2 spk slk spv slv d m = FC.showsUnaryWith (liftShowsPrec sp sl) "fromList" d (toList m)
    where
      sp = liftShowsPrec2 spk slk spv slv
      sl = liftShowList2 spk slk spv slv

instance Show k => Show1 (Map k) where
  liftShowsPrec = liftShowsPrec2 showsPrec showList

zz_zdfEq1MapzuzdcliftEq2 :: (a -> b -> Bool) -> (c -> d -> Bool) -> Map a c -> Map b d -> Bool
zz_zdfEq1MapzuzdcliftEq2 = liftEq2

zz_zdfRead1Mapzuw1 :: String
zz_zdfRead1Mapzuw1 = "fromList"

-- liftShowsPrec of Show1 (Map k); the element list shower is absent
zz_zdwzdcliftShowsPrec :: Show k => (Int -> a -> ShowS) -> Int# -> Map k a -> ShowS
zz_zdwzdcliftShowsPrec sp d m = liftShowsPrec sp (\_ -> error "Data.Map.Internal.$w$cliftShowsPrec: absent argument") (I# d) m

-- NFData (deepseq): keys and values, left to right from the root.
instance (NFData k, NFData a) => NFData (Map k a) where
  rnf Tip = ()
  rnf (Bin _ kx x l r) = rnf kx `seq` rnf x `seq` rnf l `seq` rnf r

-- ------------------------------------------------------------------ Data
-- As containers documents it: an abstract type seen through fromList
-- (toConstr is `fromList`, gfoldl folds over `toList`).
instance (Data k, Data a, Ord k) => Data (Map k a) where
  gfoldl f z m = z fromList `f` toList m
  toConstr _ = fromListConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z fromList)
    _ -> zz_zdfDataMap16
  dataTypeOf _ = mapDataType
  dataCast2 f = gcast2 f

-- gunfold on a constructor index but 1: the failure GHC floats out of the
-- instance as `$fDataMap16` (-O1 code inlining gunfold calls it).
zz_zdfDataMap16 :: a
zz_zdfDataMap16 = containersError "Data/Map/Internal.hs" "Data.Map.Internal" 518 10 "gunfold"

fromListConstr :: Constr
fromListConstr = mkConstr mapDataType "fromList" [] Prefix

mapDataType :: DataType
mapDataType = mkDataType "Data.Map.Internal.Map" [fromListConstr]
