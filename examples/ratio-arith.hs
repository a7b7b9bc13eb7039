-- Rational arithmetic: the Num/Fractional/Ord/Real/RealFrac/Show instances of
-- Ratio Integer, as GHC's base defines them.
import Data.List (sort, sortBy)
import Data.Ord (comparing)
import Data.Ratio

half, third, negTwoFifths :: Rational
half = 1 % 2
third = 1 % 3
negTwoFifths = (-2) % 5

-- Egyptian fraction decomposition (greedy, Fibonacci–Sylvester).
egyptian :: Rational -> [Rational]
egyptian r
  | r <= 0 = []
  | numerator r == 1 = [r]
  | otherwise = u : egyptian (r - u)
  where
    u = 1 % ((denominator r + numerator r - 1) `div` numerator r)

-- Mediant of two fractions (Stern–Brocot / Farey neighbours).
mediant :: Rational -> Rational -> Rational
mediant a b = (numerator a + numerator b) % (denominator a + denominator b)

farey :: Integer -> [Rational]
farey n = sort [a % b | b <- [1 .. n], a <- [0 .. b], gcd a b == 1]

main :: IO ()
main = do
  print half
  print negTwoFifths
  print [half, third, negTwoFifths, 0, -1]
  print (Just negTwoFifths, Left third :: Either Rational Int)
  print (half + third, half - third, half * third, half / third)
  print (negTwoFifths + half, negTwoFifths * negTwoFifths, third / negTwoFifths)
  print (negate half, abs negTwoFifths, signum negTwoFifths, signum (0 :: Rational), recip negTwoFifths)
  print (6 % 8 :: Rational, 6 % (-8) :: Rational, (-6) % (-8) :: Rational, 0 % 5 :: Rational)
  print (numerator (6 % (-8) :: Rational), denominator (6 % (-8) :: Rational))
  print (compare half third, half < third, half >= third, max half third, min half negTwoFifths)
  print (half == 2 % 4, half /= third)
  print (sort [3 % 4, -1 % 2, 5 % 3, 0, 1 % 100, -7 % 3 :: Rational])
  print (sortBy (comparing denominator) [3 % 4, 1 % 2, 5 % 3, 7 % 8 :: Rational])
  print (sum [1 % k | k <- [1 .. 10]] :: Rational)
  print (product [1 + 1 % k | k <- [1 .. 10]] :: Rational)
  print (half ^ (10 :: Int), third ^^ (-3 :: Int), negTwoFifths ^^ (5 :: Integer))
  print (toRational (42 :: Int), toRational (-7 :: Integer), toRational half)
  print (fromIntegral (12 :: Int) :: Rational, realToFrac (5 :: Int) :: Rational)
  print (fromRational (7 % 3) :: Rational, fromInteger 9 :: Rational)
  -- RealFrac: truncation toward zero, floor, ceiling, and round-half-even
  let xs = [7 % 2, 5 % 2, -5 % 2, -7 % 2, 9 % 4, -9 % 4, 3, 0] :: [Rational]
  print [truncate x :: Integer | x <- xs]
  print [floor x :: Integer | x <- xs]
  print [ceiling x :: Integer | x <- xs]
  print [round x :: Integer | x <- xs]
  print [round x :: Int | x <- xs]
  print [properFraction x :: (Integer, Rational) | x <- xs]
  -- Show at different precedences
  putStrLn (showsPrec 7 half "" ++ " | " ++ showsPrec 8 half "" ++ " | " ++ show [negTwoFifths])
  print (Just (Just half), [(half, [third])])
  print (egyptian (4 % 13))
  print (egyptian (7 % 15))
  print (mediant half third, mediant 0 1)
  print (farey 5)
  print (length (farey 12), sum (farey 12))
  print (approxRational (314159 % 100000 :: Rational) (1 % 1000))
  print (approxRational (-355 % 113 :: Rational) (1 % 10000))
  print (map (\e -> approxRational (1 % 3 :: Rational) e) [1, 1 % 2, 1 % 10, 1 % 1000])
