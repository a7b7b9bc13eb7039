-- show for Double exactly as GHC prints it: the switch between fixed and
-- exponent notation, shortest digits, negative zero, infinities, NaN,
-- denormals, extremes, and the parentheses showsPrec adds for negatives.

data P = P { px :: Double, py :: Double } deriving Show
data Q = Q Double (Maybe Double) deriving Show

values :: [Double]
values =
  [ 0.1, 1.0e-2, 0.1 + 0.2, 1.2345678e7, 1.0e7, 9999999.0, 12345678.9
  , 100.0, 0.0, 1.0, 2.5, 123.456, 1.0e-3, 0.5, 9.999999e6
  , 5.0e-324, 2.2250738585072014e-308, 2.225073858507201e-308
  , 1.7976931348623157e308, 1.0e22, 1.0e21, 1.0e23, 9007199254740993
  , 4.35, 0.3, 2 / 3, 1 / 3, 1.0e-7, 123456.789e-20, 6.02214076e23
  , 9.5367431640625e-7, 1.1102230246251565e-16, 4.940656458412465e-324
  ]

main :: IO ()
main = do
  mapM_ print values
  mapM_ (print . negate) (take 8 values)
  let negZero = -0.0 :: Double
  print negZero
  print (0 * (-1) :: Double)
  print (1 / 0 :: Double, -1 / 0 :: Double)
  print (0 / 0 :: Double)
  print (recip negZero)
  print [1 / 0, -1 / 0, 0 / 0, negZero :: Double]
  print (Just (-1.5 :: Double), Just (1.5 :: Double))
  print (Just (-1 / 0 :: Double), Just (0 / 0 :: Double), Just negZero)
  print (Left (-2.0) :: Either Double Int)
  print (P { px = -1.5, py = 2.0e-3 })
  print (Q (-0.0) (Just (-3.25e10)))
  putStrLn (showsPrec 11 (-1.5 :: Double) "")
  putStrLn (showsPrec 7 (-1.5 :: Double) "")
  putStrLn (showsPrec 6 (-1.5 :: Double) "")
  putStrLn (showsPrec 11 (1.5 :: Double) "")
  putStrLn (showsPrec 11 negZero "")
  print ((-1.5, 2.5) :: (Double, Double))
  print ([-1.5, 2.5] :: [Double])
  print (show (2 ^ 60 :: Int) == show (truncate (2 ^ 60 :: Double) :: Int))
  print (map (\k -> 10 ^^ k) [-9 .. 9 :: Int] :: [Double])
  print (map (\k -> 2 ^^ k) [-3, 52, 53, 63, 64 :: Int] :: [Double])
  print (sum (replicate 10 0.1) :: Double)
  print (fromIntegral (maxBound :: Int) :: Double)
  print (realToFrac (0.1 :: Float) :: Double)
