-- Own type classes with default methods and a superclass.
class Named a where
  name :: a -> String
  describe :: a -> String
  describe x = "<" ++ name x ++ ">"

class Named a => Shape a where
  area :: a -> Int
  perimeter :: a -> Int
  summary :: a -> String
  summary s = describe s ++ " area=" ++ show (area s) ++ " perimeter=" ++ show (perimeter s)

data Rect = Rect Int Int
data Square = Square Int
newtype Tri = Tri (Int, Int, Int)

instance Named Rect where
  name (Rect w h) = "rect " ++ show w ++ "x" ++ show h

instance Shape Rect where
  area (Rect w h) = w * h
  perimeter (Rect w h) = 2 * (w + h)

instance Named Square where
  name _ = "square"
  describe (Square s) = "a square of side " ++ show s

instance Shape Square where
  area (Square s) = s * s
  perimeter (Square s) = 4 * s

instance Named Tri where
  name (Tri (a, b, c)) = "triangle " ++ show [a, b, c]

instance Shape Tri where
  area (Tri (a, b, _)) = a * b `div` 2
  perimeter (Tri (a, b, c)) = a + b + c
  summary t = "triangle with perimeter " ++ show (perimeter t)

totalArea :: Shape a => [a] -> Int
totalArea = sum . map area

main :: IO ()
main = do
  putStrLn (summary (Rect 3 4))
  putStrLn (summary (Square 5))
  putStrLn (summary (Tri (3, 4, 5)))
  putStrLn (describe (Rect 1 2))
  print (totalArea [Rect 1 2, Rect 3 4, Rect 5 6])
  print (totalArea [Square n | n <- [1 .. 10]])
