module Main where

compose :: [a -> a] -> a -> a
compose = foldr (.) id

twice :: (a -> a) -> a -> a
twice f = f . f

main :: IO ()
main = do
  print (compose [(+ 1), (* 2), subtract 3] (10 :: Int))
  print (twice (twice (* 2)) (1 :: Int))
  print (map (uncurry (+)) [(1, 2), (3, 4 :: Int)])
  print (foldl (flip (:)) [] "abc")
  print (zipWith3 (\a b c -> a * b + c) [1, 2] [3, 4] [5, 6 :: Int])
