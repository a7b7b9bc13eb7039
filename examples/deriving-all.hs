-- Derived Eq, Ord, Show, Enum, Bounded on enumerations and products.
data Color = Red | Green | Blue | Yellow deriving (Show, Eq, Ord, Enum, Bounded)

data Suit = Hearts | Spades deriving (Show, Eq, Ord, Enum, Bounded)

data Card = Card {rank :: Int, suit :: Suit} deriving (Show, Eq, Ord)

data Pair a b = Pair a b deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print [minBound .. maxBound :: Color]
  print (succ Red, pred Yellow, fromEnum Blue, toEnum 1 :: Color)
  print [Red, Blue ..]
  print (Red < Green, compare Yellow Blue, maximum [Green, Red, Blue])
  print (Card 10 Hearts)
  print (Card 3 Spades < Card 3 Hearts, Card 2 Spades < Card 3 Hearts)
  print (Pair (Just Red) [Blue, Green])
  print (Pair 1 'x' == Pair 1 'x', Pair 1 'x' /= Pair 1 'y')
  print (minBound :: Suit, maxBound :: Suit)
  print (map fromEnum [Red ..])
  print (rank (Card 7 Spades), suit (Card 7 Spades))
