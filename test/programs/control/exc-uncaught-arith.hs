-- An uncaught ArithException after some output.
main :: IO ()
main = do
  putStrLn "before"
  print (product [1 .. 5 :: Int])
  print (10 `div` (0 :: Int))
  putStrLn "not reached"
