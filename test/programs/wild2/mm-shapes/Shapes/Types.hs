module Shapes.Types (Shape(..)) where
import Shapes.Class
data Shape = Circle Double | Rect Double Double | Square Double deriving (Show, Eq)
instance HasArea Shape where
  area (Circle r) = pi * r * r
  area (Rect a b) = a * b
  area (Square s) = s * s
