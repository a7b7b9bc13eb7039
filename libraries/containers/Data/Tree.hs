-- hs2stg's own implementation of containers-0.6.4.1's Data.Tree (rose
-- trees), from the documented API and output formats.
module Data.Tree where

import Control.Monad (liftM)
import Data.Foldable (Foldable (..))
import qualified Data.Foldable as F
import Control.Monad.Fix (MonadFix (..), fix)
import Control.Monad.Zip (MonadZip (..))

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
levels t = map (map rootLabel) $ takeWhile (not . null) $ iterate (concatMap subForest) [t]

drawTree :: Tree String -> String
drawTree = unlines . draw

drawForest :: [Tree String] -> String
drawForest = unlines . map drawTree

draw :: Tree String -> [String]
draw (Node x ts0) = lines x ++ drawSubTrees ts0
  where
    drawSubTrees [] = []
    drawSubTrees [t] = "|" : shift "`- " "   " (draw t)
    drawSubTrees (t : ts) = "|" : shift "+- " "|  " (draw t) ++ drawSubTrees ts
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
unfoldForestM_BF _ [] = return []
unfoldForestM_BF f bs = do
  results <- mapM f bs
  children <- unfoldForestM_BF f (concatMap snd results)
  return (rebuild results children)
  where
    rebuild [] _ = []
    rebuild ((a, cs) : rest) ts =
      let (mine, others) = splitAt (length cs) ts
      in Node a mine : rebuild rest others
