-- head [] fails with exit code 1.
main :: IO ()
main = do
  let xs = filter (> 10) [1 .. 5 :: Int]
  putStrLn "looking for an element > 10"
  print (head xs)
