module Geometry (Point (..), origin, distance2) where

data Point = Point Int Int

origin :: Point
origin = Point 0 0

distance2 :: Point -> Point -> Int
distance2 (Point a b) (Point c d) = (a - c) * (a - c) + (b - d) * (b - d)
