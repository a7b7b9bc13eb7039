-- Rational <-> Double: fromRational (correctly rounded), toRational (exact
-- binary value), realToFrac both ways, Rational enumerations, and rounding
-- of ratios to integers.
import Data.Ratio

doubles :: [Double]
doubles = [0.1, 0.5, -2.75, 1 / 3, 1e-3, 123456.789, 2 ^ (60 :: Int), 5.0e-324, 0]

main :: IO ()
main = do
  mapM_ (print . toRational) doubles
  print (map (fromRational . toRational) doubles == doubles)
  print (fromRational (1 % 3) :: Double, fromRational ((-22) % 7) :: Double)
  print (fromRational (1 % 10) :: Double, fromRational (2 % 3) :: Float)
  print (fromRational (123456789012345678901234567890 % 7) :: Double)
  print (fromRational (1 % (10 ^ (310 :: Int))) :: Double, fromRational (10 ^ (400 :: Int) % 3) :: Double)
  print (realToFrac (0.1 :: Double) :: Rational, realToFrac (3 % 8 :: Rational) :: Double)
  print (realToFrac (1.5 :: Float) :: Double, realToFrac (0.1 :: Float) :: Rational)
  print (toRational (0.1 :: Float), toRational (-0.0 :: Double))
  print (numerator (toRational (0.1 :: Double)), denominator (toRational (0.1 :: Double)))
  print (toRational (0.1 + 0.2 :: Double) == toRational (0.3 :: Double), (0.1 + 0.2 :: Rational) == 0.3)
  print [1 % 2, 3 % 4 .. 3 :: Rational]
  print [1 % 3 .. 4 :: Rational]
  print (take 5 [1 % 7 ..] :: [Rational], take 4 [2, 5 % 3 ..] :: [Rational])
  print [5, 9 % 2 .. 2 :: Rational]
  print (succ (1 % 3 :: Rational), pred (1 % 3 :: Rational), toEnum 4 :: Rational, fromEnum (7 % 2 :: Rational))
  print (map (\r -> (round r :: Integer, truncate r :: Integer)) [0.5, 1.5, 2.5, -0.5, -1.5 :: Rational])
  print (sum (map fromRational [1 % k | k <- [1 .. 20]]) :: Double)
  print (fromRational (sum [1 % k | k <- [1 .. 20]]) :: Double)
  print (0.75 :: Rational, 1.25e-2 :: Rational, 6.02e23 :: Rational)
