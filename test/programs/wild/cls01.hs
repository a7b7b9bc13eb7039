{-# LANGUAGE ExistentialQuantification, MultiParamTypeClasses, FlexibleInstances #-}
import Data.List (intercalate)

class Shape a where
  area :: a -> Double
  perimeter :: a -> Double
  describe :: a -> String
  describe x = "shape with area " ++ show (area x) ++ " and perimeter " ++ show (perimeter x)

data Circle = Circle Double
data Rect = Rect Double Double

instance Shape Circle where
  area (Circle r) = pi * r * r
  perimeter (Circle r) = 2 * pi * r

instance Shape Rect where
  area (Rect w h) = w * h
  perimeter (Rect w h) = 2 * (w + h)
  describe r = "rectangle: " ++ show (area r)

class (Eq a, Show a) => Container f a where
  dummy :: f -> a

class Monoid' a where
  mempty' :: a
  mappend' :: a -> a -> a
  mconcat' :: [a] -> a
  mconcat' = foldr mappend' mempty'

instance Monoid' [b] where
  mempty' = []
  mappend' = (++)

newtype Sum' = Sum' Int deriving Show
instance Monoid' Sum' where
  mempty' = Sum' 0
  mappend' (Sum' a) (Sum' b) = Sum' (a + b)

class Show a => Pretty a where
  pretty :: a -> String
  pretty = ("<" ++) . (++ ">") . show
  prettyList :: [a] -> String
  prettyList xs = "[" ++ intercalate "; " (map pretty xs) ++ "]"

instance Pretty Int
instance Pretty Bool where
  pretty True = "yes"
  pretty False = "no"
instance Pretty a => Pretty (Maybe a) where
  pretty Nothing = "-"
  pretty (Just x) = pretty x

data AnyShape = forall s. Shape s => AnyShape s

newtype Vec = Vec [Double] deriving (Show, Eq)
instance Num Vec where
  Vec a + Vec b = Vec (zipWith (+) a b)
  Vec a * Vec b = Vec (zipWith (*) a b)
  abs (Vec a) = Vec (map abs a)
  signum (Vec a) = Vec (map signum a)
  fromInteger n = Vec (repeat (fromInteger n))
  negate (Vec a) = Vec (map negate a)

instance Semigroup Sum' where
  Sum' a <> Sum' b = Sum' (a * 10 + b)
instance Monoid Sum' where
  mempty = Sum' 0

main :: IO ()
main = do
  putStrLn (describe (Circle 1))
  putStrLn (describe (Rect 2 3))
  print (mconcat' [[1, 2], [3], [4, 5 :: Int]])
  print (mconcat' [Sum' 1, Sum' 2, Sum' 3])
  putStrLn (prettyList [1, 2, 3 :: Int])
  putStrLn (prettyList [True, False])
  putStrLn (prettyList [Just (5 :: Int), Nothing])
  mapM_ (\(AnyShape s) -> print (area s)) [AnyShape (Circle 2), AnyShape (Rect 1 1)]
  print (Vec [1, 2, 3] + 10 - Vec [0.5, 0.5, 0.5])
  print (mconcat [Sum' 1, Sum' 2, Sum' 3], foldMap (\x -> [x, x]) "ab")
