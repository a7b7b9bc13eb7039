{-# LANGUAGE BangPatterns #-}
-- Compiled with -O1: worker/wrapper, unboxed Int#, unboxed tuples, join points.
module Main where

sumTo :: Int -> Int
sumTo n = go 0 1
  where
    go !acc i
      | i > n = acc
      | otherwise = go (acc + i) (i + 1)

divMods :: Int -> Int -> (Int, Int)
divMods a b = (a `div` b, a `mod` b)

main :: IO ()
main = do
  print (sumTo 1000)
  print (divMods 47 5)
