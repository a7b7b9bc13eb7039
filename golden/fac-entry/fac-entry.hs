-- Converted with --entry test: main forces `test` and ministg prints (I 120).
module Main where

fac :: Int -> Int
fac 0 = 1
fac n = n * fac (n - 1)

test :: Int
test = fac 5

main :: IO ()
main = print test
