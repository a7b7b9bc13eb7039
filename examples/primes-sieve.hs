-- The classic (unfaithful) sieve and trial division.
primes :: [Int]
primes = sieve [2 ..]
  where
    sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]
    sieve [] = []

isPrime :: Int -> Bool
isPrime n
  | n < 2 = False
  | otherwise = all (\d -> n `mod` d /= 0) (takeWhile (\d -> d * d <= n) [2 ..])

main :: IO ()
main = do
  print (take 30 primes)
  print (filter isPrime [90 .. 130])
  print (length (filter isPrime [1 .. 2000]))
  print (last (takeWhile (< 500) primes))
