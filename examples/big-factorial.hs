-- Big factorials with Integer: digits, digit sums, trailing zeros.
fact :: Integer -> Integer
fact n = product [1 .. n]

digitSum :: Integer -> Integer
digitSum 0 = 0
digitSum n = n `mod` 10 + digitSum (n `div` 10)

trailingZeros :: Integer -> Int
trailingZeros n
  | n `mod` 10 == 0 = 1 + trailingZeros (n `div` 10)
  | otherwise = 0

main :: IO ()
main = do
  print (fact 50)
  print (fact 100)
  print (digitSum (fact 100))
  print (length (show (fact 200)))
  print (trailingZeros (fact 100))
  print (fact 30 `div` fact 28)
  print (negate (fact 22))
