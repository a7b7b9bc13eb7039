{-# LANGUAGE BangPatterns #-}
-- Lazy infinite structures: Hamming numbers, Fibonacci via zipWith,
-- the Collatz sequence lengths, cycle/iterate/unfoldr, and knot tying.
module Main (main) where

import Data.List (unfoldr, scanl', foldl')

hamming :: [Integer]
hamming = 1 : merge3 (map (* 2) hamming) (map (* 3) hamming) (map (* 5) hamming)
  where merge3 a b c = merge a (merge b c)
        merge xx@(x : xs) yy@(y : ys)
          | x < y = x : merge xs yy
          | x > y = y : merge xx ys
          | otherwise = x : merge xs ys
        merge xs [] = xs
        merge [] ys = ys

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

collatzLen :: Int -> Int
collatzLen = go 1
  where go !acc 1 = acc
        go !acc n = go (acc + 1) (if even n then n `div` 2 else 3 * n + 1)

data Person = Person { pname :: String, friend :: Person }

main :: IO ()
main = do
  print (take 20 hamming, hamming !! 300)
  print (takeWhile (< 1000) fibs, fibs !! 200)
  print (maximum [(collatzLen n, n) | n <- [1 .. 1000]])
  print (take 7 (cycle [1, 2, 3 :: Int]), take 5 (iterate (* 3) (1 :: Int)))
  print (unfoldr (\n -> if n == 0 then Nothing else Just (n `mod` 10, n `div` 10)) (9876543210 :: Integer))
  print (scanl' (+) 0 [1 .. 10 :: Int], scanr (+) 0 [1 .. 4 :: Int], scanl1 max [3, 1, 4, 1, 5 :: Int])
  let a = Person "alice" b
      b = Person "bob" a
  putStrLn (pname (friend (friend (friend a))))
  let xs = 1 : map (* 2) xs :: [Integer]
  print (xs !! 64)
  print (foldl' (+) 0 (takeWhile (< 4000000) (filter even fibs)))
  let primes = sieve [2 ..] where sieve (p : ns) = p : sieve [n | n <- ns, n `mod` p /= 0]
  print (take 15 primes)
  print (zip3 [1 :: Int ..] "abc" (repeat True), lookup 3 (zip [1 ..] (words "one two three four")))
