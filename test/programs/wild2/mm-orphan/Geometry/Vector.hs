module Geometry.Vector (Vec(..), norm) where

data Vec = Vec { vx :: Double, vy :: Double } deriving (Eq, Ord, Show)

norm :: Vec -> Double
norm (Vec x y) = sqrt (x * x + y * y)
