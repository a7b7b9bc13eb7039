module Main where

factorial :: Integer -> Integer
factorial n = product [1 .. n]

main :: IO ()
main = do
  print (factorial 25)
  print (2 ^ (100 :: Int) :: Integer)
  print (factorial 20 `div` factorial 18, negate (factorial 21))
