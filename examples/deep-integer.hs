-- Non-tail recursion over Integer, and a lazy accumulation forced at the end.
sumTo :: Integer -> Integer
sumTo 0 = 0
sumTo n = n + sumTo (n - 1)

lazySum :: [Integer] -> Integer
lazySum = foldl (+) 0

main :: IO ()
main = do
  print (sumTo 100000)
  print (lazySum [1 .. 50000])
  print (length (show (product [1 .. 300 :: Integer])))
