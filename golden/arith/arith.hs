module Main where

main :: IO ()
main = do
  print (3 + 4 * 5 - 2 :: Int)
  print (17 `div` 5, 17 `mod` 5, (-17) `div` 5, (-17) `mod` 5 :: Int)
  print (17 `quot` 5, 17 `rem` 5, (-17) `quot` 5, (-17) `rem` 5 :: Int)
  print (negate 7 :: Int, abs (-3) :: Int, signum (-9) :: Int)
  print (maxBound :: Int)
