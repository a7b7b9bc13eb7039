module Main (main) where

import Data.Chain.Top (topValue, Describable(..), Box(..))
import Data.Chain.Bottom (Base(..))

main :: IO ()
main = do
  print (topValue 10)
  putStrLn (describe (Box (Base 3)))
  putStrLn (describe [Base 1, Base 2])
  print (map (describe . Base) [7, 8])
