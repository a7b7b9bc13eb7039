{-# LANGUAGE DeriveGeneric #-}
-- binary: Binary instances derived through GHC.Generics (products, sums
-- with their constructor tags, records, recursive and parameterised types,
-- an empty constructor list, a sum of 9 constructors), their bytes and
-- their round trips, and decoding an unknown constructor tag.
import Data.Binary
import Data.Binary.Get (ByteOffset)
import qualified Data.ByteString.Lazy as L
import qualified Data.Map as M
import GHC.Generics (Generic)

data Colour = Red | Green | Blue
  deriving (Show, Eq, Generic)

instance Binary Colour

data Shape
  = Circle {radius :: Double}
  | Rect Int Int
  | Poly [(Int, Int)]
  | Labelled String Shape
  deriving (Show, Eq, Generic)

instance Binary Shape

data Pair a b = Pair a b
  deriving (Show, Eq, Generic)

instance (Binary a, Binary b) => Binary (Pair a b)

data Tree a = Leaf | Branch (Tree a) a (Tree a)
  deriving (Show, Eq, Generic)

instance Binary a => Binary (Tree a)

data Nine = N1 | N2 Bool | N3 | N4 Char | N5 | N6 | N7 Int | N8 | N9 (Maybe Nine)
  deriving (Show, Eq, Generic)

instance Binary Nine

data Unit = Unit
  deriving (Show, Eq, Generic)

instance Binary Unit

newtype Wrapped = Wrapped (M.Map String Colour)
  deriving (Show, Eq, Generic)

instance Binary Wrapped

data Record = Record {name :: String, age :: Int, tags :: [Colour], shape :: Maybe Shape}
  deriving (Show, Eq, Generic)

instance Binary Record

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Branch Leaf x Leaf
insert x t@(Branch l y r)
  | x < y = Branch (insert x l) y r
  | x > y = Branch l y (insert x r)
  | otherwise = t

roundTrip :: (Binary a, Eq a, Show a) => a -> IO ()
roundTrip x = do
  let bytes = encode x
  putStrLn (show (L.unpack bytes))
  putStrLn ((if decode bytes == x then "ok: " else "MISMATCH: ") ++ show x)

main :: IO ()
main = do
  roundTrip [Red, Green, Blue]
  roundTrip [Circle 1.5, Rect 2 3, Poly [(0, 0), (1, 2)], Labelled "l" (Rect 0 (-1))]
  roundTrip (Pair 'p' (Pair True [Unit, Unit]))
  roundTrip (foldr insert Leaf [5, 2, 8, 1, 9, 3 :: Int])
  roundTrip [N1, N2 True, N3, N4 'x', N5, N6, N7 77, N8, N9 (Just (N9 Nothing))]
  roundTrip (Wrapped (M.fromList [("sky", Blue), ("grass", Green)]))
  roundTrip (Record "Ada" 36 [Red, Blue] (Just (Circle 0.5)))
  failing (decodeOrFail (L.pack [3]) :: Result Colour)
  failing (decodeOrFail (L.pack [9]) :: Result Nine)
  failing (decodeOrFail (L.pack [1, 0, 0, 0, 0, 0, 0, 0, 2]) :: Result Shape)

type Result a = Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)

failing :: Show a => Result a -> IO ()
failing = print
