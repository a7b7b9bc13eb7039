-- Derived Read of records, infix constructors, negative fields
data P = P { px :: Int, py :: Double } deriving (Show, Read, Eq)
data Op = Int :+ Int | Int :* Op | Neg Op deriving (Show, Read)
infixl 6 :+
infixr 7 :*
data Color = Red | Green | Blue deriving (Show, Read, Eq, Ord, Enum, Bounded)
newtype Wrap = Wrap { unwrap :: [Color] } deriving (Show, Read)
data R2 = R2 { (#&) :: Int, name' :: String } deriving (Show, Read)

main :: IO ()
main = do
  print (read "P {px = 3, py = -2.5}" :: P)
  print (read " ( P { px = -1 , py = 1e3 } ) " :: P)
  print (reads "P {px = 3}" :: [(P, String)])
  print (read "1 :+ 2" :: Op)
  print (read "3 :* (4 :+ 5)" :: Op)
  print (read "Neg (1 :+ -2)" :: Op)
  print (read "[Red,Green , Blue]" :: [Color])
  print (map read (words "Red Blue Green") :: [Color])
  print (read "Wrap {unwrap = [Red]}" :: Wrap)
  print (read "R2 {(#&) = 4, name' = \"x\\ty\"}" :: R2)
  print (reads "Purple" :: [(Color, String)])
  print ((read "(((Green)))" :: Color) == Green)
