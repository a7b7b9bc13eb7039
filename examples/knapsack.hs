-- 0/1 knapsack by recursion over items with a capacity table.
type Item = (String, Int, Int) -- name, weight, value

items :: [Item]
items =
  [ ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)
  ]

knap :: [Item] -> Int -> (Int, [String])
knap [] _ = (0, [])
knap ((n, w, v) : rest) cap
  | w > cap = skip
  | otherwise = let (v', ns) = knap rest (cap - w) in if v' + v > fst skip then (v' + v, n : ns) else skip
  where
    skip = knap rest cap

main :: IO ()
main = do
  print (knap items 100)
  print (knap items 200)
  print (map (fst . knap items) [0, 10, 50, 400])
