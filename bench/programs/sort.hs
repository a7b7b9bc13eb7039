-- Sorting: Data.List.sort, a merge sort and a quicksort of our own on
-- pseudo-random Ints.
import Data.List (sort)

randoms :: Int -> Int -> [Int]
randoms n seed = take n (tail (iterate (\x -> (x * 1103515245 + 12345) `mod` 2147483648) seed))

msort :: [Int] -> [Int]
msort [] = []
msort [x] = [x]
msort xs = merge (msort a) (msort b)
  where
    (a, b) = splitAt (length xs `div` 2) xs
    merge [] ys = ys
    merge xs' [] = xs'
    merge l@(x : xt) r@(y : yt)
      | x <= y = x : merge xt r
      | otherwise = y : merge l yt

qsort :: [Int] -> [Int]
qsort [] = []
qsort (p : xs) = qsort [x | x <- xs, x < p] ++ [p] ++ qsort [x | x <- xs, x >= p]

main :: IO ()
main = do
  let xs = randoms 40000 7
      a = sort xs
      b = msort xs
      c = qsort xs
  print (a == b, b == c)
  print (take 5 a, sum (zipWith (*) a (cycle [1, -1])))
