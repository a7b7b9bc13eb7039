-- Integer square roots by Newton's method, and digits of sqrt 2.
isqrt :: Integer -> Integer
isqrt 0 = 0
isqrt n = go n
  where
    go x =
      let y = (x + n `div` x) `div` 2
       in if y >= x then x else go y

sqrt2Digits :: Int -> String
sqrt2Digits k = let s = show (isqrt (2 * 10 ^ (2 * k))) in head s : '.' : tail s

main :: IO ()
main = do
  print (map isqrt [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000])
  print (isqrt (10 ^ (40 :: Int)))
  print (isqrt (2 ^ (127 :: Int) - 1))
  putStrLn (sqrt2Digits 50)
