-- Primes by the lazy "unfaithful" sieve and by trial division against the
-- primes found so far: a lazy, self-referential list.
primes :: [Int]
primes = 2 : filter isPrime [3, 5 ..]
  where
    isPrime n = all (\p -> n `mod` p /= 0) (takeWhile (\p -> p * p <= n) primes)

sieve :: [Int] -> [Int]
sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]
sieve [] = []

main :: IO ()
main = do
  print (sum (takeWhile (< 100000) primes))
  print (primes !! 8000)
  print (sum (take 1000 (sieve [2 ..])))
