-- Quicksort on lists, with a pseudo-random input.
qsort :: Ord a => [a] -> [a]
qsort [] = []
qsort (p : xs) = qsort [x | x <- xs, x < p] ++ [p] ++ qsort [x | x <- xs, x >= p]

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

randoms :: Int -> [Int]
randoms seed = map (`mod` 1000) (tail (iterate lcg seed))

main :: IO ()
main = do
  print (qsort [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 :: Int])
  print (qsort "the quick brown fox")
  let xs = take 500 (randoms 42)
      ys = qsort xs
  print (take 20 ys)
  print (and (zipWith (<=) ys (tail ys)), length ys)
