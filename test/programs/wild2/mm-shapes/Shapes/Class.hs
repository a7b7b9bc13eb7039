module Shapes.Class (HasArea(..), describe) where
class Show a => HasArea a where
  area :: a -> Double
  name :: a -> String
  name = takeWhile (/= ' ') . show
describe :: HasArea a => a -> String
describe x = name x ++ ": " ++ show (area x)
