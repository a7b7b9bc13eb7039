-- Tying the knot: a cyclic structure, a self-referential list, repmin.
data Tree = Leaf Int | Fork Tree Tree deriving (Show)

-- Replace every leaf by the tree's minimum in a single pass.
repMin :: Tree -> Tree
repMin t = t'
  where
    (t', m) = go t
    go (Leaf x) = (Leaf m, x)
    go (Fork l r) =
      let (l', ml) = go l
          (r', mr) = go r
       in (Fork l' r', min ml mr)

data Person = Person String Person

alternate :: (Person, Person)
alternate = (a, b)
  where
    a = Person "ping" b
    b = Person "pong" a

walk :: Int -> Person -> [String]
walk 0 _ = []
walk n (Person s next) = s : walk (n - 1) next

primes :: [Int]
primes = 2 : filter isPrime [3, 5 ..]
  where
    isPrime n = all (\p -> n `mod` p /= 0) (takeWhile (\p -> p * p <= n) primes)

main :: IO ()
main = do
  print (repMin (Fork (Fork (Leaf 5) (Leaf 3)) (Fork (Leaf 8) (Fork (Leaf 4) (Leaf 9)))))
  print (walk 5 (fst alternate))
  print (take 15 primes)
  let xs = 1 : map (* 2) xs :: [Int]
  print (take 10 xs)
