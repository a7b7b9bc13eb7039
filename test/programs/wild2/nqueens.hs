-- N-queens and other searches in the list monad, with guard, permutations,
-- subsequences, and a knapsack by dynamic programming over a lazy array.
module Main (main) where

import Control.Monad (guard, forM_)
import Data.List (permutations, subsequences, sortBy, maximumBy)
import Data.Ord (comparing)
import Data.Array

queens :: Int -> [[Int]]
queens n = go n
  where go 0 = [[]]
        go k = do
          qs <- go (k - 1)
          q <- [1 .. n]
          guard (safe q qs)
          return (q : qs)
        safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

pythag :: Int -> [(Int, Int, Int)]
pythag n = [(a, b, c) | c <- [1 .. n], b <- [1 .. c], a <- [1 .. b], a * a + b * b == c * c, gcd a b == 1]

sendMore :: [(Int, Int, Int)]
sendMore = do
  [t, o, g, u] <- choose 4 [0 .. 9]
  guard (t /= 0 && g /= 0 && o /= 0)
  let to = num [t, o]; go' = num [g, o]; out = num [o, u, t]
  guard (to + go' == out)
  return (to, go', out)
  where num = foldl (\a b -> a * 10 + b) 0
        choose :: Int -> [Int] -> [[Int]]
        choose 0 _ = [[]]
        choose k xs = [x : rest | x <- xs, rest <- choose (k - 1) (filter (/= x) xs)]

knapsack :: [(String, Int, Int)] -> Int -> (Int, [String])
knapsack items cap = table ! (n, cap)
  where
    n = length items
    arr = listArray (1, n) items
    table = array ((0, 0), (n, cap)) [((i, w), cell i w) | i <- [0 .. n], w <- [0 .. cap]]
    cell 0 _ = (0, [])
    cell i w =
      let (name, wt, val) = arr ! i
          skip = table ! (i - 1, w)
          (v, ns) = table ! (i - 1, w - wt)
      in if wt <= w && v + val > fst skip then (v + val, name : ns) else skip

main :: IO ()
main = do
  print (length (queens 6), head (queens 8))
  forM_ [4 .. 8] $ \k -> putStrLn (show k ++ ": " ++ show (length (queens k)))
  print (pythag 30)
  print sendMore
  print (length (permutations [1 .. 5 :: Int]), take 5 (permutations "abc"), length (subsequences [1 .. 10 :: Int]))
  print (knapsack [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)] 200)
  print (maximumBy (comparing snd) (zip "abcd" [3, 9, 2, 9 :: Int]), sortBy (flip compare) [3, 1, 2 :: Int])
