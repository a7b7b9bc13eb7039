-- Integer arithmetic: factorials, digits of e by a spigot-style series,
-- powers and gcds of big numbers.
fact :: Integer -> Integer
fact n = product [1 .. n]

digitSum :: Integer -> Integer
digitSum 0 = 0
digitSum n = n `mod` 10 + digitSum (n `div` 10)

eDigits :: Int -> Integer
eDigits k = go 1 1 0
  where
    scale = 10 ^ k
    go :: Integer -> Integer -> Integer -> Integer
    go n f acc
      | f > scale * 10 = acc
      | otherwise = go (n + 1) (f * n) (acc + scale `div` f)

main :: IO ()
main = do
  print (digitSum (fact 3000))
  print (eDigits 1500 `mod` 1000000007)
  print (length (show (3 ^ (40000 :: Int) :: Integer)))
  print (foldr gcd 0 [fact k - 1 | k <- [100 .. 160]])
