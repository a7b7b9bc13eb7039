-- An ASCII Mandelbrot set and a few numeric loops on Double: iteration
-- counts depend on every rounding, so they must match GHC bit for bit.
mandel :: Double -> Double -> Int
mandel cr ci = go 0 0 0
  where
    go :: Double -> Double -> Int -> Int
    go x y n
      | n >= 50 = n
      | x * x + y * y > 4 = n
      | otherwise = go (x * x - y * y + cr) (2 * x * y + ci) (n + 1)

row :: Double -> String
row ci = [ch (mandel cr ci) | k <- [0 .. 59 :: Int], let cr = -2.1 + fromIntegral k * 0.045]
  where
    ch n = " .:-=+*#%@" !! min 9 (n `div` 5)

newton :: Double -> Double
newton a = iterate (\x -> (x + a / x) / 2) a !! 30

simpson :: (Double -> Double) -> Double -> Double -> Int -> Double
simpson f a b n = h / 3 * (f a + f b + 4 * odds + 2 * evens)
  where
    h = (b - a) / fromIntegral n
    odds = sum [f (a + fromIntegral i * h) | i <- [1, 3 .. n - 1]]
    evens = sum [f (a + fromIntegral i * h) | i <- [2, 4 .. n - 2]]

main :: IO ()
main = do
  mapM_ (\j -> putStrLn (row (-1.2 + fromIntegral j * 0.1))) [0 .. 24 :: Int]
  print (map newton [2, 10, 1.0e-10, 1.0e10])
  print (simpson sin 0 pi 100, simpson exp 0 1 200, simpson (\x -> 4 / (1 + x * x)) 0 1 50)
  print (sum [1 / fromIntegral (k * k) | k <- [1 .. 2000 :: Int]] :: Double)
  print (foldr (\k acc -> acc * 0.5 + fromIntegral k) 0 [1 .. 100 :: Int] :: Double)
