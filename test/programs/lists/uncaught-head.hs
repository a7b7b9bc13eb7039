main :: IO ()
main = do
  print (sum [1 .. 10 :: Int])
  let xs = filter (> 100) [1 .. 10 :: Int]
  print (head xs)
  putStrLn "not reached"
