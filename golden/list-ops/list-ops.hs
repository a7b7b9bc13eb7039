module Main where

main :: IO ()
main = do
  let xs = [5, 3, 8, 1, 9, 2] :: [Int]
  print (reverse xs)
  print (filter even xs)
  print (take 3 xs, drop 3 xs)
  print (zip xs "abcdef")
  print (concatMap (\x -> [x, x]) (take 2 xs))
  print (replicate 3 'z')
  print (elem 8 xs, maximum xs, minimum xs)
