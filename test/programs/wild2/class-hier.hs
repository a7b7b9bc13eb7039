{-# LANGUAGE FlexibleContexts #-}
-- A class hierarchy with superclasses, default methods, polymorphic
-- containers, Functor/Foldable/Traversable deriving, and Maybe/Either monads.
{-# LANGUAGE DeriveFunctor, DeriveFoldable, DeriveTraversable #-}
module Main (main) where

import Data.Foldable (toList, foldl')
import Data.Traversable (traverse)

class Shape a where
  area :: a -> Double
  perimeter :: a -> Double
  name :: a -> String
  name _ = "shape"

class Shape a => Solid a where
  volume :: a -> Double -> Double
  volume x h = area x * h

data Circle = Circle Double
data Rect = Rect Double Double

instance Shape Circle where
  area (Circle r) = pi * r * r
  perimeter (Circle r) = 2 * pi * r
  name _ = "circle"
instance Shape Rect where
  area (Rect w h) = w * h
  perimeter (Rect w h) = 2 * (w + h)
instance Solid Circle
instance Solid Rect where
  volume r h = area r * h / 3

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Functor, Foldable, Traversable)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l v r)
  | x < v = Node (insert x l) v r
  | x > v = Node l v (insert x r)
  | otherwise = t

data Rose a = Rose a [Rose a] deriving (Show, Functor, Foldable, Traversable)

safeDiv :: Int -> Int -> Either String Int
safeDiv _ 0 = Left "div by zero"
safeDiv a b = Right (a `div` b)

report :: (Solid a) => a -> String
report s = name s ++ " area=" ++ show (area s) ++ " vol=" ++ show (volume s 2)

main :: IO ()
main = do
  putStrLn (report (Circle 1))
  putStrLn (report (Rect 3 4))
  let t = foldr insert Leaf [5, 2, 8, 1, 9, 3 :: Int]
  print (toList t, sum t, product t, length t, maximum t, elem 8 t)
  print (fmap (* 10) t)
  print (traverse (\x -> if x > 0 then Just x else Nothing) t)
  print (traverse (safeDiv 100) [1, 2, 3], traverse (safeDiv 100) [1, 0])
  let r = Rose 1 [Rose 2 [Rose 4 []], Rose 3 []]
  print (sum r, toList (fmap show r), foldl' (flip (:)) [] r)
  print (sequenceA [Just 1, Just 2], sequence [[1, 2], [3 :: Int]])
  print (mapM (\x -> [x, x * 10]) [1, 2 :: Int])
  print (foldr (\x acc -> x : take 2 acc) [] t, null (Leaf :: Tree ()), minimum (Rose 'q' [Rose 'b' []]))
