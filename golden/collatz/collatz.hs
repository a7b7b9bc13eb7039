module Main where

collatz :: Int -> Int
collatz n = go n 0
  where
    go 1 steps = steps
    go m steps
      | even m = go (m `div` 2) (steps + 1)
      | otherwise = go (3 * m + 1) (steps + 1)

main :: IO ()
main = do
  print (collatz 27)
  print (maximum (map collatz [1 .. 30]))
