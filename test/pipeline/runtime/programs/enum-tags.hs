-- Derived Eq/Ord/Enum of a large enumeration use dataToTag#, which -O1
-- code applies to thunks (a lazy field): it must evaluate them.
data Big = A | B | C | D | E | F | G | H | I | J | K | L deriving (Show, Eq, Ord, Enum, Bounded)

data Box = Box { unBox :: Big }

mk :: Int -> Box
mk n = Box (toEnum (n `mod` 12))
{-# NOINLINE mk #-}

main :: IO ()
main = do
  let bs = [minBound .. maxBound] :: [Big]
  print [ (a == b, compare a b) | a <- [A, F, L], b <- bs ]
  let x = unBox (mk 5)
  print (x == F, x /= G, x < L, compare x A, fromEnum x, succ x)
  print (map (\n -> unBox (mk n) == unBox (mk (n+12))) [0..11])
