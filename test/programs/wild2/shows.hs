-- Show and Read in the wild: derived instances for infix constructors,
-- records, negative numbers, nested Maybe/Either, maps and sets, and a
-- hand-written showsPrec respecting precedence.
module Main (main) where

import qualified Data.Map as M
import qualified Data.Set as S
import Data.Int
import Data.Word

data Complex = Double :+ Double deriving (Show, Read, Eq)
infix 6 :+

data T a = L | N (T a) a (T a) deriving (Show, Read)

data Op = Plus | Minus deriving (Show, Read, Eq, Ord, Enum, Bounded)

data Term = Const Int | BinOp Op Term Term | Negate Term

instance Show Term where
  showsPrec _ (Const n) = shows n
  showsPrec p (BinOp op a b) = showParen (p > prec) $ showsPrec prec a . showString (if op == Plus then " + " else " - ") . showsPrec (prec + 1) b
    where prec = 6
  showsPrec p (Negate t) = showParen (p > 9) $ showString "negate " . showsPrec 10 t

newtype Wrap = Wrap { unwrap :: Maybe Int } deriving (Show, Read)

main :: IO ()
main = do
  print (1.5 :+ (-2))
  print (Just (3 :+ 4), [0 :+ 0])
  print (read "  ( 1.0 :+ -2.5 ) " :: Complex)
  print (N L (-1 :: Int) (N L 2 L))
  print (read "N L 5 (N L (-6) L)" :: T Int)
  print [minBound .. maxBound :: Op]
  print (read "[Plus,Minus]" :: [Op])
  print (BinOp Minus (Const 1) (BinOp Plus (Const 2) (Const (-3))))
  print (Negate (BinOp Plus (Const 1) (Const 2)), Just (Negate (Const 5)))
  print (Wrap (Just (-4)), read "Wrap {unwrap = Nothing}" :: Wrap)
  print (M.fromList [(i, show i) | i <- [-2 .. 2 :: Int]], S.fromList "set")
  print (Left 3 :: Either Int (Maybe Bool), Right (Just False) :: Either Int (Maybe Bool))
  print (Just (Left (-2.5)) :: Maybe (Either Double ()), (minBound :: Int8, maxBound :: Word16, -128 :: Int8))
  print ((,,) 1 'x' "y", ((), [()]), showString "pre" "fix", show (Just ""))
  print (reads "42 rest" :: [(Int, String)], reads "nope" :: [(Int, String)], read "  ( 7 ) " :: Int)
  print (read "(1,\"a\",[True])" :: (Int, String, [Bool]), read "Just (-3)" :: Maybe Int)
