-- Newtypes, strict fields and bang-free strictness with seq.
newtype Meters = Meters Int deriving (Show, Eq, Ord)

newtype Wrapper a = Wrapper {unwrap :: a} deriving (Show)

data StrictPair = StrictPair !Int !Int deriving (Show)

data Vec = Vec {vx :: !Int, vy :: !Int} deriving (Show, Eq)

addVec :: Vec -> Vec -> Vec
addVec (Vec a b) (Vec c d) = Vec (a + c) (b + d)

sumStrict :: [Int] -> StrictPair
sumStrict = foldl step (StrictPair 0 0)
  where
    step (StrictPair s n) x = StrictPair (s + x) (n + 1)

main :: IO ()
main = do
  print (Meters 5, Meters 3 < Meters 4)
  print (Wrapper (Just [1, 2, 3 :: Int]))
  print (unwrap (Wrapper 'z'))
  print (sumStrict [1 .. 1000])
  print (foldr addVec (Vec 0 0) [Vec i (i * i) | i <- [1 .. 10]])
  print (Vec (-1) 2)
  print (Wrapper (Meters (-7)))
