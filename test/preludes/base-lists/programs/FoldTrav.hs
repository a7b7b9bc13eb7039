-- Foldable and Traversable: the list, Maybe and Either instances, a user
-- instance that defines only foldMap (every other method is GHC's default)
-- and one that defines only foldr.
import Data.Foldable
import Data.Traversable

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldMap _ Leaf = mempty
  foldMap f (Node l x r) = foldMap f l <> f x <> foldMap f r

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

instance Traversable Tree where
  traverse _ Leaf = pure Leaf
  traverse f (Node l x r) = Node <$> traverse f l <*> f x <*> traverse f r

newtype Box a = Box [a]
instance Foldable Box where
  foldr f z (Box xs) = foldr f z xs

tree :: Tree Int
tree = Node (Node Leaf 1 (Node Leaf 2 Leaf)) 3 (Node Leaf 4 (Node Leaf 5 Leaf))

main :: IO ()
main = do
  print (sum tree, product tree, maximum tree, minimum tree, length tree)
  print (null tree, null Leaf, elem 4 tree, elem 7 tree)
  print (toList tree, foldr (:) [] tree, foldl (flip (:)) [] tree, foldr1 (-) tree, foldl1 (-) tree)
  print (foldr' (+) 0 tree, foldl' (+) 0 tree)
  print (fold (Node Leaf "ab" (Node Leaf "cd" Leaf)), foldMap show tree, foldMap' (: []) tree)
  print (sum (Box [1, 2, 3 :: Int]), length (Box "abcd"), maximum (Box "hello"), toList (Box [True]), foldMap show (Box [1, 2 :: Int]))
  print (null (Box ""))
  print (sum (Just 3), length Nothing, toList (Right 'x' :: Either Int Char), length (Left 1 :: Either Int Char), maximum (Just 'q'))
  print (elem 2 (Just 2))
  print (concat [[1], [2, 3 :: Int]], concatMap (replicate 2) "abc", and (Just False), or [False, True], any even tree)
  print (all odd tree)
  print (find even tree, notElem 3 tree, maximumBy (\a b -> compare (snd a) (snd b)) [(1 :: Int, 'a'), (2, 'c'), (3, 'c')], minimumBy (\a b -> compare (abs a) (abs b)) [-3, 2, -2 :: Int])
  print (foldrM (\x acc -> if x > 0 then Just (x + acc) else Nothing) 0 tree, foldlM (\acc x -> [acc + x, acc * x]) 1 [2, 3 :: Int])
  print (asum [Nothing, Just 1, Just (2 :: Int)], msum [[1], [2, 3 :: Int]], sequenceA_ [Just 1, Just (2 :: Int)], traverse_ (\x -> if x > 0 then Just x else Nothing) tree)
  print (fmap toList (traverse (\x -> if x > 0 then Just (x * 10) else Nothing) tree))
  print (fmap toList (traverse (\x -> if x > 3 then Just x else Nothing) tree))
  print (traverse (\x -> [x, x + 100]) [1, 2 :: Int], sequenceA [Just 1, Just (2 :: Int)], sequenceA [Just 1, Nothing :: Maybe Int])
  print (sequence [[1, 2], [3 :: Int]], mapM (\x -> Right x :: Either String Int) [1, 2], mapM (\x -> if x > 1 then Left (show x) else Right x) [1, 2, 3 :: Int])
  print (traverse (\x -> Just (x + 1)) (Just (1 :: Int)), traverse (\x -> [x, x]) (Right 'a' :: Either Int Char), sequenceA (Left 3 :: Either Int [Char]))
  print (mapAccumL (\acc x -> (acc + x, acc)) 0 tree `seq` (), fst (mapAccumL (\acc x -> (acc + x, acc)) 0 tree), toList (snd (mapAccumR (\acc x -> (acc + x, acc)) 0 tree)))
  print (for [1, 2, 3 :: Int] (\x -> Just (x * 2)), forM (Just 'c') (\c -> [c, succ c]))
  mapM_ print tree
  forM_ (Just "inside Just") putStrLn
  for_ [1, 2 :: Int] print
  sequence_ [putStr "a", putStr "b", putStrLn "c"]
