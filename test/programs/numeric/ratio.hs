import Data.Ratio

main :: IO ()
main = do
  let a = 3 % 4 :: Rational
      b = (-5) % 6 :: Rational
  print (a, b, a + b, a - b, a * b)
  print (a / b, negate a, abs b, signum b, recip b)
  print (numerator b, denominator b, 6 % (-8) :: Rational, 0 % 5 :: Rational)
  print (compare a b, a < b, max a b, fromRational a :: Double, toRational (0.75 :: Double))
  print (truncate (7 % 2 :: Rational) :: Int, round (5 % 2 :: Rational) :: Int, round (7 % 2 :: Rational) :: Integer, floor ((-7) % 2 :: Rational) :: Int, ceiling ((-7) % 2 :: Rational) :: Int, properFraction ((-7) % 2 :: Rational) :: (Int, Rational))
  print (approxRational (3.14159 :: Double) 0.001, approxRational (0.333 :: Double) 0.01)
  print (3 % 4 :: Ratio Int, (2 % 3 :: Ratio Int) + (1 % 6), numerator (4 % 6 :: Ratio Int))
  print ([1 % 2, 1 .. 3] :: [Rational], take 3 [1 % 3 ..] :: [Rational])
  print (read "3 % 4" :: Rational, read "(-3) % 4" :: Rational, reads "1 % 2 x" :: [(Rational, String)])
  print (showsPrec 8 a "", show (Just b), (2 % 3 :: Rational) ^^ (-2 :: Int), (1 % 2 :: Rational) ^ (3 :: Int))
  print (realToFrac (1.5 :: Double) :: Rational, fromIntegral (7 :: Int) :: Rational, toRational (1 / 3 :: Float))
  print (succ a, pred b, toEnum 3 :: Rational, fromEnum (7 % 2 :: Rational))
  print (1 % 0 :: Rational)
