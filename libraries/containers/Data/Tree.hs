{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Tree (rose
-- trees), from the documented API and output formats.
module Data.Tree where

import Control.DeepSeq (NFData (rnf))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (..), gcast1, gcast2)
import Control.Monad (liftM)
import GHC.Exts (Int (I#), Int#)
import Data.Monoid (Any (..), Endo (..))
import Data.Sequence.Internal (Seq, toListS)
import qualified Data.Sequence.Internal as Seq
import Data.Foldable (Foldable (..))
import qualified Data.Foldable as F
import Control.Monad.Fix (MonadFix (..), fix)
import Control.Monad.Zip (MonadZip (..))
import GHC.Exts (isTrue#, (>#))
import GHC.Read (list)
import Text.ParserCombinators.ReadPrec (readPrec_to_S, readS_to_Prec)
import Text.Show (showListWith)

data Tree a = Node { rootLabel :: a, subForest :: [Tree a] }
  deriving (Eq, Read, Show)

type Forest a = [Tree a]

instance Functor Tree where
  fmap f (Node x ts) = Node (f x) (map (fmap f) ts)
  x <$ Node _ ts = Node x (map (x <$) ts)

instance Applicative Tree where
  pure x = Node x []
  Node f tfs <*> tx@(Node x txs) = Node (f x) (map (f <$>) txs ++ map (<*> tx) tfs)

instance Monad Tree where
  Node x ts >>= f = case f x of
    Node x' ts' -> Node x' (ts' ++ map (>>= f) ts)

instance MonadFix Tree where
  mfix = mfixTree

mfixTree :: (a -> Tree a) -> Tree a
mfixTree f
  | Node a children <- fix (f . rootLabel)
  = Node a (zipWith (\i _ -> mfixTree ((!! i) . subForest . f)) [0 ..] children)

instance MonadZip Tree where
  mzipWith f (Node a as) (Node b bs) = Node (f a b) (mzipWith (mzipWith f) as bs)
  munzip (Node (a, b) ts) = (Node a as, Node b bs)
    where (as, bs) = munzip (map munzip ts)

instance Foldable Tree where
  foldMap f (Node x ts) = f x `mappend` foldMap (foldMap f) ts
  foldr f z (Node x ts) = f x (foldr (\t acc -> foldr f acc t) z ts)
  toList = flatten
  null _ = False
  elem x = any (== x) . flatten
  sum = sum . flatten
  product = product . flatten
  maximum = maximum . flatten
  minimum = minimum . flatten

instance Traversable Tree where
  traverse f = go
    where go (Node x ts) = Node <$> f x <*> traverse go ts

foldTree :: (a -> [b] -> b) -> Tree a -> b
foldTree f = go where go (Node x ts) = f x (map go ts)

flatten :: Tree a -> [a]
flatten t = squish t []
  where squish (Node x ts) xs = x : foldr squish xs ts

levels :: Tree a -> [[a]]
levels t = levelsGo [t]

levelsGo :: [Tree a] -> [[a]]
levelsGo [] = []
levelsGo ts = map rootLabel ts : levelsGo (concatMap subForest ts)

drawTree :: Tree String -> String
drawTree = unlines . draw

drawForest :: [Tree String] -> String
drawForest = unlines . map drawTree

draw :: Tree String -> [String]
draw (Node x ts0) = lines x ++ zz_drawTreezudrawSubTrees ts0

zz_drawTreezudrawSubTrees :: [Tree String] -> [String]
zz_drawTreezudrawSubTrees [] = []
zz_drawTreezudrawSubTrees [t] = "|" : shift "`- " "   " (draw t)
zz_drawTreezudrawSubTrees (t : ts) = "|" : shift "+- " "|  " (draw t) ++ zz_drawTreezudrawSubTrees ts

shift :: String -> String -> [String] -> [String]
shift first other = zipWith (++) (first : repeat other)

unfoldTree :: (b -> (a, [b])) -> b -> Tree a
unfoldTree f b = let (a, bs) = f b in Node a (unfoldForest f bs)

unfoldForest :: (b -> (a, [b])) -> [b] -> [Tree a]
unfoldForest f = map (unfoldTree f)

unfoldTreeM :: Monad m => (b -> m (a, [b])) -> b -> m (Tree a)
unfoldTreeM f b = do
  (a, bs) <- f b
  ts <- unfoldForestM f bs
  return (Node a ts)

unfoldForestM :: Monad m => (b -> m (a, [b])) -> [b] -> m [Tree a]
unfoldForestM f = mapM (unfoldTreeM f)

unfoldTreeM_BF :: Monad m => (b -> m (a, [b])) -> b -> m (Tree a)
unfoldTreeM_BF f b = liftM head (unfoldForestM_BF f [b])

-- Level by level: every seed of a level is unfolded (in order) before the
-- next level's.
unfoldForestM_BF :: Monad m => (b -> m (a, [b])) -> [b] -> m [Tree a]
unfoldForestM_BF = zz_zdwunfoldForestMzuBF (>>=) return

-- Internals containers' -O1 unfoldings call (names `zz_<Z-encoded name>`,
-- see scripts/gen-containers.mjs), with the interface file's conventions.

zz_drawTreezuzdsdrawSubTrees :: Tree String -> [Tree String] -> [String]
zz_drawTreezuzdsdrawSubTrees t ts = zz_drawTreezudrawSubTrees (t : ts)

zz_levelszuzdspolyzugo :: Tree a -> [Tree a] -> [[a]]
zz_levelszuzdspolyzugo t ts = levelsGo (t : ts)

-- MonadZip's munzip of a forest (-O1): each tree unzipped, the two
-- forests as an unboxed pair
zz_zdfMonadZZipTree1 :: [Tree (a, b)] -> (# [Tree a], [Tree b] #)
zz_zdfMonadZZipTree1 ts = ts `seq` case unzip (map munzip ts) of (as, bs) -> (# as, bs #)

zz_zdfFoldableTree2 :: Int
zz_zdfFoldableTree2 = 0

-- Show1's liftShowsPrec worker (the precedence unboxed, the node taken
-- apart; the list shower is absent): record syntax as the derived Show,
-- parenthesised above precedence 10, the forest through the same shower.
zz_zdwzdcliftShowsPrec :: (Int -> a -> ShowS) -> Int# -> a -> [Tree a] -> ShowS
zz_zdwzdcliftShowsPrec sp d x ts =
  showParen (isTrue# (d ># 10#)) $
    showString "Node {rootLabel = " . sp 0 x . showString ", subForest = "
      . showListWith (\(Node y us) -> zz_zdwzdcliftShowsPrec sp 0# y us) ts
      . showChar '}'

-- Read1's liftReadsPrec worker: the record's tokens by `lex`, the label at
-- precedence 0, the forest as a list of trees; parentheses are required
-- above precedence 10.
zz_zdwzdcliftReadsPrec :: (Int -> ReadS a) -> Int# -> String -> [(Tree a, String)]
zz_zdwzdcliftReadsPrec rd d = readParen (isTrue# (d ># 10#)) node
  where
    node s =
      [ (Node x ts, s10)
      | ("Node", s1) <- lex s, ("{", s2) <- lex s1, ("rootLabel", s3) <- lex s2
      , ("=", s4) <- lex s3, (x, s5) <- rd 0 s4, (",", s6) <- lex s5
      , ("subForest", s7) <- lex s6, ("=", s8) <- lex s7, (ts, s9) <- forest s8
      , ("}", s10) <- lex s9 ]
    forest = readPrec_to_S (list (readS_to_Prec (\(I# p) -> zz_zdwzdcliftReadsPrec rd p))) 0

-- foldl1's and foldr1's error on an empty structure, as the Foldable
-- instance's -O1 foldl1 and foldr1 name them (a tree is never empty).
zz_zdfFoldableTree5 :: a
zz_zdfFoldableTree5 = errorWithoutStackTrace "foldl1: empty structure"

zz_zdfFoldableTree7 :: a
zz_zdfFoldableTree7 = errorWithoutStackTrace "foldr1: empty structure"

-- unfoldForestM_BF's foldr over a sequence's middle tree
zz_unfoldForestMzuBFzufoldrTree :: (Seq.Node a -> b -> b) -> b -> Seq.FingerTree (Seq.Node a) -> b
zz_unfoldForestMzuBFzufoldrTree = foldr

zz_zdfFoldableTree3 :: a -> (Int -> Int) -> Int -> Int
zz_zdfFoldableTree3 _ k (I# n) = k (I# n + 1)

zz_zdwfmapTree :: (a -> b) -> a -> [Tree a] -> (# b, [Tree b] #)
zz_zdwfmapTree f x ts = (# f x, map (fmap f) ts #)

zz_zdwpolyzusquish :: a -> [Tree a] -> [a] -> (# a, [a] #)
zz_zdwpolyzusquish x ts xs = (# x, foldr squish xs ts #)
  where squish (Node y us) ys = y : foldr squish ys us

-- $wunfoldForestM_BF: unfoldForestM_BF with the Monad's >>= and return
zz_zdwunfoldForestMzuBF :: (forall x y. m x -> (x -> m y) -> m y) -> (forall x. x -> m x) -> (b -> m (a, [b])) -> [b] -> m [Tree a]
zz_zdwunfoldForestMzuBF bind ret f = level
  where
    level [] = ret []
    level bs =
      each bs `bind` \results ->
      level (concatMap snd results) `bind` \children ->
      ret (rebuild results children)
    each [] = ret []
    each (b : bs) = f b `bind` \r -> each bs `bind` \rs -> ret (r : rs)
    rebuild [] _ = []
    rebuild ((a, cs) : rest) ts =
      let (mine, others) = splitAt (length cs) ts
      in Node a mine : rebuild rest others

zz_zdwunfoldTree :: (b -> (a, [b])) -> b -> (# a, [Tree a] #)
zz_zdwunfoldTree f b = case unfoldTree f b of Node a ts -> (# a, ts #)

-- foldMap with the Monoid's mempty and mappend
zz_zdwzdcfoldMap :: m -> (m -> m -> m) -> (a -> m) -> a -> [Tree a] -> m
zz_zdwzdcfoldMap mempty' mappend' f x ts = go (Node x ts)
  where go (Node y us) = mappend' (f y) (foldr (\u acc -> mappend' (go u) acc) mempty' us)

zz_zdwzdcshowsPrec :: Show a => Int# -> a -> [Tree a] -> ShowS
zz_zdwzdcshowsPrec d x ts = showsPrec (I# d) (Node x ts)

-- traverse with the Applicative's pure and liftA2
zz_zdwzdctraverse :: (forall x. x -> f x) -> (forall x y z. (x -> y -> z) -> f x -> f y -> f z) -> (a -> f b) -> a -> [Tree a] -> f (Tree b)
zz_zdwzdctraverse pure' liftA2' f = go
  where
    go x ts = liftA2' Node (f x) (goList ts)
    goList [] = pure' []
    goList (Node y us : rest) = liftA2' (:) (go y us) (goList rest)

zz_zdwzdczgzgze :: a -> [Tree a] -> (a -> Tree b) -> (# b, [Tree b] #)
zz_zdwzdczgzgze x ts f = case Node x ts >>= f of Node y us -> (# y, us #)

zz_zdwzdczlztzg :: (a -> b) -> [Tree (a -> b)] -> a -> [Tree a] -> (# b, [Tree b] #)
zz_zdwzdczlztzg f tfs x txs = case Node f tfs <*> Node x txs of Node y us -> (# y, us #)

zz_zdwzdszdcfoldMap :: (a -> Any) -> a -> [Tree a] -> Any
zz_zdwzdszdcfoldMap f x ts = foldMap f (Node x ts)

zz_zdwzdszdcfoldMap1 :: (a -> Endo (Int -> Int)) -> a -> [Tree a] -> (Int -> Int) -> Int -> Int
zz_zdwzdszdcfoldMap1 f x ts = appEndo (foldMap f (Node x ts))

zz_unfoldForestM1 :: m a -> m b -> m b
zz_unfoldForestM1 _ _ = error "Data.Tree.unfoldForestM1: an absent argument was used"

zz_unfoldTreeMzuBF1 :: Tree a
zz_unfoldTreeMzuBF1 = error "unfoldTreeM_BF"

-- unfoldForestM with the Monad's >>=, >> and return
zz_unfoldForestMzuzdsunfoldForestM
  :: (b -> m (a, [b]))
  -> (Applicative m => (forall x y. m x -> (x -> m y) -> m y) -> (forall x y. m x -> m y -> m y) -> (forall x. x -> m x) -> [b] -> m [Tree a])
zz_unfoldForestMzuzdsunfoldForestM f bind _ ret = forest
  where
    tree b = f b `bind` \(a, bs) -> forest bs `bind` \ts -> ret (Node a ts)
    forest [] = ret []
    forest (b : bs) = tree b `bind` \t -> forest bs `bind` \ts -> ret (t : ts)

-- the breadth-first unfold of a queue of seeds, with >>= and return
zz_zdwunfoldForestQ
  :: (forall x y. m x -> (x -> m y) -> m y) -> (forall x. x -> m x)
  -> (b -> m (a, [b])) -> Seq b -> m (Seq (Tree a))
zz_zdwunfoldForestQ bind ret f seeds = levels0 (toListS seeds) `bind` \ts -> ret (Seq.fromList ts)
  where
    levels0 [] = ret []
    levels0 bs = each bs `bind` \results -> levels0 (concatMap snd results) `bind` \children -> ret (rebuild results children)
    each [] = ret []
    each (b : bs) = f b `bind` \r -> each bs `bind` \rs -> ret (r : rs)
    rebuild [] _ = []
    rebuild ((a, cs) : rest) ts = let (mine, others) = splitAt (length cs) ts in Node a mine : rebuild rest others

-- NFData (deepseq): the label, then the subtrees.
instance NFData a => NFData (Tree a) where
  rnf (Node x ts) = rnf x `seq` rnf ts

-- $w$crnf: the worker -O1 user code calls, on the node's unpacked fields.
zz_zdwzdcrnf :: NFData a => a -> [Tree a] -> ()
zz_zdwzdcrnf x ts = rnf (Node x ts)

-- ------------------------------------------------------------------ Data
-- As `deriving Data` builds it.
instance Data a => Data (Tree a) where
  gfoldl f z (Node x ts) = z Node `f` x `f` ts
  gunfold k z _ = k (k (z Node))
  toConstr _ = nodeConstr
  dataTypeOf _ = treeDataType
  dataCast1 f = gcast1 f

nodeConstr :: Constr
nodeConstr = mkConstr treeDataType "Node" ["rootLabel", "subForest"] Prefix

treeDataType :: DataType
treeDataType = mkDataType "Tree" [nodeConstr]
