module Main where

class Shape a where
  area :: a -> Double
  label :: a -> String
  label _ = "shape"

data Square = Square Double
data Circle = Circle Double

instance Shape Square where
  area (Square s) = s * s
  label _ = "square"

instance Shape Circle where
  area (Circle r) = 3 * r * r

report :: Shape a => a -> String
report x = label x ++ ": " ++ show (area x)

main :: IO ()
main = do
  putStrLn (report (Square 2))
  putStrLn (report (Circle 1.5))
