-- Collatz sequences: longest chain below a bound.
collatz :: Int -> [Int]
collatz 1 = [1]
collatz n
  | even n = n : collatz (n `div` 2)
  | otherwise = n : collatz (3 * n + 1)

longest :: Int -> (Int, Int)
longest bound = foldl step (1, 1) [1 .. bound]
  where
    step (bestN, bestLen) n =
      let l = length (collatz n)
       in if l > bestLen then (n, l) else (bestN, bestLen)

main :: IO ()
main = do
  print (collatz 27 !! 10)
  print (collatz 6)
  print (longest 1000)
