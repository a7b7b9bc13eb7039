-- Counting the ways to make change (dynamic programming with lazy lists).
ways :: [Int] -> Int -> Integer
ways coins target = foldr addCoin base coins !! target
  where
    base = 1 : replicate target 0
    addCoin c table = let new = zipWith (+) table (replicate c 0 ++ new) in new

minCoins :: [Int] -> Int -> Maybe Int
minCoins coins target = best !! target
  where
    best = map go [0 ..]
    go 0 = Just 0
    go n = case [k + 1 | c <- coins, c <= n, Just k <- [best !! (n - c)]] of
      [] -> Nothing
      ks -> Just (minimum ks)

main :: IO ()
main = do
  print (ways [1, 2, 5, 10, 20, 50, 100, 200] 200)
  print (ways [1, 5, 10, 25, 50] 100)
  print (map (minCoins [1, 5, 10, 25]) [0, 7, 30, 99])
  print (minCoins [4, 7] 5, minCoins [4, 7] 15)
