module Main where

import Data.Maybe (fromMaybe, mapMaybe)

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

main :: IO ()
main = do
  print (safeDiv 10 2, safeDiv 1 0)
  print (lookup 2 [(1, "one"), (2, "two")])
  print (fromMaybe 0 (safeDiv 7 0))
  print (mapMaybe (safeDiv 12) [0, 1, 2, 0, 3])
  print (maybe "none" show (Just (3 :: Int)))
