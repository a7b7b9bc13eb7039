-- Exact rational arithmetic with big Integers: harmonic numbers, Bernoulli
-- numbers, continued fractions and convergents, Newton's method for sqrt 2.
import Data.Ratio

harmonic :: Integer -> Rational
harmonic n = sum [1 % k | k <- [1 .. n]]

-- Bernoulli numbers B_0 .. B_n by the Akiyama–Tanigawa algorithm.
bernoulli :: Int -> Rational
bernoulli n = head (go n)
  where
    go 0 = [1 % fromIntegral (k + 1) | k <- [0 .. n]]
    go m = step (go (m - 1))
    step as = [fromIntegral j * (a - b) | (j, a, b) <- zip3 [1 :: Int ..] as (tail as)]

-- Continued fraction expansion of a rational.
cf :: Rational -> [Integer]
cf r
  | d == 1 = [n]
  | otherwise = q : cf (recip (r - fromInteger q))
  where
    n = numerator r
    d = denominator r
    q = n `div` d

-- Convergents of a continued fraction [a0; a1, a2, ...].
convergents :: [Integer] -> [Rational]
convergents as = zipWith (%) (drop 2 hs) (drop 2 ks)
  where
    hs = 0 : 1 : zipWith3 (\a h1 h2 -> a * h1 + h2) as (tail hs) hs
    ks = 1 : 0 : zipWith3 (\a k1 k2 -> a * k1 + k2) as (tail ks) ks

-- e = [2; 1, 2, 1, 1, 4, 1, 1, 6, ...]
eTerms :: [Integer]
eTerms = 2 : concat [[1, 2 * k, 1] | k <- [1 ..]]

newtonSqrt2 :: [Rational]
newtonSqrt2 = iterate (\x -> (x + 2 / x) / 2) 1

-- Digits of a rational in base 10, after the point.
decimals :: Int -> Rational -> String
decimals k r = show ip ++ "." ++ concatMap show (take k (go (r - fromInteger ip)))
  where
    ip = floor r :: Integer
    go f = let t = f * 10; d = floor t :: Integer in d : go (t - fromInteger d)

main :: IO ()
main = do
  mapM_ (print . harmonic) [1, 2, 3, 10, 20]
  print (harmonic 60)
  print (numerator (harmonic 100) `mod` 1000000007, length (show (denominator (harmonic 100))))
  print [bernoulli k | k <- [0 .. 12]]
  print (bernoulli 20, bernoulli 30)
  print (cf (415 % 93), cf (-17 % 5), cf (harmonic 10))
  print (take 8 (convergents [1, 2, 2, 2, 2, 2, 2, 2]))
  let es = convergents (take 30 eTerms)
  print (take 10 es)
  print (last es)
  putStrLn (decimals 40 (last es))
  let n5 = newtonSqrt2 !! 5
  print n5
  putStrLn (decimals 50 n5)
  print (n5 * n5 - 2)
  print (n5 > 99 % 70, abs (n5 * n5 - 2) < 1 % (10 ^ (40 :: Int)))
  print (foldr (\a acc -> fromInteger a + recip acc) (fromInteger (last (take 12 eTerms))) (init (take 12 eTerms)) :: Rational)
  print ((2 % 3) ^ (60 :: Int) :: Rational)
  print ((-3 % 7) ^^ (-25 :: Int) :: Rational)
  print (sum (map (\k -> 1 % (k * (k + 1))) [1 .. 200]) :: Rational)
  print (product [1 - 1 % (p * p) | p <- [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]] :: Rational)
