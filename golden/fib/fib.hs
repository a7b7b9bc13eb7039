module Main where

fib :: Int -> Int
fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)

fibs :: [Int]
fibs = map fib [0 .. 20]

main :: IO ()
main = print fibs
