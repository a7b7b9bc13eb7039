-- Powers, modular exponentiation and mixed Int/Integer conversions.
powMod :: Integer -> Integer -> Integer -> Integer
powMod _ 0 m = 1 `mod` m
powMod b e m
  | even e = let h = powMod b (e `div` 2) m in h * h `mod` m
  | otherwise = b * powMod b (e - 1) m `mod` m

main :: IO ()
main = do
  print (2 ^ (64 :: Int) :: Integer)
  print (2 ^ (100 :: Int) :: Integer)
  print ((-3) ^ (41 :: Int) :: Integer)
  print (10 ^ (30 :: Int) - 1 :: Integer)
  print (powMod 2 1000 1000000007)
  print (powMod 3 (10 ^ (18 :: Int)) 998244353)
  print (fromIntegral (maxBound :: Int) + 1 :: Integer)
  print (fromIntegral (minBound :: Int) - 1 :: Integer)
  print (fromInteger (2 ^ (64 :: Int) + 5) :: Int)
  print (toInteger (maxBound :: Int) * toInteger (maxBound :: Int))
  print (divMod (-17) 5 :: (Integer, Integer), quotRem (-17) 5 :: (Integer, Integer))
  print (divMod (-17) 5 :: (Int, Int), quotRem (-17) 5 :: (Int, Int))
  print (gcd (2 ^ (80 :: Int)) (6 ^ (50 :: Int)) :: Integer)
  print (compare (10 ^ (20 :: Int)) (10 ^ (19 :: Int) * 10 :: Integer))
  print (abs (-(10 ^ (25 :: Int))) :: Integer, signum (-(10 ^ (25 :: Int))) :: Integer)
