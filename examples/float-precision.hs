-- Float is single precision at every operation: accumulated sums, products,
-- conversions to and from Double, denormals, overflow, Float vs Double.
accumulate :: Fractional a => Int -> a -> a
accumulate n x = go n 0
  where
    go 0 acc = acc
    go k acc = go (k - 1) (acc + x)

main :: IO ()
main = do
  print (accumulate 10 (0.1 :: Float), accumulate 10 (0.1 :: Double))
  print (accumulate 1000 (0.01 :: Float), accumulate 1000 (0.01 :: Double))
  print (accumulate 10000 (1 :: Float) == 10000, accumulate 10000 (0.1 :: Float))
  print (product [1 .. 20 :: Float], product [1 .. 20 :: Double])
  print (product [1 .. 35 :: Float], product [1 .. 35 :: Double])
  let third = 1 / 3 :: Float
  print (third, third * 3, realToFrac third :: Double, realToFrac third * 3 :: Double)
  print (float2 0.1, float2 (1 / 3), float2 16777217)
  print (1.0e-38 / 10 :: Float, 1.0e-45 / 2 :: Float, 1.4e-45 * 0.75 :: Float)
  print (isDenormalized (1.0e-39 :: Float), isDenormalized (1.0e-38 :: Float), decodeFloat (1.0e-45 :: Float))
  print (3.0e38 + 3.0e38 :: Float, -3.0e38 * 2 :: Float, (3.0e38 + 3.0e38) - 1 / 0 :: Float)
  print (sqrt 2 * sqrt 2 :: Float, sqrt 2 * sqrt 2 :: Double)
  print (fromIntegral (123456789 :: Int) :: Float, fromIntegral (123456789 :: Int) :: Double)
  print (truncate (fromIntegral (123456789 :: Int) :: Float) :: Int)
  print (1.41421356 * 1.41421356 - 2 :: Float, 1.41421356 * 1.41421356 - 2 :: Double)
  print (toRational (0.1 :: Float) == toRational (0.1 :: Double), toRational (0.5 :: Float) == toRational (0.5 :: Double))
  print (realToFrac (3.4028235e38 :: Float) * 10 :: Double, realToFrac (1.0e39 :: Double) :: Float)
  print ([x | x <- [0, 0.25 .. 2 :: Float], x * x < 2], minimum [2.5, 0.5, 1.5 :: Float])
  print (show (0.1 :: Float), show (0.1 :: Double), show (realToFrac (0.1 :: Float) :: Double))
  where
    float2 :: Double -> Float
    float2 = realToFrac
