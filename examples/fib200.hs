-- Big Fibonacci numbers with Integer.
fib :: Int -> Integer
fib n = fst (go n)
  where
    go :: Int -> (Integer, Integer)
    go 0 = (0, 1)
    go k = let (a, b) = go (k - 1) in (b, a + b)

main :: IO ()
main = do
  print (fib 200)
  print (fib 100)
  print (length (show (fib 300)))
  print (sum (map fib [1 .. 50]))
