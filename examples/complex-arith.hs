-- Data.Complex over Double: construction, Show (negative parts in
-- parentheses, precedence 6), Eq, Num/Fractional arithmetic, magnitude,
-- phase, polar form, and an ASCII Mandelbrot set.
import Data.Complex

z1, z2, z3 :: Complex Double
z1 = 3 :+ 4
z2 = (-1.5) :+ 2
z3 = 0.25 :+ (-0.75)

-- The n-th roots of unity, by mkPolar.
rootsOfUnity :: Int -> [Complex Double]
rootsOfUnity n = [mkPolar 1 (2 * pi * fromIntegral k / fromIntegral n) | k <- [0 .. n - 1]]

-- Rounded to 9 decimals (sin/cos of a libm may differ in the last bit).
approx :: Complex Double -> Complex Double
approx (a :+ b) = r a :+ r b
  where
    r x = fromIntegral (round (x * 1e9) :: Integer) / 1e9

-- Evaluate a polynomial (coefficients lowest first) by Horner's rule.
horner :: [Complex Double] -> Complex Double -> Complex Double
horner cs x = foldr (\c acc -> c + x * acc) 0 cs

mandelIter :: Int -> Complex Double -> Int
mandelIter limit c = go 0 0
  where
    go k z
      | k >= limit = limit
      | magnitude z > 2 = k
      | otherwise = go (k + 1) (z * z + c)

mandelRow :: Double -> String
mandelRow y = [cell (mandelIter 30 (x :+ y)) | x <- [-2.0, -1.925 .. 0.5]]
  where
    cell k
      | k >= 30 = '#'
      | k > 10 = '+'
      | k > 4 = '.'
      | otherwise = ' '

main :: IO ()
main = do
  print z1
  print z2
  print z3
  print [z1, z2, z3]
  print (Just z2, (z3, 'x'))
  print (negate z1, conjugate z2, conjugate z3)
  print (z1 + z2, z1 - z2, z1 * z2, z1 / z2)
  print (z2 * z3, z2 / z3, z3 / z1, recip z2)
  print (z1 * z1 * z1, z1 ^ (5 :: Int), z2 ^^ (-2 :: Int))
  print (realPart z2, imagPart z2, realPart (z1 * z3))
  print (magnitude z1, magnitude z2, magnitude z3, magnitude (0 :+ 0 :: Complex Double))
  print (phase z1, phase z2, phase z3, phase (0 :+ 0 :: Complex Double), phase ((-1) :+ 0 :: Complex Double))
  print (polar z1, polar z2)
  print (abs z2, signum z2, signum (0 :: Complex Double))
  print (mkPolar 2 (pi / 4) :: Complex Double)
  print (cis pi :: Complex Double, cis (pi / 2) :: Complex Double)
  print (z1 == 3 :+ 4, z1 == z2, z1 /= z2)
  print (fromIntegral (7 :: Int) :: Complex Double, fromInteger (-3) :: Complex Double)
  print (1.5 :: Complex Double, realToFrac (2.5 :: Double) :: Complex Double)
  print (showsPrec 6 z1 "", showsPrec 7 z1 "")
  print (sum [z1, z2, z3], product [z1, z2, z3])
  mapM_ (print . approx) (rootsOfUnity 6)
  print (approx (sum (rootsOfUnity 5)), approx (product (rootsOfUnity 4)))
  print (horner [1, 0, 1] (0 :+ 1), horner [2, -3, 1] z2)
  print (magnitude (1e300 :+ 1e300), magnitude (3e-300 :+ 4e-300))
  print ((1e300 :+ 1e300) / (2e300 :+ 1e-300), (1 :+ 1) / (1e-310 :+ 0) :: Complex Double)
  print ((0 :+ 1) * (0 :+ 1) :: Complex Double, (2 :+ 0) / (0 :+ 0) :: Complex Double)
  mapM_ (putStrLn . mandelRow) [-1.2, -1.0 .. 1.2]
