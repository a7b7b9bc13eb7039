module Main where

collatz :: Int -> Int
collatz n = go n 0
  where
    go 1 steps = steps
    go m steps
      | even m = go (m `div` 2) (steps + 1)
      | otherwise = go (3 * m + 1) (steps + 1)

results :: (Int, Int)
results = (collatz 27, maximum (map collatz [1 .. 30]))

main :: IO ()
main = print results
