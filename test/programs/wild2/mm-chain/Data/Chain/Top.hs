module Data.Chain.Top (topValue, module Data.Chain.Middle, Describable(..)) where

import Data.Chain.Middle
import Data.Chain.Bottom (Describable(..))

go :: Int -> Int
go n = n * n

topValue :: Int -> (Int, Int)
topValue n = (go (middleValue n), weight (Box (Box [True, False, True])) + go n)

instance Describable Bool where
  weight b = if b then 1 else 0
