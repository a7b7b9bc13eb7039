-- Derived Read instances (and Read of Char, String, Bool, Ordering, (),
-- Maybe, Either), round trips through show, and reads' leftovers.
module Main where

import Text.Read (readMaybe)

data Color = Red | Green | Blue deriving (Show, Read, Eq, Ord, Enum, Bounded)

data Shape = Circle Int | Rect Int Int | Named String Shape
  deriving (Show, Read, Eq)

data Point = Point { px :: Int, py :: Maybe Integer } deriving (Show, Read, Eq)

data V = Int :+: Int deriving (Show, Read, Eq)
infixl 6 :+:

newtype Wrap a = Wrap { unwrap :: a } deriving (Show, Read)

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Read)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

main :: IO ()
main = do
  print (read "Blue" :: Color)
  print (map read (words "Red Green  Blue") :: [Color])
  print (read " ( Circle   7 ) " :: Shape)
  print (read "Rect 3 (-4)" :: Shape)
  print (read "Named \"box\" (Rect 1 2)" :: Shape)
  print (read "Point {px = 1, py = Just (-2)}" :: Point)
  print (read " Point { px = -5 , py = Nothing } " :: Point)
  print (read "3 :+: 4" :: V)
  print (read "Wrap {unwrap = [Just True,Nothing]}" :: Wrap [Maybe Bool])
  let t = foldr insert Leaf [5, 2, 8, 1, 9 :: Int]
  print t
  print (read (show t) :: Tree Int)
  print (fmap (read :: String -> Int) ["1", "-2", "(3)"])
  print (read "'x'" :: Char, read "'\\n'" :: Char, read "'\\65'" :: Char)
  print (read "\"tab\\there \\\"q\\\" \\1234\\&5 \\SOH\\&H\"" :: String)
  print (read "[\"a\",\"bc\"]" :: [String])
  print (read "(LT,EQ,GT)" :: (Ordering, Ordering, Ordering))
  print (read "()" :: ())
  print (read "[Left 1,Right \"r\"]" :: [Either Int String])
  print (read "(True,False)" :: (Bool, Bool))
  print (readMaybe "Purple" :: Maybe Color)
  print (readMaybe "Circle" :: Maybe Shape)
  print (readMaybe "Just 5" :: Maybe (Maybe Int))
  print (readMaybe "Just Just 5" :: Maybe (Maybe (Maybe Int)))
  print (readMaybe "Just (Just 5)" :: Maybe (Maybe (Maybe Int)))
  print (reads "Green rest" :: [(Color, String)])
  print (lex "  hello world", lex "<= x", lex "'a' b", lex "")
  print [minBound .. maxBound :: Color]
  print (read (show (Named "a\"b" (Circle 0))) == Named "a\"b" (Circle 0))
