module Data.Chain.Bottom (Base(..), Describable(..), baseValue, helper) where

newtype Base = Base Int deriving (Show, Eq, Ord)

class Describable a where
  describe :: a -> String
  describe _ = "<thing>"
  weight :: a -> Int

instance Describable Base where
  describe (Base n) = "Base#" ++ show n
  weight (Base n) = n

instance Describable a => Describable [a] where
  describe xs = "[" ++ concatMap describe xs ++ "]"
  weight = sum . map weight

-- a non-exported helper named like helpers in other modules
go :: Int -> Int
go n = n * 2 + 1

helper :: Int -> Int
helper = go

baseValue :: Int -> Int
baseValue n = go n + sum (map weight [Base n, Base 1])
