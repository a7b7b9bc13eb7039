-- Dynamic programming with lazily self-referencing arrays: each cell of the
-- table is a thunk that reads earlier cells of the same array.
import Data.Array

-- Longest common subsequence of two strings, table indexed by (Int, Int).
lcsTable :: String -> String -> Array (Int, Int) Int
lcsTable xs ys = table
  where
    n = length xs
    m = length ys
    xa = listArray (1, n) xs
    ya = listArray (1, m) ys
    table = array ((0, 0), (n, m))
      [ ((i, j), cell i j) | i <- [0 .. n], j <- [0 .. m] ]
    cell 0 _ = 0
    cell _ 0 = 0
    cell i j
      | xa ! i == ya ! j = table ! (i - 1, j - 1) + 1
      | otherwise = max (table ! (i - 1, j)) (table ! (i, j - 1))

-- Walk back through the table to recover one longest subsequence.
lcs :: String -> String -> String
lcs xs ys = reverse (go n m)
  where
    n = length xs
    m = length ys
    t = lcsTable xs ys
    xa = listArray (1, n) xs
    ya = listArray (1, m) ys
    go 0 _ = []
    go _ 0 = []
    go i j
      | xa ! i == ya ! j = xa ! i : go (i - 1) (j - 1)
      | t ! (i - 1, j) >= t ! (i, j - 1) = go (i - 1) j
      | otherwise = go i (j - 1)

-- 0/1 knapsack: best value with capacity w using the first k items.
knapsack :: [(Int, Int)] -> Int -> Int
knapsack items cap = best ! (len, cap)
  where
    len = length items
    itemArr = listArray (1, len) items
    best = listArray ((0, 0), (len, cap))
      [ value k w | k <- [0 .. len], w <- [0 .. cap] ] :: Array (Int, Int) Int
    value 0 _ = 0
    value k w =
      let (wt, v) = itemArr ! k
          skip = best ! (k - 1, w)
      in if wt > w then skip else max skip (v + best ! (k - 1, w - wt))

-- Fibonacci numbers by a one-dimensional memo table (Integer results).
fibs :: Int -> Array Int Integer
fibs n = memo
  where
    memo = listArray (0, n) (map f [0 .. n])
    f 0 = 0
    f 1 = 1
    f i = memo ! (i - 1) + memo ! (i - 2)

-- Edit distance, another two-dimensional recurrence.
editDistance :: String -> String -> Int
editDistance s t = d ! (ls, lt)
  where
    ls = length s
    lt = length t
    sa = listArray (1, ls) s
    ta = listArray (1, lt) t
    d = array ((0, 0), (ls, lt))
      ([((i, 0), i) | i <- [0 .. ls]] ++
       [((0, j), j) | j <- [1 .. lt]] ++
       [((i, j), step i j) | i <- [1 .. ls], j <- [1 .. lt]])
    step i j = minimum
      [ d ! (i - 1, j) + 1
      , d ! (i, j - 1) + 1
      , d ! (i - 1, j - 1) + (if sa ! i == ta ! j then 0 else 1)
      ]

main :: IO ()
main = do
  let pairs = [("ABCBDAB", "BDCABA"), ("haskell", "pascal"), ("", "abc"), ("dynamic", "programming")]
  mapM_ (\(a, b) -> putStrLn (a ++ " / " ++ b ++ ": " ++ show (lcsTable a b ! (length a, length b)) ++ " " ++ show (lcs a b))) pairs
  print (bounds (lcsTable "abc" "ab"))
  print (lcsTable "abc" "ab")
  print (knapsack [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)] 15)
  print (knapsack [(5, 10), (4, 40), (6, 30), (3, 50)] 10)
  print (fibs 90 ! 90)
  print (elems (fibs 15))
  print [editDistance a b | (a, b) <- [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]]
