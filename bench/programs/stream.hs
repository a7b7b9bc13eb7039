-- Lazy infinite streams: Hamming numbers, Fibonacci by zipWith, a running
-- average by scanl, all consumed lazily.
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

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

collatzLen :: Int -> Int
collatzLen = length . takeWhile (/= 1) . iterate step
  where
    step n = if even n then n `div` 2 else 3 * n + 1

main :: IO ()
main = do
  print (hamming !! 8000)
  print (length (show (fibs !! 3000)))
  print (maximum (map collatzLen [1 .. 12000]))
  let xs = scanl (+) 0 (cycle [3, 1, 4, 1, 5, 9, 2, 6 :: Int])
  print (takeWhile (< 100) xs, xs !! 100000)
