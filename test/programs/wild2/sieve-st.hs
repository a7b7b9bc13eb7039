-- Prime sieves: an STUArray sieve of Eratosthenes, a lazy wheel, Goldbach
-- pairs and prime factorisation with Integer.
module Main (main) where

import Control.Monad
import Control.Monad.ST
import Data.Array.ST
import Data.Array.Unboxed

sieve :: Int -> UArray Int Bool
sieve n = runSTUArray $ do
  a <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    p <- readArray a i
    when (p && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray a j False
  return a

primesTo :: Int -> [Int]
primesTo n = [i | (i, True) <- assocs (sieve n)]

lazyPrimes :: [Integer]
lazyPrimes = 2 : filter isPrime [3, 5 ..]
  where isPrime k = all (\p -> k `mod` p /= 0) (takeWhile (\p -> p * p <= k) lazyPrimes)

factor :: Integer -> [(Integer, Int)]
factor = go lazyPrimes
  where go _ 1 = []
        go (p : ps) m
          | p * p > m = [(m, 1)]
          | m `mod` p == 0 = let (k, r) = strip p m 0 in (p, k) : go ps r
          | otherwise = go ps m
        go [] _ = []
        strip p m k | m `mod` p == 0 = strip p (m `div` p) (k + 1)
                    | otherwise = (k, m)

main :: IO ()
main = do
  let ps = primesTo 3000
  print (length ps, last ps, sum ps)
  print (take 15 lazyPrimes, lazyPrimes !! 150)
  let pset = sieve 1000
  print [(p, 100 - p) | p <- [2 .. 50], pset ! p, pset ! (100 - p)]
  mapM_ (print . factor) [360, 2 ^ (19 :: Int) - 1, 13195, product [1 .. 20]]
  print (length (filter id (elems (sieve 20000))))
