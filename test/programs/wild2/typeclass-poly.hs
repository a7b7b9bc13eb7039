{-# LANGUAGE FlexibleInstances, FlexibleContexts, ScopedTypeVariables, RankNTypes, ConstraintKinds, MultiParamTypeClasses #-}
-- Type-class-heavy code: return-type polymorphism, class defaults with
-- superclass calls, instances for functions and tuples, rank-N helpers,
-- polymorphic recursion, Enum/Bounded generic helpers, and mconcat-based
-- pretty printing.
module Main (main) where

import Data.List (intercalate)
import Data.Proxy

class Default a where
  def :: a
instance Default Int where def = 0
instance Default Bool where def = False
instance Default [a] where def = []
instance (Default a, Default b) => Default (a, b) where def = (def, def)
instance Default b => Default (a -> b) where def = const def

class Pretty a where
  pp :: a -> String
  ppList :: [a] -> String
  ppList xs = "[" ++ intercalate "; " (map pp xs) ++ "]"
instance Pretty Int where pp n = "#" ++ show n
instance Pretty Char where
  pp c = [c]
  ppList s = "'" ++ s ++ "'"
instance Pretty a => Pretty [a] where pp = ppList
instance (Pretty a, Pretty b) => Pretty (a, b) where pp (a, b) = "<" ++ pp a ++ "|" ++ pp b ++ ">"
instance Pretty a => Pretty (Maybe a) where pp = maybe "-" pp

allValues :: forall a. (Enum a, Bounded a) => [a]
allValues = [minBound .. maxBound]

data Suit = Hearts | Spades deriving (Show, Enum, Bounded, Eq, Ord)
data Rank = Two | Three | Jack | Ace deriving (Show, Enum, Bounded, Eq, Ord)

cardCount :: forall a b. (Enum a, Bounded a, Enum b, Bounded b) => Proxy a -> Proxy b -> Int
cardCount _ _ = length (allValues :: [a]) * length (allValues :: [b])

applyAll :: (forall x. [x] -> [x]) -> ([Int], String) -> ([Int], String)
applyAll f (a, b) = (f a, f b)

data Nested a = Flat a | Nest (Nested [a])
depth :: Nested a -> Int
depth (Flat _) = 0
depth (Nest n) = 1 + depth n

class Monoid' a where
  mempty' :: a
  mappend' :: a -> a -> a
newtype MaxI = MaxI Int deriving Show
instance Monoid' MaxI where
  mempty' = MaxI minBound
  mappend' (MaxI a) (MaxI b) = MaxI (max a b)
mconcat' :: Monoid' a => [a] -> a
mconcat' = foldr mappend' mempty'

class (Eq a, Show a) => Token a where
  render :: a -> String
  render x = "tok:" ++ show x
  same :: a -> a -> Bool
  same = (==)
instance Token Suit
instance Token Rank where render r = "rank " ++ show (fromEnum r)

main :: IO ()
main = do
  print (def :: Int, def :: (Bool, [Char]), (def :: Char -> Int) 'x', def :: ((Int, Bool), [Int]))
  putStrLn (pp [(1 :: Int, "one"), (2, "two")])
  putStrLn (pp (Just [Just 'x', Nothing]))
  print (allValues :: [Suit], allValues :: [Rank], length (allValues :: [Bool]))
  print (cardCount (Proxy :: Proxy Suit) (Proxy :: Proxy Rank), [(s, r) | s <- allValues :: [Suit], r <- [Jack ..]])
  print (applyAll reverse ([1, 2, 3], "abc"), applyAll (take 1) ([9, 8], "xy"))
  print (depth (Nest (Nest (Flat [[1 :: Int]]))))
  print (mconcat' (map MaxI [3, 7, 2]), mconcat' ([] :: [MaxI]))
  putStrLn (render Spades ++ ", " ++ render Ace ++ ", " ++ show (same Two Two, same Hearts Spades))
  print (succ Hearts, pred Ace, [Two, Jack ..], fromEnum Ace, toEnum 1 :: Rank, maxBound :: (Bool, Suit))
