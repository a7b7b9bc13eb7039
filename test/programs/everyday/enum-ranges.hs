-- enumerations at -O1 (list fusion leftovers): Int, Char, Word, Integer ranges
import Data.Char (toUpper)
main :: IO ()
main = do
  let n = length (show (3 :: Int))
  print (map (* 2) [1 .. 10 + n], [x | x <- [n .. 20], odd x], sum [1, 3 .. 99 + n], [10, 8 .. n])
  print (map toUpper ['a' .. 'k'], ['a', 'c' .. 'q'], ['z', 'w' .. 'f'], take 3 ['x' ..], take 4 ['a', 'e' ..])
  print (map (+ 1) [1 .. 5 :: Word], [2, 4 .. 20 :: Word], [20, 17 .. 2 :: Word], sum [1 .. 100 :: Word])
  print (map (* 3) [1 .. 10 :: Integer], [10, 7 .. -5 :: Integer], take 5 [100 :: Integer, 200 ..], take 3 [7 :: Integer ..])
  print (foldr (\x acc -> x + acc) 0 [1 .. 1000 :: Int], length [1, 4 .. 1000 :: Int], [5, 4 .. 1 :: Int], [maxBound - 2 .. maxBound :: Int])
  print (zip [1 :: Int ..] "abc", zipWith (+) [1 ..] [10, 20, 30 :: Integer], takeWhile (< 20) (map (^ 2) [1 :: Integer ..]))
  print (concatMap (\i -> [i, i]) [1 .. 3 :: Int], and [even x | x <- [2, 4 .. 10 :: Int]], [c | c <- ['A' .. 'Z'], c `elem` "HASKELL"])
  print ([minBound .. minBound + 2 :: Int], [maxBound - 1 ..  maxBound :: Word], [x * y | x <- [1 .. 3], y <- [x .. 3 :: Int]])
