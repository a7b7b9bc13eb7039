-- -O1: a local continuation shared by three branches (GHC decides whether to make it a join point).
module Main where

{-# NOINLINE f #-}
f :: Int -> Int
f x =
  let j y = y * y + x * 3 + x `div` 2 + y `mod` 5 + (y - x) * (y + x) `quot` 3
  in if x > 10 then j (x - 1) else if x > 5 then j (x + 1) else j x

main :: IO ()
main = print (map f [0, 3, 7, 12, -4])
