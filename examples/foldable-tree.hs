-- Foldable and Traversable-like functions on a user tree.
data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r) = case compare x y of
  LT -> Node (insert x l) y r
  GT -> Node l y (insert x r)
  EQ -> t

depth :: Tree a -> Int
depth Leaf = 0
depth (Node l _ r) = 1 + max (depth l) (depth r)

main :: IO ()
main = do
  let t = foldr insert Leaf [50, 30, 70, 20, 40, 60, 80, 35, 45, 65 :: Int]
  print (sum t, product (fmap (`mod` 7) t), length t, maximum t, minimum t)
  print (foldr (:) [] t)
  print (elem 45 t, elem 46 t, null t, null Leaf)
  print (foldl (flip (:)) [] t)
  print (concatMap show t, any (> 75) t, all even t)
  print (depth t)
  mapM_ print (Node Leaf "only" Leaf)
