-- show for Float: Float's own shortest digits (not Double's), the same
-- fixed/exponent switch, extremes, denormals and negative numbers.

fvalues :: [Float]
fvalues =
  [ 0.1, 1.0e-2, 0.1 + 0.2, 1.2345678e7, 1.0e7, 9999999.0, 12345678.9
  , 16777216, 16777217, 16777218, 100.0, 0.0, 1 / 3, 2 / 3, 3.14159265358979
  , 3.4028235e38, 1.0e-45, 1.17549435e-38, 1.1754942e-38, 7.0e-45
  , 1.0e10, 123456.789, 0.3, 4.35, 9.999999e-2, 8388607.5
  ]

main :: IO ()
main = do
  mapM_ print fvalues
  mapM_ (print . negate) (take 6 fvalues)
  print (-0.0 :: Float, 1 / 0 :: Float, -1 / 0 :: Float)
  print (0 / 0 :: Float)
  print (Just (-2.5 :: Float))
  putStrLn (showsPrec 11 (-2.5 :: Float) "")
  print [0.1 :: Float, 0.2, 0.7]
  print (realToFrac (0.1 :: Float) :: Double)
  print (realToFrac (16777217 :: Double) :: Float)
  print (realToFrac (3.4028235e38 :: Float) :: Double)
  print (realToFrac (1 / 3 :: Double) :: Float)
  print (realToFrac (0.1 :: Double) :: Float)
  print (show (0.1 :: Float), show (0.1 :: Double))
  print (map (\k -> 10 ^^ k) [-5 .. 9 :: Int] :: [Float])
  print (sum (replicate 10 0.1) :: Float)
  print (fromIntegral (2 ^ 24 + 1 :: Int) :: Float)
  print ((0.1 :: Float) + 0.2 == 0.3)
