-- Derived instances of the user's own types as applications declare them:
-- Eq/Ord/Show/Read/Enum/Bounded/Ix of an enumeration, a record with
-- negative and operator fields, a parameterised tree; sorted, grouped,
-- ranged and round-tripped through Read with base's list functions.
import Data.Ix
import Data.List (sort, sortBy, sortOn, group, nub, insert, maximumBy, partition, foldl')
import Data.Ord (comparing, Down (..))
import Data.Char (toUpper)

data Suit = Clubs | Diamonds | Hearts | Spades deriving (Eq, Ord, Show, Read, Enum, Bounded, Ix)
data Rank = Two | Three | Four | Jack | Queen | King | Ace deriving (Eq, Ord, Show, Read, Enum, Bounded, Ix)
data Card = Card {rank :: Rank, suit :: Suit} deriving (Eq, Ord, Show, Read)
data V = V {vx :: Double, vy :: Int, (<+>) :: Maybe Int} deriving (Eq, Ord, Show, Read)
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Eq, Ord, Show, Read)
data Op = Int :-: Int | Op :/: Op deriving (Eq, Ord, Show, Read)
infixl 6 :-:
infixr 7 :/:
newtype Wrap a = Wrap {unwrap :: [a]} deriving (Eq, Ord, Show, Read)

fromList :: Ord a => [a] -> Tree a
fromList = foldl' (flip ins) Leaf
  where
    ins x Leaf = Node Leaf x Leaf
    ins x t@(Node l y r) = case compare x y of LT -> Node (ins x l) y r; GT -> Node l y (ins x r); EQ -> t

main :: IO ()
main = do
  let deck = [Card r s | s <- [minBound .. maxBound], r <- [minBound ..]]
  print (length deck, take 3 deck, maximum deck, minimum deck, [succ Clubs ..], [Two, Four ..], [Ace, Queen ..], fromEnum King, toEnum 2 :: Suit)
  print (sortOn suit (take 5 (reverse deck)), sortBy (comparing (Down . rank)) (take 4 deck), map (\g -> (head g, length g)) (group (sort (map suit deck))), nub (map rank deck) == [minBound .. maxBound])
  print (range (Hearts, Spades), index (Two, Ace) Jack, inRange (Three, King) Two, rangeSize (Clubs, Spades), range ((Two, Clubs), (Three, Diamonds)), index ((Two, Clubs), (Ace, Spades)) (Jack, Hearts))
  print (read "Card {rank = Queen, suit = Hearts}" :: Card, read " [Clubs , Spades] " :: [Suit], (read "(Ace,Two)" :: (Rank, Rank)), reads "Hearts!" :: [(Suit, String)], read (show deck) == deck)
  print (compare (Card Ace Clubs) (Card Two Spades), Card Ace Clubs < Card Ace Diamonds, max (Card Jack Hearts) (Card Jack Clubs), [c | c <- take 10 deck, c >= Card Four Clubs])
  let vs = [V 1.5 (-2) (Just (-3)), V (-0.5) 4 Nothing, V 1.5 (-2) Nothing]
  print vs
  print (sort vs, map (read . show) vs == vs, showsPrec 11 (head vs) "", read "V {vx = -1.0e-2, vy = -7, (<+>) = Just 5}" :: V, (<+>) (head vs), vx (vs !! 1))
  let t = fromList "haskell"
  print (t, t == fromList "haskel", compare t Leaf, fmap' toUpper t, read (show t) == t, showsPrec 11 (Node Leaf 'x' Leaf) "", read "Node Leaf (-3) Leaf" :: Tree Int)
  let ops = [1 :-: (-3), (1 :-: 2) :/: (3 :-: 4) :/: (5 :-: 6), (-1) :-: (-1)]
  print ops
  print (map (read . show) ops == ops, sort ops, showsPrec 7 (1 :-: 2) "", showsPrec 6 (1 :-: 2) "", read "(1 :-: 2) :/: (3 :-: 4)" :: Op, read "((1 :-: 2))" :: Op)
  print (Wrap "abc", read "Wrap {unwrap = [1,2]}" :: Wrap Int, Wrap [1 :: Int] < Wrap [2], insert (Wrap "b") [Wrap "a", Wrap "c"], maximumBy (comparing unwrap) [Wrap "x", Wrap "xyz"], partition ((> Hearts) . suit) (take 3 (reverse deck)))
  print ([minBound .. maxBound :: Suit], (minBound, maxBound) :: (Rank, Suit), map fromEnum [Clubs ..], succ Three, pred Ace, [x | x <- [Two ..], x /= Jack], enumFromThenTo Clubs Hearts Spades)
  where
    fmap' _ Leaf = Leaf
    fmap' f (Node l x r) = Node (fmap' f l) (f x) (fmap' f r)
