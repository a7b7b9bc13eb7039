-- Double and Float arithmetic and comparisons: negative zero, NaN, Infinity,
-- Ord methods, Num methods (signum, abs, negate), literal forms.
main :: IO ()
main = do
  let nan = 0 / 0 :: Double
      inf = 1 / 0 :: Double
      nz = -0.0 :: Double
      xs = [1.5, -2.25, 0, nz, inf, -inf, nan, 1.0e-310, 6.02e23] :: [Double]
  print (2.5 + 1.25 :: Double, 10 - 0.1 :: Double, 3 * 0.1 :: Double, 1 / 3 :: Double)
  print (0.1 + 0.2 :: Double, 0.1 + 0.2 == (0.3 :: Double))
  print (map signum xs)
  print (map abs xs)
  print (map negate xs)
  print (nan == nan, nan /= nan, nan < 1, nan > 1, nan <= nan, compare nan 1, compare 1 nan)
  print (max nan 1, max 1 nan, min nan 1, min 1 nan)
  print (nz == 0, compare nz 0, isNegativeZero nz, isNegativeZero (0 * (-1) :: Double))
  print (inf > 1.0e308, -inf < -1.0e308, inf + inf, inf - inf, inf * 0, 1 / inf, -1 / inf)
  print (recip 4 :: Double, recip 0 :: Double, recip nz)
  print (maximum xs, minimum (filter (not . isNaN) xs))
  print (sum [0.1, 0.2 .. 1.0 :: Double], product [1.5, 2.5, 3.5 :: Double])
  print (1.0e308 * 10 :: Double, 5.0e-324 / 2 :: Double, 2.2250738585072014e-308 / 4 :: Double)
  print (fromIntegral (maxBound :: Int) :: Double, fromIntegral (minBound :: Int) :: Double)
  print (fromInteger (2 ^ 64 + 2 ^ 11 + 1) :: Double, fromInteger (-(2 ^ 100) - 1) :: Double)
  print (fromInteger (2 ^ 53 + 1) :: Double, fromIntegral (2 ^ 62 + 513 :: Int) :: Double)
  -- Float
  let f = 0.1 :: Float
      fs = [1.5, -2.25, 0, -0.0, 1 / 0, 0 / 0, 1.0e-40, 3.4028235e38] :: [Float]
  print (f + f + f, f * 3, sum (replicate 10 f), sum (replicate 10 (0.1 :: Double)))
  print (map signum fs, map abs fs)
  print (16777216 + 1 :: Float, 16777217 :: Float, 3.4028235e38 * 2 :: Float)
  print (1 / 3 :: Float, 2 / 3 :: Float, 1.0e-45 :: Float, 1.0e-46 :: Float)
  print (fromIntegral (maxBound :: Int) :: Float, fromInteger (2 ^ 100 + 2 ^ 76) :: Float)
  print (compare (1 :: Float) 2, (0 / 0 :: Float) == 0 / 0, max (1 :: Float) 2)
  print (sum (map fromIntegral [1 .. 100 :: Int]) / 7 :: Float)
  print (foldl (+) 0 (map (\i -> 1 / fromIntegral i) [1 .. 1000 :: Int]) :: Float)
  print (foldl (+) 0 (map (\i -> 1 / fromIntegral i) [1 .. 1000 :: Int]) :: Double)
