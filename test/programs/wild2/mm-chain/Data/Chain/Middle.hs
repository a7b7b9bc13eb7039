module Data.Chain.Middle (middleValue, Box(..)) where

import Data.Chain.Bottom

newtype Box a = Box a

instance Describable a => Describable (Box a) where
  describe (Box a) = "Box(" ++ describe a ++ ")"
  weight (Box a) = 1 + weight a

go :: Int -> Int
go n = n - 1

middleValue :: Int -> Int
middleValue n = go (baseValue n) + helper n + weight (Box (Base n))
