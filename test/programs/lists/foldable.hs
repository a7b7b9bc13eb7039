import Data.Foldable
import Data.Monoid
import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..))

data Tree a = Leaf | Node (Tree a) a (Tree a)

-- only foldMap: every other method is a default
instance Foldable Tree where
  foldMap _ Leaf = mempty
  foldMap f (Node l x r) = foldMap f l <> f x <> foldMap f r

newtype Rev a = Rev [a]

-- only foldr
instance Foldable Rev where
  foldr f z (Rev xs) = foldl (flip f) z xs

tree :: Tree Int
tree = Node (Node Leaf 1 (Node Leaf 2 Leaf)) 3 (Node Leaf 4 (Node Leaf 5 Leaf))

main :: IO ()
main = do
  print (toList tree, sum tree, product tree, length tree)
  print (null tree, null Leaf, elem 4 tree, maximum tree, minimum tree)
  print (foldr (:) [] tree, foldl (flip (:)) [] tree, foldr' (+) 0 tree, foldl' (+) 0 tree, foldr1 (-) tree, foldl1 (-) tree)
  print (fold (Node Leaf "ab" (Node Leaf "cd" Leaf)), foldMap show tree, getSum (foldMap' Sum tree))
  print (toList (Rev "abc"), length (Rev [1, 2, 3 :: Int]), sum (Rev [1, 2, 3 :: Int]), maximum (Rev "hello"), foldMap (: []) (Rev "xyz"))
  print (foldr1 (-) (Rev [1, 2, 3 :: Int]), foldl1 (-) (Rev [1, 2, 3 :: Int]), elem 'q' (Rev "abc"), null (Rev ""), minimum (Rev [4, 2, 8 :: Int]))
  print (and tree', or tree', any even tree, all (< 10) tree, concat (Just [1, 2 :: Int]), concatMap show (Just (3 :: Int)))
  print (find (> 2) tree, find (> 9) tree, notElem 9 tree, maximumBy compare tree, minimumBy (flip compare) tree)
  traverse_ print (Just 'x')
  for_ [1, 2 :: Int] print
  mapM_ print (Right 3 :: Either String Int)
  forM_ (Left "no" :: Either String Int) print
  sequenceA_ [putStr "p", putStr "q", putStrLn "r"]
  sequence_ (Just (putStrLn "just"))
  print (asum [Nothing, Just 1, Just (2 :: Int)], msum [[1], [2, 3 :: Int]], asum ([] :: [Maybe Int]))
  r <- foldrM (\x acc -> do putStrLn ("r " ++ show x); return (acc + x)) 0 [1, 2, 3 :: Int]
  l <- foldlM (\acc x -> do putStrLn ("l " ++ show x); return (acc * 10 + x)) 0 [1, 2, 3 :: Int]
  print (r, l, foldlM (\a x -> if x > 0 then Just (a + x) else Nothing) 0 [1, 2, 3 :: Int], foldrM (\x a -> [x + a, x * a]) 1 [2, 3 :: Int])
  let ne = 5 :| [3, 8, 1 :: Int]
  print (toList ne, sum ne, length ne, maximum ne)
  print (minimum ne, foldr1 (-) ne, foldl1 (-) ne, elem 8 ne, null ne)
  print (foldMap (\x -> [x, x]) ne, fold ("ab" :| ["cd"]), foldr' (:) [] ne, foldl' (+) 0 ne, product ne)
  print (sum (Sum 3 :: Sum Int), length (Product (2 :: Int)), toList (First (Just 'a')), toList (Last (Nothing :: Maybe Int)))
  print (maximum (Dual 'c'), foldr (:) [] (Dual 'k'))
  print (length ((), 'x'), sum (3 :: Int, 4 :: Int), toList ("a", 'b'), maximum ('z', 'a'))
  print (fold [[1], [2, 3 :: Int]], foldMap Sum [1 .. 10 :: Int], getProduct (foldMap Product [1 .. 5 :: Int]))
  print (getAll (foldMap (All . even) [2, 4 :: Int]), getAny (foldMap (Any . odd) [2, 4 :: Int]), getFirst (foldMap (First . Just) "abc"))
  where
    tree' = Node Leaf True (Node Leaf False Leaf)
