module Main where

data Suit = Hearts | Spades deriving (Show, Eq, Ord)
data Card = Card Int Suit deriving (Show, Eq, Ord)
data Pair a b = Pair a b deriving Show

main :: IO ()
main = do
  print (Card 10 Hearts)
  print (Card 3 Spades == Card 3 Spades, Card 2 Hearts < Card 2 Spades)
  print (maximum [Card 5 Hearts, Card 9 Spades, Card 9 Hearts])
  print (Pair (Just 'x') [Hearts])
  print (Pair (-3 :: Int) (Card (-1) Hearts))
