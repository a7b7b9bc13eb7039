-- Non-tail recursion deeper than a small stack limit allows.
main :: IO ()
main = do
  putStrLn "deep"
  print (foldr (+) 0 [1 .. 1000000 :: Integer])
