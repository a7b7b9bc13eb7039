-- Derived Eq/Ord/Enum/Bounded on user enumerations and sum types: GHC
-- compares and enumerates them through dataToTag#/getTag, which needs each
-- constructor's position in its data type.
module Main where

import Data.List (sort, sortBy)
import Data.Ord (comparing)

data Suit = Clubs | Diamonds | Hearts | Spades deriving (Show, Eq, Ord, Enum, Bounded)

data Rank = Two | Three | Four | Five | Six | Seven | Eight | Nine | Ten
          | Jack | Queen | King | Ace
  deriving (Show, Eq, Ord, Enum, Bounded)

data Card = Card Rank Suit deriving (Show, Eq, Ord)

data Shape = Dot | Circle Int | Square Int | Poly [Int] deriving (Show, Eq, Ord)

data Day = Mon | Tue | Wed | Thu | Fri | Sat | Sun deriving (Show, Eq, Ord, Enum, Bounded)

weekend :: Day -> Bool
weekend d = d >= Sat

main :: IO ()
main = do
  print [minBound .. maxBound :: Suit]
  print (succ Clubs, pred Spades, fromEnum Hearts, toEnum 1 :: Suit)
  print [Two, Four .. Ace]
  print [Ace, Queen .. Two]
  print (compare Jack Queen, Ace > King, maximum [Three, Ten, Five], minimum [Nine, Two])
  let hand = [Card Ace Spades, Card Two Hearts, Card Ace Clubs, Card Ten Diamonds, Card Two Clubs]
  print (sort hand)
  print (sortBy (comparing (\(Card _ s) -> s)) hand)
  print (sort [Poly [1, 2], Square 3, Dot, Circle 5, Circle 2, Poly [1], Square 1])
  print (Circle 3 < Square 1, Dot == Dot, Poly [] /= Poly [0])
  print (filter weekend [minBound ..], [Wed ..], [Mon, Wed ..])
  print (map fromEnum [Mon ..], length [minBound .. maxBound :: Rank])
  print (cycleNext Sun, cycleNext Tue)
  where
    cycleNext d = if d == maxBound then minBound else succ d :: Day
