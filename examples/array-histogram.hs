-- Histograms and tallies with accumArray and accum.
import Data.Array
import Data.Char (isAlpha, toLower)

letterCounts :: String -> Array Char Int
letterCounts s = accumArray (+) 0 ('a', 'z') [ (toLower c, 1) | c <- s, isAlpha c ]

bar :: Int -> String
bar n = replicate n '*'

diceSums :: Array Int Int
diceSums = accumArray (+) 0 (2, 12) [ (a + b, 1) | a <- [1 .. 6], b <- [1 .. 6] ]

-- Bucket numbers into ranges of ten.
buckets :: [Int] -> Array Int [Int]
buckets xs = accumArray (flip (:)) [] (0, 9) [ (x `div` 10, x) | x <- xs ]

-- A sieve of Eratosthenes: accumArray marks composites.
primesUpTo :: Int -> [Int]
primesUpTo n = [ i | (i, True) <- assocs sieve ]
  where
    sieve = accumArray (\_ b -> b) True (2, n)
      [ (m, False) | i <- [2 .. n], i * i <= n, m <- [i * i, i * i + i .. n] ]

main :: IO ()
main = do
  let text = "The quick brown fox jumps over the lazy dog, then naps in the sun."
      counts = letterCounts text
  mapM_ (\(c, k) -> putStrLn (c : ' ' : bar k)) (filter ((> 2) . snd) (assocs counts))
  print (counts ! 'e', counts ! 'q', sum (elems counts), length counts)
  print diceSums
  mapM_ (\(s, k) -> putStrLn (pad (show s) ++ " " ++ bar k)) (assocs diceSums)
  print (buckets [3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43, 38, 32, 79, 50, 28, 84, 19, 71])
  print (primesUpTo 100)
  print (length (primesUpTo 2000))
  let scores = listArray (1, 5) [10, 20, 30, 40, 50] :: Array Int Int
      bonus = accum (+) scores [(1, 5), (3, -7), (1, 1), (5, 100)]
  print bonus
  print (accum (flip (:)) (listArray (0, 2) (repeat [])) [(i `mod` 3, i) | i <- [1 .. 10 :: Int]])
  print (accumArray (+) 0 (False, True) [(even x, x) | x <- [1 .. 10 :: Int]] :: Array Bool Int)
  where
    pad s = replicate (2 - length s) ' ' ++ s
