-- Infinite lists: iterate, cycle, repeat, takeWhile, and a lazy knot.
nats :: [Int]
nats = [0 ..]

triangulars :: [Int]
triangulars = scanl1 (+) [1 ..]

hamming :: [Integer]
hamming = 1 : merge3 (map (* 2) hamming) (map (* 3) hamming) (map (* 5) hamming)
  where
    merge3 a b c = merge a (merge b c)
    merge xx@(x : xs) yy@(y : ys)
      | x < y = x : merge xs yy
      | x > y = y : merge xx ys
      | otherwise = x : merge xs ys
    merge xs [] = xs
    merge [] ys = ys

main :: IO ()
main = do
  print (take 10 nats)
  print (take 10 (iterate (* 2) 1) :: [Int])
  print (take 7 (cycle [1, 2, 3 :: Int]))
  print (take 3 (repeat 'x'))
  print (takeWhile (< 60) triangulars)
  print (take 20 hamming)
  print (head (dropWhile (< 1000) (map (^ (2 :: Int)) nats)))
  print (zip [1 :: Int ..] "abc")
  print (fst (5 :: Int, undefined :: Int))
  print (length [undefined, undefined :: Int])
  print (take 5 (filter even (map (* 3) nats)))
