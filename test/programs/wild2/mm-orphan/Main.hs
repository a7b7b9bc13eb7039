module Main (main) where

import Geometry.Vector (Vec(..), norm)
import Geometry.Instances ()
import Text.Format.Table (Render(..), table)
import qualified Text.Format.Table as T

main :: IO ()
main = do
  vs <- map (\l -> let [a, b] = map read (words l) in Vec a b) . lines <$> getContents
  putStr (table ["x", "y", "norm"] [[render (vx v), render (vy v), render (norm v)] | v <- vs])
  putStrLn (render (sum vs))
  putStrLn (T.pad 8 (render (maximum vs)) ++ "|")
