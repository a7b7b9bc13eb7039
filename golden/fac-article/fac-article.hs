-- The factorial of "Turn GHC into a frontend for miniSTG" (Yuras Shumovich,
-- 2016), with base's Int instead of the article's custom Prelude.
module Main where

pred' :: Int -> Int
pred' n = n - 1

f :: Int -> Int
f n | n == 0
    = 1
    | True
    = n * f (pred' n)

two :: Int
two = 1 + 1

five :: Int
five = two + two + 1

test :: Int
test = f five

main :: IO ()
main = print test
