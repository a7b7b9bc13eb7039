-- Functor/Applicative/Monad instances for our own types: a tree, a state monad, a writer.
data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

toList :: Tree a -> [a]
toList Leaf = []
toList (Node l x r) = toList l ++ [x] ++ toList r

fromList :: Ord a => [a] -> Tree a
fromList = foldr insert Leaf
  where
    insert x Leaf = Node Leaf x Leaf
    insert x t@(Node l y r)
      | x < y = Node (insert x l) y r
      | x > y = Node l y (insert x r)
      | otherwise = t

newtype State s a = State {runState :: s -> (a, s)}

instance Functor (State s) where
  fmap f (State g) = State (\s -> let (a, s') = g s in (f a, s'))

instance Applicative (State s) where
  pure a = State (\s -> (a, s))
  State f <*> State g = State (\s -> let (h, s1) = f s; (a, s2) = g s1 in (h a, s2))

instance Monad (State s) where
  State g >>= k = State (\s -> let (a, s1) = g s in runState (k a) s1)

get :: State s s
get = State (\s -> (s, s))

put :: s -> State s ()
put s = State (const ((), s))

label :: Tree a -> State Int (Tree (Int, a))
label Leaf = return Leaf
label (Node l x r) = do
  l' <- label l
  n <- get
  put (n + 1)
  r' <- label r
  return (Node l' (n, x) r')

newtype Writer a = Writer (a, [String])

instance Functor Writer where
  fmap f (Writer (a, w)) = Writer (f a, w)

instance Applicative Writer where
  pure a = Writer (a, [])
  Writer (f, w1) <*> Writer (a, w2) = Writer (f a, w1 ++ w2)

instance Monad Writer where
  Writer (a, w) >>= k = let Writer (b, w') = k a in Writer (b, w ++ w')

tell :: String -> Writer ()
tell s = Writer ((), [s])

collatzW :: Int -> Writer Int
collatzW 1 = do
  tell "done"
  return 0
collatzW n = do
  tell (show n)
  steps <- collatzW (if even n then n `div` 2 else 3 * n + 1)
  return (steps + 1)

main :: IO ()
main = do
  let t = fromList "haskell"
  print (toList t)
  print (toList (fmap fromEnum t))
  print (toList (fst (runState (label t) 100)))
  print (snd (runState (mapM (\x -> State (\s -> (x * s, s + 1))) [1 .. 5 :: Int]) 1))
  let Writer (n, logs) = collatzW 6
  print n
  putStrLn (unwords logs)
  print (fmap (+ 1) (Just 2), (+ 1) <$> [1, 2, 3 :: Int], pure 5 :: Maybe Int)
