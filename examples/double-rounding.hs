-- RealFrac methods of Double and Float: round (ties to even), floor,
-- ceiling, truncate, properFraction; at Int and Integer; huge values.
main :: IO ()
main = do
  let ties = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5, 0.49999999999999994, 4.5000001] :: [Double]
      xs = [2.7, -2.7, 2.0, -2.0, 0.0, -0.0, 1.0e-300, -1.0e-300, 123456.789] :: [Double]
  print (map round ties :: [Integer])
  print (map round ties :: [Int])
  print (map floor xs :: [Int], map ceiling xs :: [Int])
  print (map truncate xs :: [Integer], map round xs :: [Integer])
  print (map properFraction xs :: [(Int, Double)])
  print (map properFraction [-0.5, 0.25, -7.75] :: [(Integer, Double)])
  print (truncate (1.0e20 :: Double) :: Integer, floor (-1.0e20 :: Double) :: Integer)
  print (truncate (1.7976931348623157e308 :: Double) :: Integer)
  print (round (2.0 ^ 62 + 0.0 :: Double) :: Integer, ceiling (9.007199254740993e15 :: Double) :: Integer)
  print (truncate (1.0e20 :: Double) :: Int, round (-1.0e19 :: Double) :: Int)
  print (truncate (1 / 0 :: Double) :: Integer)
  print (truncate (0 / 0 :: Double) :: Int, round (1 / 0 :: Double) :: Int)
  print (floor (2.5 :: Double) + ceiling (2.5 :: Double) :: Int)
  print (fromEnum (3.9 :: Double), fromEnum (-3.9 :: Double), toEnum 7 :: Double)
  -- Float
  let fties = [0.5, 1.5, 2.5, -2.5, 8388609.0, 16777215.5] :: [Float]
  print (map round fties :: [Int], map floor fties :: [Integer], map ceiling fties :: [Int])
  print (map properFraction [1.75, -1.75, 1.0e10] :: [(Int, Float)])
  print (truncate (3.4028235e38 :: Float) :: Integer, round (1.0e-30 :: Float) :: Int)
  print (fromEnum (1.0e10 :: Float), fromEnum (-2.5 :: Float))
  -- rounding after arithmetic
  print [round (x * 10) :: Int | x <- [0.05, 0.15 .. 0.95 :: Double]]
  print [round (fromIntegral n / 2 :: Double) :: Int | n <- [-7 .. 7 :: Int]]
