{-# LANGUAGE FlexibleInstances #-}
-- A matrix library with type classes: a Semiring class, matrices over any
-- semiring (numbers, booleans for reachability, tropical for shortest paths).
module Main (main) where

import Data.List (transpose, intercalate)

class Semiring a where
  zero, one :: a
  (<+>), (<.>) :: a -> a -> a

instance Semiring Integer where
  zero = 0; one = 1; (<+>) = (+); (<.>) = (*)

instance Semiring Bool where
  zero = False; one = True; (<+>) = (||); (<.>) = (&&)

data Tropical = Finite Int | Inf deriving (Eq, Ord)
instance Show Tropical where
  show Inf = "∞"
  show (Finite n) = show n
instance Semiring Tropical where
  zero = Inf
  one = Finite 0
  Inf <+> x = x
  x <+> Inf = x
  Finite a <+> Finite b = Finite (min a b)
  Inf <.> _ = Inf
  _ <.> Inf = Inf
  Finite a <.> Finite b = Finite (a + b)

newtype Matrix a = Matrix [[a]]

instance Show a => Show (Matrix a) where
  show (Matrix rows) = intercalate "\n" (map (unwords . map (padL w . show)) rows)
    where w = maximum (0 : map (length . show) (concat rows))
          padL n s = replicate (n - length s) ' ' ++ s

instance Functor Matrix where
  fmap f (Matrix r) = Matrix (map (map f) r)

mmul :: Semiring a => Matrix a -> Matrix a -> Matrix a
mmul (Matrix a) (Matrix b) = Matrix [[foldr (<+>) zero (zipWith (<.>) r c) | c <- transpose b] | r <- a]

identity :: Semiring a => Int -> Matrix a
identity n = Matrix [[if i == j then one else zero | j <- [1 .. n]] | i <- [1 .. n]]

mpow :: Semiring a => Matrix a -> Int -> Matrix a
mpow m@(Matrix r) k
  | k == 0 = identity (length r)
  | even k = let h = mpow m (k `div` 2) in mmul h h
  | otherwise = mmul m (mpow m (k - 1))

instance Num a => Num (Matrix a) where
  Matrix a + Matrix b = Matrix (zipWith (zipWith (+)) a b)
  Matrix a * Matrix b = Matrix [[sum (zipWith (*) r c) | c <- transpose b] | r <- a]
  negate = fmap negate
  abs = fmap abs
  signum = fmap signum
  fromInteger n = Matrix [[fromInteger n]]

main :: IO ()
main = do
  let fib = Matrix [[1, 1], [1, 0]] :: Matrix Integer
  print (mpow fib 90)
  let adj = Matrix [[False, True, False, False], [False, False, True, False], [False, False, False, True], [False, False, False, False]]
  print (mpow adj 2)
  print (fmap fromEnum (mpow adj 3))
  let w = Matrix [[Finite 0, Finite 4, Inf], [Inf, Finite 0, Finite (-1)], [Finite 2, Inf, Finite 0]]
  print (mpow w 3)
  let m = Matrix [[1, -2], [3, 4]] :: Matrix Int
  print (m * m + m)
  print (negate m)
