{-# LANGUAGE BangPatterns #-}
-- Performance-minded code as people write it: UNPACKed strict fields,
-- INLINE/SPECIALIZE/NOINLINE pragmas, a user RULES pragma, strict folds
-- over tuples, Data.Map.Strict accumulation, and deepseq's force.
module Main (main) where

import Data.List (foldl')
import qualified Data.Map.Strict as M
import Control.DeepSeq (force, NFData(..), deepseq)
import Data.Bits (xor, shiftL, shiftR, (.&.))

data Stats = Stats {-# UNPACK #-} !Int {-# UNPACK #-} !Double {-# UNPACK #-} !Double
  deriving Show

step :: Stats -> Double -> Stats
step (Stats n s q) x = Stats (n + 1) (s + x) (q + x * x)
{-# INLINE step #-}

meanVar :: [Double] -> (Double, Double)
meanVar xs = let Stats n s q = foldl' step (Stats 0 0 0) xs
                 m = s / fromIntegral n
             in (m, q / fromIntegral n - m * m)

sumSquares :: Num a => [a] -> a
sumSquares = foldl' (\acc x -> acc + x * x) 0
{-# SPECIALIZE sumSquares :: [Int] -> Int #-}

slowId :: a -> a
slowId x = x
{-# NOINLINE slowId #-}

twice :: (a -> a) -> a -> a
twice f = f . f
{-# NOINLINE twice #-}
{-# RULES "twice/id" forall x. twice slowId x = x #-}

hash :: String -> Int
hash = foldl' (\h c -> (h `shiftL` 5 `xor` h `shiftR` 2 `xor` fromEnum c) .&. 0xFFFFFF) 5381

data Tree = Leaf | Node Tree !Int Tree
instance NFData Tree where
  rnf Leaf = ()
  rnf (Node l v r) = rnf l `seq` v `seq` rnf r

build :: Int -> Int -> Tree
build lo hi | lo > hi = Leaf
            | otherwise = let m = (lo + hi) `div` 2 in Node (build lo (m - 1)) m (build (m + 1) hi)

size :: Tree -> Int
size Leaf = 0
size (Node l _ r) = size l + 1 + size r

mean :: [Int] -> Double
mean = go 0 0
  where go :: Int -> Int -> [Int] -> Double
        go !s !n [] = fromIntegral s / fromIntegral (max 1 n)
        go !s !n (x : xs) = go (s + x) (n + 1) xs

main :: IO ()
main = do
  print (meanVar [1 .. 1000])
  print (sumSquares [1 .. 100 :: Int], sumSquares [0.5, 1.5 :: Double])
  print (twice slowId 'r', twice (+ 1) (1 :: Int))
  let ws = words "the quick brown fox jumps over the lazy dog the end"
      freq = foldl' (\m w -> M.insertWith (+) w (1 :: Int) m) M.empty ws
  print (M.toList freq)
  print (map hash ws)
  let t = force (build 1 2000)
  t `deepseq` print (size t)
  print (mean [1 .. 5000], foldl' (\(!a, !b) x -> (a + x, b * 2 `mod` 1000003)) (0, 1) [1 .. 3000 :: Int])
