-- maximum/minimum through Foldable's defaults (base's internal Max/Min
-- semigroups), with elements that compare equal but print differently, so
-- which of two equal elements wins is visible.
import Data.Foldable (foldl')
import qualified Data.List.NonEmpty as NE
import Data.Semigroup

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldMap _ Leaf = mempty
  foldMap f (Node l x r) = foldMap f l <> f x <> foldMap f r

data K = K Int Char deriving Show
instance Eq K where K a _ == K b _ = a == b
instance Ord K where compare (K a _) (K b _) = compare a b

fromList :: [a] -> Tree a
fromList [] = Leaf
fromList xs = let (l, x : r) = splitAt (length xs `div` 2) xs in Node (fromList l) x (fromList r)

main :: IO ()
main = do
  let ks = [K 3 'a', K 1 'b', K 3 'c', K 1 'd', K 2 'e', K 3 'f', K 1 'g']
      t = fromList ks
  print (maximum t, minimum t)
  print (maximum ks, minimum ks)
  print (foldr max (K 0 'z') t, foldl' min (K 9 'z') t)
  print (length t, sum (map (\(K n _) -> n) (foldr (:) [] t)), product (fromList [1 .. 6 :: Integer]), elem (K 2 'x') t)
  print (sconcat (NE.fromList (map Max ks)), sconcat (NE.fromList (map Min ks)))
  print (getMax (stimes (3 :: Int) (Max (K 5 'q'))), getMin (sconcat (NE.fromList (map Min (reverse ks)))))
  print (maximum (fromList "hello world"), minimum (fromList [2.5, 1.5, 1.5 :: Double]))
  print (null (Leaf :: Tree Int), null t, foldr (:) [] t == ks)
  print (maximum (Leaf :: Tree Int))
