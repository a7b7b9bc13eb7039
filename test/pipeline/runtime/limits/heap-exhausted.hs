-- Live data that grows without bound: the whole list stays reachable.
main :: IO ()
main = do
  let xs = iterate (+ 1) 1 :: [Integer]
  print (fromIntegral (length xs) + sum xs)
