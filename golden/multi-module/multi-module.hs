module Main where

import Geometry (Point (..), distance2, origin)

main :: IO ()
main = do
  let p = Point 3 4
  print (distance2 origin p)
  print (map (distance2 p) [Point 0 0, Point 3 0])
