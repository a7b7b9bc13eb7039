module Main where

data Color = Red | Green | Blue | Yellow deriving (Show, Eq, Ord, Enum, Bounded)

main :: IO ()
main = do
  print [minBound .. maxBound :: Color]
  print (toEnum 2 :: Color)
  print (succ Red, pred Yellow)
  print (map fromEnum [Red, Blue])
  print [Green ..]
