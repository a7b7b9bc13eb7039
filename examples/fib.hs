-- Fibonacci: naive, linear, and the lazy zipWith stream.
fibNaive :: Int -> Int
fibNaive n
  | n < 2 = n
  | otherwise = fibNaive (n - 1) + fibNaive (n - 2)

fibLinear :: Int -> Int
fibLinear n = go n 0 1
  where
    go 0 a _ = a
    go k a b = go (k - 1) b (a + b)

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = do
  print (fibNaive 15)
  print (map fibLinear [0 .. 20])
  print (take 15 fibs)
  print (fibs !! 90)
