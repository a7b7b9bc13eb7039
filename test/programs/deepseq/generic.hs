{-# LANGUAGE DeriveGeneric, DeriveAnyClass #-}
-- NFData through GHC.Generics: derived (DeriveAnyClass) and empty
-- instances, records, sums, recursion, type parameters, strict fields;
-- which component is forced first shows in the exception caught.
import Control.DeepSeq
import Control.Exception
import GHC.Generics (Generic, Generic1)

data Color = Red | Green | Blue deriving (Show, Generic, NFData)

data Person = Person {name :: String, age :: Int, tags :: [String]} deriving (Show, Generic)

instance NFData Person

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Generic, Generic1)

instance NFData a => NFData (Tree a)

instance NFData1 Tree

data Shape = Circle Double | Rect {w :: Double, h :: Double} | Poly [(Double, Double)] deriving (Show, Generic, NFData)

data Pair a b = Pair !a b deriving (Show, Generic, NFData)

newtype Wrap = Wrap (Maybe [Int]) deriving (Show, Generic, NFData)

fromList :: Ord a => [a] -> Tree a
fromList = foldr ins Leaf
  where
    ins x Leaf = Node Leaf x Leaf
    ins x t@(Node l y r)
      | x < y = Node (ins x l) y r
      | x > y = Node l y (ins x r)
      | otherwise = t

try' :: NFData a => String -> a -> IO ()
try' label v = do
  r <- try (evaluate (force v))
  putStrLn (label ++ ": " ++ either (\e -> "error " ++ takeWhile (/= '\n') (displayException (e :: SomeException))) (const "ok") r)

main :: IO ()
main = do
  try' "colors" [Red, Green, Blue]
  try' "person" (Person "Ada" 36 ["math", "engines"])
  try' "person/age" (Person "Bob" (error "no age") [])
  try' "person/tag" (Person "Cy" 1 ["a", error "bad tag"])
  try' "person/name-first" (Person (error "name") (error "age") [])
  let t = fromList [5, 3, 8, 1, 4, 7, 9 :: Int]
  try' "tree" t
  print (rnf1 t, t `deepseq` sum' t)
  try' "tree/bottom" (Node Leaf (1 :: Int) (Node Leaf (error "deep") Leaf))
  try' "tree1" (liftRnf (\x -> if x > (8 :: Int) then error "big" else ()) t `seq` t)
  try' "shapes" [Circle 1, Rect 2 3, Poly [(0, 0), (1, 1)]]
  try' "shape/bottom" (Rect 1 (1 / 0 + error "h"))
  try' "pair" (Pair 'a' "b")
  try' "pair/lazy" (Pair 'a' (undefined :: String))
  try' "wrap" (Wrap (Just [1, 2, 3]))
  try' "wrap/bottom" (Wrap (Just [1, undefined]))
  print (force (Person "Dee" 2 ["x"]))
  where
    sum' Leaf = 0 :: Int
    sum' (Node l x r) = sum' l + x + sum' r
