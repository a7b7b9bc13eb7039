module Main where

main :: IO ()
main = do
  print (sum [1 .. 100 :: Int])
  print (length [1 .. 1000 :: Int])
  print (product (map (* 2) [1 .. 10 :: Int]))
