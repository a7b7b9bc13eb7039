-- Floating functions on Double and Float, atan2 in every quadrant, logBase, **.
main :: IO ()
main = do
  let xs = [0.5, 1, 2, 10] :: [Double]
  print (pi :: Double, pi :: Float)
  print (map sqrt xs, map exp xs)
  print (map log xs, map (logBase 2) xs, logBase 10 1000 :: Double)
  print (map sin xs, map cos xs, map tan xs)
  print (map asin [0, 0.5, 1 :: Double], map acos [0, 0.5, 1 :: Double], map atan xs)
  print (map sinh xs, map cosh xs, map tanh xs)
  print (map asinh xs, map acosh [1, 2, 10 :: Double], map atanh [0, 0.5, -0.25 :: Double])
  print (2 ** 10 :: Double, 2 ** 0.5 :: Double, (-8) ** (1 / 3) :: Double, 0 ** 0 :: Double)
  print (sqrt (-1) :: Double, log 0 :: Double, log (-1) :: Double, exp 1000 :: Double)
  print (sqrt 2 :: Float, exp 1 :: Float, log 10 :: Float, sin 1 :: Float, 2 ** 0.5 :: Float)
  print (map (atan2 1) [1, -1, 0, -0.0 :: Double], map (atan2 (-1)) [1, -1, 0 :: Double])
  print (atan2 0 (-1) :: Double, atan2 (-0.0) (-1) :: Double, atan2 0 0 :: Double, atan2 (-0.0) (-0.0) :: Double)
  print (atan2 1 2 :: Float, atan2 (0 / 0) 1 :: Double)
  print (sum [sin (fromIntegral k * 0.1) | k <- [1 .. 100 :: Int]] :: Double)
  print (sqrt (fromIntegral (2 :: Int)) * sqrt 2 :: Double)
  let hyp a b = sqrt (a * a + b * b) :: Double
  print (hyp 3 4, hyp 5 12, hyp 1.0e200 1.0e200)
