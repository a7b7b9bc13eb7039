-- Semigroup/Monoid instances for own types; mconcat and foldMap.
newtype MaxInt = MaxInt Int deriving (Show)

instance Semigroup MaxInt where
  MaxInt a <> MaxInt b = MaxInt (max a b)

instance Monoid MaxInt where
  mempty = MaxInt minBound

data Stats = Stats {count :: Int, total :: Int, smallest :: Maybe Int} deriving (Show)

instance Semigroup Stats where
  Stats c1 t1 s1 <> Stats c2 t2 s2 = Stats (c1 + c2) (t1 + t2) (minMaybe s1 s2)
    where
      minMaybe Nothing y = y
      minMaybe x Nothing = x
      minMaybe (Just x) (Just y) = Just (min x y)

instance Monoid Stats where
  mempty = Stats 0 0 Nothing

single :: Int -> Stats
single x = Stats 1 x (Just x)

main :: IO ()
main = do
  print (mconcat (map MaxInt [3, 9, 2]))
  print (mempty :: MaxInt)
  print (foldMap single [5, 3, 8, 1, 9])
  print (mconcat ["ab", "cd", "ef"], [1, 2] <> [3 :: Int])
  print (mempty :: String, mconcat [[1], [2, 3 :: Int]])
  print (Just [1 :: Int] <> Nothing <> Just [2, 3])
  print (compare 1 (2 :: Int) <> compare 'b' 'a', mconcat [EQ, EQ, LT, GT])
