-- Deep recursion: foldr over 100000 elements and non-tail recursion 1e5 deep.
mySum :: [Int] -> Int
mySum [] = 0
mySum (x : xs) = x + mySum xs

countDown :: Int -> Int
countDown 0 = 0
countDown n = 1 + countDown (n - 1)

main :: IO ()
main = do
  print (foldr (+) 0 [1 .. 100000 :: Int])
  print (mySum [1 .. 100000])
  print (countDown 100000)
  print (length (foldr (\x acc -> x : acc) [] [1 .. 100000 :: Int]))
  print (foldl (+) 0 [1 .. 100000 :: Int])
