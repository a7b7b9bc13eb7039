{-# LANGUAGE BangPatterns #-}
-- hs2stg's own implementation of containers-0.6.4.1's
-- Data.Containers.ListUtils: lazy, order-preserving nubs through a set of
-- the elements seen so far.
module Data.Containers.ListUtils (nubOrd, nubOrdOn, nubInt, nubIntOn, constNubOn, nubOrdOnFB, nubIntOnFB, nubOrdOnExcluding, nubIntOnExcluding) where

import qualified Data.Set.Internal as Set
import qualified Data.IntSet.Internal as IntSet

nubOrd :: Ord a => [a] -> [a]
nubOrd = nubOrdOn id

nubOrdOn :: Ord b => (a -> b) -> [a] -> [a]
nubOrdOn f = go Set.empty
  where
    go _ [] = []
    go seen (x : xs)
      | k `Set.member` seen = go seen xs
      | otherwise = x : go (Set.insert k seen) xs
      where !k = f x

nubInt :: [Int] -> [Int]
nubInt = nubIntOn id

nubIntOn :: (a -> Int) -> [a] -> [a]
nubIntOn f = go IntSet.empty
  where
    go _ [] = []
    go seen (x : xs)
      | k `IntSet.member` seen = go seen xs
      | otherwise = x : go (IntSet.insert k seen) xs
      where !k = f x

-- The fusion helpers containers' -O1 unfoldings call: foldr steps over a
-- set of the keys seen so far.
constNubOn :: a -> b -> a
constNubOn x _ = x

nubOrdOnFB :: Ord b => (a -> b) -> (a -> r -> r) -> a -> (Set.Set b -> r) -> Set.Set b -> r
nubOrdOnFB f c x k seen
  | fx `Set.member` seen = k seen
  | otherwise = x `c` k (Set.insert fx seen)
  where !fx = f x

nubIntOnFB :: (a -> Int) -> (a -> r -> r) -> a -> (IntSet.IntSet -> r) -> IntSet.IntSet -> r
nubIntOnFB f c x k seen
  | fx `IntSet.member` seen = k seen
  | otherwise = x `c` k (IntSet.insert fx seen)
  where !fx = f x

nubOrdOnExcluding :: Ord b => (a -> b) -> Set.Set b -> [a] -> [a]
nubOrdOnExcluding f = go
  where
    go _ [] = []
    go seen (x : xs)
      | fx `Set.member` seen = go seen xs
      | otherwise = x : go (Set.insert fx seen) xs
      where !fx = f x

nubIntOnExcluding :: (a -> Int) -> IntSet.IntSet -> [a] -> [a]
nubIntOnExcluding f = go
  where
    go _ [] = []
    go seen (x : xs)
      | fx `IntSet.member` seen = go seen xs
      | otherwise = x : go (IntSet.insert fx seen) xs
      where !fx = f x
