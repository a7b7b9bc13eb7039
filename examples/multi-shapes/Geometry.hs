module Geometry
  ( Point (..),
    Shape (..),
    area2,
    boundingBox,
  )
where

data Point = Point Int Int deriving (Show, Eq)

data Shape = Circle Point Int | Rect Point Point deriving (Show)

-- | Twice the area, rounded down for circles (pi approximated by 355/113).
area2 :: Shape -> Int
area2 (Circle _ r) = 2 * 355 * r * r `div` 113
area2 (Rect (Point x1 y1) (Point x2 y2)) = 2 * abs (x2 - x1) * abs (y2 - y1)

boundingBox :: [Shape] -> Maybe (Point, Point)
boundingBox [] = Nothing
boundingBox ss = Just (Point (minimum xs) (minimum ys), Point (maximum xs) (maximum ys))
  where
    corners (Circle (Point x y) r) = [(x - r, y - r), (x + r, y + r)]
    corners (Rect (Point a b) (Point c d)) = [(a, b), (c, d)]
    cs = concatMap corners ss
    xs = map fst cs
    ys = map snd cs
