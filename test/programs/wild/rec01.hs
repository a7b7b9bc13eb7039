{-# LANGUAGE DeriveFunctor, DeriveFoldable, DeriveTraversable, DeriveGeneric #-}
import GHC.Generics (Generic)
import Data.Foldable (toList, foldl')
import qualified Data.Map as M

data Color = Red | Green | Blue | Yellow deriving (Show, Read, Eq, Ord, Enum, Bounded)

data Employee = Employee
  { empName :: String
  , empAge :: !Int
  , empSalary :: Double
  , empColor :: Maybe Color
  } deriving (Show, Read, Eq, Ord, Generic)

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Eq, Functor, Foldable, Traversable)

data Pair a = Pair a a deriving (Show, Functor, Foldable, Traversable)

newtype Wrap = Wrap { unWrap :: [Int] } deriving (Show, Read, Eq, Ord)

data Op = Plus | Minus deriving (Eq, Ord, Show, Read, Enum, Bounded)
data Expr = Lit Int | BinOp Op Expr Expr | Neg Expr deriving (Show, Read, Eq, Ord)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

main :: IO ()
main = do
  print [minBound .. maxBound :: Color]
  print (succ Red, pred Blue, fromEnum Yellow, toEnum 2 :: Color)
  print (read "Blue" :: Color)
  print ([Red ..], [Red, Blue ..])
  let e = Employee { empName = "Ann", empAge = 41, empSalary = 5234.5, empColor = Just Green }
  print e
  print (read (show e) :: Employee)
  print (e { empAge = 42 } > e, e == e)
  print (read "Employee {empName = \"Bo\", empAge = -3, empSalary = 1e3, empColor = Nothing}" :: Employee)
  let t = foldr insert Leaf [5, 3, 8, 1, 4, 7, 9 :: Int]
  print (toList t, sum t, product t, length t, maximum t, elem 4 t)
  print (fmap (* 2) t)
  r <- traverse (\x -> do print x; return (x + 1)) (Pair 1 (2 :: Int))
  print r
  print (sequenceA [Just 1, Just 2, Nothing :: Maybe Int], traverse (\x -> if x > 0 then Right x else Left x) [1,2,3 :: Int])
  print (read " Wrap { unWrap = [1,2,3] } " :: Wrap)
  let ex = BinOp Plus (Lit 1) (Neg (BinOp Minus (Lit (-2)) (Lit 3)))
  print ex
  print (read (show ex) == ex)
  print (showsPrec 11 ex "")
  print (compare (Lit 3) (Neg (Lit 0)), maximum [Lit 1, Neg (Lit 1), Lit 5])
  print (M.fromList [(c, fromEnum c) | c <- [minBound .. maxBound :: Color]])
  print (foldl' (flip (:)) [] t)
  print (reads "Red Green" :: [(Color, String)])
