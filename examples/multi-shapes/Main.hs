-- A multi-module program: Main imports Geometry and Geometry.Pretty.
module Main (main) where

import Geometry
import Geometry.Pretty (render)

main :: IO ()
main = do
  let shapes = [Circle (Point 0 0) 2, Rect (Point 1 1) (Point 4 5), Circle (Point (-1) 3) 1]
  mapM_ (putStrLn . render) shapes
  print (map area2 shapes)
  print (boundingBox shapes)
