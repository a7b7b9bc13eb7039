-- 0/1 knapsack and longest common subsequence by dynamic programming over
-- immutable arrays (Data.Array, lazy cells referring to earlier ones).
import Data.Array

knapsack :: [(Int, Int)] -> Int -> Int
knapsack items cap = table ! (n, cap)
  where
    n = length items
    arr = listArray (1, n) items
    table = array ((0, 0), (n, cap)) [((i, w), cell i w) | i <- [0 .. n], w <- [0 .. cap]]
    cell 0 _ = 0
    cell i w =
      let (wt, v) = arr ! i
          skip = table ! (i - 1, w)
       in if wt > w then skip else max skip (v + table ! (i - 1, w - wt))

lcs :: String -> String -> Int
lcs xs ys = t ! (0, 0)
  where
    n = length xs
    m = length ys
    xa = listArray (0, n - 1) xs
    ya = listArray (0, m - 1) ys
    t = array ((0, 0), (n, m)) [((i, j), f i j) | i <- [0 .. n], j <- [0 .. m]]
    f i j
      | i == n || j == m = 0
      | xa ! i == ya ! j = 1 + t ! (i + 1, j + 1)
      | otherwise = max (t ! (i + 1, j)) (t ! (i, j + 1))

main :: IO ()
main = do
  let items = [(1 + (i * 37) `mod` 23, 1 + (i * 53) `mod` 47) | i <- [1 .. 60]]
  print (knapsack items 400)
  let a = take 250 (cycle "ACGTTGCAAGCT")
      b = take 250 (cycle "TGCATGCCAGT")
  print (lcs a b)
