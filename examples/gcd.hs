-- Euclid's algorithm, extended Euclid, and lcm; compared with the Prelude.
myGcd :: Int -> Int -> Int
myGcd a 0 = abs a
myGcd a b = myGcd b (a `rem` b)

extGcd :: Integer -> Integer -> (Integer, Integer, Integer)
extGcd a 0 = (a, 1, 0)
extGcd a b =
  let (g, x, y) = extGcd b (a `mod` b)
   in (g, y, x - (a `div` b) * y)

main :: IO ()
main = do
  print [myGcd a b | (a, b) <- [(12, 18), (17, 5), (-24, 36), (0, 7), (100, 75)]]
  print [gcd a b | (a, b) <- [(12, 18), (17, 5), (-24, 36), (0, 7), (100, 75 :: Int)]]
  print (lcm 4 6 :: Int, lcm 21 6 :: Int)
  print (extGcd 240 46)
  print (extGcd 1234567890123456789 987654321)
